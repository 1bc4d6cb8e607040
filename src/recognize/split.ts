import type { PageText } from '../read/pages.js';
import { typeFromTitle, type Catalog, type TypeGuess } from './classify.js';

export interface PageRange {
  from: number;
  to: number;
  /** the title found on the first page, when there is one */
  guess?: TypeGuess;
}

/** 第2页 共3页 / 第 2 页，共 3 页: a page that says it is not the first page of its document. */
const CONTINUATION = /第\s*([2-9]|[1-9]\d+)\s*页\s*[,，]?\s*共\s*\d+\s*页/;

/**
 * Split a PDF into documents by page. Every document of a combined case file starts on a new page with
 * its title in the first lines; a page without a title, or one whose footer says it is page 2 or later of
 * its document, continues the document before it. A file whose pages carry one title at most is one
 * document.
 */
export function splitByTitles(pages: PageText[], catalog: Catalog): PageRange[] {
  const ranges: PageRange[] = [];
  for (const page of pages) {
    const guess = typeFromTitle(page.norm, catalog);
    const continues = ranges.length > 0 && (!guess || CONTINUATION.test(page.norm));
    if (continues) ranges[ranges.length - 1].to = page.page;
    else ranges.push({ from: page.page, to: page.page, guess });
  }
  if (ranges.length === 0) ranges.push({ from: 1, to: Math.max(1, pages.length) });
  return ranges;
}
