/**
 * Money in case documents, and which mention is the fine actually imposed. A decision names many
 * amounts (statutory ranges it quotes, the amount proposed in the 告知书, illegal gains, prices), so
 * each mention is classified from the words around it rather than taken by position.
 */
import { parseChineseInt } from './chineseNumber.js';
import { allMatches } from './patterns.js';

export type AmountKind = 'fine' | 'range' | 'other';

export interface AmountHit {
  yuan: number;
  quote: string;
  start: number;
  end: number;
}

export interface AmountMention extends AmountHit {
  kind: AmountKind;
  /** 'upper' for amounts in words (叁万元整, 一万元), 'lower' for digits (30000元, ¥5,000.00) */
  written: 'upper' | 'lower';
  /** a fine only proposed (拟处…, the 告知书 wording), not imposed */
  proposed?: boolean;
  /** index in the returned array of the other writing of the same amount (叁万元整（¥30000元）) */
  pairedWith?: number;
}

export interface FineHit extends AmountHit {
  /** set when the amount in words and in digits disagree; `yuan` is then the amount in words */
  mismatch?: { upper: number; lower: number };
}

const UPPER_DIGIT = '零〇○壹贰貳叁參肆伍陆陸柒捌玖一二两三四五六七八九';
const UPPER_UNIT = '十拾百佰千仟万萬亿億';

/** 叁万元整, 壹万贰仟伍佰元伍角, 一万元: starts with a digit (or 十/拾), ends with 元/圆 and optional 角分整 */
const UPPER_SRC =
  `[${UPPER_DIGIT}拾十][${UPPER_DIGIT}${UPPER_UNIT}\\s]*?[元圆]` +
  `(?:\\s*零?\\s*[${UPPER_DIGIT}]\\s*角)?(?:\\s*零?\\s*[${UPPER_DIGIT}]\\s*分)?(?:\\s*整)?`;
/** 30000元, 3万元, 943,587.5元, ¥5,000.00, ¥30000元 */
const NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const LOWER_SRC =
  `(?<![\\d.,A-Za-z])(?:(?:¥|RMB)\\s*${NUM}(?:\\s*万)?(?:\\s*元)?|${NUM}\\s*(?:万\\s*)?元)(?:\\s*整)?`;

const MONEY_RE = new RegExp(`(${LOWER_SRC})|(${UPPER_SRC})`, 'g');

/** Parse a written amount to yuan: 叁万元整, 壹万贰仟伍佰元伍角, 3万元, 943,587.5元, ¥5,000.00. */
export function parseChineseAmount(s: string): number | undefined {
  let t = s.replace(/\s+/g, '').replace(/^(?:人民币|¥|RMB)+/, '').replace(/整$/, '');
  if (t === '') return undefined;

  // digits, maybe with 万: 3万元, 1.5万, 943,587.5元
  const arabic = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万)?(?:元)?$/.exec(t);
  if (arabic) {
    const v = Number(arabic[1].replace(/,/g, '')) * (arabic[2] ? 10_000 : 1);
    return round2(v);
  }

  // amount in words: integer part before 元, then 角 and 分
  let jiao = 0;
  let fen = 0;
  const fenM = /([^元角零]?)分$/.exec(t);
  if (fenM) {
    const v = parseChineseInt(fenM[1]);
    if (v === undefined || v > 9) return undefined;
    fen = v;
    t = t.slice(0, fenM.index).replace(/零$/, '');
  }
  const jiaoM = /([^元角]?)角$/.exec(t);
  if (jiaoM) {
    const v = parseChineseInt(jiaoM[1]);
    if (v === undefined || v > 9) return undefined;
    jiao = v;
    t = t.slice(0, jiaoM.index);
  }
  t = t.replace(/零$/, '').replace(/[元圆]$/, '');
  const whole = t === '' ? 0 : parseChineseInt(t);
  if (whole === undefined) return undefined;
  return round2(whole + jiao / 10 + fen / 100);
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** What may sit between the two writings of one amount: 叁万元整（¥30000元）, 10000元(大写:壹万元整). */
const PAIR_GAP_RE = /^[\s()\[\]【】:：,，¥人民币大写小写即为计]{0,12}$/;

/** Words that make an amount the fine (before it, or right after: 处…伍仟元整罚款). */
const FINE_BEFORE_RE =
  /(罚款|罚金|罚没款|缴款金额|交款金额|实缴金额|实收金额|收款金额|(?<![\u3400-\u9fff])金额|处以?|并处|给予)/g;
const FINE_AFTER_RE = /^[^。;；,，\n]{0,8}?(罚款|的罚款|之罚款)/;
/** Words that make an amount something else: gains, prices, values, costs, refunds, capital. */
const OTHER_BEFORE_RE =
  /(违法所得|没收|所得|获利|价格|单价|售价|价款|价值|货值|总价|造价|费用|成本|投资|营业额|销售额|收入|注册资本|资本|工资|赔偿|损失|退还|退款|保证金|押金)/g;
/** Amounts that bound a statutory range: 一万元以上三万元以下, 5万元以下的罚款, 不足10万元. */
const RANGE_AFTER_RE = /^\s*(?:以上|以下|以内|(?:至|到|~|-|—)\s*(?=[\d¥一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾两]))/;
const RANGE_BEFORE_RE = /(?:以上|不足|不超过|超过|低于|高于|至|到|~|-|—)\s*$/;
/** 拟处, 拟作出…处罚, 拟给予: the amount is proposed (告知书), not imposed. */
const PROPOSED_RE = /拟/;
/** a decision sentence: prefer its fine over earlier recaps */
const DECISION_RE = /(决定|处罚如下|如下处罚|如下行政处罚)/;

/** Nearest match position (end offset) of a global regex in `s`, or -1. */
function lastEnd(re: RegExp, s: string): number {
  let best = -1;
  for (const m of allMatches(re, s)) best = Math.max(best, m.index + m[0].length);
  return best;
}

/** Text before `start` back to the previous sentence end (。；), at most `max` characters. */
function sentenceBefore(text: string, start: number, max: number): string {
  const from = Math.max(0, start - max);
  const s = text.slice(from, start);
  const cut = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'), s.lastIndexOf(';'));
  return cut === -1 ? s : s.slice(cut + 1);
}

interface Group {
  first: number; // index of first mention
  last: number;
  start: number;
  end: number;
}

/**
 * Every money mention in `text`, in order, classified. Two adjacent writings of the same amount
 * (words + digits) are linked by `pairedWith` and share one kind.
 */
export function findAmounts(text: string): AmountMention[] {
  const mentions: AmountMention[] = [];
  for (const m of allMatches(MONEY_RE, text)) {
    const quote = m[0].replace(/\s+$/, '');
    const yuan = parseChineseAmount(quote);
    if (yuan === undefined) continue;
    const written = m[1] !== undefined ? 'lower' : 'upper';
    mentions.push({ yuan, quote, start: m.index, end: m.index + quote.length, kind: 'other', written });
  }

  // pair adjacent writings of one amount
  const groups: Group[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b && a.written !== b.written && PAIR_GAP_RE.test(text.slice(a.end, b.start))) {
      a.pairedWith = i + 1;
      b.pairedWith = i;
      // include a closing bracket so the quote reads whole: 叁万元整（¥30000元）
      let end = b.end;
      const close = /^\s*[)\]】]/.exec(text.slice(end));
      if (close && /[(\[【]/.test(text.slice(a.end, b.start))) end += close[0].length;
      groups.push({ first: i, last: i + 1, start: a.start, end });
      i++;
    } else {
      groups.push({ first: i, last: i, start: a.start, end: a.end });
    }
  }

  for (const g of groups) {
    const kind = classify(text, g);
    const proposed = kind === 'fine' && PROPOSED_RE.test(sentenceBefore(text, g.start, 80));
    for (let i = g.first; i <= g.last; i++) {
      mentions[i].kind = kind;
      if (proposed) mentions[i].proposed = true;
    }
  }
  return mentions;
}

function classify(text: string, g: Group): AmountKind {
  const after = text.slice(g.end, g.end + 20);
  const before = text.slice(Math.max(0, g.start - 30), g.start);
  if (RANGE_AFTER_RE.test(after) || RANGE_BEFORE_RE.test(before)) return 'range';

  // within the clause in front: whichever kind of word is nearest the amount decides
  const clause = sentenceBefore(text, g.start, 30);
  const fineAt = lastEnd(FINE_BEFORE_RE, clause);
  const otherAt = lastEnd(OTHER_BEFORE_RE, clause);
  if (fineAt > otherAt) return 'fine';
  // 处人民币伍仟元整(¥5000.00)罚款: the word comes after; but not across a comma into another clause
  if (otherAt === -1 && FINE_AFTER_RE.test(after)) return 'fine';
  if (otherAt !== -1) {
    // "没收违法所得…，并处罚款…": the nearer clause wins; after-words only if no other word is closer
    const nearest = clause.slice(otherAt);
    if (/[,，]/.test(nearest) && FINE_AFTER_RE.test(after)) return 'fine';
  }
  return 'other';
}

function toFine(mentions: AmountMention[], i: number, text: string): FineHit {
  const a = mentions[i];
  const j = a.pairedWith;
  if (j === undefined) return { yuan: a.yuan, quote: a.quote, start: a.start, end: a.end };
  const b = mentions[j];
  const upper = a.written === 'upper' ? a : b;
  const lower = a.written === 'upper' ? b : a;
  if (upper.yuan === lower.yuan) {
    const start = Math.min(a.start, b.start);
    let end = Math.max(a.end, b.end);
    const close = /^\s*[)\]】]/.exec(text.slice(end));
    if (close && /[(\[【]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)))) {
      end += close[0].length;
    }
    return { yuan: upper.yuan, quote: text.slice(start, end), start, end };
  }
  // disagreement: the amount in words is the legal one; keep both for the checker
  return {
    yuan: upper.yuan,
    quote: upper.quote,
    start: upper.start,
    end: upper.end,
    mismatch: { upper: upper.yuan, lower: lower.yuan },
  };
}

/** Index of the first mention of each fine group (skipping the second writing of a pair). */
function fineIndexes(mentions: AmountMention[], proposed: boolean): number[] {
  const out: number[] = [];
  mentions.forEach((m, i) => {
    if (m.kind !== 'fine' || Boolean(m.proposed) !== proposed) return;
    if (m.pairedWith !== undefined && m.pairedWith < i) return;
    out.push(i);
  });
  return out;
}

/**
 * The fine imposed: a fine mention that is not merely proposed, preferring one in a decision sentence
 * (决定…处…罚款) over earlier recaps. Undefined when the text imposes no fine.
 */
export function findFine(text: string): FineHit | undefined {
  const mentions = findAmounts(text);
  const idx = fineIndexes(mentions, false);
  if (idx.length === 0) return undefined;
  const decided = idx.find((i) => DECISION_RE.test(text.slice(Math.max(0, mentions[i].start - 150), mentions[i].start)));
  return toFine(mentions, decided ?? idx[0], text);
}

/** The fine a 告知书 proposes (拟处…罚款), for comparing with the decision. */
export function findProposedFine(text: string): FineHit | undefined {
  const mentions = findAmounts(text);
  const idx = fineIndexes(mentions, true);
  return idx.length === 0 ? undefined : toFine(mentions, idx[0], text);
}
