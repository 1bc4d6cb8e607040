/**
 * Scanned and OFD twins of sample documents (`npx tsx scripts/scans/generate.ts`): samples/scans/ holds
 * image-only PDFs (rendered pages with skew, speckle, a red seal and a signature), a scanned combined
 * PDF, a JPEG scan read as an image, and an OFD export; `twins.json` names the text PDF each one copies,
 * whose manifest entry is the truth for the tests. Not a case folder: these files are not scored.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ofdFromPdf } from './ofd.js';
import { imagePdf, scanPdf } from './scan.js';

const ROOT = join(import.meta.dirname, '../../samples');
const OUT = join(ROOT, 'scans');
const CASE = 'archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司';

/** What is scanned: documents the agency seals, records the party signs, and one unsealed form. */
const SINGLE = [
  { file: '（射）应急罚〔2023〕12号 行政处罚决定书.pdf', sealed: true },
  { file: '送达回执（行政处罚决定书）.pdf', sealed: true },
  { file: '行政处罚告知书.pdf', sealed: true },
  { file: '询问笔录（王建华）.pdf', sealed: false },
];
const COMBINED = ['立案审批表.pdf', '现场检查记录.pdf', '案件处理呈批表.pdf'];
const IMAGE = '结案审批表.pdf';
const OFD = '（射）应急罚〔2023〕12号 行政处罚决定书.pdf';

interface Twin {
  scan: string;
  /** the text PDF(s) it copies, in page order (a combined scan copies several) */
  twins: string[];
  kind: 'scanned-pdf' | 'scanned-combined' | 'image' | 'ofd';
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const twins: Twin[] = [];
  let seed = 1;
  for (const s of SINGLE) {
    const pages = await scanPdf(join(ROOT, CASE, s.file), seed++, { sealed: s.sealed });
    const name = `扫描件 ${s.file}`;
    writeFileSync(join(OUT, name), await imagePdf(pages));
    twins.push({ scan: `scans/${name}`, twins: [`${CASE}/${s.file}`], kind: 'scanned-pdf' });
  }
  const combined = [];
  for (const f of COMBINED) combined.push(...(await scanPdf(join(ROOT, CASE, f), seed++, { sealed: false })));
  writeFileSync(join(OUT, '扫描件 立案至呈批（合订）.pdf'), await imagePdf(combined));
  twins.push({ scan: 'scans/扫描件 立案至呈批（合订）.pdf', twins: COMBINED.map((f) => `${CASE}/${f}`), kind: 'scanned-combined' });
  const [image] = await scanPdf(join(ROOT, CASE, IMAGE), seed++, { sealed: true });
  writeFileSync(join(OUT, '结案审批表.jpg'), image);
  twins.push({ scan: 'scans/结案审批表.jpg', twins: [`${CASE}/${IMAGE}`], kind: 'image' });
  writeFileSync(join(OUT, '行政处罚决定书.ofd'), ofdFromPdf(join(ROOT, CASE, OFD), 'caseaudit-sample-0001'));
  twins.push({ scan: 'scans/行政处罚决定书.ofd', twins: [`${CASE}/${OFD}`], kind: 'ofd' });
  writeFileSync(join(OUT, 'twins.json'), JSON.stringify({ generator: 'scripts/scans/generate.ts', files: twins }, null, 2) + '\n');
}

await main();
