/**
 * Legal citations: law title + 条/款/项, as a decision must cite them ("basis not cited to 条/款/项" is
 * a deduction). Lists ("第四十一条第二款、第一百零一条第（五）项") give one hit per element, each
 * inheriting the law (and the article, for "第(一)项、第(二)项"). Clauses of technical standards
 * (第6.6.1.1条) are marked `standard`, since they are not legal articles.
 */
import { parseChineseInt } from './chineseNumber.js';
import { allMatches } from './patterns.js';

export interface CitationHit {
  /** title as written, without 《》 */
  law: string;
  article?: number;
  paragraph?: number;
  item?: number;
  /** a technical standard (GB/AQ …) or a dotted clause number */
  standard?: boolean;
  /** the dotted clause of a standard, e.g. "6.6.1.1" */
  clause?: string;
  quote: string;
  start: number;
  end: number;
}

const N = '(?:\\d+|[〇零一二两三四五六七八九十百千]+)';
const S = '\\s*';
/** 第九十九条 / 第46条 / 第6.6.1.1条 (the dotted form is a standard's clause) */
const ARTICLE = `第${S}(\\d+(?:${S}\\.${S}\\d+)+|${N})${S}条(?:${S}之${S}[一二三四五六七八九十]+)?`;
const PARAGRAPH = `第${S}(${N})${S}款`;
/** 第（二）项, 第(七)项, 第二项 — NFKC has already made （） into () */
const ITEM = `第${S}\\(?${S}(${N})${S}\\)?${S}项`;
/** one element: an article with optional 款/项, or a 款 or 项 continuing the previous article */
const ELEMENT = `(?:${ARTICLE}(?:${S}${PARAGRAPH})?(?:${S}${ITEM})?|${PARAGRAPH}(?:${S}${ITEM})?|${ITEM})`;
const ELEMENT_RE = new RegExp(`^${ELEMENT}`);
/** list joiners: 、 和 及 以及 与 or a comma directly followed by another 第… */
const JOIN_RE = new RegExp(`^${S}(?:、|和|及|以及|与|,|，)${S}(?=第)`);

/** 《title》, then an optional note in brackets (edition, 令 number or a standard code) */
// A long title may wrap onto the next line in PDF text (《中华\n人民共和国行政处罚法》).
const TITLE_RE = /《\s*([^《》]{2,60}?)\s*》(\s*\(([^()\n]{1,40})\)|\s*【([^【】\n]{1,40})】)?/g;
/** titles cited without 《》 after a verb: 依据中华人民共和国安全生产法第… */
const BARE_TITLE_RE =
  /(?:依据|根据|依照|按照|违反了|违反|适用)\s*((?:中华人民共和国)?[\u3400-\u9fff]{2,24}?(?:法|条例|办法|规定|细则))(?=\s*第)/g;
/** law-like title endings: a title with no article is still a citation only if it names a norm */
const LAW_TITLE_RE = /(法|条例|规定|办法|规则|细则|决定|解释|标准|规范|规程|通则|准则|辨识|要求|目录)$/;
/** GB 18218-2018, AQ 3013-2008, GB/T 33000-2016, DB32/T 4181-2021 */
const STANDARD_CODE_RE = /^\s*(?:GB|GBZ|AQ|DB\d*|JGJ|HG|SH|TSG|SY|WS|XF|JB|YY|GA)(?:\/[TZ])?\s*[\d.]+\s*[-—–]\s*\d{4}\s*$/i;

function n(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseChineseInt(s);
}

/**
 * Citations in text order. A title without any article ("依据《安全生产法》的规定") gives one hit with
 * `article` undefined. Document titles in 《》 (《行政处罚告知书》) are not citations and are skipped.
 */
export function findCitations(text: string): CitationHit[] {
  const hits: CitationHit[] = [];
  const titles: { law: string; start: number; after: number; standard: boolean }[] = [];

  for (const m of allMatches(TITLE_RE, text)) {
    const note = m[3] ?? m[4];
    titles.push({
      law: m[1].replace(/\s+/g, ''),
      start: m.index,
      after: m.index + m[0].length,
      standard: note !== undefined && STANDARD_CODE_RE.test(note),
    });
  }
  for (const m of allMatches(BARE_TITLE_RE, text)) {
    const start = m.index + m[0].length - m[1].length;
    if (titles.some((t) => start >= t.start && start < t.after)) continue;
    titles.push({ law: m[1], start, after: start + m[1].length, standard: false });
  }
  titles.sort((a, b) => a.start - b.start);

  for (const t of titles) {
    const elements = readElements(text, t.after);
    if (elements.length === 0) {
      if (!t.standard && !LAW_TITLE_RE.test(t.law)) continue;
      const hit: CitationHit = { law: t.law, quote: text.slice(t.start, t.after), start: t.start, end: t.after };
      if (t.standard) hit.standard = true;
      hits.push(hit);
      continue;
    }
    let article: number | undefined;
    let paragraph: number | undefined;
    elements.forEach((e, k) => {
      const start = k === 0 ? t.start : e.start;
      const hit: CitationHit = { law: t.law, quote: text.slice(start, e.end), start, end: e.end };
      if (e.clause !== undefined) {
        // a dotted clause: a standard's clause, not a legal article
        hit.standard = true;
        hit.clause = e.clause;
        hits.push(hit);
        article = undefined;
        paragraph = undefined;
        return;
      }
      if (e.article !== undefined) {
        article = e.article;
        paragraph = e.paragraph;
      } else if (e.paragraph !== undefined) {
        paragraph = e.paragraph;
      }
      if (t.standard) {
        // 《…》(GB …)第5条: a standard's clause even if written like an article
        hit.standard = true;
        if (article !== undefined) hit.clause = String(article);
      } else {
        if (article !== undefined) hit.article = article;
        if (paragraph !== undefined) hit.paragraph = paragraph;
        if (e.item !== undefined) hit.item = e.item;
      }
      hits.push(hit);
    });
  }
  return hits;
}

interface Element {
  article?: number;
  clause?: string;
  paragraph?: number;
  item?: number;
  start: number;
  end: number;
}

/** The article list right after a title: first element, then more joined by 、/和/及. */
function readElements(text: string, from: number): Element[] {
  const out: Element[] = [];
  let pos = from;
  // the first element may follow the title after spaces (and a line break from the PDF)
  const lead = /^\s*/.exec(text.slice(pos, pos + 10))![0].length;
  pos += lead;
  for (;;) {
    const rest = text.slice(pos, pos + 80);
    const m = ELEMENT_RE.exec(rest);
    if (!m) break;
    const e = toElement(m, pos);
    if (!e) break;
    out.push(e);
    pos += m[0].length;
    const j = JOIN_RE.exec(text.slice(pos, pos + 10));
    if (!j) break;
    pos += j[0].length;
  }
  return out;
}

function toElement(m: RegExpExecArray, pos: number): Element | undefined {
  // groups: 1 article, 2 paragraph after article, 3 item after article,
  //         4 paragraph alone, 5 item after it, 6 item alone
  const e: Element = { start: pos, end: pos + m[0].length };
  if (m[1] !== undefined) {
    const a = m[1].replace(/\s+/g, '');
    if (a.includes('.')) e.clause = a;
    else e.article = n(a);
    e.paragraph = n(m[2]);
    e.item = n(m[3]);
    if (e.article === undefined && e.clause === undefined) return undefined;
  } else if (m[4] !== undefined) {
    e.paragraph = n(m[4]);
    e.item = n(m[5]);
  } else {
    e.item = n(m[6]);
  }
  return e;
}

/**
 * One key per law, however it is written: 《中华人民共和国安全生产法》, 安全生产法, 安全生产法(2021年修正)
 * → "安全生产法".
 */
export function normalizeLawTitle(title: string): string {
  return title
    .replace(/[《》\s]/g, '')
    .replace(/[(（【][^()（）【】]*[)）】]$/, '')
    .replace(/^中华人民共和国/, '');
}
