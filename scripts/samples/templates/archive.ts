/**
 * Archive parts: 卷宗封面 (行政处罚案卷), 卷内目录, 备考表, and the party's identity copy
 * (营业执照（副本）复印件). The 卷内目录 lists document titles inside its lines, which a reader must
 * not take for the start of those documents.
 */
import { dateCn } from '../lib/cn.js';
import type { BuiltDoc, Line } from '../lib/types.js';
import { LEADERS } from '../data/officers.js';
import { type Ctx, baseFacts, causeOf, docNo, fineText, names, namesOnly } from './common.js';

export function cover(c: Ctx, totalPages: number): BuiltDoc {
  const { s } = c;
  const d = s.dates;
  const no = docNo(c, '罚', 'penalty-decision');
  const body: Line[] = [
    { text: `案号：${no.text}`, gap: 1 },
    `案由：${causeOf(c)}`,
    `当事人：${s.party.name}`,
    s.procedure === 'no-penalty' ? '处理结果：不予行政处罚' : s.procedure === 'transfer' ? '处理结果：移送公安机关' : `处理结果：罚款${fineText(s.fine)}`,
    `承办单位：${s.unit}`,
    `承办人：${names(c.officers)}`,
    `立案日期：${dateCn(d.filing!)}`,
    d.closing ? `结案日期：${dateCn(d.closing)}` : `归档日期：${dateCn(d.archived!)}`,
    { text: `本卷共${totalPages}页`, gap: 1 },
    `保管期限：永久`,
    `全宗号：J035　目录号：${s.year}　案卷号：${String(s.serial).padStart(3, '0')}`,
  ];
  return {
    title: '行政处罚案卷',
    spacedTitle: true,
    pages: [body],
    label: '卷宗封面',
    facts: baseFacts('cover', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, fine: s.fine > 0 ? s.fine : undefined, officers: namesOnly(c.officers),
    }),
  };
}

export interface ContentsEntry {
  label: string;
  number?: string;
  date?: string;
  from: number;
  to: number;
}

export function contents(entries: ContentsEntry[]): BuiltDoc {
  const dot = (iso?: string) => (iso ? iso.replaceAll('-', '.') : '');
  const body: Line[] = [
    { text: '序号　文书名称　文号　日期　页号', size: 10.5 },
    ...entries.map((e, i) => ({
      text: `${i + 1}　${e.label}　${e.number ?? ''}　${dot(e.date)}　${e.from === e.to ? e.from : `${e.from}-${e.to}`}`,
      size: 10.5,
    })),
  ];
  return { title: '卷内目录', pages: [body], label: '卷内目录', facts: baseFacts('contents') };
}

export function archiveNote(c: Ctx, docs: number, pages: number): BuiltDoc {
  const date = c.s.dates.archived!;
  const body: Line[] = [
    { text: `本卷共${docs}件，${pages}页，其中文字材料${pages}页，照片0张，电子文件0件。`, indent: true },
    { text: '本卷文书齐全，排列有序，无缺页、无重页。', indent: true },
    { text: `立卷人：${LEADERS.archivist}`, gap: 1.5 },
    `检查人：${LEADERS.deputy}`,
    `立卷时间：${dateCn(date)}`,
  ];
  return { title: '备考表', pages: [body], label: '备考表', date, facts: baseFacts('archive-note', { keyDate: date }) };
}

export function partyIdentity(c: Ctx): BuiltDoc {
  const p = c.s.party;
  const founded = dateCn(p.founded);
  const body: Line[] = [
    `统一社会信用代码：${p.creditCode}`,
    `名称：${p.name}`,
    `类型：${p.entType}`,
    `${p.repTitle}：${p.rep.name}`,
    `注册资本：${p.capital}`,
    `成立日期：${founded}`,
    `营业期限：${founded}至长期`,
    `住所：${p.address}`,
    { text: `经营范围：${p.scope}（依法须经批准的项目，经相关部门批准后方可开展经营活动）` },
    '登记机关：射阳县市场监督管理局',
    { text: '（此复印件与原件核对一致）', gap: 1.5 },
    `当事人签字（盖章）：${p.rep.name}`,
  ];
  return {
    title: '营业执照（副本）复印件',
    pages: [body],
    label: '营业执照复印件',
    facts: baseFacts('party-identity', { party: p.name, creditCode: p.creditCode }),
  };
}
