/**
 * The party (当事人) of a document, its 统一社会信用代码, and whether it is an organisation or an
 * individual (penalty limits and thresholds differ between the two).
 */
import { findCreditCode } from '../../text/creditCode.js';
import { allMatches, spacedAny, squeezeCjkSpaces } from '../../text/patterns.js';

export interface PartyHit {
  name: string;
  quote: string;
  start: number;
  end: number;
}

/** Labels that name the party on the various documents (decision, inspection record, receipts). */
const PARTY_LABELS = [
  '当事人',
  '被检查单位',
  '被处罚单位',
  '被处罚人',
  '单位名称',
  '被询问单位',
  '缴款人',
  '缴款单位',
  '交款人',
  '交款单位',
  '受送达人',
  '受送达单位',
  '被检查人',
];

/** Labels that end the party's value when they follow it on the same line. */
const NEXT_LABELS = [
  '统一社会信用代码',
  '社会信用代码',
  '信用代码',
  '法定代表人',
  '法人代表',
  '主要负责人',
  '负责人',
  '联系电话',
  '联系人',
  '电话',
  '地址',
  '住所',
  '住址',
  '身份证号码',
  '身份证号',
  '身份证',
  '公民身份号码',
  '证件号码',
  '邮政编码',
  '邮编',
  '职务',
  '性别',
  '年龄',
];

// A label must not be the tail of a longer word (执收单位名称 names the agency), and "当事人签名："
// or "(盖章)" are signature boxes, not the party: only 名称/全称/姓名 (bracketed or not) may sit before
// the colon (当事人名称：…).
const PARTY_RE = new RegExp(
  `(?<![\\u3400-\\u9fff])(${spacedAny(PARTY_LABELS)})[ \\t]*(?:\\(?(?:名称|全称|姓名)\\)?[ \\t]*)?[:：]`,
  'g',
);
/** a next label: after whitespace/punctuation, or directly followed by a colon */
const NEXT_RE = new RegExp(
  `(?:[\\s,，;；、]+(?:${spacedAny(NEXT_LABELS)}))|(?:${spacedAny(NEXT_LABELS)})\\s*(?:\\([^()\\n]{0,8}\\)\\s*)?[:：]`,
);
/** the value also ends at punctuation or an opening bracket with details (张三（身份证号…）) */
const VALUE_END_RE = /[,，;；。(（\t]|\s{3,}/;

/**
 * The party named after the first party label, e.g. "当事人：射阳县华兴化工有限公司". The value runs to
 * the end of the line or the next label; when the label's line is otherwise empty (table cells split
 * by the PDF) the next line is taken.
 */
export function findParty(text: string): PartyHit | undefined {
  for (const m of allMatches(PARTY_RE, text)) {
    let from = m.index + m[0].length;
    let lineEndAt = text.indexOf('\n', from);
    if (lineEndAt === -1) lineEndAt = text.length;
    if (text.slice(from, lineEndAt).trim() === '' && lineEndAt < text.length) {
      // value on the next line, unless that line is itself a label
      const nextEnd = text.indexOf('\n', lineEndAt + 1);
      const next = text.slice(lineEndAt + 1, nextEnd === -1 ? text.length : nextEnd);
      if (/[:：]/.test(next.slice(0, 12))) continue;
      from = lineEndAt + 1;
      lineEndAt = nextEnd === -1 ? text.length : nextEnd;
    }
    let value = text.slice(from, lineEndAt);
    const next = NEXT_RE.exec(value);
    if (next) value = value.slice(0, next.index);
    const stop = VALUE_END_RE.exec(value);
    if (stop) value = value.slice(0, stop.index);
    // leading spaces are not part of the quote
    const lead = value.length - value.trimStart().length;
    const quote = value.trim();
    const name = squeezeCjkSpaces(quote);
    if (!/[\u3400-\u9fffA-Za-z]/.test(name)) continue;
    const start = from + lead;
    return { name, quote, start, end: start + quote.length };
  }
  return undefined;
}

/** Name endings of organisations (companies, shops, co-operatives, public bodies). */
const ORG_SUFFIX_RE =
  /(公司|厂|店|中心|合作社|商行|经营部|门市部|门市|超市|站|场|院|所|局|部|社|馆|行|会|处|队|室|园|集团|企业|工作室|酒店|宾馆|学校|医院|委员会|矿|庄|坊|铺)$/;
/** words that show the party is a natural person */
const INDIVIDUAL_RE = /(身份证|公民身份号码|居民身份证|性\s*别\s*[:：]|个人|自然人)/;

/**
 * Organisation or individual. A name ending in an organisation word, or a credit code in the text,
 * means organisation (a 身份证号 in the same text is usually the legal representative's); 身份证/个人
 * wording or a short personal name means individual. Undefined when nothing tells.
 */
export function partyKind(name: string, text: string): 'organisation' | 'individual' | undefined {
  const n = squeezeCjkSpaces(name.trim());
  if (ORG_SUFFIX_RE.test(n)) return 'organisation';
  if (findCreditCode(text)) return 'organisation';
  if (INDIVIDUAL_RE.test(text)) return 'individual';
  // Chinese personal names are 2-3 characters (4 with a compound surname); organisations are longer
  if (/^[\u3400-\u9fff]{2,3}$/.test(n) || /^[\u3400-\u9fff]+·[\u3400-\u9fff]+$/.test(n)) return 'individual';
  return undefined;
}
