import path from 'node:path';
import type { CaseDocument } from '../model/document.js';
import type { PageText } from '../read/pages.js';
import { classify, type Catalog } from './classify.js';
import { DocumentText, readFields } from './fields.js';
import { splitByTitles } from './split.js';
import { applyOcrConfidence } from './ocr-confidence.js';
import { compileVocabulary } from './vocabulary.js';

export type { Catalog } from './classify.js';

/**
 * Text pages of one file → its documents. A file whose pages carry several titles is a combined case
 * file and becomes one document per title; otherwise the file is one document, typed by its title
 * first and its file name second.
 */
export function recognizeFile(file: string, pages: PageText[], catalog: Catalog): CaseDocument[] {
  const name = path.posix.basename(file);
  const ranges = pages.length > 1 ? splitByTitles(pages, catalog) : [{ from: 1, to: Math.max(1, pages.length) }];
  const combined = ranges.length > 1;
  return ranges.map((range) => {
    const slice = pages.filter((p) => p.page >= range.from && p.page <= range.to);
    const guess = combined && 'guess' in range && range.guess ? range.guess : classify(slice[0]?.norm, name, catalog);
    const spec = catalog.documents.find((d) => d.id === guess.type);
    const text = new DocumentText(slice, compileVocabulary(catalog.vocabulary));
    return applyOcrConfidence({
      file,
      pages: pages.length > 0 ? ([range.from, range.to] as [number, number]) : undefined,
      type: guess.type,
      by: guess.by,
      confidence: guess.confidence,
      evidence: guess.evidence,
      fields: readFields(guess.type, spec, text, catalog),
    }, slice, spec?.keyDate.labels);
  });
}
