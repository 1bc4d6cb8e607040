/**
 * Header text as a lookup key: NFKC, no whitespace (line breaks inside header cells), no brackets of
 * any style, no required-field stars or trailing colon, lower case. 罚款金额（万元）, 罚款金额 (万元),
 * 罚款金额【万元】 and 罚款金额万元 all give one key.
 */
export function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()\[\]{}【】〔〕〈〉《》<>「」『』]/g, '')
    .replace(/[*※:：]/g, '')
    .toLowerCase();
}
