import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { normalisedDocuments } from '../model/document.js';
import { storedDocuments, withDocuments } from '../model/stored-documents.js';
import { CaseResult, Report } from '../model/report.js';

/** Keys sorted by code unit, recursively: for free-form records, whose order is whatever code built them. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, x]) => [k, sortKeys(x)]));
  }
  return v;
}

function schemaError(problems: string[]): Error {
  return new Error(`report does not match the Report schema:\n${problems.join('\n')}`);
}

/** What JSON.stringify([[x]], null, 2) puts around x. */
const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';

/** Where the cases go in the report's frame (JSON escapes the NULs, so no input text can look like it). */
const CASES_MARK = '\u0000cases\u0000';
/** The mark as the frame's JSON holds it. */
const CASES_VALUE = JSON.stringify(CASES_MARK);

/**
 * Where a case's stored documents go: the value of the case's own `documents` key, found with the key
 * on a line of its own six spaces in (a newline inside any text is escaped, and keys nested deeper sit
 * further in), so no input text can look like it.
 */
const DOCUMENTS_VALUE = '\u0000documents\u0000';
const DOCUMENTS_KEY = '\n      "documents": ';
const DOCUMENTS_MARK = DOCUMENTS_KEY + JSON.stringify(DOCUMENTS_VALUE);

/**
 * report.json in pieces: the report's frame, then one case at a time. Each piece is run through its zod
 * schema first, so model objects come out in the schema's key order whatever order they were built in,
 * and free-form records (`data`, `bySeverity`, `byGrade`) with sorted keys: two runs over the same input
 * give the same bytes, and rounds diff cleanly. A report that breaks the schema fails here rather than
 * being read back wrong next round. Case by case, no copy of the whole report and no single string of
 * it is made (V8 limits one string to about 512 MiB: an archive of some 15,000 cases).
 * The pieces joined are exactly `JSON.stringify(report, null, 2)` of the validated report, plus a newline.
 */
export function* jsonChunks(report: Report): Generator<string | Buffer> {
  // (a Buffer piece is valid until the next piece is asked for: see StoredDocuments.text)
  const frame = Report.safeParse({ ...report, cases: [] });
  if (!frame.success) throw schemaError(frame.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  const r = frame.data;
  r.summary.bySeverity = sortKeys(r.summary.bySeverity) as Record<string, number>;
  r.summary.byGrade = sortKeys(r.summary.byGrade) as Record<string, number>;
  for (const f of r.findings) f.data = sortKeys(f.data) as Record<string, unknown>;
  const text = JSON.stringify({ ...r, cases: CASES_MARK }, null, 2);
  // Cut at the mark rather than split on it, and the closing newline written on its own: the frame
  // holds every file of the archive, and split, like a string joined to it, costs a copy of the frame
  // (some 25 ms each at 14,000 files).
  const mark = text.indexOf(CASES_VALUE);
  yield text.slice(0, mark);
  if (report.cases.length === 0) yield '[]';
  for (let i = 0; i < report.cases.length; i++) {
    const source = report.cases[i];
    // A cached case's documents still in the store, in report.json's form: copied as they are.
    const stored = storedDocuments.get(source);
    // (the documents read once: a spilled case's getter reads them from disk each time)
    const documents = stored ? [] : source.documents;
    // Documents already in the schema's form (a cached case's) are put back as they are; the rest of the
    // case is validated as always.
    const trusted = stored !== undefined || normalisedDocuments.has(documents);
    const parsed = CaseResult.safeParse(withDocuments(source, trusted ? [] : documents));
    if (!parsed.success) throw schemaError(parsed.error.issues.map((x) => `cases.${i}.${x.path.join('.')}: ${x.message}`));
    const kase = parsed.data as Omit<CaseResult, 'documents'> & { documents: unknown };
    if (stored) kase.documents = DOCUMENTS_VALUE;
    else if (trusted) kase.documents = documents;
    for (const f of kase.findings) f.data = sortKeys(f.data) as Record<string, unknown>;
    for (const s of kase.skipped) if (s.data) s.data = sortKeys(s.data) as Record<string, unknown>;
    // An element of the top-level cases array sits four spaces in, as it does two arrays deep: the
    // case is stringified inside [[…]] and the brackets cut off, rather than every line re-indented.
    const nested = JSON.stringify([[kase]], null, 2);
    const piece = `${i === 0 ? '[\n' : ',\n'}${nested.slice(NESTED_OPEN.length, nested.length - NESTED_CLOSE.length)}`;
    if (!stored) {
      yield piece;
      continue;
    }
    const at = piece.indexOf(DOCUMENTS_MARK);
    if (at < 0 || piece.indexOf(DOCUMENTS_MARK, at + 1) >= 0) throw new Error(`cases.${i}: the place of the stored documents was not found once`);
    yield piece.slice(0, at + DOCUMENTS_KEY.length);
    yield stored.text();
    yield piece.slice(at + DOCUMENTS_MARK.length);
  }
  if (report.cases.length > 0) yield '\n  ]';
  yield text.slice(mark + CASES_VALUE.length);
  yield '\n';
}

/** report.json as one string (other writers and tests); the CLI streams it with writeJsonFile. */
export function writeJson(report: Report): string {
  const parts: string[] = [];
  // each piece taken as it comes: stored documents' bytes are valid only until the next piece
  for (const chunk of jsonChunks(report)) parts.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
  return parts.join('');
}

/**
 * Write report.json piece by piece to a file (see jsonChunks). Written synchronously, a piece at a time:
 * nothing else runs while the report is written, and a stream's callbacks per piece cost more than the
 * writes. A piece is handed to the write as a string, encoded by node's binding rather than through a
 * Buffer made for it first (the pieces of a 1,000-case report: 57 against 83 ms); should the system
 * write only part of it, the rest is written from its bytes. The report goes to a temporary file beside
 * the target, renamed over it when complete: a run stopped while writing (a disk full, a cache that
 * cannot be read back) leaves the earlier report.json or none, never half of one.
 */
export async function writeJsonFile(report: Report, file: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  try {
    try {
      for (const chunk of jsonChunks(report)) {
        const written = typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk, 0, chunk.length);
        const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length;
        if (written >= length) continue;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let done = written; done < length; ) done += writeSync(fd, bytes, done, length - done);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
