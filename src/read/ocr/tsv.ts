/**
 * One page as tesseract read it: its text (lines in reading order) and, for every word, where it ends
 * in that text and how sure the engine was, so a field read from the page gets the confidence of the
 * words it was read from.
 */
export interface OcrPage {
  text: string;
  /** mean word confidence of the page, 0–1 (0 when no word was read) */
  confidence: number;
  /** flattened pairs [end offset in text, confidence 0–100] per word, in text order */
  words: number[];
}

/** Confidence (0–100) under which a word of punctuation only is taken for noise. */
const NOISE_BELOW = 50;

const LINE_START_NOISE = /^[”’」』）)，,。.、:：;；!！?？|·]+/;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Parse tesseract's TSV output (level 5 rows are words) into pages. Words of one line are joined without
 * a space where either side is Chinese (tesseract splits Chinese into single characters or short runs),
 * with one space otherwise (digits and Latin letters keep their separation).
 */
export function parseTsv(tsv: string): OcrPage[] {
  const pages = new Map<number, { text: string; words: number[]; sum: number; n: number; line: string }>();
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const pageNum = Number(cols[1]);
    let word = cols[11].replace(/\r$/, '');
    const conf = Number(cols[10]);
    if (!word.trim() || !Number.isFinite(conf) || conf < 0) continue;
    // Speckles and seal edges come out as stray punctuation the engine doubts: dropped, so a title
    // line "”文书送达回执" reads as its title. Letters, digits and Chinese are always kept.
    if (conf < NOISE_BELOW && !/[\p{L}\p{N}]/u.test(word)) continue;
    const page = pages.get(pageNum) ?? { text: '', words: [], sum: 0, n: 0, line: '' };
    pages.set(pageNum, page);
    const line = `${cols[2]}.${cols[3]}.${cols[4]}`;
    // Chinese typesetting never starts a line with closing punctuation (避头点): there it is a speck.
    if (line !== page.line) word = word.replace(LINE_START_NOISE, '');
    if (!word) continue;
    if (page.text.length > 0) {
      if (line !== page.line) page.text += '\n';
      // No space from gaps between Chinese words: measured, the gap between two names (张伟 李娜) and
      // inside a letter-spaced label (名 称) are the same (about 0.6 of the line height).
      else if (!CJK.test(page.text.at(-1)!) && !CJK.test(word[0])) page.text += ' ';
    }
    page.line = line;
    page.text += word;
    page.words.push(page.text.length, Math.round(conf));
    page.sum += conf;
    page.n++;
  }
  const max = Math.max(0, ...pages.keys());
  const out: OcrPage[] = [];
  for (let p = 1; p <= max; p++) {
    const page = pages.get(p);
    out.push(page ? { text: page.text, confidence: round2(page.sum / page.n / 100), words: page.words } : { text: '', confidence: 0, words: [] });
  }
  return out;
}

/**
 * The lowest confidence (0–1) of the words with letters, digits or Chinese from `start` to the end of
 * the page: how sure the engine was that nothing after a point (the last date read) is misread.
 */
export function tailConfidence(text: string, words: number[], start: number): number | undefined {
  let min: number | undefined;
  let wordStart = 0;
  for (let i = 0; i < words.length; i += 2) {
    const wordEnd = words[i];
    if (wordStart >= start && /[\p{L}\p{N}]/u.test(text.slice(wordStart, wordEnd))) min = Math.min(min ?? 100, words[i + 1]);
    wordStart = wordEnd;
  }
  return min === undefined ? undefined : round2(min / 100);
}

/** The lowest word confidence (0–1) over [start, end) of the page text; undefined when no word covers it. */
export function spanConfidence(words: number[], start: number, end: number): number | undefined {
  let min: number | undefined;
  let wordStart = 0;
  for (let i = 0; i < words.length; i += 2) {
    const wordEnd = words[i];
    if (wordEnd > start && wordStart < end) min = Math.min(min ?? 100, words[i + 1]);
    if (wordStart >= end) break;
    wordStart = wordEnd;
  }
  return min === undefined ? undefined : round2(min / 100);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
