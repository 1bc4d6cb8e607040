import { describe, expect, it } from 'vitest';
import { parseChineseInt } from '../../src/text/chineseNumber.js';

describe('parseChineseInt', () => {
  it.each([
    ['九十九', 99],
    ['一百一十三', 113],
    ['一百零一', 101],
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['三十一', 31],
    ['一千零五十', 1050],
    ['两百', 200],
    ['两千三百', 2300],
    ['十万', 100000],
    ['壹拾捌万', 180000],
    ['叁万', 30000],
    ['壹万贰仟伍佰', 12500],
    ['伍仟', 5000],
    ['玖佰玖拾玖', 999],
    ['壹萬', 10000],
    ['一亿二千万', 120000000],
    ['零', 0],
  ])('%s → %d', (s, n) => {
    expect(parseChineseInt(s)).toBe(n);
  });

  it('reads digit-by-digit years with 〇, ○ and 零', () => {
    expect(parseChineseInt('二〇一九')).toBe(2019);
    expect(parseChineseInt('二○二三')).toBe(2023);
    expect(parseChineseInt('二零二一')).toBe(2021);
  });

  it('passes Arabic numbers through, ignoring stray spaces', () => {
    expect(parseChineseInt('46')).toBe(46);
    expect(parseChineseInt(' 0087 ')).toBe(87);
    expect(parseChineseInt('九 十 九')).toBe(99);
  });

  it('rejects non-numbers', () => {
    expect(parseChineseInt('')).toBeUndefined();
    expect(parseChineseInt('几')).toBeUndefined();
    expect(parseChineseInt('第三')).toBeUndefined();
    expect(parseChineseInt('12a')).toBeUndefined();
  });
});
