/**
 * Reads the generated files back the way the tool will (pdf-parse with the pdfjs cMaps, mammoth) and
 * checks them against manifest.json: every document's first page starts with the agency line and its
 * title; its number, party, key date and fine are in its text; the scanned copy has no text; the
 * reader fixtures fail the way their README says. Run after generate.ts:
 *
 *   npx tsx scripts/samples/verify.ts [--print]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';
import { dateCn, dateCnNumerals } from './lib/cn.js';
import type { DocumentType, Manifest } from './lib/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = join(ROOT, 'samples');
const CMAPS = join(ROOT, 'node_modules/pdfjs-dist/cmaps/');
const print = process.argv.includes('--print');

const TITLES: Partial<Record<DocumentType, string[]>> = {
  'filing-approval': ['立案审批表'], 'inspection-record': ['现场检查记录'], 'inquiry-record': ['询问笔录'],
  'investigation-report': ['案件调查终结报告'], 'penalty-notice': ['行政处罚告知书'], 'hearing-notice': ['听证告知书'],
  'statement-record': ['陈述申辩笔录'], 'legal-review': ['法制审核意见书'], 'collective-discussion': ['集体讨论记录'],
  'case-approval': ['案件处理呈批表'], 'extension-approval': ['案件延期审批表'], 'penalty-decision': ['行政处罚决定书'],
  'onsite-penalty-decision': ['行政（当场）处罚决定书'], 'service-receipt': ['文书送达回执'],
  'payment-receipt': ['非税收入一般缴款书', '罚款缴纳凭证'], 'closing-approval': ['结案审批表'],
  'rectification-order': ['责令限期整改指令书'], 'rectification-review': ['整改复查意见书'],
  'preservation-notice': ['先行登记保存证据通知书'], 'preservation-decision': ['先行登记保存证据处理决定书'],
  cover: ['行 政 处 罚 案 卷'], contents: ['卷内目录'], 'archive-note': ['备考表'], 'party-identity': ['营业执照（副本）复印件'],
};

async function pdfPages(buf: Buffer, pages?: number[]): Promise<string[]> {
  const p = new PDFParse({ data: buf, cMapUrl: CMAPS, cMapPacked: true });
  try {
    const t = await p.getText(pages ? { partial: pages } : {});
    return t.pages.map((x) => x.text);
  } finally {
    await p.destroy();
  }
}

const problems: string[] = [];
const fail = (m: string) => problems.push(m);

async function main(): Promise<void> {
  const m: Manifest = JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8'));
  let checked = 0;
  for (const f of m.files) {
    if (f.skip) continue;
    const buf = readFileSync(join(SAMPLES, f.path));
    if (f.path.endsWith('.docx')) {
      const { value } = await mammoth.extractRawText({ buffer: buf });
      const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines[0] !== '射阳县应急管理局' || !TITLES[f.documents[0].type]!.includes(lines[1])) fail(`${f.path}: docx header ${lines.slice(0, 2)}`);
      if (print) console.log(`--- ${f.path} (docx)\n${lines.slice(0, 6).join('\n')}`);
      checked++;
      continue;
    }
    if (!f.path.endsWith('.pdf')) continue;
    const pages = await pdfPages(buf);
    if (f.noText) {
      if (pages.some((p) => p.trim())) fail(`${f.path}: expected no text`);
      continue;
    }
    for (const d of f.documents) {
      checked++;
      const first = pages[d.pages[0] - 1].split('\n');
      const all = pages.slice(d.pages[0] - 1, d.pages[1]).join('').replace(/\n/g, '');
      if (first[0] !== '射阳县应急管理局') fail(`${f.path} p${d.pages[0]}: first line ${first[0]}`);
      if (!TITLES[d.type]!.includes(first[1])) fail(`${f.path} p${d.pages[0]}: title line ${first[1]} for ${d.type}`);
      if (d.docNumber && !all.includes(d.docNumber)) fail(`${f.path}: number ${d.docNumber} not in text`);
      if (d.party && !all.includes(d.party)) fail(`${f.path}: party ${d.party} not in text`);
      if (d.creditCode && !all.includes(d.creditCode)) fail(`${f.path}: credit code not in text`);
      if (d.keyDate && !all.includes(dateCn(d.keyDate)) && !all.includes(dateCnNumerals(d.keyDate))) fail(`${f.path}: key date ${d.keyDate} (${d.type}) not in text`);
      if (d.fine !== undefined && !all.includes(`¥${d.fine}`)) fail(`${f.path}: fine ${d.fine} not in text`);
      for (const o of d.officers) if (!all.includes(o.certificate ? `${o.name}` : o.name)) fail(`${f.path}: officer ${o.name} not in text`);
      // pages after the first of a document never repeat the header
      for (let p = d.pages[0]; p < d.pages[1]; p++) if (pages[p].startsWith('射阳县应急管理局')) fail(`${f.path} p${p + 1}: continuation page has a header`);
    }
    if (print && f.documents.length) {
      console.log(`--- ${f.path} page 1\n${pages[0].split('\n').slice(0, 6).join('\n')}`);
    }
  }

  // reader fixtures
  const fx = join(ROOT, 'test/fixtures/files');
  const bad = readFileSync(join(fx, 'one-bad-page.pdf'));
  const p1 = await pdfPages(bad, [1]);
  const p3 = await pdfPages(bad, [3]);
  let p2error = '';
  try {
    await pdfPages(bad, [2]);
  } catch (e) {
    p2error = (e as Error).message;
  }
  if (!p1[0].includes('现场检查记录') || !p3[0].includes('行政处罚决定书') || !p2error) fail(`one-bad-page.pdf: p1/p3 must read, p2 must fail (p2: ${p2error || 'read'})`);
  console.log(`one-bad-page.pdf: page 1 ${JSON.stringify(p1[0].split('\n')[1])}, page 2 error "${p2error}", page 3 ${JSON.stringify(p3[0].split('\n')[1])}`);
  const img = await pdfPages(readFileSync(join(fx, 'image-only.pdf')));
  if (img.some((t) => t.trim())) fail('image-only.pdf has text');
  for (const name of ['encrypted.pdf', 'corrupt.pdf', 'empty.pdf']) {
    try {
      await pdfPages(readFileSync(join(fx, name)));
      console.log(`${name}: read without error`);
    } catch (e) {
      console.log(`${name}: ${(e as Error).name}: ${(e as Error).message}`);
    }
  }

  console.log(`checked ${checked} documents in ${m.files.length} files`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
