import type { DocumentType } from '../model/document.js';
import type { DocumentSpec } from '../ruleset/schema.js';

/** The catalog part of a ruleset the recogniser needs. */
export interface Catalog {
  documents: DocumentSpec[];
  notCaseDocumentTitles: string[];
}

export interface TypeGuess {
  type: DocumentType;
  by: 'title' | 'filename' | 'none';
  confidence: number;
  /** the title line or file name that decided */
  evidence: string;
}

/** How many non-empty lines at the top of a page may hold the title (agency line, number, title). */
const TITLE_LINES = 8;
/** A title line is short: the agency name may precede the title on the same line, body text may not. */
const TITLE_SLACK = 14;

/** Remove all white space: PDF text splits titles into spaced characters (立 案 审 批 表). */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Parentheses in titles vary (行政（当场）处罚决定书 / 行政(当场)处罚决定书); NFKC has made them ASCII. */
function titleKey(text: string): string {
  return compact(text.normalize('NFKC'));
}

/**
 * The type a page's title says, if its first lines hold one. Lines are read top-down and the first
 * title-like line decides, so a receipt that names 行政处罚决定书 in its body stays a receipt; within
 * that line the longest title wins (行政（当场）处罚决定书 over 行政处罚决定书).
 */
export function typeFromTitle(pageText: string, catalog: Catalog): TypeGuess | undefined {
  const lines = pageText
    .split(/\r?\n/)
    .map((l) => titleKey(l))
    .filter((l) => l.length > 0)
    .slice(0, TITLE_LINES);
  for (const line of lines) {
    // A court judgment or review decision quotes a penalty decision: quoting is not being one.
    const foreign = catalog.notCaseDocumentTitles.map(titleKey).find((t) => line.includes(t) && line.length <= t.length + TITLE_SLACK);
    if (foreign) return { type: 'other', by: 'title', confidence: 0.9, evidence: line };
    let best: { spec: DocumentSpec; title: string } | undefined;
    for (const spec of catalog.documents) {
      for (const raw of spec.titles) {
        const title = titleKey(raw);
        if (line.includes(title) && line.length <= title.length + TITLE_SLACK && (!best || title.length > best.title.length)) best = { spec, title };
      }
    }
    if (best) {
      const exact = line === best.title || line.endsWith(best.title);
      return { type: best.spec.id, by: 'title', confidence: exact ? 0.95 : 0.85, evidence: line };
    }
  }
  return undefined;
}

/** The type a file name suggests: numbering, dates and case numbers stripped, the longest fragment wins. */
export function typeFromFilename(fileName: string, catalog: Catalog): TypeGuess | undefined {
  const base = titleKey(fileName.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  const foreign = catalog.notCaseDocumentTitles.map(titleKey).find((t) => base.includes(t));
  if (foreign) return { type: 'other', by: 'filename', confidence: 0.6, evidence: fileName };
  let best: { spec: DocumentSpec; fragment: string } | undefined;
  for (const spec of catalog.documents) {
    for (const fragment of [...spec.titles, ...spec.filenames].map(titleKey)) {
      if (base.includes(fragment) && (!best || fragment.length > best.fragment.length)) best = { spec, fragment };
    }
  }
  if (!best) return undefined;
  return { type: best.spec.id, by: 'filename', confidence: best.fragment.length >= 4 ? 0.7 : 0.5, evidence: fileName };
}

/** Title first, file name second; when they disagree the title wins with lower confidence. */
export function classify(pageText: string | undefined, fileName: string, catalog: Catalog): TypeGuess {
  const byTitle = pageText ? typeFromTitle(pageText, catalog) : undefined;
  const byName = typeFromFilename(fileName, catalog);
  if (byTitle) {
    if (byName && byName.type !== byTitle.type && byTitle.type !== 'other') return { ...byTitle, confidence: byTitle.confidence - 0.1 };
    return byTitle;
  }
  if (byName) return byName;
  return { type: 'other', by: 'none', confidence: 0, evidence: fileName };
}
