import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine } from '../src/cli/progress.js';
import { run } from './helpers/cli.js';

describe('progress on stderr', () => {
  it('a terminal line is redrawn in place, with rate and time left, and ended once', () => {
    let out = '';
    let t = 0;
    const p = progressLine((s) => void (out += s), { tty: true, now: () => t });
    t = 1000;
    p.update({ files: 100, filesRead: 10, cases: 20, casesDone: 2 });
    t = 1100; // within 200 ms of the last line: not redrawn
    p.update({ files: 100, filesRead: 11, cases: 20, casesDone: 2 });
    t = 2000;
    p.update({ files: 100, filesRead: 50, cases: 20, casesDone: 10 });
    p.done();
    const lines = out.split('\r\x1b[2K').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('caseaudit: 10/100 files read, 2/20 cases done (2.0 cases/s, about 9 s left)');
    expect(lines[1]).toBe('caseaudit: 50/100 files read, 10/20 cases done (5.0 cases/s, about 2 s left)');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('durations read as a person says them', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(125)).toBe('2 min 05 s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3 h 07 min');
  });

  it('the CLI shows it with --progress (stderr only), not by default off a terminal, and never with --no-progress', async () => {
    const args = (out: string) => ['audit', 'samples/archive/2022-007 盐城恒丰食品', '--as-of', '2026-11-29', '--fail-on', 'none', '--out', out];
    const tmp = await mkdtemp(path.join(tmpdir(), 'caseaudit-progress-'));
    const shown = await run([...args(path.join(tmp, 'a')), '--progress']);
    expect(shown.stderr).toMatch(/caseaudit: \d+\/\d+ files read, 1\/1 cases done/);
    expect(shown.stdout).not.toContain('cases done');
    const quiet = await run(args(path.join(tmp, 'b')));
    expect(quiet.stderr).toBe('');
    const off = await run([...args(path.join(tmp, 'c')), '--no-progress']);
    expect(off.stderr).toBe('');
  }, 120_000);
});
