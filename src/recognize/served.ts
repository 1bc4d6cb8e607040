import type { DocumentType } from '../model/document.js';
import { compact, type Catalog } from './classify.js';

/** The line of a service receipt that names what was served (送达文书名称及文号：…). */
const SERVED_LINE = /(送达文书(名称)?(及文号)?|文书名称(及文号)?|被送达文书)\s*[:：]?\s*([^\n]*)/;

/**
 * Which document a service receipt says was served: the longest catalog title inside the 送达文书 line.
 * A receipt that names one document while the case holds another is a common review defect.
 */
export function classifyServed(text: string, catalog: Catalog): { type: DocumentType; title: string; start: number; end: number } | undefined {
  const line = SERVED_LINE.exec(text);
  if (!line) return undefined;
  const value = compact(line[5] ?? '');
  let best: { type: DocumentType; title: string } | undefined;
  for (const spec of catalog.documents) {
    if (spec.id === 'service-receipt') continue;
    for (const title of spec.titles) {
      const key = compact(title.normalize('NFKC'));
      if (value.includes(key) && (!best || key.length > best.title.length)) best = { type: spec.id, title: key };
    }
  }
  if (!best) return undefined;
  return { ...best, start: line.index, end: line.index + line[0].length };
}
