import { mdText } from './markdown.js';
import type { Notice, NoticeBlock } from './notice.js';
import { neutralise } from './neutralise.js';

/** Pipes and line breaks must not break a table row; the rest is escaped as in the report writer. */
function cell(s: string): string {
  return mdText(s) || '—';
}

/**
 * A paragraph: escaped, and a leading `1. ` kept as an ordered-list item (the notice numbers its items
 * that way); other text that Markdown would read as a list or heading is escaped at its start.
 */
function paragraph(text: string): string {
  const m = /^(\d+)\. (.*)$/su.exec(text);
  if (m) return `${m[1]}. ${mdText(m[2])}`;
  return mdText(text).replace(/^(\d+)\./u, '$1\\.').replace(/^([#>+-])/u, '\\$1');
}

function block(b: NoticeBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b.text), ''];
    case 'heading':
      return [`### ${mdText(b.text)}`, ''];
    case 'table': {
      const rows = [b.header, ...b.rows].map((r) => `| ${r.map(cell).join(' | ')} |`);
      rows.splice(1, 0, `| ${b.header.map(() => '---').join(' | ')} |`);
      return [...rows, ''];
    }
  }
}

/** The notice as Markdown: the same sections and text as the Word version. */
export function writeNoticeMarkdown(input: Notice): string {
  const notice = neutralise(input, 'markup');
  const out: string[] = [`# ${mdText(notice.title)}`, ''];
  if (notice.number) out.push(mdText(notice.number), '');
  out.push(`${mdText(notice.addressee)}：`, '');
  for (const p of notice.preamble) out.push(paragraph(p), '');
  for (const s of notice.sections) {
    out.push(`## ${mdText(s.heading)}`, '');
    for (const b of s.blocks) out.push(...block(b));
  }
  out.push(mdText(notice.signature.agency), '', mdText(notice.signature.dateText), '');
  return out.join('\n');
}
