/**
 * How well scans read (`npx tsx scripts/scans/measure.ts [case folder …]`): every PDF of the given sample
 * cases is scanned (scripts/scans/scan.ts: skew, speckle, seals on the agency's documents, signatures)
 * into a twin case in a temporary folder; both are audited with OCR on. Prints, per document, whether the
 * type and key date match samples/manifest.json, and every finding of the scanned case its text twin
 * does not have (an OCR misread that became a defect: the goal is none).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAudit } from '../../src/engine/run.js';
import type { Report } from '../../src/model/report.js';
import { diskCache } from '../../src/read/cache.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { imagePdf, scanPdf } from './scan.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const SEALED = new Set(['penalty-decision', 'penalty-notice', 'hearing-notice', 'service-receipt', 'rectification-order', 'rectification-review', 'no-penalty-decision', 'onsite-penalty-decision', 'preservation-notice', 'preservation-decision', 'case-transfer']);
const DEFAULT_CASES = ['（射）应急罚〔2023〕12号 射阳县华兴化工有限公司', '2023-018 射阳县东方机械制造有限公司', '射阳县盛达化纤有限公司动火作业案'];

interface TruthDoc {
  type: string;
  keyDate?: string;
}
const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8')) as { files: { path: string; documents: TruthDoc[]; noText?: true }[] };

async function main(cases: string[]): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'caseaudit-measure-'));
  const cache = diskCache(path.join(root, 'cache'));
  const ruleset = await loadRuleset();
  let pages = 0;
  let seed = 100;
  try {
    for (const c of cases) {
      const textDir = path.join(root, 'text', c);
      const scanDir = path.join(root, 'scanned', c);
      cpSync(path.join(SAMPLES, 'archive', c), textDir, { recursive: true });
      cpSync(path.join(SAMPLES, 'archive', c), scanDir, { recursive: true });
      for (const file of walk(scanDir).filter((f) => f.endsWith('.pdf'))) {
        const rel = `archive/${c}/${path.relative(scanDir, file).split(path.sep).join('/')}`;
        const truth = manifest.files.find((f) => f.path === rel);
        if (!truth || truth.noText) continue;
        const scanned = await scanPdf(file, seed++, { sealed: truth.documents.some((d) => SEALED.has(d.type)) });
        pages += scanned.length;
        writeFileSync(file, await imagePdf(scanned));
      }
    }
    const audit = (dir: string): Promise<Report> => runAudit({ inputs: [dir], roster: path.join(SAMPLES, '执法人员名册.xlsx'), ruleset, asOf: '2026-11-29', lang: 'en', jobs: 2, cache, ocr: 'on' });
    const text = await audit(path.join(root, 'text'));
    const started = Date.now();
    const scanned = await audit(path.join(root, 'scanned'));
    const seconds = (Date.now() - started) / 1000;
    let docs = 0;
    let typed = 0;
    let dated = 0;
    let datedTruth = 0;
    let confidentWrongDate = 0;
    const misses: string[] = [];
    for (const kase of scanned.cases) {
      for (const d of kase.documents) {
        const rel = `archive/${d.file}`;
        const truth = manifest.files.find((f) => f.path === rel)?.documents;
        if (!truth) continue;
        const index = truth.length === 1 ? 0 : truth.findIndex((t) => t.type === d.type);
        const want = truth[Math.max(0, index)];
        docs++;
        if (d.type === want.type) typed++;
        else misses.push(`type ${d.file}: ${d.type} ≠ ${want.type}`);
        if (want.keyDate) {
          datedTruth++;
          if (d.fields.keyDate?.date === want.keyDate) dated++;
          else misses.push(`date ${d.file}: ${d.fields.keyDate?.date ?? '—'} (confidence ${d.fields.keyDate?.confidence ?? '—'}) ≠ ${want.keyDate}`);
        }
        const k = d.fields.keyDate;
        if (k && want.keyDate && k.date !== want.keyDate && (k.confidence ?? 1) >= ruleset.vocabulary.reviewBelow) confidentWrongDate++;
      }
    }
    const key = (f: { rule: string; data: Record<string, unknown> }) => `${f.rule}:${String(f.data[ruleset.rules.get(f.rule)?.key ?? ''] ?? '')}`;
    const textKeys = new Set(text.cases.flatMap((c) => c.findings.map(key)));
    const scanKeys = new Set(scanned.cases.flatMap((c) => c.findings.map(key)));
    const fromOcr = scanned.cases.flatMap((c) => c.findings).filter((f) => f.rule !== 'file-no-text' && !textKeys.has(key(f)));
    const lost = text.cases.flatMap((c) => c.findings).filter((f) => !scanKeys.has(key(f)));
    console.log(JSON.stringify({ cases: cases.length, scannedPages: pages, auditSeconds: seconds, pagesPerSecond: Math.round((pages / seconds) * 100) / 100, documents: docs, typed, typedShare: typed / docs, keyDates: datedTruth, keyDatesRead: dated, keyDateShare: dated / datedTruth, confidentWrongKeyDates: confidentWrongDate, findingsFromOcr: fromOcr.map((f) => `${key(f)} ${f.message}`), textFindingsNotFoundOnScans: lost.map(key), needsReviewText: text.summary.needsReview, needsReviewScanned: scanned.summary.needsReview }, null, 2));
    console.log(misses.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

await main(process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_CASES);
