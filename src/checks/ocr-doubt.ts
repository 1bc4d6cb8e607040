import type { CaseDocument } from '../model/document.js';
import type { AuditCase, RawFinding } from './context.js';
import type { RuleCatalogue } from '../ruleset/rules.js';

/** Findings about the file itself (its bytes, its pages), not about what was read from it. */
const FILE_FACTS = new Set(['file-no-text', 'file-duplicate', 'file-unreadable', 'file-encrypted']);

/** What kind of finding it is, beyond its rule and data: whether it would veto, whether it rests on absence. */
export interface FindingWeight {
  /** it would veto the case (rubric.yaml) */
  veto?: boolean;
  /** its rule reports what a document's text does not say (rules.yaml `absence`) */
  absence?: boolean;
}

/**
 * Why a finding may come from an OCR misread, or undefined when it does not rest on OCR doubt: it is
 * about a document read by OCR (its file, or a related one) whose page, type or any field was read
 * below the confidence floor; or it says a document is missing while a scanned document of the case
 * could not be typed with confidence; or it would veto the case or reports what a document does not
 * say, and rests on an OCR-read document at all. Such a finding is needs-review, never a defect: a
 * misread date, number or title is not positive evidence, and neither is what OCR did not find.
 */
export function ocrDoubt(kase: AuditCase, raw: RawFinding, floor: number, weight: FindingWeight = {}): { page?: number; confidence: number; what: string } | undefined {
  if (FILE_FACTS.has(raw.rule)) return undefined;
  const files = new Set([raw.file, ...(raw.related ?? []).map((r) => r.file)].filter((f): f is string => f !== undefined));
  const scanned = kase.documents.filter((d) => d.ocr);
  if (scanned.length === 0) return undefined;
  // A missing document rests on the types of the case's documents only: a scan typed with doubt may be it.
  const missing = raw.rule === 'document-missing' && files.size === 0;
  const candidates = missing ? scanned : scanned.filter((d) => files.has(d.file));
  for (const doc of candidates) {
    const doubt = doubtOf(doc, floor, missing);
    if (doubt) return doubt;
  }
  // A veto needs positive evidence, and what OCR did not find (a second officer, a citation, a title
  // it typed otherwise) is not: read with any confidence, OCR text never vetoes a case on its own, nor
  // is its silence a defect (a certificate number or a remedy clause it missed).
  if ((weight.veto || weight.absence) && candidates.length > 0) {
    const least = candidates.flatMap((d) => d.ocr!.pages).sort((a, b) => a.confidence - b.confidence)[0];
    return { page: least?.page, confidence: least?.confidence ?? candidates[0].ocr!.confidence, what: weight.veto ? 'veto' : 'absence' };
  }
  return undefined;
}

function doubtOf(doc: CaseDocument, floor: number, typeOnly: boolean): { page?: number; confidence: number; what: string } | undefined {
  const low = doc.ocr!.pages.find((p) => p.confidence < floor);
  if (low) return { page: low.page, confidence: low.confidence, what: 'page' };
  if (doc.confidence < floor) return { page: doc.pages?.[0], confidence: doc.confidence, what: 'type' };
  if (typeOnly) return undefined;
  let worst: { page?: number; confidence: number; what: string } | undefined;
  for (const [name, value] of Object.entries(doc.fields)) {
    for (const source of Array.isArray(value) ? value : [value]) {
      const c = (source as { confidence?: number } | undefined)?.confidence;
      if (c !== undefined && c < floor && (!worst || c < worst.confidence)) worst = { page: (source as { page?: number }).page, confidence: c, what: name };
    }
  }
  return worst;
}

/** The needs-review wording of a finding held back by OCR doubt: rules.yaml, file-no-text `ocrDoubt`. */
export function ocrDoubtReview(rules: RuleCatalogue, message: string, d: { confidence: number; what: string }, lang: 'zh' | 'en'): { what: string; reason: string } {
  const confidence = `${Math.round(d.confidence * 100)}%`;
  if (d.what === 'veto') return rules.formatReview('file-no-text', 'ocrVeto', { message, confidence }, lang);
  if (d.what === 'absence') return rules.formatReview('file-no-text', 'ocrAbsence', { message, confidence }, lang);
  const part = d.what === 'page' ? rules.format('file-no-text', 'ocrPartPage', {}, lang) : d.what === 'type' ? rules.format('file-no-text', 'ocrPartType', {}, lang) : rules.format('file-no-text', 'ocrPartField', { field: d.what }, lang);
  return rules.formatReview('file-no-text', 'ocrDoubt', { message, part, confidence }, lang);
}
