import type { AuditedCase } from './case-cache.js';
import { normalisedDocuments } from '../model/document.js';
import { keepDocumentsStored, storedDocuments, withDocuments } from '../model/stored-documents.js';

/**
 * What stays of a case once it is audited is its result (documents, findings, file entries): the
 * archive's cases are all kept until the report is written, so each must hold only its own data.
 *
 * Two things make a fresh result much larger than what it says (measured: 68 KB per sample case
 * before, about half after):
 * - A quote or name cut out of a page is, in V8, a slice that keeps the whole page text alive (and a
 *   built string keeps its parts). A structured clone copies each string's own characters only, so
 *   the page texts and documents of the reading are released.
 * - The same text recurs many times in one case (file paths in every document and finding, a party's
 *   name as quote and as value): after the clone each distinct string is kept once.
 *
 * The copy has the same values, so every writer (and report.json, byte for byte) sees the same report.
 */
export function compactCase(audited: AuditedCase): AuditedCase {
  // Documents already in the cache's store are not held (model/stored-documents.ts): the rest is copied.
  const stored = storedDocuments.get(audited.result);
  const copy = structuredClone(stored ? { ...audited, result: withDocuments(audited.result, []) } : audited);
  const seen = new Map<string, string>();
  shareStrings(copy, seen);
  if (stored) keepDocumentsStored(copy.result, stored);
  // documents the cache validated stay marked so in the copy (report.json need not validate them again)
  else if (normalisedDocuments.has(audited.result.documents)) normalisedDocuments.add(copy.result.documents);
  return copy;
}

/** Replace, in place, every string by the first equal one met (objects and arrays of the copy only). */
function shareStrings(value: unknown, seen: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'string') value[i] = share(v, seen);
      else if (v && typeof v === 'object') shareStrings(v, seen);
    }
    return;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'string') o[k] = share(v, seen);
      else if (v && typeof v === 'object') shareStrings(v, seen);
    }
  }
}

function share(s: string, seen: Map<string, string>): string {
  const first = seen.get(s);
  if (first !== undefined) return first;
  seen.set(s, s);
  return s;
}
