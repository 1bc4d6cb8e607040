import type { CaseDocument } from '../../src/model/document.js';
import { toPages } from '../../src/read/pages.js';
import { recognizeFile } from '../../src/recognize/index.js';
import { check, ruleset } from './cases.js';

/**
 * Documents as the real recogniser reads them from their text (one file per entry, pages split on form
 * feeds), then every check: the fixtures of the law tests are written in the forms' own words.
 */
export async function recognize(files: Record<string, string>): Promise<{ documents: CaseDocument[]; text: Map<CaseDocument, string> }> {
  const r = await ruleset();
  const documents: CaseDocument[] = [];
  const text = new Map<CaseDocument, string>();
  for (const [name, body] of Object.entries(files)) {
    const pages = toPages(body.split('\f'));
    for (const d of recognizeFile(name, pages, r)) {
      documents.push(d);
      text.set(d, pages.filter((p) => !d.pages || (p.page >= d.pages[0] && p.page <= d.pages[1])).map((p) => p.norm).join('\n'));
    }
  }
  return { documents, text };
}

export async function checkText(files: Record<string, string>, opts: { asOf?: string } = {}) {
  const { documents, text } = await recognize(files);
  return check(documents, { text, asOf: opts.asOf });
}
