// Loaded with `node --import` into a measured process: at exit it writes the process's own CPU time and
// peak RSS (all threads) to $BENCH_RUSAGE, so the bench compares processes by what they really used.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKiB: u.maxRSS }));
  });
}
