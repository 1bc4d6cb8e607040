import { normalisedDocuments } from './document.js';
import type { CaseResult } from './report.js';

/**
 * A cached case's documents left in the cache file, in the form report.json gives them, until a
 * writer needs them. They are nine tenths of a case: a warm run spent a third of its time parsing them
 * from the cache and stringifying them again for report.json, unchanged. report.json copies the stored
 * text as it is (src/report/json.ts); anything else that reads `documents` parses it then.
 */
export interface StoredDocuments {
  /** each document's type, in order: what the stages after a case's own audit ask most */
  types: string[];
  /**
   * the documents as report.json writes them inside a case (see documentsText); valid until the next
   * call of any case's `text` (it is the store's reused buffer): write or parse it at once
   */
  text(): Buffer;
}

export const storedDocuments = new WeakMap<CaseResult, StoredDocuments>();

/**
 * From now on the case's documents are their stored text: report.json copies it, and reading
 * `documents` parses it (a fresh copy each time, so nothing accumulates, as with the spill).
 */
export function keepDocumentsStored(result: CaseResult, stored: StoredDocuments): void {
  storedDocuments.set(result, stored);
  Object.defineProperty(result, 'documents', {
    get: () => {
      const documents = JSON.parse(stored.text().toString('utf8')) as CaseResult['documents'];
      normalisedDocuments.add(documents);
      return documents;
    },
    enumerable: true,
    configurable: true,
  });
}

/** A shallow copy of a case with other documents, made without reading its own (stored or spilled ones are read on each access). */
export function withDocuments(c: CaseResult, documents: CaseResult['documents']): CaseResult {
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(c)) copy[k] = k === 'documents' ? documents : (c as unknown as Record<string, unknown>)[k];
  return copy as unknown as CaseResult;
}

/**
 * The indentation of a case's keys in report.json: a case is an element of the top-level `cases`
 * array, its `documents` value starts on the key's line and every further line sits this far in.
 */
const CASE_KEY_DEPTH = 3;

/**
 * `documents` as report.json's writer gives it, JSON.stringify(report, null, 2) at a case's depth: the
 * array stringified three arrays deep and the brackets cut off, so every line after the first is
 * indented as there (no line re-indented by hand).
 */
export function documentsText(documents: unknown[]): string {
  const nested = JSON.stringify([[[documents]]], null, 2);
  const open = nestedOpen(CASE_KEY_DEPTH);
  return nested.slice(open.length, nested.length - nestedClose(CASE_KEY_DEPTH).length);
}

function nestedOpen(depth: number): string {
  let s = '';
  for (let d = 0; d < depth; d++) s += `${' '.repeat(2 * d)}[\n`;
  return s + ' '.repeat(2 * depth);
}

function nestedClose(depth: number): string {
  let s = '';
  for (let d = depth - 1; d >= 0; d--) s += `\n${' '.repeat(2 * d)}]`;
  return s;
}

/** Whether the case holds a document of this type, without parsing stored documents. */
export function hasDocumentOfType(c: CaseResult, type: string): boolean {
  const stored = storedDocuments.get(c);
  return stored ? stored.types.includes(type) : c.documents.some((d) => d.type === type);
}
