import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { CachePack, cacheKey, openCache, TEXT_PACK_FILE } from '../src/read/cache.js';
import { run } from './helpers/cli.js';

/** Issue 11 (9): the text cache can make a run slower, never wrong or failed. */
const CASE = 'samples/archive/2022-007 盐城恒丰食品';
const FILE = '立案审批表.pdf';

async function audit(cache: string, extra: string[] = []) {
  const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-out-'));
  const r = await run(['audit', CASE, '--out', out, '--fail-on', 'none', '--as-of', '2026-11-29', ...extra], { env: { CASEAUDIT_CACHE_DIR: cache } });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  return { ...r, entry: report.files.find((f) => f.file.endsWith(FILE))! };
}

async function entryKey(): Promise<string> {
  const sha = createHash('sha256').update(await readFile(path.join(CASE, FILE))).digest('hex');
  return cacheKey(sha, FILE);
}

/** The entry as the store holds it now (the last record of its key that passes its checksum). */
async function storedEntry(cache: string): Promise<unknown> {
  return openCache(cache).text.get(await entryKey());
}

describe('text cache entries', () => {
  for (const [what, content] of [
    ['valid JSON of the wrong shape', '{"status":"ok","kind":"pdf"}'],
    ['null', 'null'],
    ['pages that are not pages', '{"status":"ok","kind":"pdf","pages":[1,2],"pageErrors":[]}'],
    ['truncated JSON', '{"status":"ok","kind":"pdf","pa'],
  ] as const) {
    it(`a malformed entry (${what}) is a miss, and is rewritten`, async () => {
      const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
      // a record with a valid checksum, so only its content makes it a miss
      const pack = new CachePack(path.join(cache, TEXT_PACK_FILE));
      pack.putText(`t:${await entryKey()}`, content);
      pack.close();
      const r = await audit(cache);
      expect(r.code).toBe(0);
      expect(r.entry.disposition).toBe('document');
      expect(await storedEntry(cache)).toMatchObject({ status: 'ok', pages: [expect.objectContaining({ page: 1 })] });
      // and the next run reads it from the cache, as before
      expect((await audit(cache)).entry.disposition).toBe('document');
    });
  }

  it('a damaged store (bad checksum, a record cut off by a killed run, garbage) is read around, never trusted', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
    const first = await audit(cache);
    const good = await storedEntry(cache);
    expect(good).toMatchObject({ status: 'ok' });
    const key = await entryKey();
    const file = path.join(cache, TEXT_PACK_FILE);
    // a later record of the same key with a wrong checksum, then garbage, then a tail with no newline
    await appendFile(file, `t:${key}\t0000000000000000\t{"status":"ok","kind":"pdf","pages":[],"pageErrors":[]}\n\u0000\u0001garbage\n`);
    expect(await storedEntry(cache)).toBeUndefined();
    await appendFile(file, `t:${key}\tabc\t{"status":"ok"`);
    // another language: the audited case is not reused, so the file's text is looked up and read again
    const next = await audit(cache, ['--lang', 'en']);
    expect(next.code).toBe(first.code);
    expect(next.entry).toMatchObject({ disposition: 'document', sha256: first.entry.sha256 });
    // the entry was appended after the cut-off tail (sealed, not joined to it): the store answers again
    expect(await storedEntry(cache)).toEqual(good);
  });

  it('a timeout is not cached: the next run with time enough reads the file', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
    const slow = await audit(cache, ['--file-timeout', '0.001']);
    expect(slow.entry.reason).toMatch(/^exceeds limits: reading took longer/);
    const next = await audit(cache);
    expect(next.entry.disposition).toBe('document');
  });
});

describe('record checksums', () => {
  it('records written with the earlier SHA-1 checksum are still read; a wrong checksum of either kind is a miss', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-checksums-'));
    const file = path.join(dir, 'old.pack');
    const value = '{"status":"ok","text":"现场检查记录"}';
    const sha1 = createHash('sha1').update(value).digest('hex').slice(0, 16);
    await appendFile(file, `j:old\t${sha1}\t${value}\nj:bad-sha1\t${'0'.repeat(16)}\t${value}\nj:bad-crc\t${'0'.repeat(8)}\t${value}\nj:odd\tabc\t${value}\n`);
    const pack = new CachePack(file);
    expect(pack.getText('j:old')).toBe(value);
    for (const key of ['j:bad-sha1', 'j:bad-crc', 'j:odd']) expect(pack.getText(key)).toBeUndefined();
    // new records carry a CRC-32 (eight hex digits), read back alike
    pack.putText('j:new', value);
    expect(pack.getText('j:new')).toBe(value);
    pack.close();
    expect((await readFile(file, 'utf8')).split('\n').find((l) => l.startsWith('j:new\t'))?.split('\t')[1]).toMatch(/^[0-9a-f]{8}$/);
    expect(new CachePack(file).getText('j:new')).toBe(value);
  });
});

describe('records found by their place (a pack opened without an index)', () => {
  it('give their bytes back only for their key and place; anything else is a miss', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-places-'));
    const file = path.join(dir, 'documents.pack');
    const a = new CachePack(file, false);
    // newlines and all: records here are found by place, never by line
    const bytes = Buffer.from('[\n  {"type": "立案审批表"}\n]');
    const place = a.putBytes('b:docs:1', bytes)!;
    expect(a.getBytes('b:docs:1', place)).toEqual(bytes);
    expect(a.getBytes('b:docs:2', place)).toBeUndefined();
    expect(a.getBytes('b:docs:1', { at: place.at + 1, length: place.length - 1 })).toBeUndefined();
    expect(a.getBytes('b:docs:1', { at: place.at, length: place.length + 10 })).toBeUndefined();
    for (const bad of [{ at: -1, length: 3 }, { at: Number.NaN, length: 3 }, { at: 0, length: 0 }]) expect(a.getBytes('b:docs:1', bad)).toBeUndefined();
    // an indexed pack finds its records by line when opened: there a newline is refused
    const indexed = new CachePack(path.join(dir, 'indexed.pack'));
    expect(indexed.putBytes('b:docs:3', Buffer.from('two\nlines'))).toBeUndefined();
    indexed.close();

    // another process appends meanwhile: the places this one gives afterwards are still right
    const b = new CachePack(file, false);
    b.putBytes('b:docs:other', Buffer.from('x'.repeat(50)));
    for (const n of ['4', '5', '6']) {
      const placed = a.putBytes(`b:docs:${n}`, Buffer.from(`record ${n}`))!;
      expect(a.getBytes(`b:docs:${n}`, placed)?.toString()).toBe(`record ${n}`);
    }
    a.close();
    b.close();

    // a record cut off by a killed run is sealed: the next one starts on a line of its own and reads back
    await appendFile(file, 'b:docs:7\t0123');
    const c = new CachePack(file, false);
    const after = c.putBytes('b:docs:8', Buffer.from('eight'))!;
    expect(c.getBytes('b:docs:8', after)?.toString()).toBe('eight');
    expect((await readFile(file, 'utf8')).split('\n').filter((l) => l.startsWith('b:docs:8\t'))).toHaveLength(1);
    c.close();
  });
});
