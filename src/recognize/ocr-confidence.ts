import type { CaseDocument } from '../model/document.js';
import type { PageText } from '../read/pages.js';
import { spanConfidence, tailConfidence } from '../read/ocr/tsv.js';

/**
 * A document read (partly) by OCR carries the engine's doubt into what was recognised: its type and every
 * field get at most the confidence of the words they were read from, so a field OCR was unsure of is
 * below the vocabulary's `reviewBelow` and becomes needs-review, never a defect.
 */
export function applyOcrConfidence(doc: CaseDocument, pages: PageText[], keyDateLabels: readonly string[] = []): CaseDocument {
  const scanned = pages.filter((p) => p.ocr);
  if (scanned.length === 0) return doc;
  const confidence = Math.round((scanned.reduce((n, p) => n + p.ocr!.confidence, 0) / scanned.length) * 100) / 100;
  const pageConfidence = (page: number | undefined) => (pages.find((p) => p.page === page) ?? pages[0])?.ocr?.confidence;
  const ofQuote = (quote: string, page: number | undefined, label = ''): number | undefined => {
    const on = page === undefined ? scanned : scanned.filter((p) => p.page === page);
    for (const p of on) {
      const at = labelledAt(p.text, label, quote) ?? p.text.indexOf(quote);
      if (at >= 0) return spanConfidence(p.ocr!.words, at, at + quote.length);
    }
    // Not found as written (normalised on the way): the page's confidence stands for it.
    return on.length > 0 ? pageConfidence(on[0].page) : undefined;
  };
  const fields = structuredClone(doc.fields);
  visitSources(fields, (source) => {
    if (!pages.some((p) => p.ocr && (source.page === undefined || p.page === source.page))) return;
    const read = ofQuote(source.quote, source.page, typeof source.label === 'string' ? source.label : '');
    if (read !== undefined) source.confidence = Math.min(source.confidence ?? 1, read);
  });
  // A key date taken as the last date read is the document's own date only if nothing after it was
  // misread: a seal over the signature date leaves an earlier date (one from the body) as the last one.
  const key = fields.keyDate;
  const labelled = key !== undefined && keyDateLabels.some((l) => key.label.replace(/\s+/g, '').endsWith(l));
  if (key && !labelled && fields.dates.length > 0 && sameDate(key, fields.dates[fields.dates.length - 1])) {
    const tail = afterQuote(scanned, key.quote, key.page);
    if (tail !== undefined) key.confidence = Math.min(key.confidence ?? 1, tail);
  }
  // The shape of a bracket (〔〕 or [] or 【】) is not something OCR tells apart reliably: not judged.
  if (fields.docNumber && pages.some((p) => p.ocr && (fields.docNumber!.page === undefined || p.page === fields.docNumber!.page))) delete fields.docNumber.bracket;
  const title = doc.by === 'title' ? ofQuote(doc.evidence.trim(), doc.pages?.[0]) : undefined;
  return {
    ...doc,
    confidence: title !== undefined ? Math.min(doc.confidence, title) : Math.min(doc.confidence, confidence),
    fields,
    ocr: { confidence, pages: scanned.map((p) => ({ page: p.page, confidence: p.ocr!.confidence, ...(p.ocr!.seal !== undefined ? { seal: p.ocr!.seal } : {}) })) },
  };
}

interface MutableSource {
  quote: string;
  label?: unknown;
  page?: number;
  confidence?: number;
}

/** Every value of the fields that says where it was read (it has a quote). */
function visitSources(value: unknown, visit: (s: MutableSource) => void): void {
  if (Array.isArray(value)) for (const v of value) visitSources(v, visit);
  else if (value && typeof value === 'object') {
    if (typeof (value as MutableSource).quote === 'string') visit(value as MutableSource);
    for (const v of Object.values(value)) if (v && typeof v === 'object') visitSources(v, visit);
  }
}

/**
 * Where the quote stands after its label (审批时间: 2023年6月27日): a date written twice on a page (the
 * officer's signature date and the approval date) takes the confidence of the one it was read from,
 * not of the first one on the page.
 */
function labelledAt(text: string, label: string, quote: string): number | undefined {
  const bare = label.replace(/\s+/g, '');
  if (bare === '') return undefined;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${[...bare].map(escape).join('\\s*')}[\\s:：]*(?=${escape(quote)})`).exec(text);
  return m ? m.index + m[0].length : undefined;
}

function sameDate(a: { date: string; quote: string; page?: number }, b: { date: string; quote: string; page?: number }): boolean {
  return a.date === b.date && a.quote === b.quote && a.page === b.page;
}

/** The lowest confidence of what OCR read after the quote: the rest of its page and every later page. */
function afterQuote(scanned: PageText[], quote: string, page: number | undefined): number | undefined {
  let min: number | undefined;
  let found = false;
  for (const p of scanned) {
    if (page !== undefined && p.page < page) continue;
    let from = 0;
    if (!found) {
      const at = p.text.lastIndexOf(quote);
      if (at < 0) continue;
      found = true;
      from = at + quote.length;
    }
    const c = tailConfidence(p.text, p.ocr!.words, from);
    if (c !== undefined) min = Math.min(min ?? 1, c);
  }
  return min;
}
