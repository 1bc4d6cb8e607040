import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../src/engine/read-case.js';
import type { Report } from '../src/model/report.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { run } from './helpers/cli.js';
import { CLEAN_CASE } from './helpers/txt-archive.js';
import { buildZip as makeZip } from './helpers/zipWriter.js';

/**
 * Hostile input: every bad file ends in a clear finding or error with exit 1 or 2, never an unhandled
 * exception; every input file is accounted for exactly once; nothing given is modified.
 */
const FIXTURES = path.resolve('test/fixtures/files');
const ruleset = await loadRuleset();

async function hashTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: Buffer) => {
    for (const e of await readdir(dir, { withFileTypes: true, encoding: 'buffer' })) {
      const p = Buffer.concat([dir, Buffer.from('/'), e.name]);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) await walk(p);
      else out.set(p.toString('latin1'), createHash('sha256').update(await readFile(p)).digest('hex'));
    }
  };
  await walk(Buffer.from(root));
  return out;
}

function bigPdf(pages: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (let i = 0; i < pages; i++) doc.addPage({ size: [200, 200] }).fontSize(8).text(`page ${i + 1}`);
    doc.end();
  });
}

async function auditJson(dir: string, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string; report: Report }> {
  const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-out-'));
  const r = await run(['audit', dir, '--out', out, ...extra]);
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  return { ...r, report };
}

describe('hostile input', () => {
  it('a messy archive: every bad file is a finding, every file is listed once, nothing is modified', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-hostile-'));
    const bad = path.join(root, '（射）应急罚〔2023〕12号 华兴化工');
    await mkdir(bad, { recursive: true });
    for (const [name, text] of Object.entries(CLEAN_CASE)) await writeFile(path.join(bad, name), text);
    for (const f of ['corrupt.pdf', 'empty.pdf', 'encrypted.pdf', 'image-only.pdf', 'one-bad-page.pdf', 'not-a-zip.docx', 'pdf-renamed.docx']) {
      await copyFile(path.join(FIXTURES, f), path.join(bad, f));
    }
    await writeFile(path.join(bad, 'malformed.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    await writeFile(path.join(bad, 'huge.pdf'), await bigPdf(2050));
    // names: spaces, full-width, emoji, and bytes that are not UTF-8 (a GBK name from a Windows export)
    const odd = path.join(root, 'odd names');
    await mkdir(odd);
    await writeFile(path.join(odd, '现场 检查 记录 ２０２３.txt'), CLEAN_CASE['01 现场检查记录.txt']);
    await writeFile(path.join(odd, '📄 询问笔录.txt'), CLEAN_CASE['03 询问笔录.txt']);
    await writeFile(Buffer.concat([Buffer.from(odd + '/'), Buffer.from([0xc1, 0xa2, 0xb0, 0xb8]), Buffer.from('.txt')]), CLEAN_CASE['02 立案审批表.txt']);
    // a symbolic link loop and a link out of the archive
    await symlink('..', path.join(odd, 'loop'));
    await symlink('/etc', path.join(odd, 'outside'));
    // a zip with a zip-slip entry
    await writeFile(path.join(root, 'export.zip'), makeZip([{ name: '../evil.pdf', data: Buffer.from('%PDF-1.4') }, { name: 'case/note.txt', data: Buffer.from(CLEAN_CASE['01 现场检查记录.txt']) }]));
    await writeFile(path.join(root, 'Thumbs.db'), 'x');

    const before = await hashTree(root);
    // Without OCR: the image-only file is about file health here, whatever the machine has installed.
    const { code, report } = await auditJson(root, ['--as-of', '2026-11-29', '--ocr', 'off']);
    expect(code).toBe(1);
    const after = await hashTree(root);
    expect(after).toEqual(before);

    const findings = [...report.cases.flatMap((c) => c.findings), ...report.findings];
    const ruleFor = (name: string) => findings.filter((f) => f.file?.endsWith(name)).map((f) => f.rule);
    expect(ruleFor('corrupt.pdf')).toContain('file-unreadable');
    expect(ruleFor('empty.pdf')).toContain('file-unreadable');
    expect(ruleFor('encrypted.pdf')).toContain('file-encrypted');
    expect(ruleFor('image-only.pdf')).toContain('file-no-text');
    expect(ruleFor('not-a-zip.docx')).toContain('file-unreadable');
    expect(ruleFor('malformed.pdf')).toContain('file-unreadable');
    expect(findings.find((f) => f.file?.endsWith('one-bad-page.pdf') && f.page === 2)?.rule).toBe('file-unreadable');
    expect(findings.find((f) => f.file?.endsWith('huge.pdf') && f.rule === 'file-unreadable')?.message).toMatch(/2001.*2050.*limit 2000/);
    expect(findings.find((f) => f.rule === 'zip-entry-rejected')?.file).toBe('export.zip!/../evil.pdf');
    // the PDF named .docx is read as the PDF it is
    const renamed = report.cases.flatMap((c) => c.documents).find((d) => d.file.endsWith('pdf-renamed.docx'));
    expect(renamed?.type).toBe('inquiry-record');
    // one bad page does not lose the others
    const pages = report.cases.flatMap((c) => c.documents).filter((d) => d.file.endsWith('one-bad-page.pdf')).map((d) => d.type);
    expect(pages).toEqual(expect.arrayContaining(['inspection-record', 'penalty-decision']));

    // nothing lost: every file of the tree (and every zip entry) is listed exactly once
    const listed = report.files.map((f) => f.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(before.size + 2 /* zip entries */ + 2 /* symlinks */);
    for (const f of report.files) expect(f.disposition === 'document' || (f.reason ?? '').length > 0, f.file).toBe(true);
    expect(report.files.find((f) => f.file.includes('loop'))).toMatchObject({ disposition: 'skipped', reason: 'symbolic link (not followed)' });
    expect(report.files.find((f) => f.file.includes('\uFFFD'))?.disposition).toBe('document');
    expect(report.files.find((f) => f.file === 'Thumbs.db')?.disposition).toBe('skipped');
  });

  it('an unreadable file (permissions) is a finding', async () => {
    const r = await readCaseFile({ path: 'case/locked.pdf', size: 10, origin: { kind: 'fs', absolute: '/x' }, read: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) }, ruleset);
    expect(r.file).toMatchObject({ status: 'unreadable', reason: 'permission denied' });
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file on disk (not as root: root reads everything)', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-perm-'));
    await mkdir(path.join(root, 'case'));
    await writeFile(path.join(root, 'case', '立案审批表.txt'), CLEAN_CASE['02 立案审批表.txt']);
    await chmod(path.join(root, 'case', '立案审批表.txt'), 0);
    const { report } = await auditJson(root, ['--fail-on', 'none']);
    expect(report.cases[0].findings.map((f) => f.rule)).toContain('file-unreadable');
  });

  it('an empty archive is exit 1 with archive-empty, never a silent pass', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-empty-'));
    const { code, report } = await auditJson(root);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.rule)).toEqual(['archive-empty']);
  });

  it('a folder of 10,000 empty files finishes with each one accounted for', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-many-'));
    const dir = path.join(root, 'case');
    await mkdir(dir);
    for (let i = 0; i < 10_000; i++) await writeFile(path.join(dir, `${String(i).padStart(5, '0')}.pdf`), '');
    const { code, report } = await auditJson(root);
    expect(code).toBe(1);
    expect(report.files).toHaveLength(10_000);
    expect(report.cases[0].findings.filter((f) => f.rule === 'file-unreadable')).toHaveLength(10_000);
  }, 120_000);

  it('a zip that is not a zip, and a zip bomb, are findings', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-zip-'));
    await writeFile(path.join(root, 'broken.zip'), 'PK\u0003\u0004 not really');
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    await writeFile(path.join(root, 'bomb.zip'), makeZip([{ name: 'a/bomb.pdf', data: zeros, method: 8 }]));
    const { code, report } = await auditJson(root);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.rule}:${f.file}`)).toEqual(expect.arrayContaining(['file-unreadable:broken.zip', 'zip-entry-rejected:bomb.zip!/a/bomb.pdf']));
    expect(report.files.find((f) => f.file === 'broken.zip')?.disposition).toBe('unreadable');
    expect((await stat(path.join(root, 'bomb.zip'))).size).toBeLessThan(1024 * 1024);
  });

  it('a missing input path is exit 2', async () => {
    expect((await run(['audit', '/definitely/not/here'])).code).toBe(2);
  });
});
