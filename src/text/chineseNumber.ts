/**
 * Chinese numerals as written in case files: ordinary (九十九, 一百零一, 两千), financial 大写
 * (壹拾捌万, used for amounts so they cannot be altered) and digit-by-digit years (二〇一九).
 */

const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'O': 0, 'o': 0,
  '一': 1, '壹': 1, '幺': 1,
  '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2,
  '三': 3, '叁': 3, '參': 3, '叄': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};

/** Units below 万 multiply the digit in front of them inside one section. */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10,
  '百': 100, '佰': 100,
  '千': 1000, '仟': 1000,
};

/** 万 and 亿 close a section: everything read so far is multiplied. */
const BIG_UNITS: Readonly<Record<string, number>> = {
  '万': 10_000, '萬': 10_000,
  '亿': 100_000_000, '億': 100_000_000,
};

/**
 * Parse an integer written in Arabic or Chinese numerals. Returns undefined when the string is not a
 * number (so callers can reject "第几条"-like noise instead of reading it as 0).
 */
export function parseChineseInt(s: string): number | undefined {
  const t = s.replace(/\s+/g, '');
  if (t === '') return undefined;
  if (/^\d+$/.test(t)) return Number(t);

  const chars = [...t];
  const hasUnit = chars.some((c) => c in SMALL_UNITS || c in BIG_UNITS);
  if (!hasUnit) {
    // 二〇一九 / 二零二三: digits read one by one (years, serials).
    if (!chars.every((c) => c in DIGITS || /\d/.test(c))) return undefined;
    return Number(chars.map((c) => (c in DIGITS ? String(DIGITS[c]) : c)).join(''));
  }

  let total = 0; // completed 亿 sections
  let section = 0; // completed 万 section, below the current big unit
  let current = 0; // current digit waiting for a unit
  let sawDigit = false;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (/\d/.test(c)) {
      // mixed "3万" / "1.5万" are handled by amounts; here only whole Arabic runs
      let j = i;
      while (j < chars.length && /\d/.test(chars[j])) j++;
      current = Number(chars.slice(i, j).join(''));
      sawDigit = true;
      i = j;
      continue;
    }
    if (c in DIGITS) {
      current = DIGITS[c];
      sawDigit = true;
    } else if (c in SMALL_UNITS) {
      // 十五 = 15: a unit with no digit in front means one of it
      section += (sawDigit ? current : 1) * SMALL_UNITS[c];
      current = 0;
      sawDigit = false;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c];
      const value = (section + current) || (sawDigit ? 0 : 1);
      if (unit === 100_000_000) {
        total = (total + value) * unit;
      } else {
        total += value * unit;
      }
      section = 0;
      current = 0;
      sawDigit = false;
    } else {
      return undefined;
    }
    i++;
  }
  return total + section + current;
}
