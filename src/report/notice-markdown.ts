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
  const out: string[] = [];
  // 发文字号 above the title, as in the Word version
  if (notice.number) out.push(mdText(notice.number), '');
  out.push(`# ${mdText(notice.title)}`, '');
  out.push(`${mdText(notice.addressee)}：`, '');
  for (const p of notice.preamble) out.push(paragraph(p), '');
  for (const s of notice.sections) {
    out.push(`## ${mdText(s.heading)}`, '');
    for (const b of s.blocks) out.push(...block(b));
  }
  notice.annexes.forEach((a, i) => out.push(`${i === 0 ? '附件：' : ''}${notice.annexes.length > 1 ? `${i + 1}. ` : ''}${mdText(a.title)}`, ''));
  out.push(mdText(notice.signature.agency), '', mdText(notice.signature.dateText), '');
  notice.annexes.forEach((a, i) => {
    out.push(`## ${mdText(notice.annexes.length > 1 ? `${a.label}${i + 1}` : a.label)}：${mdText(a.title)}`, '');
    for (const b of a.blocks) out.push(...block(b));
  });
  return out.join('\n');
}
