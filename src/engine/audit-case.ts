import type { DocumentReader } from '../read/reader.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import type { ScannedCase } from '../scan/index.js';
import { mapLimit } from './pool.js';
import { compactCase } from './compact.js';
import { asOfCaseKey, caseCacheKey, cacheable, type AuditedCase } from './case-cache.js';
import { caseStatKey, loadSource } from './case-identity.js';
import type { JsonStore } from '../read/cache.js';

export interface CaseAuditOptions {
  ruleset: Ruleset;
  asOf: string;
  lang: 'zh' | 'en';
  jobs: number;
  roster?: RosterOfficer[];
  reader?: DocumentReader;
  /** audited cases kept between runs, and the key of everything but the files (see case-cache.ts) */
  cases?: { get(key: string): AuditedCase | undefined; set(key: string, value: AuditedCase): void };
  context?: string;
  /** a case's content hashes remembered by its files' identities (caseStatKey), so an unchanged case is found unread */
  hashes?: JsonStore;
  /** told after each file is read (progress) */
  onFileRead?: (n: number) => void;
}

/**
 * One case folder: read its files (byte-identical copies once), recognise the documents, run every
 * check. The result is not scored yet: scoring waits for earlier rounds and waivers.
 */
export async function auditCase(scannedCase: ScannedCase, o: CaseAuditOptions): Promise<AuditedCase> {
  const caseKeyOf = (hashes: string[]) => caseCacheKey(o.context!, scannedCase.folder, scannedCase.files.map((f, i) => ({ path: f.path, sha256: hashes[i] })));
  // kept under its plain key when no check read the as-of date, else under the key with the date
  const lookUp = (key: string) => o.cases!.get(key) ?? o.cases!.get(asOfCaseKey(key, o.asOf));
  const caching = Boolean(o.cases && o.context !== undefined);
  // Files unchanged since a run that hashed them: the case is looked up without reading any of them.
  const statKey = caching && o.hashes ? await caseStatKey(scannedCase.files) : undefined;
  const remembered = statKey ? o.hashes!.get(statKey) : undefined;
  if (isHashList(remembered, scannedCase.files.length)) {
    const hit = lookUp(caseKeyOf(remembered));
    if (hit) {
      o.onFileRead?.(scannedCase.files.length);
      return hit;
    }
  }
  // The case's bytes are in memory together (one case at a time per lane: memory follows the largest
  // case, not the archive), hashed first so an unchanged case is taken from the cache unread.
  const loaded = await mapLimit(scannedCase.files, 8, (f) => loadSource(f));
  const hashes = loaded.map((l) => l.sha256);
  // remembered only when every file could be read (an unreadable one has no hash to remember)
  if (statKey && hashes.every(Boolean) && !(isHashList(remembered, hashes.length) && remembered.every((h, i) => h === hashes[i]))) o.hashes!.set(statKey, hashes);
  const key = caching ? caseKeyOf(hashes) : undefined;
  const hit = key ? lookUp(key) : undefined;
  if (hit) {
    o.onFileRead?.(scannedCase.files.length);
    return hit;
  }
  // Reading, recognition and the checks are loaded with the first case that needs them: a warm run
  // over an unchanged archive never does.
  const { auditFiles } = await import('./audit-files.js');
  const { audited, asOfRead } = await auditFiles(scannedCase, o, loaded);
  // Stored first: documents that went into the cache stay there until the report is written, as a
  // warm run's do (./case-cache.ts).
  if (key && cacheable(audited)) o.cases!.set(asOfRead ? asOfCaseKey(key, o.asOf) : key, audited);
  // Kept until the report is written: only the result's own data, not the pages it was read from
  // (a case from the cache was parsed from its record and holds nothing else already).
  return compactCase(audited);
}

/** A stored list of a case's content hashes, one per file. */
function isHashList(value: unknown, files: number): value is string[] {
  return Array.isArray(value) && value.length === files && value.every((h) => typeof h === 'string' && h.length > 0);
}
