/**
 * Small text helpers for the independent archive: dates in the ways real forms print them, amounts in
 * capitals, citations in Chinese or Arabic numerals, valid unified social credit codes, and the
 * mainland working-day calendar (chinese-days) used to check the planted deadlines.
 */
import chineseDays from 'chinese-days';

const { findWorkday, isWorkday } = chineseDays;

const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** 1..99 as 一, 十, 十五, 二十, 二十一 (used for months, days, article numbers up to 99). */
function cnSmall(n: number): string {
  if (n < 10) return CN_DIGIT[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : CN_DIGIT[t]}十${u ? CN_DIGIT[u] : ''}`;
}

/** 1..999 the way statutes number articles: 第九十九条, 第一百零一条, 第一百一十条. */
export function cnNumber(n: number): string {
  if (n < 100) return cnSmall(n);
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${CN_DIGIT[h]}百`;
  if (rest < 10) return `${CN_DIGIT[h]}百零${CN_DIGIT[rest]}`;
  const t = Math.floor(rest / 10);
  const u = rest % 10;
  return `${CN_DIGIT[h]}百${CN_DIGIT[t]}十${u ? CN_DIGIT[u] : ''}`;
}

export const date = {
  /** 2023年05月08日 */
  padded: (iso: string) => {
    const [y, m, d] = parts(iso);
    return `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
  },
  /** 2023年5月8日 */
  plain: (iso: string) => {
    const [y, m, d] = parts(iso);
    return `${y}年${m}月${d}日`;
  },
  /** 二〇二三年五月八日 */
  chinese: (iso: string) => {
    const [y, m, d] = parts(iso);
    return `${String(y).split('').map((c) => CN_DIGIT[Number(c)]).join('')}年${cnSmall(m)}月${cnSmall(d)}日`;
  },
  /** 2023.5.8 */
  dotted: (iso: string) => {
    const [y, m, d] = parts(iso);
    return `${y}.${m}.${d}`;
  },
  /** 2023-05-08 */
  iso: (iso: string) => iso,
};
export type DateStyle = keyof typeof date;

const CAP = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const UNIT = ['', '拾', '佰', '仟'];

/** Whole yuan below 100,000,000 in capitals: 30000 → 叁万元整, 15000 → 壹万伍仟元整, 1500 → 壹仟伍佰元整. */
export function capitals(yuan: number): string {
  const group = (n: number): string => {
    let out = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(n / 10 ** i) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += CAP[d] + UNIT[i];
    }
    return out;
  };
  const wan = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  let s = '';
  if (wan) s += `${group(wan)}万`;
  if (rest) s += (wan && rest < 1000 ? '零' : '') + group(rest);
  return `${s}元整`;
}

/** 30000 → ¥30,000.00 */
export function figures(yuan: number): string {
  return `¥${yuan.toLocaleString('en-US')}.00`;
}

export interface Cite {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}
export type CiteStyle = 'cn' | 'arabic' | 'cn-bare';

/** 第九十九条第（一）项 / 第99条第1项 / 第九十九条第一项 — one article reference without the law title. */
export function articleText(c: Cite, style: CiteStyle): string {
  if (style === 'arabic') return `第${c.article}条${c.paragraph ? `第${c.paragraph}款` : ''}${c.item ? `第${c.item}项` : ''}`;
  const item = c.item ? (style === 'cn' ? `第（${cnSmall(c.item)}）项` : `第${cnSmall(c.item)}项`) : '';
  return `第${cnNumber(c.article)}条${c.paragraph ? `第${cnSmall(c.paragraph)}款` : ''}${item}`;
}

/**
 * Citations as a sentence fragment: consecutive citations of the same law share one title
 * (《中华人民共和国安全生产法》第二十八条第一款、第九十七条第（三）项).
 */
export function citeText(list: Cite[], style: CiteStyle, joiner = '、'): string {
  const out: string[] = [];
  let last = '';
  for (const c of list) {
    const a = articleText(c, style);
    if (c.law === last) out[out.length - 1] += `${joiner}${a}`;
    else out.push(`《${c.law}》${a}`);
    last = c.law;
  }
  return out.join('和');
}

/** GB 32100-2015 unified social credit code with both check characters computed. */
export function creditCode(prefix2: string, division: string, orgBody: string): string {
  const v = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
  const w1 = [3, 7, 9, 10, 5, 8, 4, 2];
  const s1 = orgBody.split('').reduce((s, ch, i) => s + v(ch) * w1[i], 0);
  const c1 = 11 - (s1 % 11);
  const org = orgBody + (c1 === 10 ? 'X' : c1 === 11 ? '0' : String(c1));
  const CS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w2 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = prefix2 + division + org;
  const s2 = body.split('').reduce((s, ch, i) => s + CS.indexOf(ch) * w2[i], 0);
  const c2 = (31 - (s2 % 31)) % 31;
  return body + CS[c2];
}

export const workday = (iso: string) => isWorkday(iso);
/** The n-th working day after iso (n ≥ 1). */
export const addWorkdays = (iso: string, n: number) => findWorkday(n, iso);
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
