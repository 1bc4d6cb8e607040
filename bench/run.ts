/**
 * `npm run bench [-- --cases N] [-- --runs R] [-- --skip-threads] [-- --skip-ocr] [-- --keep]`: how fast caseaudit audits an archive of N cases, each row
 * a ratio against a baseline measured in the same run on the same machine (absolute times vary between
 * machines and with load; ratios mostly do not). The rows are those of issue 12:
 *  - cold audit CPU vs bare pdf-parse extracting every page of the same PDFs in 2 worker threads (the
 *    mean of a run just before the cold audit and one just after it and the warm runs)
 *  - two reader threads vs one
 *  - warm audit (cache filled by the cold run; the median of three) vs the cold run
 *  - peak RSS of the audit vs the bare extraction
 *  - a 20,000-row register read vs plain `XLSX.read` of the same bytes
 *  - `caseaudit --version` and `--help`
 * The archive is generated in a temporary folder (copies of the sample cases, every PDF's bytes made
 * distinct so no copy is a cache hit of another) and removed at the end. Every audit is a fresh CLI
 * process, as CI runs it; CPU and peak RSS are the process's own (bench/rusage.mjs).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchOcr } from './ocr.js';
import * as XLSX from 'xlsx';
// The audit runs from the build (dist/), as users run it (npm run bench builds first).
// @ts-expect-error: dist/ has no type declarations; the sources' types are the same
import { readRegister } from '../dist/read/register.js';
// @ts-expect-error: as above
import { loadRuleset } from '../dist/ruleset/load.js';

const { values: args } = parseArgs({ options: { cases: { type: 'string', default: '200' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false }, 'skip-threads': { type: 'boolean', default: false }, 'skip-ocr': { type: 'boolean', default: false } } });
const CASES = Number(args.cases);
const RUNS = Number(args.runs);
const ROOT = path.resolve(import.meta.dirname, '..');
const TEMPLATE = path.join(ROOT, 'samples/archive');
const BIN = path.join(ROOT, 'bin/caseaudit.js');
const RUSAGE = path.join(ROOT, 'bench/rusage.mjs');

interface Measured {
  wallMs: number;
  cpuMs: number;
  systemMs: number;
  maxRssMiB: number;
  stdout: string;
}

/** One process: wall time, and its own CPU time and peak RSS (all threads) as it reported them at exit. */
async function measure(args: string[], env: Record<string, string> = {}): Promise<Measured> {
  const usage = path.join(work, `rusage-${Math.random().toString(36).slice(2)}.json`);
  const t = performance.now();
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--import', RUSAGE, ...args], { env: { ...process.env, ...env, BENCH_RUSAGE: usage }, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      // caseaudit exits 1 when it finds defects, which the generated archive has: only 2 is a failure
      if (error && error.code !== 1) reject(new Error(`${args.join(' ')}: ${err || error.message}`));
      else resolve(out);
    }),
  );
  const wallMs = performance.now() - t;
  const u = JSON.parse(await readFile(usage, 'utf8')) as { cpuMs: number; systemMs: number; maxRssKiB: number };
  return { wallMs, cpuMs: u.cpuMs, systemMs: u.systemMs, maxRssMiB: u.maxRssKiB / 1024, stdout };
}

async function median(fn: () => Promise<number>, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** N cases copied round-robin from the sample cases; each PDF gets a trailing comment naming its copy. */
async function generateArchive(dir: string, n: number): Promise<{ pdfs: string[]; files: number }> {
  const templates = (await readdir(TEMPLATE, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const pdfs: string[] = [];
  let files = 0;
  for (let i = 0; i < n; i++) {
    const from = path.join(TEMPLATE, templates[i % templates.length]);
    const to = path.join(dir, `${String(i).padStart(5, '0')} ${templates[i % templates.length]}`);
    for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target);
      files++;
      if (/\.pdf$/i.test(entry.name)) {
        // after %%EOF: readers ignore it, the hash does not
        await appendFile(target, `\n%caseaudit-bench copy ${i}\n`);
        pdfs.push(target);
      }
    }
  }
  return { pdfs, files };
}

function registerRows(n: number): Buffer {
  const units = ['执法一中队', '执法二中队', '合德镇安监所', '海河镇安监所'];
  const rows: (string | number)[][] = [['射阳县应急管理局行政处罚案件台账'], ['序号', '案号', '案由', '当事人', '统一社会信用代码', '办案单位', '程序类型', '案件来源', '立案日期', '处罚决定日期', '罚款金额（元）', '结案日期', '复议诉讼情况']];
  for (let i = 1; i <= n; i++) {
    const y = 2020 + (i % 6);
    rows.push([i, `（射）应急罚〔${y}〕${i}号`, '未按规定开展安全生产教育和培训', `射阳县测试${i}有限公司`, '91320924MA1Q7JLC41', units[i % units.length], i % 7 ? '一般程序' : '简易程序', '日常检查', 45000 + (i % 2000), `${y}.03.${String((i % 28) + 1).padStart(2, '0')}`, 1000 * (i % 50), 45100 + (i % 2000), '无']);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** The system's pending writes flushed to disk (`sync`; where there is none, nothing). */
async function flushWrites(): Promise<void> {
  await new Promise<void>((resolve) => execFile('sync', () => resolve()));
}

/**
 * A digest of report.json without the fields that say when it was made. Reports are compared by
 * digest, one read at a time, after the timings: at 10,000 cases each is 434 MB, and four held at once
 * kept this process's collector busy on both cores while `--version` and the register were timed.
 */
async function comparable(file: string): Promise<string> {
  const report = JSON.parse(await readFile(file, 'utf8'));
  delete report.round.generatedAt;
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}

const work = await mkdtemp(path.join(tmpdir(), 'caseaudit-bench-'));
try {
  const archive = path.join(work, 'archive');
  const { pdfs, files } = await generateArchive(archive, CASES);
  const list = path.join(work, 'pdfs.txt');
  await writeFile(list, pdfs.join('\n'));
  console.error(`bench: ${CASES} cases, ${files} files (${pdfs.length} PDFs) in ${work}`);

  // Baseline: bare extraction of every page, 2 threads.
  const bare = await measure([path.join(ROOT, 'bench/baseline.mjs'), list, '2']);
  const { pages, failed } = JSON.parse(bare.stdout) as { pages: number; failed: number };
  console.error(`bench: baseline ${Math.round(bare.wallMs)} ms`);

  const audit = (name: string, jobs: number, cache: string | undefined) =>
    // --ocr off: the bare baseline reads no scan either (the sample cases hold some); OCR has its own row
    measure([BIN, 'audit', archive, '--out', path.join(work, name), '--as-of', '2026-11-29', '--fail-on', 'none', '--quiet', '--no-progress', '--ocr', 'off', '--jobs', String(jobs), ...(cache ? [] : ['--no-cache'])], cache ? { CASEAUDIT_CACHE_DIR: cache } : {});
  const cacheDir = path.join(work, 'cache');
  const cold = await audit('cold', 2, cacheDir);
  console.error(`bench: cold ${Math.round(cold.wallMs)} ms`);
  // A warm run lasts about a second, so one hiccup of the machine moves it by a tenth: the median of
  // three is reported (the cold run, tens of seconds long, is measured once). They run right after
  // the cold run they are compared with: the machine's speed drifts by up to a third over an hour, and
  // a baseline run between them (some 40 s) had put them in another phase of that drift. But first
  // the cold run's writes (the cache, some 100 MB at 1,000 cases) are flushed to disk: the system
  // writes them back within half a minute, and warm runs measured meanwhile took a fifth longer.
  await flushWrites();
  const warms = [await audit('warm', 2, cacheDir), await audit('warm-2', 2, cacheDir), await audit('warm-3', 2, cacheDir)];
  const warm = [...warms].sort((a, b) => a.wallMs - b.wallMs)[1];
  console.error(`bench: warm ${warms.map((w) => Math.round(w.wallMs)).join(', ')} ms`);
  // The baseline runs again after the cold audit, and the cold audit is compared with the mean of the
  // two runs around it.
  const bareAfter = await measure([path.join(ROOT, 'bench/baseline.mjs'), list, '2']);
  console.error(`bench: baseline again ${Math.round(bareAfter.wallMs)} ms`);
  if (bareAfter.stdout !== bare.stdout) throw new Error(`the bare extraction read other pages the second time: ${bare.stdout} then ${bareAfter.stdout}`);
  const bareCpuMs = (bare.cpuMs + bareAfter.cpuMs) / 2;
  // the two runs without cache are the longest: --skip-threads leaves them out (the row says so)
  const threads = !args['skip-threads'];
  const one = threads ? await audit('one', 1, undefined) : undefined;
  const two = threads ? await audit('two', 2, undefined) : undefined;
  if (one && two) console.error(`bench: 1 thread ${Math.round(one.wallMs)} ms, 2 threads ${Math.round(two.wallMs)} ms`);

  const version = await median(async () => (await measure([BIN, '--version'])).wallMs);
  const help = await median(async () => (await measure([BIN, '--help'])).wallMs);
  const node = await median(async () => (await measure(['-e', '0'])).wallMs);

  const ruleset = await loadRuleset();
  const register = registerRows(20_000);
  const time = (fn: () => unknown) => async () => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const sheetjs = await median(time(() => XLSX.read(register, { type: 'buffer' })));
  const ours = await median(time(() => readRegister(register, '台账.xlsx', ruleset.register)));

  // OCR pages/s on the scanned samples against the tesseract CLI alone (bench/ocr.ts); needs tesseract
  const ocr = args['skip-ocr'] ? undefined : await benchOcr().catch((error: unknown) => String(error instanceof Error ? error.message : error));

  const runs = ['cold', 'warm', 'warm-2', 'warm-3', ...(threads ? ['one', 'two'] : [])];
  const digests: string[] = [];
  for (const r of runs) digests.push(await comparable(path.join(work, r, 'report.json')));
  const identical = digests.every((d) => d === digests[0]);

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`caseaudit bench: ${CASES} cases, ${files} files, ${pdfs.length} PDFs with ${pages} pages (${failed} PDFs the bare extraction could not read); Node ${process.version}; every audit a fresh CLI process with --ocr off (OCR has its own row)\n`);
  console.log('| what | caseaudit | baseline in the same run | ratio | goal |');
  console.log('|---|---|---|---|---|');
  console.log(`| cold audit (empty cache, 2 threads) | ${s(cold.wallMs)} wall, ${s(cold.cpuMs)} CPU (${s(cold.systemMs)} system) | bare pdf-parse, every page, 2 threads, run before and after: ${s(bare.wallMs)} and ${s(bareAfter.wallMs)} wall, ${s(bare.cpuMs)} and ${s(bareAfter.cpuMs)} CPU (${s(bare.systemMs)} and ${s(bareAfter.systemMs)} system) | ${x(cold.cpuMs, bareCpuMs)} the baseline's mean CPU | ≤ 0.8× |`);
  if (one && two) console.log(`| two reader threads vs one (no cache) | 2: ${s(two.wallMs)}, 1: ${s(one.wallMs)} | — | ${x(one.wallMs, two.wallMs)} faster | ≥ 1.8× |`);
  else console.log('| two reader threads vs one | not measured (--skip-threads) | — | — | ≥ 1.8× |');
  console.log(`| warm audit (cache filled by the cold run; median of 3) | ${s(warm.wallMs)} wall, ${s(warm.cpuMs)} CPU | the cold run | ${x(cold.wallMs, warm.wallMs)} faster | ≥ 20× |`);
  console.log(`| peak RSS | cold ${cold.maxRssMiB.toFixed(0)} MiB, warm ${warm.maxRssMiB.toFixed(0)} MiB${one ? `, 1 thread ${one.maxRssMiB.toFixed(0)} MiB` : ''} | bare extraction ${Math.max(bare.maxRssMiB, bareAfter.maxRssMiB).toFixed(0)} MiB | ${x(cold.maxRssMiB, Math.max(bare.maxRssMiB, bareAfter.maxRssMiB))} | 10,000 cases < 1 GiB |`);
  console.log(`| 20,000-row register | ${s(ours)} | plain \`XLSX.read\`: ${s(sheetjs)} | ${x(ours, sheetjs)} | < 0.5 s |`);
  console.log(`| \`caseaudit --version\` | ${s(version)} wall | \`node -e 0\`: ${s(node)} | ${x(version, node)} | < 0.2 s |`);
  console.log(`| \`caseaudit --help\` | ${s(help)} wall | \`node -e 0\`: ${s(node)} | ${x(help, node)} | < 0.2 s |`);
  if (ocr === undefined) console.log('| OCR of scanned pages | not measured (--skip-ocr) | — | — | — |');
  else if (typeof ocr === 'string') console.log(`| OCR of scanned pages | not measured: ${ocr} | — | — | — |`);
  else console.log(`| OCR of scanned pages (${ocr.pages} pages, ${ocr.engine}) | ${ocr.caseaudit.toFixed(3)} pages/s | tesseract CLI alone on the same pages: ${ocr.tesseract.toFixed(3)} pages/s | ${ocr.ratio.toFixed(2)}× | — |`);
  console.log(`\nreport.json identical (generatedAt aside) for ${runs.join(', ')}: ${identical ? 'yes' : 'NO'}`);
  if (!identical) process.exitCode = 1;
} finally {
  if (args.keep) console.error(`bench: kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
