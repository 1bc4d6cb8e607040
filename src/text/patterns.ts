/**
 * Small text helpers shared by the field extractors. Input text is already NFKC-normalised by the
 * caller, so full-width ASCII (：（）１２) is half-width here, but CJK punctuation (、。〔〕) is not.
 */

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source for a word whose characters may be separated by PDF artefacts (spaces, a line break):
 * spaced('立案日期') matches "立案日期", "立 案 日 期", "立案\n日期".
 */
export function spaced(word: string): string {
  return [...word].map(escapeRegex).join('\\s*');
}

/** Regex source for any of the words, each tolerant of inner spaces; longest first so alternation prefers it. */
export function spacedAny(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|');
}

/**
 * Remove whitespace that sits between two CJK characters: PDF extraction splits words
 * ("射阳县 华兴 化工有限公司"), but spaces between Latin words are meaningful and kept.
 */
export function squeezeCjkSpaces(s: string): string {
  return s.replace(/([\u3400-\u9fff·])\s+(?=[\u3400-\u9fff·])/g, '$1');
}

/** All matches of a global regex, as an array (the regex must have the `g` flag). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error('allMatches needs a global regex');
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
