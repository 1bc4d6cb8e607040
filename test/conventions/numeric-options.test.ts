import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { CLEAN_CASE, makeArchive } from '../helpers/txt-archive.js';

describe('numeric options: a negative or non-numeric value is exit 2 with the option named', () => {
  it.each([
    ['--jobs', '-1', /--jobs must be a whole number, 1 or more, got "-1"/],
    ['--jobs', '1.5', /--jobs must be a whole number/],
    ['--min-score', 'abc', /--min-score must be a number, 0 or more, got "abc"/],
    ['--min-score', '-5', /--min-score must be a number, 0 or more/],
    ['--max-warnings', '-1', /--max-warnings must be a whole number, 0 or more/],
    ['--file-timeout', '0', /--file-timeout must be a number greater than 0/],
    ['--file-memory', '0x40', /--file-memory must be a number greater than 0, got "0x40"/],
    ['--max-part-size', '', /--max-part-size must be a number greater than 0/],
    ['--max-inflated', 'Infinity', /--max-inflated must be a number greater than 0/],
  ])('audit %s %s', async (flag, value, message) => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const r = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['--per-unit', '-2', /--per-unit must be a whole number, 1 or more, got "-2"/],
    ['--per-unit', 'three', /--per-unit must be a whole number/],
    ['--focus-weight', '-1', /--focus-weight must be a number greater than 0/],
  ])('sample %s %s', async (flag, value, message) => {
    const args = ['sample', 'samples/archive/案件台账.xlsx', '--seed', 's', '--per-unit', '1', flag, value];
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("an option numeric in one command is not numeric in another: notice --per-unit is a folder", async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const out = path.join(`${root}.out`, 'out');
    expect((await run(['audit', root, '--out', out, '--as-of', '2026-11-29', '--fail-on', 'none'])).code).toBe(0);
    const r = await run(['notice', path.join(out, 'report.json'), '--agency', '某县应急管理局', '--out', path.join(`${root}.out`, 'n.docx'), '--per-unit', path.join(`${root}.out`, 'units')]);
    expect(r.stderr).not.toMatch(/must be a whole number/);
    expect(r.code).toBe(0);
  });

  it('valid values still run: 0 warnings allowed, one thread', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const r = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--as-of', '2026-11-29', '--jobs', '1', '--max-warnings', '0', '--min-score', '0', '--file-timeout', '30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
