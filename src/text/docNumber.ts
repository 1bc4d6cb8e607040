/**
 * Document numbers (文号): （射）应急罚〔2023〕12号. Every document of one case shares year + serial,
 * so these tie the documents of a case together; the bracket around the year is checked for form.
 */
import { allMatches } from './patterns.js';

export interface DocNumberHit {
  /** the number as written */
  raw: string;
  /** place abbreviation(s) before the agency word, e.g. 射 (from （射） or 射应急立), 豫0721, 浙杭 */
  place?: string;
  /** issuing body word, e.g. 应急, 安监管, 环 */
  agency?: string;
  /** 类别字, e.g. 罚, 罚告, 立 */
  classChars?: string;
  /**
   * who numbered it: the prefix without its class characters and brackets (射应急, 豫0721应急, 盐市环射阳).
   * Part of a case's identity: two agencies' 〔2023〕12号 are two cases.
   */
  issuer?: string;
  year?: number;
  /** serial without 第/号 and zero padding: "87", "k-39", "执法二中队-9" */
  serial?: string;
  /** the year bracket pair in the (normalised) text, e.g. 〔〕, [], 【】; see yearBracket() for ﹝﹞ */
  bracket?: string;
  /** true when the number stands at the start of its line or after a label (文号：), not inside a sentence */
  ownLine: boolean;
  quote: string;
  start: number;
  end: number;
}

/** Words that split a number's prefix into place, agency and class (the ruleset's vocabulary supplies them). */
export interface DocNumberWords {
  agencyWords: readonly string[];
  classWords: readonly string[];
}

/** Defaults for callers without a ruleset at hand (a register's 案号 column). */
export const DEFAULT_NUMBER_WORDS: DocNumberWords = {
  agencyWords: ['应急管理', '应急管', '安监管', '安委办', '应急', '安监', '安委', '安办', '环', '市监'],
  classWords: ['罚决字', '罚告', '罚', '立', '结', '回'],
};

/** Year brackets seen in the wild; only 〔〕 is the standard form (GB/T 9704). */
// ﹝［（ only survive in text that was not NFKC-normalised; accepted so raw text works too.
const OPEN = '〔﹝\\[［(（【〖';
const CLOSE = '〕﹞\\]］)）】〗';
const PAIRS: Readonly<Record<string, string>> = {
  '〔': '〕', '﹝': '﹞', '[': ']', '［': '］', '(': ')', '（': '）', '【': '】', '〖': '〗',
};

/** A prefix character: CJK, Latin, digits (豫0721) and parentheses ((射), 盐市环（射阳）罚). */
const C = '[\\u3400-\\u9fffA-Za-z0-9()（）]';
// Gaps are spaces/tabs only: a number never spans a line break, and a line starting with "(2023)"
// (a court's case number under a title line) must not be glued to the title above it. The prefix is a
// contiguous run, or a run spaced out character by character (PDF text: 射 应 急 罚).
const DOC_NO_RE = new RegExp(
  `(${C}{1,24}|${C}(?:[ \\t]${C}){1,23})[ \\t]*` +
    `([${OPEN}])[ \\t]*(\\d{4})[ \\t]*([${CLOSE}])[ \\t]*` +
    // serial: 12, 第087, k-39, 执法二中队-9, 事故-03 — must contain a digit
    `(第?[ \\t]*(?=[^号號\\s]{0,16}\\d)[0-9A-Za-z\\u3400-\\u9fff\\-_—–]{1,16}?)[ \\t]*[号號]`,
  'g',
);
/** Where running text ends and a number's prefix begins: 根据|射应急罚, 作出的|（射）应急罚, 对|射应急罚. */
// Not 于, 和, 以, 为…: they stand in place names (沈于 for 于洪区, 和平区).
const STOP_RE = /[的据照依按经对向出将由是其该你我他称即见书表录单、，,。；;:：“”"《》]/g;

/** Serial as used for comparison: no 第/号, no zero padding on a purely numeric serial. */
export function normalizeSerial(serial: string): string {
  let s = serial.replace(/\s+/g, '').replace(/^第/, '').replace(/号$/, '');
  s = s.replace(/[—–_]/g, '-');
  if (/^\d+$/.test(s)) s = String(Number(s));
  return s;
}

/** Key identifying a case across its documents, e.g. caseRefKey(2023, '087') → "2023-87". */
export function caseRefKey(year: number, serial: string): string {
  return `${year}-${normalizeSerial(serial).toLowerCase()}`;
}

/**
 * The year bracket pair in a document number as written in the ORIGINAL text, e.g. "﹝﹞" for
 * "射应急立﹝2022﹞第087号". Needed because NFKC folds ﹝﹞ into the standard 〔〕 (and ［］（） into
 * []()), so `DocNumberHit.bracket` read from normalised text cannot see that defect: callers map
 * the hit back to the original and take the bracket from there.
 */
export function yearBracket(original: string): string | undefined {
  const m = /([〔﹝\[［(（【〖])\s*[0-9０-９]{4}\s*([〕﹞\]］)）】〗])/.exec(original);
  return m ? m[1] + m[2] : undefined;
}

/** Only 〔〕 (U+3014/3015) is the standard year bracket; others are a form defect. */
export function standardBracket(b: string): boolean {
  return b === '〔〕';
}

/**
 * Split a prefix ("射应急立", "(射)应急罚告", "豫0721应急罚决字", "盐市环(射阳)罚") into place, agency,
 * class characters and issuer. In running text, the words in front of the number are cut off at the
 * last stop character before the agency word ("根据射应急罚…" → 射应急罚).
 */
function splitPrefix(run: string, ownLine: boolean, words: DocNumberWords): { skip: number; place?: string; agency?: string; classChars?: string; issuer?: string } {
  let agency: { at: number; word: string } | undefined;
  for (const word of words.agencyWords) {
    const at = run.lastIndexOf(word);
    if (at !== -1 && (!agency || at > agency.at || (at === agency.at && word.length > agency.word.length))) agency = { at, word };
  }
  let skip = 0;
  // the stop characters are looked for before the agency word (or the class characters) only
  const head = agency ? run.slice(0, agency.at) : run.slice(0, Math.max(0, run.length - 2));
  for (const m of head.matchAll(STOP_RE)) skip = m.index + 1;
  if (!ownLine) {
    // in a sentence, an unparenthesised place is short: county and city abbreviations, a code like 豫0721
    if (agency && agency.at - skip > 6 && !/^[(（]/.test(run.slice(skip))) skip = agency.at - 1;
    if (!agency) skip = Math.max(skip, run.length - 6);
  }
  // an opening bracket with no partner belongs to the sentence: 行政处罚决定书（豫0731应急罚〔2023〕12号）
  const opens = (t: string) => (t.match(/[(（]/g) ?? []).length - (t.match(/[)）]/g) ?? []).length;
  while (/^[(（]/.test(run.slice(skip)) && opens(run.slice(skip)) > 0) skip++;
  const kept = run.slice(skip);
  const at = agency ? agency.at - skip : -1;
  // After an agency word, everything but a bracketed sub-place (盐市环（射阳）罚) is the class; without one,
  // the longest known class word at the end.
  const classChars = agency
    ? kept.slice(at + agency.word.length).replace(/^[(（][^()（）]*[)）]/, '') || undefined
    : [...words.classWords].sort((a, b) => b.length - a.length).find((w) => kept.endsWith(w) && kept.length > w.length);
  const body = classChars ? kept.slice(0, kept.length - classChars.length) : kept;
  const lead = /^[(（]([^()（）]{1,6})[)）]/.exec(kept);
  const place = lead ? lead[1] : at > 0 ? kept.slice(0, at) : undefined;
  const issuer = body.replace(/[()（）]/g, '') || undefined;
  return { skip, place, agency: agency?.word, classChars, issuer };
}

/**
 * Every document number in `text`, in order. A judgment or review decision quoting a penalty
 * decision's number yields a hit too: deciding whether it is the document's own number is the caller's
 * job (position in the document, words like 作出的…决定).
 */
export function findDocNumbers(text: string, words: DocNumberWords = DEFAULT_NUMBER_WORDS): DocNumberHit[] {
  const hits: DocNumberHit[] = [];
  for (const m of allMatches(DOC_NO_RE, text)) {
    const [whole, runRaw, open, yearText, close, serialRaw] = m;
    if (PAIRS[open] !== close) continue;
    const run = runRaw.replace(/[ \t]+/g, '');
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index).trim();
    const lineEnd = text.indexOf('\n', m.index + whole.length);
    const after = text.slice(m.index + whole.length, lineEnd === -1 ? text.length : lineEnd).trim();
    const ownLine = (before === '' || /[:：]$/.test(before)) && after === '';
    const parts = splitPrefix(run, ownLine, words);
    // running text in front of the number is left out of the hit
    let start = m.index;
    let n = 0;
    while (n < parts.skip) {
      if (!/[ \t]/.test(text[start])) n++;
      start++;
    }
    while (/[ \t]/.test(text[start])) start++;
    const end = m.index + whole.length;
    const quote = text.slice(start, end);
    const hit: DocNumberHit = {
      raw: quote.replace(/\s+/g, ''),
      year: Number(yearText),
      serial: normalizeSerial(serialRaw),
      bracket: open + close,
      ownLine,
      quote,
      start,
      end,
    };
    if (parts.place) hit.place = parts.place;
    if (parts.agency) hit.agency = parts.agency;
    if (parts.classChars) hit.classChars = parts.classChars;
    if (parts.issuer) hit.issuer = parts.issuer;
    hits.push(hit);
  }
  return hits;
}
