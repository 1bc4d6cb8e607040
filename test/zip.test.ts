import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/scan/source.js';
import { listZip, type ZipListing } from '../src/scan/zip.js';
import { buildZip, unicodePathExtra, type ZipEntrySpec } from './helpers/zipWriter.js';

function zipSource(path: string, bytes: Buffer): SourceFile {
  return { path, size: bytes.length, origin: { kind: 'fs', absolute: `/tmp/${path}` }, read: async () => bytes };
}

function list(entries: ZipEntrySpec[], opts?: Parameters<typeof listZip>[1], name = 'export.zip'): Promise<ZipListing> {
  return listZip(zipSource(name, buildZip(entries)), opts);
}

const paths = (listing: ZipListing) => listing.files.map((f) => f.path);
const gbk = (s: string) => iconv.encode(s, 'gbk');

describe('listZip: entry names', () => {
  it('reads UTF-8 flagged Chinese names', async () => {
    const listing = await list([
      { name: '沪应急罚〔2024〕3号/立案审批表.pdf', data: Buffer.from('a'), utf8Flag: true },
      { name: '沪应急罚〔2024〕3号/证据材料/现场照片.jpg', data: Buffer.from('bb'), utf8Flag: true },
    ]);
    expect(listing.problems).toEqual([]);
    expect(paths(listing)).toEqual([
      'export.zip!/沪应急罚〔2024〕3号/立案审批表.pdf',
      'export.zip!/沪应急罚〔2024〕3号/证据材料/现场照片.jpg',
    ]);
    const [first] = listing.files;
    expect(first.size).toBe(1);
    expect(first.origin).toEqual({ kind: 'zip', zip: 'export.zip', entry: '沪应急罚〔2024〕3号/立案审批表.pdf' });
  });

  it('decodes GBK names written without the UTF-8 flag', async () => {
    const name = '（射）应急罚〔2023〕12号/行政处罚决定书.pdf';
    const raw = gbk(name);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow(); // really not UTF-8
    const listing = await list([{ name: raw, data: Buffer.from('%PDF-1.4') }]);
    expect(listing.problems).toEqual([]);
    expect(paths(listing)).toEqual([`export.zip!/${name}`]);
    expect(listing.files[0].origin).toMatchObject({ entry: name });
  });

  it('does not split GBK names at a 0x5C trail byte, but does turn real backslashes into folders', async () => {
    // 淺 is 9C 5C in GBK: a reader that replaces `\` before decoding cuts the name in two.
    expect(gbk('淺')[1]).toBe(0x5c);
    const listing = await list([
      { name: gbk('案卷\\淺色照片.jpg'), data: Buffer.from('x') },
      { name: gbk('案卷\\证据材料\\询问笔录.pdf'), data: Buffer.from('y') },
    ]);
    expect(paths(listing)).toEqual(['export.zip!/案卷/淺色照片.jpg', 'export.zip!/案卷/证据材料/询问笔录.pdf']);
  });

  it('takes unflagged UTF-8 names as UTF-8', async () => {
    const listing = await list([{ name: '案件/询问笔录.docx', data: Buffer.from('x') }]);
    expect(paths(listing)).toEqual(['export.zip!/案件/询问笔录.docx']);
  });

  it('honours the Info-ZIP Unicode Path extra field only when its CRC matches the header name', async () => {
    const raw = Buffer.from('?????.pdf'); // what some tools write when the name does not fit the code page
    const listing = await list([
      { name: raw, data: Buffer.from('x'), extra: unicodePathExtra(raw, '送达回证.pdf') },
      { name: Buffer.from('stale.pdf'), data: Buffer.from('y'), extra: unicodePathExtra(Buffer.from('stale.pdf'), '旧名.pdf', 12345) },
    ]);
    expect(paths(listing)).toEqual(['export.zip!/stale.pdf', 'export.zip!/送达回证.pdf']);
  });
});

describe('listZip: structure', () => {
  it('lists nested folders, skips directory entries and sorts by path', async () => {
    const listing = await list([
      { name: 'b案/', utf8Flag: true },
      { name: 'b案/文书/决定书.pdf', data: Buffer.from('3'), utf8Flag: true },
      { name: 'a案/', utf8Flag: true },
      { name: 'a案/证据材料/', utf8Flag: true },
      { name: 'a案/证据材料/照片/1.jpg', data: Buffer.from('1'), utf8Flag: true },
      { name: 'a案/立案表.pdf', data: Buffer.from('2'), utf8Flag: true },
    ]);
    expect(listing.skippedDirs).toBe(3);
    expect(paths(listing)).toEqual([
      'export.zip!/a案/立案表.pdf',
      'export.zip!/a案/证据材料/照片/1.jpg',
      'export.zip!/b案/文书/决定书.pdf',
    ]);
  });

  it('recurses into nested zips and does not list the inner zip itself', async () => {
    const inner = buildZip([{ name: '证据/b.pdf', data: Buffer.from('inner pdf'), utf8Flag: true, method: 8 }]);
    const listing = await list([
      { name: 'a/inner.zip', data: inner, method: 8 },
      { name: 'a/c.pdf', data: Buffer.from('outer pdf') },
    ], undefined, 'outer.zip');
    expect(listing.problems).toEqual([]);
    expect(paths(listing)).toEqual(['outer.zip!/a/c.pdf', 'outer.zip!/a/inner.zip!/证据/b.pdf']);
    const nested = listing.files[1];
    expect(nested.origin).toEqual({ kind: 'zip', zip: 'outer.zip!/a/inner.zip', entry: '证据/b.pdf' });
    expect((await nested.read()).toString()).toBe('inner pdf');
  });

  it('stops at maxDepth with a zip-nested-limit problem', async () => {
    const c = buildZip([{ name: 'x.pdf', data: Buffer.from('deep') }]);
    const b = buildZip([{ name: 'c.zip', data: c }]);
    const entries = [{ name: 'b.zip', data: b }];
    const deep = await list(entries, undefined, 'a.zip');
    expect(paths(deep)).toEqual(['a.zip!/b.zip!/c.zip!/x.pdf']);
    const limited = await list(entries, { maxDepth: 1 }, 'a.zip');
    expect(limited.files).toEqual([]);
    expect(limited.problems).toEqual([expect.objectContaining({ path: 'a.zip!/b.zip!/c.zip', rule: 'zip-nested-limit' })]);
  });

  it('reports a corrupt nested zip at its own path and keeps the rest', async () => {
    const listing = await list([
      { name: 'bad.zip', data: Buffer.from('not a zip at all') },
      { name: 'ok.pdf', data: Buffer.from('ok') },
    ]);
    expect(paths(listing)).toEqual(['export.zip!/ok.pdf']);
    expect(listing.problems).toEqual([expect.objectContaining({ path: 'export.zip!/bad.zip', rule: 'zip-corrupt' })]);
  });

  it('reads back exactly the bytes written, stored and deflated', async () => {
    const text = Buffer.from('行政处罚决定书\n'.repeat(500));
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const listing = await list([
      { name: 'stored.bin', data: binary },
      { name: 'deflated.txt', data: text, method: 8 },
    ]);
    const byName = new Map(listing.files.map((f) => [f.origin.kind === 'zip' ? f.origin.entry : '', f]));
    expect(byName.get('deflated.txt')!.size).toBe(text.length);
    expect((await byName.get('deflated.txt')!.read()).equals(text)).toBe(true);
    expect((await byName.get('stored.bin')!.read()).equals(binary)).toBe(true);
    // read() can be called again (the archive stays in memory, nothing is extracted)
    expect((await byName.get('deflated.txt')!.read()).equals(text)).toBe(true);
  });

  it('rejects read() of an entry whose CRC does not match', async () => {
    const listing = await list([{ name: 'a.pdf', data: Buffer.from('hello'), crc: 0xdeadbeef }]);
    await expect(listing.files[0].read()).rejects.toThrow(/CRC/);
  });
});

describe('listZip: hostile archives', () => {
  it('reports zip-slip names and does not list them', async () => {
    const listing = await list([
      { name: '../evil.pdf', data: Buffer.from('x') },
      { name: '/etc/passwd', data: Buffer.from('x') },
      { name: 'a/../../b', data: Buffer.from('x') },
      { name: 'C:\\Windows\\x.pdf', data: Buffer.from('x') },
      { name: '\\\\server\\share\\x.pdf', data: Buffer.from('x') },
      { name: 'a/..b/ok.pdf', data: Buffer.from('x') }, // `..b` is not a `..` segment
    ]);
    expect(paths(listing)).toEqual(['export.zip!/a/..b/ok.pdf']);
    expect(listing.problems.map((p) => [p.path, p.rule])).toEqual([
      ['export.zip!/../evil.pdf', 'zip-slip'],
      ['export.zip!///server/share/x.pdf', 'zip-slip'],
      ['export.zip!//etc/passwd', 'zip-slip'],
      ['export.zip!/C:/Windows/x.pdf', 'zip-slip'],
      ['export.zip!/a/../../b', 'zip-slip'],
    ]);
    expect(listing.problems[1].reason).toMatch(/UNC/);
  });

  it('reports a highly compressed entry by ratio', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const payload = deflateRawSync(zeros);
    const entries: ZipEntrySpec[] = [
      { name: 'bomb.pdf', method: 8, payload, declaredSize: zeros.length },
      { name: 'fine.pdf', data: Buffer.from('x') },
    ];
    const listing = await list(entries);
    expect(paths(listing)).toEqual(['export.zip!/fine.pdf']);
    expect(listing.problems).toEqual([{ path: 'export.zip!/bomb.pdf', rule: 'zip-bomb', reason: expect.stringMatching(/ratio/) }]);
    // the same entry under a looser ratio is listed (so it is the ratio that caught it)
    const loose = await list(entries, { maxRatio: 5000 });
    expect(paths(loose)).toEqual(['export.zip!/bomb.pdf', 'export.zip!/fine.pdf']);
  });

  it('reports entries above maxEntrySize and beyond maxTotal', async () => {
    const big = await list([{ name: 'big.pdf', data: Buffer.alloc(2000, 1) }, { name: 'small.pdf', data: Buffer.alloc(10) }], { maxEntrySize: 1000 });
    expect(paths(big)).toEqual(['export.zip!/small.pdf']);
    expect(big.problems).toEqual([expect.objectContaining({ path: 'export.zip!/big.pdf', rule: 'zip-bomb', reason: expect.stringMatching(/per-entry limit/) })]);

    const total = await list(
      [{ name: '1.pdf', data: Buffer.alloc(600) }, { name: '2.pdf', data: Buffer.alloc(600) }, { name: '3.pdf', data: Buffer.alloc(300) }],
      { maxTotal: 1000 },
    );
    expect(paths(total)).toEqual(['export.zip!/1.pdf', 'export.zip!/3.pdf']);
    expect(total.problems).toEqual([expect.objectContaining({ path: 'export.zip!/2.pdf', rule: 'zip-bomb', reason: expect.stringMatching(/in total/) })]);
  });

  it('stops listing past maxEntries', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.pdf`, data: Buffer.from('x') }));
    const listing = await list(entries, { maxEntries: 3 });
    expect(listing.files).toHaveLength(3);
    expect(listing.problems).toEqual([expect.objectContaining({ path: 'export.zip', rule: 'zip-bomb' })]);
  });

  it('rejects read() when an entry inflates past its declared size', async () => {
    const real = Buffer.alloc(100_000, 0x41);
    const listing = await list([{ name: 'liar.pdf', method: 8, payload: deflateRawSync(real), declaredSize: 10 }]);
    expect(listing.problems).toEqual([]);
    expect(listing.files[0].size).toBe(10);
    await expect(listing.files[0].read()).rejects.toThrow(/more than its declared size of 10 bytes/);
  });

  it('reports a nested zip that lies about its size as a zip-bomb', async () => {
    const inner = buildZip([{ name: 'x.pdf', data: Buffer.alloc(5000, 0x20) }]);
    const listing = await list([{ name: 'inner.zip', method: 8, payload: deflateRawSync(inner), declaredSize: 100 }]);
    expect(listing.files).toEqual([]);
    expect(listing.problems).toEqual([expect.objectContaining({ path: 'export.zip!/inner.zip', rule: 'zip-bomb' })]);
  });

  it('reports encrypted entries', async () => {
    const data = Buffer.from('secret');
    const listing = await list([
      { name: 'locked.pdf', flags: 0x1, payload: Buffer.concat([Buffer.alloc(12, 7), data]), declaredSize: data.length },
      { name: 'open.pdf', data },
    ]);
    expect(paths(listing)).toEqual(['export.zip!/open.pdf']);
    expect(listing.problems).toEqual([expect.objectContaining({ path: 'export.zip!/locked.pdf', rule: 'zip-encrypted' })]);
  });

  it('turns a truncated zip into a single zip-corrupt problem', async () => {
    const whole = buildZip([{ name: 'a.pdf', data: Buffer.alloc(1000, 1) }, { name: 'b.pdf', data: Buffer.alloc(1000, 2) }]);
    for (const cut of [whole.length - 10, 1500, 10]) {
      const listing = await listZip(zipSource('cut.zip', whole.subarray(0, cut)));
      expect(listing.files).toEqual([]);
      expect(listing.problems).toEqual([expect.objectContaining({ path: 'cut.zip', rule: 'zip-corrupt' })]);
    }
  });

  it('keeps the entries before a damaged central-directory record and reports the damage once', async () => {
    const whole = Buffer.from(buildZip([{ name: 'a.pdf', data: Buffer.from('1') }, { name: 'b.pdf', data: Buffer.from('2') }]));
    const second = whole.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    whole.writeUInt32LE(0x12345678, second);
    const listing = await listZip(zipSource('damaged.zip', whole));
    expect(paths(listing)).toEqual(['damaged.zip!/a.pdf']);
    expect(listing.problems).toEqual([expect.objectContaining({ path: 'damaged.zip', rule: 'zip-corrupt' })]);
  });

  it('turns a non-zip file and an unreadable file into zip-corrupt, never a throw', async () => {
    const pdf = await listZip(zipSource('fake.zip', Buffer.from('%PDF-1.7\n%âãÏÓ\n')));
    expect(pdf.problems).toEqual([expect.objectContaining({ path: 'fake.zip', rule: 'zip-corrupt' })]);
    const unreadable: SourceFile = { ...zipSource('gone.zip', Buffer.alloc(0)), read: () => Promise.reject(new Error('EACCES')) };
    const gone = await listZip(unreadable);
    expect(gone.problems).toEqual([expect.objectContaining({ path: 'gone.zip', rule: 'zip-corrupt', reason: expect.stringMatching(/EACCES/) })]);
  });

  it('lists nothing and reports nothing for an empty zip', async () => {
    const empty = buildZip([]);
    expect(empty.length).toBe(22);
    const listing = await listZip(zipSource('empty.zip', empty));
    expect(listing).toEqual({ files: [], problems: [], skippedDirs: 0 });
  });
});

describe('listZip: duplicate entry names (issue 11)', () => {
  it('gives each entry of a repeated name its own stable path, each read back as its own bytes', async () => {
    const entries: ZipEntrySpec[] = [
      { name: 'case/决定书.pdf', data: Buffer.from('first') },
      { name: 'case/决定书.pdf', data: Buffer.from('second'), method: 8 },
      { name: 'case\\决定书.pdf', data: Buffer.from('third') },
      { name: 'case/note', data: Buffer.from('a') },
      { name: 'case/note', data: Buffer.from('b') },
    ];
    const listing = await list(entries);
    const paths = listing.files.map((f) => f.path);
    expect(new Set(paths).size).toBe(5);
    expect(paths).toEqual(
      expect.arrayContaining(['export.zip!/case/决定书.pdf', 'export.zip!/case/决定书 [zip entry 2].pdf', 'export.zip!/case/决定书 [zip entry 3].pdf', 'export.zip!/case/note', 'export.zip!/case/note [zip entry 2]']),
    );
    const byPath = new Map(await Promise.all(listing.files.map(async (f) => [f.path, (await f.read()).toString()] as const)));
    expect(byPath.get('export.zip!/case/决定书.pdf')).toBe('first');
    expect(byPath.get('export.zip!/case/决定书 [zip entry 2].pdf')).toBe('second');
    expect(byPath.get('export.zip!/case/决定书 [zip entry 3].pdf')).toBe('third');
    // the same archive lists the same way every time
    expect((await list(entries)).files.map((f) => f.path)).toEqual(paths);
  });
});
