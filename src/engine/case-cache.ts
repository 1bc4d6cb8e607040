import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CaseDocument, normalisedDocuments } from '../model/document.js';
import { documentsText, keepDocumentsStored } from '../model/stored-documents.js';
import type { CaseResult, FileEntry } from '../model/report.js';
import { DOCUMENTS_FILE, READER_VERSION, type JsonStore, type RecordPlace } from '../read/cache.js';
import { LIMIT_PREFIX } from '../read/limits.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import { VERSION } from '../version.js';

/**
 * Audited cases kept between runs: a case whose files (by content), ruleset, language, roster and
 * reading budget are all unchanged gives the same pre-scoring result, so a warm run skips its reading,
 * recognition and checks. The as-of date is part of a case's key only when a check read it (an open
 * case's running deadline): other cases are found again whatever the date (see asOfCaseKey).
 * Scoring, rounds, waivers and the register cross-check still run on every case, since they depend on
 * the other cases and earlier rounds.
 */
export const CASE_CACHE_VERSION = 'c4';

export interface AuditedCase {
  result: CaseResult;
  files: FileEntry[];
}

/**
 * Everything besides the case's own files and the as-of date that decides its result (OCR engine and
 * settings included: a scan reads differently with and without them).
 */
export function auditContext(parts: { ruleset: Ruleset; lang: string; roster?: RosterOfficer[]; limits?: unknown; ocr?: string }): string {
  const { dir: _dir, ...ruleset } = parts.ruleset;
  return createHash('sha256')
    .update(JSON.stringify([CASE_CACHE_VERSION, VERSION, READER_VERSION, ruleset, parts.lang, parts.roster ?? null, parts.limits ?? null, parts.ocr ?? 'off'], jsonSafe))
    .digest('hex');
}

/**
 * The key of a case whose checks read the as-of date: its key with the date. A case is kept under one
 * of its two keys. Whether a check reads the date follows from the case's files and the context alone
 * (a check reads it before it can act on it), so a result kept under the plain key holds for every
 * date.
 */
export function asOfCaseKey(key: string, asOf: string): string {
  return createHash('sha256').update(key).update('\u0000as-of\u0000').update(asOf).digest('hex');
}

/** Regular expressions and maps in the ruleset are part of what it says. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value.values()];
  return value;
}

/** The key of one case: the context, its folder, and each file's path and content hash. */
export function caseCacheKey(context: string, folder: string, files: { path: string; sha256: string }[]): string {
  const h = createHash('sha256').update(context).update('\u0000').update(folder);
  for (const f of files) h.update('\u0000').update(f.path).update('\u0001').update(f.sha256);
  return h.digest('hex');
}

/** A result is kept only when the same bytes would give it again (no timeout, crash or budget limit). */
export function cacheable(a: AuditedCase): boolean {
  return !a.files.some((f) => f.disposition === 'unreadable' && (f.reason?.startsWith(LIMIT_PREFIX) || /^(reader thread|reader failed|reading stopped)/.test(f.reason ?? '')));
}

const CaseDocuments = z.array(CaseDocument);

/** What a case's record says of documents kept apart (as bytes under `docs:` and the same key, at `place`). */
interface StoredCase extends AuditedCase {
  normalised?: boolean;
  storedDocuments?: { types: string[]; place: RecordPlace };
}

/**
 * A case's documents are stored as the schema gives them, so that a case read back is marked as
 * normalised and report.json need not validate its documents again (model/document.ts). Where the
 * store keeps bytes, they are kept apart from the case, as report.json writes them, and a case read
 * back leaves them in the store (model/stored-documents.ts): checked when the case is looked up, and
 * read and checked again when they are written. Nothing of them is held meanwhile: reading a few
 * kilobytes twice from the page cache cost less than holding tens of megabytes of fresh memory.
 */
export function caseCache(store: JsonStore): { get(key: string): AuditedCase | undefined; set(key: string, value: AuditedCase): void } {
  return {
    get(key) {
      const v = store.get(`case:${key}`) as StoredCase | undefined;
      if (!v || typeof v !== 'object' || !v.result || !Array.isArray(v.files) || !Array.isArray(v.result.documents)) return undefined;
      const stored = v.storedDocuments;
      delete v.storedDocuments;
      if (stored) {
        if (!Array.isArray(stored.types) || !stored.place || !store.getBytes) return undefined;
        // Checked now, so that a damaged or missing record is a miss (the case is audited again), not a
        // failure when the report is written.
        const docsKey = `docs:${key}`;
        if (store.getBytes(docsKey, stored.place) === undefined) return undefined;
        keepDocumentsStored(v.result, { types: stored.types, text: () => reread(store, docsKey, stored.place) });
      } else if (v.normalised === true) normalisedDocuments.add(v.result.documents);
      delete v.normalised;
      return v;
    },
    set(key, value) {
      const documents = CaseDocuments.safeParse(value.result.documents);
      if (!documents.success) return store.set(`case:${key}`, value);
      // The case goes on to the report with the documents in this form, as a warm run reads it back:
      // report.json then need not validate them a second time (a cold run did, for every case).
      value.result.documents = documents.data;
      normalisedDocuments.add(documents.data);
      if (!store.setBytes) return store.set(`case:${key}`, { ...value, normalised: true });
      // The documents first, and read back: a case record never points at documents that are not
      // there as written (a place worked out while another process appended is wrong). Otherwise the
      // case is kept with its documents inline.
      const docsKey = `docs:${key}`;
      const place = store.setBytes(docsKey, Buffer.from(documentsText(documents.data)));
      if (!place || !store.getBytes?.(docsKey, place)) return store.set(`case:${key}`, { ...value, normalised: true });
      const types = documents.data.map((d) => d.type);
      store.set(`case:${key}`, { ...value, result: { ...value.result, documents: [] }, normalised: true, storedDocuments: { types, place } } satisfies StoredCase);
      // This run's case reads them from the store too, as a warm run's does: report.json gets the same
      // bytes, and they are not held until it is written.
      keepDocumentsStored(value.result, { types, text: () => reread(store, docsKey, place) });
    },
  };
}

/** A stored case's documents read again (see caseCache). */
function reread(store: JsonStore, key: string, place: RecordPlace): Buffer {
  const bytes = store.getBytes!(key, place);
  // Checked when the case was looked up, and the store is append-only: only a store closed before
  // the report was written, a failing disk, or the cache file rewritten in place from outside during
  // the run gets here. Then the run stops with this error rather than write other documents, and
  // report.json is not left half-written (report/json.ts).
  if (!bytes) throw new CacheReadError(`the cache file ${DOCUMENTS_FILE} could not be read back while the report was written (closed, or changed from outside during the run); run the audit again, or with --no-cache`);
  return bytes;
}

/** The cache failed under a run that had already used it (see reread). */
export class CacheReadError extends Error {
  override name = 'CacheReadError';
}
