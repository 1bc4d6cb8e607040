import type { CaseFile } from '../checks/context.js';
import { buildCase } from '../checks/facts.js';
import { runChecks } from '../checks/index.js';
import type { CaseDocument } from '../model/document.js';
import type { CaseResult, FileEntry } from '../model/report.js';
import type { ScannedCase } from '../scan/index.js';
import { compareFindings } from '../model/order.js';
import { mapLimit } from './pool.js';
import type { AuditedCase } from './case-cache.js';
import type { LoadedSource } from './case-identity.js';
import { readCaseFile } from './read-case.js';
import type { CaseAuditOptions } from './audit-case.js';

/**
 * A case not in the cache, its files' bytes in hand: read their text, recognise the documents, run
 * every check; and whether a check read the as-of date (see runChecks). Loaded when the first such case
 * comes (./audit-case.ts).
 */
export async function auditFiles(scannedCase: ScannedCase, o: CaseAuditOptions, loaded: LoadedSource[]): Promise<{ audited: AuditedCase; asOfRead: boolean }> {
  const { ruleset, lang, jobs, roster } = o;
  const files: FileEntry[] = [];
  // Twice as many files in flight as threads: a thread never waits for the main thread to hand it the next file.
  const read = orderOriginalsFirst(
    await mapLimit(scannedCase.files, jobs * 2, async (f, i) => {
      const r = await readCaseFile(f, ruleset, o.reader, loaded[i]);
      o.onFileRead?.(1);
      return r;
    }),
  );
  const caseFiles: CaseFile[] = [];
  const documents: CaseDocument[] = [];
  const text = new Map<CaseDocument, string>();
  const firstByHash = new Map<string, string>();
  for (const r of read) {
    // Only readable content counts as duplicated: ten empty files are ten unreadable files.
    const comparable = r.file.size > 0 && (r.file.status === 'ok' || r.file.status === 'no-text');
    const original = comparable ? firstByHash.get(r.file.sha256) : undefined;
    if (original) {
      // A byte-identical copy adds nothing to the case: reported once, its documents not counted twice.
      r.file.duplicateOf = original;
      caseFiles.push(r.file);
      files.push({ file: r.file.path, size: r.file.size, sha256: r.file.sha256, disposition: 'skipped', reason: `duplicate of ${original}`, case: scannedCase.folder });
      continue;
    }
    if (comparable && !firstByHash.has(r.file.sha256)) firstByHash.set(r.file.sha256, r.file.path);
    caseFiles.push(r.file);
    r.documents.forEach((d, i) => {
      documents.push(d);
      text.set(d, r.texts[i] ?? '');
    });
    const disposition = r.file.status === 'ok' || r.file.status === 'no-text' ? 'document' : r.file.status === 'unsupported' ? 'unsupported' : 'unreadable';
    files.push({ file: r.file.path, size: r.file.size, sha256: r.file.sha256 || undefined, disposition, reason: r.file.reason, case: scannedCase.folder });
  }
  const { kase, steps } = buildCase(scannedCase.folder, caseFiles, documents, text, ruleset);
  const { findings, skipped, needsReview, asOfRead } = runChecks(kase, steps, ruleset, o.asOf, lang, roster);
  if (kase.facts.regime && !kase.facts.regime.encoded) {
    skipped.push({ check: 'regime', reason: `${kase.facts.regime.name} is not encoded in this ruleset: checked against ${kase.facts.applied?.name ?? 'the previous rules'}` });
  }
  findings.sort(compareFindings);
  const result: CaseResult = {
    folder: scannedCase.folder,
    caseNumber: kase.facts.caseNumber,
    caseRef: kase.facts.caseRef,
    party: kase.facts.party,
    unit: kase.facts.unit,
    type: kase.facts.type.id,
    filingDate: steps.get('filing')?.date,
    decisionDate: steps.get('decision')?.date ?? steps.get('onsite-decision')?.date,
    fine: kase.facts.fine,
    regime: kase.facts.regime?.id,
    // scored below, once earlier rounds and waivers are known
    score: 0,
    grade: '',
    veto: false,
    vetoReasons: [],
    categories: [],
    documents,
    findings,
    skipped,
    needsReview,
  };
  return { audited: { result, files }, asOfRead };
}

/** Names that say a file is a copy: 决定书(1).pdf, 决定书 - 副本.pdf, 决定书 copy.pdf. */
const COPY_NAME = /(\(\d+\)|（\d+）|副本|[-_ ]copy|拷贝)(\.[^.]+)?$/i;

/** Of byte-identical files, the one whose name does not say "copy" is the original (then the first). */
function orderOriginalsFirst<T extends { file: { path: string } }>(files: T[]): T[] {
  const copy = (f: T) => Number(COPY_NAME.test(f.file.path.replace(/\.[^./]+$/, '')) || COPY_NAME.test(f.file.path));
  return files.map((f, i) => ({ f, i })).sort((a, b) => copy(a.f) - copy(b.f) || a.i - b.i).map((x) => x.f);
}

