import { hasText, toPages, type ReadOutcome } from './pages.js';

// The Word readers (mammoth with jszip, word-extractor: some 90 modules) are imported where a Word file is
// read: the main thread and a warm run never need them. Imported outside the readers' `try`: a module
// that cannot be loaded is the tool's failure (not cached), never the file's.

/** .docx through mammoth's raw text. Word has no fixed pages: the whole document is page 1. */
export async function readDocx(bytes: Buffer): Promise<ReadOutcome> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return withText('docx', value);
  } catch (error) {
    return { status: 'unreadable', kind: 'docx', reason: `not a readable .docx: ${message(error)}` };
  }
}

/** Legacy binary .doc through word-extractor (body, headers and footers are not mixed into the body). */
export async function readDoc(bytes: Buffer): Promise<ReadOutcome> {
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const doc = await new WordExtractor().extract(bytes);
    return withText('doc', doc.getBody());
  } catch (error) {
    const text = message(error);
    if (/encrypt|password/i.test(text)) return { status: 'encrypted', kind: 'doc', reason: text };
    return { status: 'unreadable', kind: 'doc', reason: `not a readable .doc: ${text}` };
  }
}

export function withText(kind: 'docx' | 'doc' | 'txt', text: string): ReadOutcome {
  const pages = toPages([text]);
  if (!hasText(pages)) return { status: 'no-text', kind, pages, pageErrors: [], reason: 'document holds no text' };
  return { status: 'ok', kind, pages, pageErrors: [] };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
