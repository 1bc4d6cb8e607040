/**
 * Dates (and the time written after them) in case documents, with the label in front of each date,
 * because a document carries several dates and the label says which step each one records
 * (立案日期, 送达时间, 检查时间 …).
 */
import { parseChineseInt } from './chineseNumber.js';
import { allMatches } from './patterns.js';

export interface DateHit {
  /** YYYY-MM-DD */
  iso: string;
  /** label in front of the date on the same line, e.g. 立案日期; '' when the date follows no label */
  label: string;
  /** HH:MM when a time follows the date */
  time?: string;
  quote: string;
  start: number;
  end: number;
}

export interface FindDatesOptions {
  /** year for dates written without one (3月6日) when no earlier date in the text gives it */
  defaultYear?: number;
}

/** Years a case file can plausibly mention; also keeps 4-digit non-years (serials) out. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

// Building blocks. `S` is the gap PDF extraction leaves between characters (spaces, a line break).
const S = '\\s*';
/** 二〇一九 / 二○一九 / 二零一九 / 二O一九 (OCR) — four digit-characters */
const CN_YEAR = '[〇○零Oo0一二三四五六七八九]{4}';
const CN_MD = '[一二三四五六七八九十]{1,3}';
const YEAR = `(\\d{4}|${CN_YEAR})`;
const MONTH = `(\\d{1,2}|${CN_MD})`;
const DAY = `(\\d{1,2}|${CN_MD})`;

/** 2019年3月5日, 2023 年 6 月 30 日, 二〇一九年三月五日, and yearless 3月6日 (group 1 empty). */
const CN_DATE = `(?:${YEAR}${S}年${S})?${MONTH}${S}月${S}${DAY}${S}[日号]`;
/** 2023-06-30, 2023.6.30, 2023/6/30 — the separator must repeat; no digit or dot around it. */
const NUM_DATE = `(?<![\\dA-Za-z.\\-/])(\\d{4})${S}([-./])${S}(\\d{1,2})${S}\\5${S}(\\d{1,2})(?![\\d]|\\.\\d)`;

const DATE_RE = new RegExp(`${CN_DATE}|${NUM_DATE}`, 'g');

/** A time right after a date, on the same line: 14时30分, 14:30, 下午2时, 14点30分, 2023-06-30T14:30. */
const TIME_RE = new RegExp(
  `^[ \\tT]*(上午|下午|晚上|凌晨|中午)?${S}(\\d{1,2}|[〇零一二三四五六七八九十]{1,3})${S}(?:(时|点)${S}(?:(\\d{1,2}|[〇零一二三四五六七八九十]{1,3})${S}分)?|:${S}(\\d{2}))`,
);

/** "至7日" after a date: the end of a range in the same month. */
const RANGE_DAY_RE = new RegExp(`^(${S}(?:至|到|~|-|—|–)${S})(\\d{1,2}|${CN_MD})${S}日`);
/** what joins two dates of a range; the end date then carries the start's label */
const RANGE_JOIN_RE = /^\s*(?:至|到|~|-|—|–)\s*$/;

/** Longest label we report; longer text in front of a date is a sentence, not a label. */
const MAX_LABEL = 12;

function num(s: string): number | undefined {
  return parseChineseInt(s);
}

function readTime(text: string, from: number): { time: string; end: number } | undefined {
  const m = TIME_RE.exec(text.slice(from, from + 40));
  if (!m) return undefined;
  let h = num(m[2]);
  const minText = m[4] ?? m[5];
  const min = minText === undefined ? 0 : num(minText);
  if (h === undefined || min === undefined) return undefined;
  // "下午2时" is 14:00; "下午14时" is already 24-hour
  if ((m[1] === '下午' || m[1] === '晚上') && h < 12) h += 12;
  if (h > 23 || min > 59) return undefined;
  return {
    time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
    end: from + m[0].length,
  };
}

/**
 * The label in front of a date: walk back over the same line from the date, collecting characters
 * until punctuation, a wide gap (table cell border) or a previous date. It counts as a label only when
 * it ends with a colon or reads like one (…日期, …时间): "经查，你单位于2023年…" has no label.
 */
function labelBefore(text: string, start: number, floor: number): string {
  let i = start;
  // skip spaces and one colon directly before the date
  while (i > floor && /[ \t]/.test(text[i - 1])) i--;
  let colon = false;
  if (i > floor && /[:：]/.test(text[i - 1])) {
    colon = true;
    i--;
    while (i > floor && /[ \t]/.test(text[i - 1])) i--;
  }
  const chars: string[] = [];
  while (i > floor && chars.length < MAX_LABEL) {
    const c = text[i - 1];
    if (c === '\n' || c === '\r') break;
    if (/[ \t]/.test(c)) {
      // single stray space inside a label ("立 案 日 期") is skipped; a wider gap ends it
      if (i - 2 >= floor && /[ \t]/.test(text[i - 2])) break;
      i--;
      continue;
    }
    if (/[,，。;；:：、!！?？()（）\[\]【】〔〕"“”'‘’<>《》]/.test(c)) break;
    if (/\d/.test(c)) break;
    chars.unshift(c);
    i--;
  }
  const label = chars.join('');
  if (label === '') return colon ? '' : labelOnLineAbove(text, start, floor);
  if (colon || /(日期|时间|日|时|期)$/.test(label)) return label;
  return '';
}

/**
 * Table cells linearised by the PDF put the label on its own line above the date ("立案日期\n2023年…").
 * Taken only when the date opens its line and the line above is nothing but a label.
 */
function labelOnLineAbove(text: string, start: number, floor: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  if (ls === 0 || text.slice(ls, start).trim() !== '' || floor > ls) return '';
  const prevStart = text.lastIndexOf('\n', ls - 2) + 1;
  const above = text.slice(prevStart, ls - 1).replace(/\s+/g, '');
  const m = /^([\u3400-\u9fff]{2,12})[:：]?$/.exec(above);
  if (!m) return '';
  return /[:：]$/.test(above) || /(日期|时间)$/.test(m[1]) ? m[1] : '';
}

/**
 * Every date in `text`, in text order. Yearless dates (3月6日) take the year of the previous date in
 * the text, else `defaultYear`, else they are skipped. Impossible dates (2月30日) are skipped.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): DateHit[] {
  const hits: DateHit[] = [];
  let lastYear: number | undefined;
  let prevEnd = 0;

  for (const m of allMatches(DATE_RE, text)) {
    const start = m.index;
    let y: number | undefined;
    let mo: number | undefined;
    let d: number | undefined;

    if (m[3] !== undefined) {
      // Chinese-style date
      if (m[1] !== undefined) {
        y = num(m[1].replace(/[Oo]/g, '〇'));
      } else {
        // "23年3月5日": a two-digit year is not ours to guess; do not inherit either
        if (/(?:\d|年)\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
        y = lastYear ?? opts.defaultYear;
      }
      mo = num(m[2]);
      d = num(m[3]);
    } else {
      y = Number(m[4]);
      mo = Number(m[6]);
      d = Number(m[7]);
    }
    if (y === undefined || mo === undefined || d === undefined || !isValidDate(y, mo, d)) {
      // still a date-shaped phrase: the next date's label must not reach back into it
      prevEnd = start + m[0].length;
      continue;
    }
    if (m[1] !== undefined || m[4] !== undefined) lastYear = y;

    let end = start + m[0].length;
    const floor = Math.max(text.lastIndexOf('\n', start - 1) + 1, prevEnd);
    let label = labelBefore(text, start, floor);
    const prev = hits[hits.length - 1];
    if (label === '' && prev && RANGE_JOIN_RE.test(text.slice(prev.end, start))) label = prev.label;

    const hit: DateHit = { iso: toIso(y, mo, d), label, quote: '', start, end };
    const t = readTime(text, end);
    const rangeDay = RANGE_DAY_RE.exec(text.slice(end, end + 12));
    if (t && !rangeDay) {
      hit.time = t.time;
      hit.end = end = t.end;
    }
    hit.quote = text.slice(start, hit.end);
    hits.push(hit);
    prevEnd = hit.end;

    // 3月6日至7日: the end of the range inherits year and month
    if (rangeDay) {
      const d2 = num(rangeDay[2]);
      if (d2 !== undefined && isValidDate(y, mo, d2)) {
        const s2 = end + rangeDay[1].length;
        const e2 = end + rangeDay[0].length;
        const second: DateHit = { iso: toIso(y, mo, d2), label, quote: '', start: s2, end: e2 };
        const t2 = readTime(text, e2);
        if (t2) {
          second.time = t2.time;
          second.end = t2.end;
        }
        second.quote = text.slice(second.start, second.end);
        hits.push(second);
        prevEnd = second.end;
      }
    }
  }
  return hits;
}

// Dates written alone (a register cell, a roster's validity column) rather than inside running text.

const TIME_TAIL = String.raw`(?:\s*(?:T|\s)\s*\d{1,2}(?::\d{1,2}){1,2}(?:\.\d+)?|\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?`;
const NUM_DATE_RE = new RegExp(String.raw`^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*[日号]?${TIME_TAIL}$`);
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/** One date written as text: 2023-03-05, 2023/3/5, 2023.03.05, 2023年3月5日, 20230305, 二〇二三年三月五日. */
export function parseDateText(s: string): string | undefined {
  const t = s.normalize('NFKC').trim();
  if (t === '') return undefined;
  const m = NUM_DATE_RE.exec(t);
  if (m) {
    const sepOk = (m[2] === '年') === (m[4] === '月') && (m[2] === '年' || m[2] === m[4]);
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[5])];
    return sepOk && isValidDate(y, mo, d) ? toIso(y, mo, d) : undefined;
  }
  const c = COMPACT_RE.exec(t);
  if (c) {
    const [y, mo, d] = [Number(c[1]), Number(c[2]), Number(c[3])];
    return isValidDate(y, mo, d) ? toIso(y, mo, d) : undefined;
  }
  // Chinese numerals and other written forms: the whole cell must be one date (plus maybe a time)
  const hits = findDates(t);
  if (hits.length === 1 && hits[0].start === 0 && t.slice(hits[0].end).trim() === '') return hits[0].iso;
  return undefined;
}

/** Every date inside a text (a validity range: 2020.01.01-2025.12.31, 2020年1月1日至2025年12月31日). */
export function datesInText(s: string): string[] {
  const t = s.normalize('NFKC');
  const out: string[] = [];
  const re = /(?<!\d)(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*[日号]?|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
  for (const m of t.matchAll(re)) {
    const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[3]), Number(m[5])] : [Number(m[6]), Number(m[7]), Number(m[8])];
    if (isValidDate(y, mo, d)) out.push(toIso(y, mo, d));
  }
  if (out.length > 0) return out;
  return findDates(t).map((h) => h.iso);
}
