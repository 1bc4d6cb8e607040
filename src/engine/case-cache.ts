import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CaseDocument, normalisedDocuments } from '../model/document.js';
import type { CaseResult, FileEntry } from '../model/report.js';
import { READER_VERSION, type JsonStore } from '../read/cache.js';
import { LIMIT_PREFIX } from '../read/limits.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import { VERSION } from '../version.js';

/**
 * Audited cases kept between runs: a case whose files (by content), ruleset, as-of date, language,
 * roster and reading budget are all unchanged gives the same pre-scoring result, so a warm run skips its
 * reading, recognition and checks. Scoring, rounds, waivers and the register cross-check still run on
 * every case, since they depend on the other cases and earlier rounds.
 */
export const CASE_CACHE_VERSION = 'c2';

export interface AuditedCase {
  result: CaseResult;
  files: FileEntry[];
}

/** Everything besides the case's own files that decides its result (OCR engine and settings included: a scan reads differently with and without them). */
export function auditContext(parts: { ruleset: Ruleset; asOf: string; lang: string; roster?: RosterOfficer[]; limits?: unknown; ocr?: string }): string {
  const { dir: _dir, ...ruleset } = parts.ruleset;
  return createHash('sha256')
    .update(JSON.stringify([CASE_CACHE_VERSION, VERSION, READER_VERSION, ruleset, parts.asOf, parts.lang, parts.roster ?? null, parts.limits ?? null, parts.ocr ?? 'off'], jsonSafe))
    .digest('hex');
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

/**
 * A case's documents are stored as the schema gives them, so that a case read back is marked as
 * normalised and report.json need not validate its documents again (model/document.ts).
 */
export function caseCache(store: JsonStore): { get(key: string): AuditedCase | undefined; set(key: string, value: AuditedCase): void } {
  return {
    get(key) {
      const v = store.get(`case:${key}`) as (AuditedCase & { normalised?: boolean }) | undefined;
      if (!v || typeof v !== 'object' || !v.result || !Array.isArray(v.files) || !Array.isArray(v.result.documents)) return undefined;
      if (v.normalised === true) normalisedDocuments.add(v.result.documents);
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
      store.set(`case:${key}`, { ...value, normalised: true });
    },
  };
}
