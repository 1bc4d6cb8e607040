/**
 * Document numbers (文号): （射）应急罚〔2023〕12号. Every document of one case shares year + serial,
 * so these tie the documents of a case together; the bracket around the year is checked for form.
 */
import { allMatches } from './patterns.js';

export interface DocNumberHit {
  /** the number as written */
  raw: string;
  /** place abbreviation, e.g. 射 (from （射） or the first character of 射应急立) */
  place?: string;
  /** issuing body, e.g. 应急, 安监管 */
  agency?: string;
  /** 类别字, e.g. 罚, 罚告, 立 */
  classChars?: string;
  year?: number;
  /** serial without 第/号 and zero padding: "87", "k-39", "执法二中队-9" */
  serial?: string;
  /** the year bracket pair in the (normalised) text, e.g. 〔〕, [], 【】; see yearBracket() for ﹝﹞ */
  bracket?: string;
  quote: string;
  start: number;
  end: number;
}

/** Agency words, longest first so 安监管 wins over 安监 and 应急管理 over 应急. */
const AGENCIES = ['应急管理', '安监管', '安委办', '应急', '安监', '安委', '安办'];

/** Year brackets seen in the wild; only 〔〕 is the standard form (GB/T 9704). */
// ﹝［（ only survive in text that was not NFKC-normalised; accepted so raw text works too.
const OPEN = '〔﹝\\[［(（【〖';
const CLOSE = '〕﹞\\]］)）】〗';
const PAIRS: Readonly<Record<string, string>> = {
  '〔': '〕', '﹝': '﹞', '[': ']', '［': '］', '(': ')', '（': '）', '【': '】', '〖': '〗',
};

// Gaps are spaces/tabs only: a number never spans a line break, and a line starting with "(2023)"
// (a court's case number under a title line) must not be glued to the title above it.
const DOC_NO_RE = new RegExp(
  // optional (place): (射), （射） after NFKC is (射)
  `(?:[(（][ \\t]*([\\u3400-\\u9fff]{1,4})[ \\t]*[)）][ \\t]*)?` +
    // agency + class characters, tolerant of stray spaces
    `([\\u3400-\\u9fff](?:[ \\t]?[\\u3400-\\u9fff]){0,9})[ \\t]*` +
    `([${OPEN}])[ \\t]*(\\d{4})[ \\t]*([${CLOSE}])[ \\t]*` +
    // serial: 12, 第087, k-39, 执法二中队-9, 事故-03 — must contain a digit
    `(第?[ \\t]*(?=[^号\\s]{0,16}\\d)[0-9A-Za-z\\u3400-\\u9fff\\-_—–]{1,16}?)[ \\t]*号`,
  'g',
);

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
 * Split "射应急立" / "应急罚告" / "安监管罚" into place, agency, class characters. Without parentheses
 * the place is the one character before the agency word (county abbreviations are one character);
 * anything before that is running text ("根据射应急罚…") and is left out of the hit.
 */
function splitPrefix(
  run: string,
  hasPlace: boolean,
): { skip: number; place?: string; agency?: string; classChars?: string } {
  let best: { at: number; word: string } | undefined;
  for (const word of AGENCIES) {
    const at = run.lastIndexOf(word);
    if (at !== -1 && (!best || at > best.at || (at === best.at && word.length > best.word.length))) {
      best = { at, word };
    }
  }
  if (!best) {
    // unknown body (射住建工〔2018〕64号): keep at most four characters as the body, unsplit
    const skip = Math.max(0, run.length - 4);
    return { skip, agency: run.slice(skip) };
  }
  const classChars = run.slice(best.at + best.word.length) || undefined;
  if (hasPlace || best.at === 0) return { skip: best.at, agency: best.word, classChars };
  return { skip: best.at - 1, place: run[best.at - 1], agency: best.word, classChars };
}

/**
 * Every document number in `text`, in order. A judgment or review decision quoting a penalty
 * decision's number yields a hit too: deciding whether it is the document's own number is the caller's
 * job (position in the document, words like 作出的…决定).
 */
export function findDocNumbers(text: string): DocNumberHit[] {
  const hits: DocNumberHit[] = [];
  for (const m of allMatches(DOC_NO_RE, text)) {
    const [whole, placeInParens, runRaw, open, yearText, close, serialRaw] = m;
    if (PAIRS[open] !== close) continue;
    const run = runRaw.replace(/\s+/g, '');
    const parts = splitPrefix(run, placeInParens !== undefined);
    // without (place), running text in front of the number ("根据射应急罚…") is left out of the hit
    let start = m.index;
    if (placeInParens === undefined && parts.skip > 0) {
      // skip `parts.skip` CJK characters of the run (and any spaces among them)
      let i = m.index;
      let n = 0;
      while (n < parts.skip) {
        if (!/\s/.test(text[i])) n++;
        i++;
      }
      while (/\s/.test(text[i])) i++;
      start = i;
    }
    const end = m.index + whole.length;
    const quote = text.slice(start, end);
    const hit: DocNumberHit = {
      raw: quote.replace(/\s+/g, ''),
      year: Number(yearText),
      serial: normalizeSerial(serialRaw),
      bracket: open + close,
      quote,
      start,
      end,
    };
    const place = placeInParens ?? parts.place;
    if (place) hit.place = place;
    if (parts.agency) hit.agency = parts.agency;
    if (parts.classChars) hit.classChars = parts.classChars;
    hits.push(hit);
  }
  return hits;
}
