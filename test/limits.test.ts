import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { DEFAULT_READ_LIMITS, pdfStreamsOverLimit } from '../src/read/limits.js';
import { bigDocumentXml, pdfBomb, withPart, zipEntries } from './helpers/bombs.js';
import { run } from './helpers/cli.js';

/**
 * Issue 11: a damaged or hostile file costs that file only (file-unreadable, "exceeds limits: …"), on
 * every path; the run goes on and writes its report.
 */
const SAMPLE = 'samples/archive/2022-007 盐城恒丰食品';
const DOCX = 'samples/archive/（射）应急罚〔2026〕4号 射阳县渔港人家餐饮管理有限公司/询问笔录.docx';

async function caseWith(files: Record<string, Buffer>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-limits-'));
  const dir = path.join(root, 'case');
  await mkdir(dir);
  await copyFile(path.join(SAMPLE, '立案审批表.pdf'), path.join(dir, '立案审批表.pdf'));
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
  return root;
}

async function audit(root: string, extra: string[] = []) {
  const out = path.join(root, '..', `${path.basename(root)}-out`);
  const r = await run(['audit', root, '--out', out, '--fail-on', 'none', '--jobs', '1', '--as-of', '2026-11-29', ...extra]);
  const report = existsSync(path.join(out, 'report.json')) ? (JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report) : undefined;
  const entry = (name: string) => report?.files.find((f) => f.file.endsWith(name));
  return { ...r, report, entry };
}

describe('a file costs that file only', () => {
  it('a PDF whose xref is zeroed (pdfjs XRefEntryException) is unreadable; the run goes on', async () => {
    const bytes = await readFile(path.join(SAMPLE, '询问笔录（姚金山）.pdf'));
    bytes.fill(0, 22, 11_500);
    const root = await caseWith({ '询问笔录.pdf': bytes });
    const r = await audit(root);
    expect(r.code).toBe(0);
    expect(r.entry('询问笔录.pdf')).toMatchObject({ disposition: 'unreadable' });
    expect(r.entry('立案审批表.pdf')).toMatchObject({ disposition: 'document' });
    expect(r.report!.cases[0].findings.some((f) => f.rule === 'file-unreadable' && f.file?.endsWith('询问笔录.pdf'))).toBe(true);
  });

  it('a PDF whose content stream inflates to 100 MB is over the default budget, quickly', async () => {
    const root = await caseWith({ 'bomb.pdf': pdfBomb(100 * 1024 * 1024) });
    const started = Date.now();
    const r = await audit(root);
    expect(r.entry('bomb.pdf')).toMatchObject({ disposition: 'unreadable', reason: expect.stringMatching(/^exceeds limits: a PDF stream inflates to more than 64 MiB/) });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('a large scanned image inside a PDF is not refused: images are not inflated to read text', async () => {
    const root = await caseWith({ 'scan.pdf': pdfBomb(100 * 1024 * 1024, { image: true }) });
    const r = await audit(root);
    expect(r.entry('scan.pdf')?.reason ?? '').not.toMatch(/exceeds limits/);
    expect(r.report!.cases[0].findings.find((f) => f.file?.endsWith('scan.pdf'))?.rule).toBe('file-no-text');
  });

  it('a .docx whose word/document.xml is 100 MB is over the default budget', async () => {
    const entries = await zipEntries(await readFile(DOCX));
    const root = await caseWith({ 'bomb.docx': withPart(entries, 'word/document.xml', bigDocumentXml(100 * 1024 * 1024)) });
    const r = await audit(root);
    expect(r.entry('bomb.docx')).toMatchObject({ disposition: 'unreadable', reason: expect.stringMatching(/^exceeds limits: part word\/document\.xml is 100 MiB/) });
  });

  it('a .docx part that inflates past the size its header declares is over budget', async () => {
    const entries = await zipEntries(await readFile(DOCX));
    const root = await caseWith({ 'liar.docx': withPart(entries, 'word/document.xml', bigDocumentXml(8 * 1024 * 1024), 4096) });
    const r = await audit(root);
    expect(r.entry('liar.docx')).toMatchObject({ disposition: 'unreadable', reason: expect.stringMatching(/^exceeds limits: part word\/document\.xml inflates past its declared size of 4096/) });
  });

  it('options change the budget: time, heap and inflated size', async () => {
    const entries = await zipEntries(await readFile(DOCX));
    const root = await caseWith({
      '询问笔录.pdf': await readFile(path.join(SAMPLE, '询问笔录（姚金山）.pdf')),
      'big.docx': withPart(entries, 'word/document.xml', bigDocumentXml(2 * 1024 * 1024)),
    });
    const slow = await audit(root, ['--file-timeout', '0.001']);
    expect(slow.entry('询问笔录.pdf')?.reason).toMatch(/^exceeds limits: reading took longer than 0 s/);
    const small = await audit(root, ['--max-part-size', '0.001']);
    expect(small.entry('询问笔录.pdf')?.reason).toMatch(/^exceeds limits: a PDF stream inflates to more than/);
    const tight = await audit(root, ['--file-memory', '16']);
    expect(tight.entry('big.docx')?.reason).toMatch(/^exceeds limits: memory \(more than 16 MiB/);
    // the files themselves are fine within the defaults
    const fine = await audit(root);
    expect(fine.entry('询问笔录.pdf')?.disposition).toBe('document');
    expect(fine.entry('big.docx')?.disposition).toBe('document');
  }, 120_000);
});

/** PDF-like bytes holding one Flate content stream per given content (all the budget scan looks at). */
function flatePdf(contents: Buffer[]): Buffer {
  const parts = contents.map((c, i) => {
    const data = deflateSync(c);
    return Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  });
  return Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), ...parts, Buffer.from('%%EOF\n', 'latin1')]);
}

describe('the inflated-size budget of a PDF', () => {
  const KiB = 1024;
  const limits = { ...DEFAULT_READ_LIMITS, maxPartBytes: 1024 * KiB, maxTotalBytes: 1024 * KiB };

  it('is not refused on deflate bounds: short streams whose worst case passes the total, but whose text does not', () => {
    // each ~100 compressed bytes could inflate to ~100 KiB (1032:1); twenty of them could pass 1 MiB, their 2 KiB each do not
    const text = Buffer.from('当事人：射阳县某某有限公司 罚款人民币壹万元整 '.repeat(40));
    expect(pdfStreamsOverLimit(flatePdf(Array.from({ length: 20 }, () => text)), limits)).toBeUndefined();
  });

  it('sums the real sizes of short streams when their bounds pass the total: over it in total', () => {
    const zeros = Buffer.alloc(400 * KiB);
    expect(pdfStreamsOverLimit(flatePdf([zeros, zeros, zeros]), limits)).toMatch(/^exceeds limits: PDF streams inflate to more than 1 MiB in total/);
    expect(pdfStreamsOverLimit(flatePdf([zeros, zeros]), limits)).toBeUndefined();
  });

  it('gives the reason a measure in order gives: short streams past the total before a long one past the part limit', () => {
    const zeros = Buffer.alloc(400 * KiB);
    expect(pdfStreamsOverLimit(flatePdf([zeros, zeros, zeros, Buffer.alloc(2048 * KiB)]), limits)).toMatch(/in total$/);
  });

  it('inflates a stream that could pass the part limit, and refuses it when it does', () => {
    expect(pdfStreamsOverLimit(flatePdf([Buffer.alloc(2048 * KiB)]), limits)).toMatch(/^exceeds limits: a PDF stream inflates to more than 1 MiB/);
    expect(pdfStreamsOverLimit(flatePdf([Buffer.alloc(1000 * KiB)]), limits)).toBeUndefined();
  });
});

describe.skipIf(!existsSync('dist/bundle/caseaudit.js'))('a crash of the tool itself (built CLI)', () => {
  it('exits 2 with "internal error", never 1, and still writes the report', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-crash-'));
    // A stray rejection once the CLI is running (its handlers installed), as a dependency's bug would make.
    const inject = 'data:text/javascript,let n = 0; const t = setInterval(() => { if (process.listenerCount("unhandledRejection") || ++n > 400) { clearInterval(t); Promise.reject(new Error("injected fault")); } }, 5);';
    const result = await promisify(execFile)(process.execPath, ['--import', inject, 'bin/caseaudit.js', 'audit', SAMPLE, '--out', out, '--no-cache', '--fail-on', 'none']).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/internal error: Error: injected fault/);
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
  });
});
