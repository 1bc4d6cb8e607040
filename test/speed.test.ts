import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../src/engine/shard.js';
import { PACK_FILE } from '../src/read/cache.js';
import { run } from './helpers/cli.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

/**
 * Issue 12: the same archive gives the same report whether or not the cache is used, with one reader
 * thread or two, and as one run or as four shards merged. Speed itself is measured by `npm run bench`,
 * never asserted here.
 */
const ARCHIVE = 'samples/archive';
const COMMON = ['--as-of', '2026-11-29', '--fail-on', 'none', '--roster', 'samples/执法人员名册.xlsx', '--previous', 'samples/previous-round/report.json'];

/** report.json without the moment it was written. */
async function report(dir: string): Promise<Record<string, unknown>> {
  const r = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
  delete r.round.generatedAt;
  return r;
}

describe('one report however it is made', () => {
  let tmp: string;
  let cache: string;
  let single: Record<string, unknown>;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'caseaudit-speed-'));
    cache = path.join(tmp, 'cache');
    const r = await run(['audit', ARCHIVE, ...COMMON, '--no-cache', '--jobs', '1', '--out', path.join(tmp, 'single')]);
    expect(r.code).toBe(0);
    single = await report(path.join(tmp, 'single'));
  }, 180_000);

  it('with the cache cold and warm, and with two reader threads', async () => {
    const env = { CASEAUDIT_CACHE_DIR: cache };
    for (const name of ['cold', 'warm']) {
      const r = await run(['audit', ARCHIVE, ...COMMON, '--jobs', '2', '--out', path.join(tmp, name)], { env });
      expect(r.code).toBe(0);
      expect(await report(path.join(tmp, name))).toEqual(single);
    }
  }, 180_000);

  it('as four shards merged', async () => {
    const env = { CASEAUDIT_CACHE_DIR: path.join(tmp, 'shard-cache') };
    const reports: string[] = [];
    const folders: unknown[] = [];
    for (let i = 1; i <= 4; i++) {
      const out = path.join(tmp, `shard-${i}`);
      const r = await run(['audit', ARCHIVE, ...COMMON, '--shard', `${i}/4`, '--out', out], { env });
      expect(r.code).toBe(0);
      const part = await report(out);
      folders.push(...(part.cases as { folder: string }[]).map((c) => c.folder));
      reports.push(path.join(out, 'report.json'));
    }
    // every case in exactly one shard
    expect([...folders].sort()).toEqual((single.cases as { folder: string }[]).map((c) => c.folder).sort());
    // the merge gets nothing from the cache: every case comes from the shards
    const merged = await run(['merge', ...reports, '--out', path.join(tmp, 'merged'), '--fail-on', 'none'], { env: { CASEAUDIT_CACHE_DIR: path.join(tmp, 'empty-cache') } });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(await report(path.join(tmp, 'merged'))).toEqual(single);
  }, 300_000);

  it('a merge says which shards are missing, and audits their cases itself', async () => {
    const out = path.join(tmp, 'merged-3');
    const r = await run(['merge', ...[1, 2, 3].map((i) => path.join(tmp, `shard-${i}`, 'report.json')), '--out', out]);
    // the merge's own threshold (default --fail-on error), not the shards' --fail-on none
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('4/4 not given');
    expect(await report(out)).toEqual(single);
  }, 300_000);

  it('a report without shard.json beside it is a usage error', async () => {
    const r = await run(['merge', path.join(tmp, 'single', 'report.json'), '--out', path.join(tmp, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no shard.json');
  }, 60_000);
});

describe('the audited-case cache', () => {
  it('a file changed since the last run is read again, even at the same size', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'caseaudit-stale-'));
    const folder = path.join(tmp, 'archive', '2022-007 盐城恒丰食品');
    await cp('samples/archive/2022-007 盐城恒丰食品', folder, { recursive: true });
    const env = { CASEAUDIT_CACHE_DIR: path.join(tmp, 'cache') };
    const audit = async (out: string) => {
      expect((await run(['audit', path.join(tmp, 'archive'), '--as-of', '2026-11-29', '--fail-on', 'none', '--out', path.join(tmp, out)], { env })).code).toBe(0);
      const r = (await report(path.join(tmp, out))) as { files: { file: string; sha256?: string; size: number }[] };
      return r.files.find((f) => f.file.endsWith('立案审批表.pdf'))!;
    };
    const before = await audit('a');
    expect((await audit('b')).sha256).toBe(before.sha256);
    // the last byte (a line end after %%EOF) changed in place: same size, same name
    const file = path.join(folder, '立案审批表.pdf');
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x0a ? 0x20 : 0x0a;
    await writeFile(file, bytes);
    const after = await audit('c');
    expect(after.size).toBe(before.size);
    expect(after.sha256).not.toBe(before.sha256);
  }, 180_000);

  it('keeps a case whose checks do not read the as-of date for any date; an open case is audited again on another date', async () => {
    // the clean case is closed (结案审批表); the other stops after the inquiry: its decision is due
    // 30 days after filing, counted to the as-of date
    const open = Object.fromEntries(Object.entries(CLEAN_CASE).filter(([name]) => /^0[0-3] /.test(name)));
    const archive = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE, '（射）应急立〔2023〕13号 宏达': open });
    const tmp = await mkdtemp(path.join(tmpdir(), 'caseaudit-as-of-'));
    const env = { CASEAUDIT_CACHE_DIR: path.join(tmp, 'cache') };
    let runs = 0;
    const audit = async (asOf: string, extra: string[] = []) => {
      const out = path.join(tmp, `out-${++runs}`);
      expect((await run(['audit', archive, '--as-of', asOf, '--fail-on', 'none', '--out', out, ...extra], { env })).code).toBe(0);
      return report(out);
    };
    // audited cases appended to the store so far
    const stored = async () => (await readFile(path.join(tmp, 'cache', PACK_FILE), 'latin1')).split('\n').filter((line) => line.startsWith('j:case:')).length;

    await audit('2026-11-29');
    expect(await stored()).toBe(2);
    const later = await audit('2026-12-15');
    // only the open case was audited again, and the report is the one a run without the cache gives
    expect(await stored()).toBe(3);
    expect(later).toEqual(await audit('2026-12-15', ['--no-cache']));
    const cases = later.cases as { folder: string; findings: { rule: string; messageId: string; data: { asOf?: string } }[] }[];
    expect(cases.find((c) => c.folder.includes('宏达'))?.findings.find((f) => f.messageId === 'open')).toMatchObject({ rule: 'deadline-missed', data: { asOf: '2026-12-15' } });
    // and both are found on that date again
    await audit('2026-12-15');
    expect(await stored()).toBe(3);
  }, 180_000);
});

describe('--shard', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1', 'a/b', '1/0', '-1/2']) expect(parseShard(bad)).toBeUndefined();
  });

  it('puts every case in exactly one shard, the same one every time', () => {
    const folders = Array.from({ length: 200 }, (_, i) => `case ${i}`);
    const owners = folders.map((f) => [1, 2, 3, 4].filter((i) => inShard(f, { index: i, count: 4 })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    // spread over all four (a hash, not one bucket)
    expect(new Set(owners.map((o) => o[0])).size).toBe(4);
    expect(folders.map((f) => inShard(f, { index: 1, count: 4 }))).toEqual(folders.map((f) => inShard(f, { index: 1, count: 4 })));
  });

  it('a bad --shard is a usage error', async () => {
    const r = await run(['audit', ARCHIVE, '--shard', '5/4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard');
  });

  it('records the as-of date a shard used, also when it was today: the merge audits as of the same date', async () => {
    const archive = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-shard-as-of-'));
    expect((await run(['audit', archive, '--shard', '1/1', '--fail-on', 'none', '--out', out])).code).toBe(0);
    const shardFile = JSON.parse(await readFile(path.join(out, 'shard.json'), 'utf8')) as { options: { asOf?: string } };
    const { round } = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as { round: { asOf: string } };
    expect(shardFile.options.asOf).toBe(round.asOf);
  }, 60_000);
});

describe('documents spilled to disk on a large archive', () => {
  it('give the same report.json as documents kept in memory, and leave no file behind', async () => {
    const { runAudit } = await import('../src/engine/run.js');
    const { DocumentSpill } = await import('../src/engine/spill.js');
    const { writeJson } = await import('../src/report/json.js');
    const { loadRuleset } = await import('../src/ruleset/load.js');
    const ruleset = await loadRuleset();
    const parent = await mkdtemp(path.join(tmpdir(), 'caseaudit-spill-test-'));
    const opts = { inputs: [ARCHIVE], ruleset, asOf: '2026-11-29', lang: 'zh' as const, now: () => new Date('2026-11-29T00:00:00Z') };
    const kept = writeJson(await runAudit(opts));
    const spill = new DocumentSpill(parent);
    try {
      // every case spilled (the threshold set to one case)
      const report = await runAudit({ ...opts, spill: { to: spill, fromCases: 1 } });
      expect(readdirSync(parent)).toHaveLength(1);
      expect(report.cases.every((c) => Object.getOwnPropertyDescriptor(c, 'documents')?.get)).toBe(true);
      expect(writeJson(report)).toBe(kept);
    } finally {
      spill.close();
    }
    expect(readdirSync(parent)).toEqual([]);
    await rm(parent, { recursive: true, force: true });
  }, 180_000);
});

describe("cached cases' documents left in the cache until report.json is written", () => {
  it('give report.json byte for byte, parse to the same documents, are not spilled, and a damaged one is a miss', async () => {
    const { runAudit } = await import('../src/engine/run.js');
    const { DocumentSpill } = await import('../src/engine/spill.js');
    const { writeJson } = await import('../src/report/json.js');
    const { loadRuleset } = await import('../src/ruleset/load.js');
    const { openCache, DOCUMENTS_FILE } = await import('../src/read/cache.js');
    const { storedDocuments } = await import('../src/model/stored-documents.js');
    const ruleset = await loadRuleset();
    const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-stored-docs-'));
    const opts = { inputs: [ARCHIVE], ruleset, asOf: '2026-11-29', lang: 'zh' as const, now: () => new Date('2026-11-29T00:00:00Z'), roster: 'samples/执法人员名册.xlsx' };
    const withCache = async (extra: Partial<Parameters<typeof runAudit>[0]> = {}) => {
      const cache = openCache(path.join(dir, 'cache'));
      try {
        const report = await runAudit({ ...opts, cache: cache.text, store: cache.json, ...extra });
        // read while the cache is open: stored documents are read from it (as the CLI's writers do)
        return { report, json: writeJson(report), documents: report.cases.map((c) => c.documents) };
      } finally {
        cache.close();
      }
    };
    const cold = await withCache();
    // the cold run's cases read theirs from the store too, once stored
    expect(cold.report.cases.every((c) => storedDocuments.has(c))).toBe(true);
    const none = await runAudit(opts);
    expect(writeJson(none)).toBe(cold.json); // and give what a run without a cache gives
    const warm = await withCache();
    expect(warm.report.cases.every((c) => storedDocuments.has(c))).toBe(true);
    expect(warm.json).toBe(cold.json);
    // read as documents (the roster's target and the register cross-check do), they are the same
    expect(warm.documents).toEqual(cold.documents);

    const parent = await mkdtemp(path.join(tmpdir(), 'caseaudit-spill-test-'));
    const spill = new DocumentSpill(parent);
    try {
      const spilled = await withCache({ spill: { to: spill, fromCases: 1 } });
      expect(spilled.json).toBe(cold.json);
      expect(readdirSync(parent)).toEqual([]); // nothing written: they wait in the cache already
    } finally {
      spill.close();
    }

    // The cache closed (or its file rewritten from outside) before the report is written: the run
    // stops with a clear error, and no report.json, whole or half, is left.
    const { writeJsonFile } = await import('../src/report/json.js');
    const closed = openCache(path.join(dir, 'cache'));
    const early = await runAudit({ ...opts, cache: closed.text, store: closed.json });
    closed.close();
    const target = path.join(dir, 'out', 'report.json');
    await mkdir(path.dirname(target), { recursive: true });
    await expect(writeJsonFile(early, target)).rejects.toThrow(/could not be read back while the report was written/);
    expect(readdirSync(path.dirname(target))).toEqual([]);

    // one stored documents record damaged in place: that case is audited again, the report unchanged
    const packFile = path.join(dir, 'cache', DOCUMENTS_FILE);
    const pack = await readFile(packFile);
    const at = pack.indexOf('\nb:docs:');
    expect(at).toBeGreaterThan(0);
    const inside = pack.indexOf('"type"', at);
    pack[inside + 1] = 'T'.charCodeAt(0);
    await writeFile(packFile, pack);
    const records = (bytes: Buffer) => bytes.toString('latin1').split('\n').filter((line) => line.startsWith('b:docs:')).length;
    const mended = await withCache();
    expect(mended.json).toBe(cold.json);
    // that one case was audited again and its documents stored anew
    expect(records(await readFile(packFile))).toBe(records(pack) + 1);
  }, 300_000);
});
