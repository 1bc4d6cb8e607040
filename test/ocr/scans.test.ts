import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/engine/run.js';
import type { CaseDocument } from '../../src/model/document.js';
import type { Report } from '../../src/model/report.js';
import { diskCache } from '../../src/read/cache.js';
import { ocrSettingsFor } from '../../src/read/ocr/engine.js';
import { createReader } from '../../src/read/reader.js';
import { recognizeFile } from '../../src/recognize/index.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { rules } from '../helpers/rules.js';
import { requireTools, TOOLS } from '../helpers/system-tools.js';

/**
 * The scanned twins of sample documents (samples/scans, scripts/scans/generate.ts: skew, speckle, a red
 * seal, a signature) read by the real tesseract: each is typed as its text twin, and no value OCR read
 * with confidence differs from the truth (samples/manifest.json). A value it doubted may be missing or
 * wrong: it is below the floor, so it can only become needs-review.
 */
const SAMPLES = path.resolve('samples');
const twins = JSON.parse(readFileSync(path.join(SAMPLES, 'scans/twins.json'), 'utf8')) as { files: { scan: string; twins: string[]; kind: string }[] };
interface TruthDoc {
  type: string;
  keyDate?: string;
  caseRef?: { year: number; serial: string };
  fine?: number;
}
const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8')) as { files: { path: string; documents: TruthDoc[] }[] };
const truthOf = (file: string) => manifest.files.find((f) => f.path === file)!.documents;

const run = requireTools(TOOLS.tesseract, TOOLS.pdftoppm);
const cacheDir = mkdtempSync(path.join(tmpdir(), 'caseaudit-ocr-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe.runIf(run)('scanned sample documents', async () => {
  const ruleset = await loadRuleset();
  const floor = ruleset.vocabulary.reviewBelow;
  const { settings } = ocrSettingsFor('on');

  it('are typed as their text twins, and every value read with confidence is the true one', async () => {
    // The same cache folder as the audit below: each scan is OCR'd once in this file.
    const reader = createReader({ jobs: 2, cache: diskCache(cacheDir), ocr: { settings } });
    const scans = twins.files.filter((t) => t.kind !== 'ofd');
    const results = await Promise.all(
      scans.map(async (t) => {
        const bytes = readFileSync(path.join(SAMPLES, t.scan));
        const outcome = await reader.read(bytes, t.scan, createHash('sha256').update(bytes).digest('hex'));
        return { t, outcome };
      }),
    ).finally(() => reader.close());
    let typed = 0;
    let dated = 0;
    let truthDocs = 0;
    for (const { t, outcome } of results) {
      expect(outcome.status, t.scan).toBe('ok');
      if (outcome.status !== 'ok') continue;
      expect(outcome.ocr).toMatch(/^tesseract 5\.\S+ chi_sim/);
      expect(outcome.pages.every((p) => p.ocr !== undefined)).toBe(true);
      const docs: CaseDocument[] = recognizeFile(t.scan, outcome.pages, ruleset);
      // The generator seals the agency's documents on their last page, and nothing else.
      if (t.kind === 'scanned-pdf' || t.kind === 'scanned-combined') {
        const sealed = /决定书|回执|告知书/.test(t.scan);
        const seals = outcome.pages.filter((p) => p.ocr?.seal !== undefined).map((p) => p.page);
        expect(seals, t.scan).toEqual(sealed ? [outcome.pages.length] : []);
      }
      const truth = t.twins.flatMap(truthOf);
      expect(docs.length, t.scan).toBe(truth.length);
      truth.forEach((want, i) => {
        const got = docs[i];
        truthDocs++;
        expect(got.ocr?.confidence).toBeGreaterThan(0.5);
        if (got.type === want.type) typed++;
        // A type decided with confidence is the true one.
        if (got.confidence >= floor) expect(got.type, `${t.scan} #${i + 1}`).toBe(want.type);
        const key = got.fields.keyDate;
        if (key && key.date === want.keyDate) dated++;
        if (key && (key.confidence ?? 1) >= floor) expect(key.date, `${t.scan} #${i + 1} key date`).toBe(want.keyDate);
        const ref = got.fields.docNumber?.caseRef;
        if (ref && (got.fields.docNumber!.confidence ?? 1) >= floor && want.caseRef) expect(ref).toMatchObject(want.caseRef);
        // OCR cannot tell 〔〕 from [] or 【】: the bracket is not judged on a scan.
        expect(got.fields.docNumber?.bracket).toBeUndefined();
      });
    }
    // Every scan typed as its twin; most key dates read (a seal over a date in Chinese numerals is not).
    expect(typed).toBe(truthDocs);
    expect(dated).toBeGreaterThanOrEqual(Math.ceil(truthDocs / 2));
  }, 300_000);

  it('audited in place of their text twins, give no finding the text case does not have', async () => {
    const caseFolder = 'archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司';
    const root = mkdtempSync(path.join(tmpdir(), 'caseaudit-scanned-case-'));
    try {
      const textCase = path.join(root, 'text', '（射）应急罚〔2023〕12号 射阳县华兴化工有限公司');
      const scanCase = path.join(root, 'scanned', '（射）应急罚〔2023〕12号 射阳县华兴化工有限公司');
      cpSync(path.join(SAMPLES, caseFolder), textCase, { recursive: true });
      cpSync(path.join(SAMPLES, caseFolder), scanCase, { recursive: true });
      for (const t of twins.files.filter((f) => f.kind !== 'ofd')) {
        for (const twin of t.twins) rmSync(path.join(scanCase, path.basename(twin)));
        writeFileSync(path.join(scanCase, path.basename(t.scan)), readFileSync(path.join(SAMPLES, t.scan)));
      }
      const audit = async (folder: string): Promise<Report> =>
        runAudit({ inputs: [folder], roster: path.join(SAMPLES, '执法人员名册.xlsx'), ruleset: await loadRuleset(), asOf: '2026-11-29', lang: 'en', jobs: 2, cache: diskCache(cacheDir), ocr: 'on', now: () => new Date('2026-11-29T00:00:00Z') });
      const text = await audit(path.dirname(textCase));
      const scanned = await audit(path.dirname(scanCase));
      expect(scanned.ocr).toMatchObject({ mode: 'on', available: true, engine: 'tesseract', model: 'chi_sim' });
      const key = (f: { rule: string; data: Record<string, unknown> }) => `${f.rule}:${String(f.data[rules.get(f.rule)?.key ?? ''] ?? '')}`;
      const textKeys = new Set(text.cases.flatMap((c) => c.findings.map(key)));
      const fromOcr = scanned.cases.flatMap((c) => c.findings).filter((f) => f.rule !== 'file-no-text' && !textKeys.has(key(f)));
      expect(fromOcr.map((f) => `${key(f)} ${f.message}`)).toEqual([]);
      // Every scan is said to be one (no text layer), read by OCR.
      const noText = scanned.cases.flatMap((c) => c.findings).filter((f) => f.rule === 'file-no-text');
      expect(noText.length).toBe(twins.files.length - 1);
      expect(noText.every((f) => f.messageId === 'readByOcr')).toBe(true);
      // What OCR doubted is there for a person to check.
      expect(scanned.cases[0].needsReview.length).toBeGreaterThan(text.cases[0].needsReview.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
