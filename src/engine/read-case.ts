import type { CaseDocument } from '../model/document.js';
import type { ReadOutcome } from '../read/index.js';
import type { DocumentReader } from '../read/reader.js';
import { classify, type Catalog } from '../recognize/classify.js';
import { recognizeFile } from '../recognize/index.js';
import type { SourceFile } from '../scan/source.js';
import { loadSource, type LoadedSource } from './case-identity.js';
import type { CaseFile } from '../checks/context.js';

export interface ReadFile {
  file: CaseFile;
  documents: CaseDocument[];
  /** normalised text per document, for wording checks */
  texts: string[];
}

/** Read one file of a case: bytes, hash, text, documents. Never throws for a bad file. */
export async function readCaseFile(source: SourceFile, catalog: Catalog, reader?: DocumentReader, loaded?: LoadedSource): Promise<ReadFile> {
  const got = loaded ?? (await loadSource(source));
  if (got.bytes === undefined) {
    return { file: { path: source.path, size: source.size, sha256: '', status: 'unreadable', reason: got.reason, pageErrors: [] }, documents: [], texts: [] };
  }
  const { bytes, sha256 } = got;
  let outcome: ReadOutcome;
  try {
    // Without a reader the file is read in this thread; the readers are loaded then (a run with reader
    // threads, or one whose every case comes from the cache, never loads them here).
    outcome = reader ? await reader.read(bytes, source.path, sha256) : await (await import('../read/index.js')).readDocumentBytes(bytes, source.path);
  } catch (error) {
    // The readers catch what they know; anything else is still a finding, not a crash.
    outcome = { status: 'unreadable', kind: 'unknown', reason: `reader failed: ${(error as Error).message}` };
  }
  const file: CaseFile = {
    path: source.path,
    size: bytes.length,
    sha256,
    status: outcome.status,
    reason: 'reason' in outcome ? outcome.reason : undefined,
    note: outcome.status === 'ok' ? outcome.note : undefined,
    ...(outcome.status === 'ok' && outcome.ocr ? { ocr: outcome.ocr } : {}),
    pageErrors: 'pageErrors' in outcome && outcome.status === 'ok' ? outcome.pageErrors : [],
  };
  if (outcome.status === 'ok') {
    let documents: CaseDocument[];
    try {
      documents = recognizeFile(source.path, outcome.pages, catalog);
    } catch (error) {
      // A recogniser bug on one file's text costs that file, not the run.
      const reason = `recognition failed: ${(error as Error)?.message ?? String(error)}`.slice(0, 300);
      return { file: { ...file, status: 'unreadable', reason, note: undefined, pageErrors: [] }, documents: [], texts: [] };
    }
    const texts = documents.map((d) => outcome.pages.filter((p) => !d.pages || (p.page >= d.pages[0] && p.page <= d.pages[1])).map((p) => p.norm).join('\n'));
    return { file, documents, texts };
  }
  if (outcome.status === 'unsupported') return { file, documents: [], texts: [] };
  // Unreadable, encrypted or scanned: the document is there (typed from its name), its facts are not.
  const guess = classify(undefined, source.path.replace(/^.*\//, ''), catalog);
  const document: CaseDocument = {
    file: source.path,
    type: guess.type,
    by: guess.by,
    confidence: guess.confidence,
    evidence: guess.evidence,
    fields: { dates: [], officers: [], citations: [] },
    unread: file.reason ?? outcome.status,
  };
  return { file, documents: [document], texts: [''] };
}
