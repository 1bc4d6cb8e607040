/**
 * The party (当事人) of a document, its 统一社会信用代码, and whether it is an organisation or an
 * individual (penalty limits and thresholds differ between the two).
 */
import type { DocumentType } from '../../model/document.js';
import { findCreditCode } from '../../text/creditCode.js';
import { allMatches, squeezeCjkSpaces } from '../../text/patterns.js';
import type { CompiledVocabulary } from '../vocabulary.js';

export interface PartyHit {
  name: string;
  quote: string;
  start: number;
  end: number;
  /** the vocabulary entry that found it, e.g. "party.labels: 被处罚单位" or "party.addressee" */
  via: string;
  confidence: number;
}

/** the value also ends at punctuation or an opening bracket with details (张三（身份证号…）) */
const VALUE_END_RE = /[,，;；。(（\t]|\s{3,}/;
/** a credit code glued to the name without a label: 某某有限公司91320924MA1XXXXXXX */
const GLUED_CODE_RE = /\s*[0-9A-HJ-NP-RTUW-Y]{18}$/;

/**
 * The party named after the first party label, e.g. "当事人：射阳县华兴化工有限公司". The value runs to
 * the end of the line or the next label; when the label's line is otherwise empty (table cells split
 * by the PDF) the next line is taken. Failing a label, the per-type labels of the vocabulary, then an
 * addressee line opening the body ("某某有限公司：") on the forms that address the party.
 */
export function findParty(text: string, vocab: CompiledVocabulary, type?: DocumentType): PartyHit | undefined {
  return (
    findLabelled(text, vocab.partyLabelRe, vocab.partyEndRe, 'party.labels', 0.95) ??
    byDocument(text, vocab, type) ??
    (type && vocab.addresseeDocuments.has(type) ? findAddressee(text, vocab) : undefined)
  );
}

function findLabelled(text: string, labelRe: RegExp, endRe: RegExp, via: string, confidence: number): PartyHit | undefined {
  for (const m of allMatches(labelRe, text)) {
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
    const value = cutValue(text.slice(from, lineEndAt), endRe);
    if (!value) continue;
    const start = from + value.lead;
    const whole = wrapped(text, start, value.name, value.quote);
    return { ...whole, start, via: `${via}: ${squeezeCjkSpaces(m[1] ?? m[0]).replace(/[:：\s]+$/, '')}`, confidence };
  }
  return undefined;
}

/** The value of a label: up to the next label, punctuation, a wide gap, or a glued credit code. */
function cutValue(raw: string, endRe: RegExp): { name: string; quote: string; lead: number } | undefined {
  let value = raw;
  const next = endRe.exec(value);
  if (next) value = value.slice(0, next.index);
  const stop = VALUE_END_RE.exec(value);
  if (stop) value = value.slice(0, stop.index);
  value = value.replace(GLUED_CODE_RE, '');
  // leading spaces are not part of the quote
  const lead = value.length - value.trimStart().length;
  const quote = value.trim();
  const name = squeezeCjkSpaces(quote);
  if (!/[\u3400-\u9fffA-Za-z]/.test(name)) return undefined;
  return { name, quote, lead };
}

function byDocument(text: string, vocab: CompiledVocabulary, type: DocumentType | undefined): PartyHit | undefined {
  const entry = type ? vocab.partyByDocument.get(type) : undefined;
  if (!entry) return undefined;
  const m = entry.re.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[2].length;
  const whole = wrapped(text, start, squeezeCjkSpaces(m[2]).replace(GLUED_CODE_RE, ''), m[2]);
  return { ...whole, start, via: `party.byDocument: ${squeezeCjkSpaces(m[1])}`, confidence: 0.85 };
}

/**
 * A name that a narrow table cell wrapped onto the next line (工作单位：佛山市南河区鸿基五金\n制品有限公司):
 * joined when the name alone does not end like an organisation and the joined one does.
 */
function wrapped(text: string, start: number, name: string, quote: string): { name: string; quote: string; end: number } {
  const end = start + quote.length;
  const lineEnd = text.indexOf('\n', end);
  if (ORG_SUFFIX_RE.test(name) || lineEnd === -1 || text.slice(end, lineEnd).trim() !== '') return { name, quote, end };
  const next = /^[ \t]*([\u3400-\u9fff()（）]{1,12})/.exec(text.slice(lineEnd + 1));
  if (!next || !ORG_SUFFIX_RE.test(name + next[1])) return { name, quote, end };
  const nextEnd = lineEnd + 1 + next[0].length;
  return { name: name + next[1], quote: text.slice(start, nextEnd), end: nextEnd };
}

/** How far into the body an addressee line may stand (title, number and chrome lines come first). */
const ADDRESSEE_LINES = 12;
/** "某某有限公司：" or "张三：" opening a line, perhaps followed by the body's first sentence. */
const ADDRESSEE_RE = /^[ \t]*([\u3400-\u9fff][\u3400-\u9fff()（）A-Za-z0-9· \t]{1,40}?)[ \t]*[:：]/;
/** words that make "X：" a label or a heading, not an addressee */
const NOT_ADDRESSEE_RE = /(人|单位|时间|日期|地点|地址|号|码|电话|事由|理由|依据|内容|意见|结果|情况|方式|名称|经查|现查明|附件|抄送|说明|备注|事项|要求|决定|处罚|编号|文号|案由|职务|性别|年龄|签名|签字|盖章|如下)$/;

function findAddressee(text: string, vocab: CompiledVocabulary): PartyHit | undefined {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const here = offset;
    offset += line.length + 1;
    if (line.trim() === '' || vocab.isChrome(line)) continue;
    if (++seen > ADDRESSEE_LINES) break;
    const m = ADDRESSEE_RE.exec(line);
    if (!m) continue;
    const name = squeezeCjkSpaces(m[1].trim());
    if (NOT_ADDRESSEE_RE.test(name) || !(ORG_SUFFIX_RE.test(name) || /^[\u3400-\u9fff]{2,3}$/.test(name))) continue;
    const start = here + line.indexOf(m[1]);
    return { name, quote: m[1].trim(), start, end: start + m[1].trim().length, via: 'party.addressee', confidence: 0.8 };
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
