import type { DocumentType } from '../model/document.js';
import type { DocumentSpec, Vocabulary } from '../ruleset/schema.js';
import { compileVocabulary, type CompiledVocabulary } from './vocabulary.js';

/** The catalog part of a ruleset the recogniser needs. */
export interface Catalog {
  documents: DocumentSpec[];
  notCaseDocumentTitles: string[];
  vocabulary: Vocabulary;
}

export interface TypeGuess {
  type: DocumentType;
  by: 'title' | 'filename' | 'none';
  confidence: number;
  /** the title line or file name that decided */
  evidence: string;
}

/**
 * How many lines at the top of a page may hold the title, page furniture (print headers, URLs, index
 * blocks of a published page) not counted: an agency line, a form-series line, a number, the title.
 */
const TITLE_LINES = 12;
/** What may follow a title on its line: a short note ((副本), (单位)), a number, a page mark. */
const TITLE_TAIL = 14;

/** Remove all white space: PDF text splits titles into spaced characters (立 案 审 批 表). */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Parentheses in titles vary (行政（当场）处罚决定书 / 行政(当场)处罚决定书); NFKC has made them ASCII. */
function titleKey(text: string): string {
  return compact(text.normalize('NFKC'));
}

/**
 * The catalogue's titles as keys, worked out once per ruleset rather than for every line of every page
 * (a tenth of the main thread's time in a cold audit went to re-keying the same titles).
 * `titles`: longest first, and in catalogue order among equals, so the first that stands as a line's
 * title is the one the longest-wins rule picks.
 */
interface TitleKeys {
  foreign: string[];
  titles: { spec: DocumentSpec; title: string }[];
  fragments: { spec: DocumentSpec; fragment: string }[];
}
/** Per catalogue object (a loaded ruleset), as the vocabulary is compiled per vocabulary object. */
const titleKeys = new WeakMap<Catalog, TitleKeys>();
function keysOf(catalog: Catalog): TitleKeys {
  let keys = titleKeys.get(catalog);
  if (!keys) {
    const titles = catalog.documents.flatMap((spec) => spec.titles.map((raw) => ({ spec, title: titleKey(raw) })));
    keys = {
      foreign: catalog.notCaseDocumentTitles.map(titleKey),
      titles: titles.sort((a, b) => b.title.length - a.title.length),
      fragments: catalog.documents.flatMap((spec) => [...spec.titles, ...spec.filenames].map((f) => ({ spec, fragment: titleKey(f) }))),
    };
    titleKeys.set(catalog, keys);
  }
  return keys;
}

/**
 * The type a page's title says, if its first lines hold one. Lines are read top-down and the first
 * title-like line decides, so a receipt that names 行政处罚决定书 in its body stays a receipt; within
 * that line the longest title wins (行政（当场）处罚决定书 over 行政处罚决定书). A title may share its
 * line with a form-series header (安全生产行政执法文书) or the agency's name (…应急管理局), and be
 * followed by a short note or its number; a title quoted in 《》 or inside a sentence is not the title.
 */
export function typeFromTitle(pageText: string, catalog: Catalog): TypeGuess | undefined {
  const vocab = compileVocabulary(catalog.vocabulary);
  const keys = keysOf(catalog);
  const lines = mergeSpacedTitle(
    pageText
      .split(/\r?\n/)
      .filter((l) => !vocab.isChrome(l))
      .map((l) => titleKey(l))
      .filter((l) => l.length > 0),
  ).slice(0, TITLE_LINES);
  for (const line of lines) {
    // A court judgment or review decision quotes a penalty decision: quoting is not being one.
    const foreign = keys.foreign.find((t) => titleAt(line, t, vocab) !== undefined);
    if (foreign) return { type: 'other', by: 'title', confidence: 0.9, evidence: line };
    for (const { spec, title } of keys.titles) {
      const exact = titleAt(line, title, vocab);
      if (exact !== undefined) return { type: spec.id, by: 'title', confidence: exact ? 0.95 : 0.85, evidence: line };
    }
  }
  return undefined;
}

/** A cover's title set one or two characters a line (卷\n宗) reads as one line (卷宗). */
function mergeSpacedTitle(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev !== undefined && line.length <= 2 && /^[\u3400-\u9fff]+$/.test(line) && /^[\u3400-\u9fff]{1,2}$/.test(prev.slice(-2)) && prev.length <= 6) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}

/**
 * Whether `title` stands as the title of `line`: undefined when not; true when the line is the title
 * alone (or ends with it), false when a header, agency or short tail shares the line.
 */
function titleAt(line: string, title: string, vocab: CompiledVocabulary): boolean | undefined {
  let at = line.indexOf(title);
  while (at !== -1) {
    const before = line.slice(0, at);
    const after = line.slice(at + title.length);
    if (titleHead(before, vocab) && titleTail(after) && !before.endsWith('《') && !after.startsWith('》')) return after === '';
    at = line.indexOf(title, at + 1);
  }
  return undefined;
}

/**
 * Before a title on its line: nothing, a form-series header, an agency's name ending in 局/委员会…, or a
 * short qualifier (当事人陈述申辩笔录) — not the start of a sentence (现将…, 对…作出的…).
 */
function titleHead(before: string, vocab: CompiledVocabulary): boolean {
  let rest = before;
  for (const prefix of vocab.titlePrefixes) rest = rest.split(prefix).join('');
  if (rest === '' || (rest.length <= 30 && vocab.agencyEndingRe.test(rest))) return true;
  return rest.length <= 6 && !/[，,。；;:：、"“”]/.test(rest) && !SENTENCE_END_RE.test(rest);
}
/** Words that end a sentence's start, not a title's qualifier: 现将|行政处罚决定书, 作出的|… */
const SENTENCE_END_RE = /(将|对|向|的|把|予|以|与|和|及|经|据|现|特|已|为|送达|附|收到|出具|作出|下发|依照|根据|按照|本|该|此|上述)$/;

/** After a title on its line: nothing, a bracketed note, a number, or a few characters. */
function titleTail(after: string): boolean {
  if (after.length <= TITLE_TAIL) return !/^[，,。；;、的和及与]/.test(after);
  return after.length <= 40 && /^\(.*\)$|[〔\[【(][0-9]{4}[〕\]】)].*号/.test(after);
}

/** The type a file name suggests: numbering, dates and case numbers stripped, the longest fragment wins. */
export function typeFromFilename(fileName: string, catalog: Catalog): TypeGuess | undefined {
  const base = titleKey(fileName.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  const keys = keysOf(catalog);
  const foreign = keys.foreign.find((t) => base.includes(t));
  if (foreign) return { type: 'other', by: 'filename', confidence: 0.6, evidence: fileName };
  let best: { spec: DocumentSpec; fragment: string } | undefined;
  for (const { spec, fragment } of keys.fragments) {
    if (base.includes(fragment) && (!best || fragment.length > best.fragment.length)) best = { spec, fragment };
  }
  if (!best) return undefined;
  return { type: best.spec.id, by: 'filename', confidence: best.fragment.length >= 4 ? 0.7 : 0.5, evidence: fileName };
}

/** Title first, file name second; when they disagree the title wins with lower confidence. */
export function classify(pageText: string | undefined, fileName: string, catalog: Catalog): TypeGuess {
  const byTitle = pageText ? typeFromTitle(pageText, catalog) : undefined;
  const byName = typeFromFilename(fileName, catalog);
  if (byTitle) {
    if (byName && byName.type !== byTitle.type && byTitle.type !== 'other') return { ...byTitle, confidence: byTitle.confidence - 0.1 };
    return byTitle;
  }
  if (byName) return byName;
  return { type: 'other', by: 'none', confidence: 0, evidence: fileName };
}
