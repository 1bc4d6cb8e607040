import { describe, expect, it } from 'vitest';
import { findCitations, normalizeLawTitle } from '../../src/text/citations.js';

const n = (s: string): string => s.normalize('NFKC');
type Row = [string, number | undefined, number | undefined, number | undefined];
const rows = (text: string): Row[] => findCitations(n(text)).map((c) => [c.law, c.article, c.paragraph, c.item]);

const AQF = '中华人民共和国安全生产法';

describe('findCitations', () => {
  it('full title with article and item in full-width brackets', () => {
    expect(rows('依据《中华人民共和国安全生产法》第九十九条第（二）项的规定')).toEqual([[AQF, 99, undefined, 2]]);
  });

  it('item in half-width brackets and without brackets', () => {
    expect(rows('《安全生产法》第一百零二条第(七)项')).toEqual([['安全生产法', 102, undefined, 7]]);
    expect(rows('《安全生产法》第九十九条第二项')).toEqual([['安全生产法', 99, undefined, 2]]);
  });

  it('article with paragraph', () => {
    expect(rows('《安全生产法》第一百一十三条第一款')).toEqual([['安全生产法', 113, 1, undefined]]);
  });

  it('a list joined with 、 inherits the law', () => {
    const text = n('违反了《安全生产法》第四十一条第二款、第一百零一条第（五）项的规定');
    const hits = findCitations(text);
    expect(hits.map((c) => [c.law, c.article, c.paragraph, c.item])).toEqual([
      ['安全生产法', 41, 2, undefined],
      ['安全生产法', 101, undefined, 5],
    ]);
    expect(hits[0].quote).toBe('《安全生产法》第四十一条第二款');
    expect(hits[1].quote).toBe('第一百零一条第(五)项');
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.quote);
  });

  it('items listed under one article inherit the article; 和 joins too', () => {
    expect(rows('《安全生产法》第九十九条第(一)项、第(二)项和第一百条')).toEqual([
      ['安全生产法', 99, undefined, 1],
      ['安全生产法', 99, undefined, 2],
      ['安全生产法', 100, undefined, undefined],
    ]);
  });

  it('paragraphs listed under one article inherit the article', () => {
    expect(rows('《安全生产法》第二十一条第一款、第二款')).toEqual([
      ['安全生产法', 21, 1, undefined],
      ['安全生产法', 21, 2, undefined],
    ]);
  });

  it('Arabic article numbers and stray spaces', () => {
    expect(rows('《安全生产法》第46条')).toEqual([['安全生产法', 46, undefined, undefined]]);
    expect(rows('《安全生产法》 第 九十九 条 第 （ 二 ） 项')).toEqual([['安全生产法', 99, undefined, 2]]);
  });

  it('a note in brackets after the title (edition, 令 number)', () => {
    expect(rows('《安全生产违法行为行政处罚办法》（国家安全监管总局令第15号）第五十五条')).toEqual([
      ['安全生产违法行为行政处罚办法', 55, undefined, undefined],
    ]);
    expect(rows('《中华人民共和国安全生产法》(2021年修正)第九十九条')).toEqual([[AQF, 99, undefined, undefined]]);
  });

  it('a citation without an article', () => {
    const [c] = findCitations('依据《安全生产法》的规定');
    expect(c).toMatchObject({ law: '安全生产法', quote: '《安全生产法》' });
    expect(c.article).toBeUndefined();
  });

  it('standard clauses are marked standard, not articles', () => {
    const [c] = findCitations(n('不符合《危险化学品重大危险源辨识》（GB 18218-2018）第6.6.1.1条的要求'));
    expect(c).toMatchObject({ law: '危险化学品重大危险源辨识', standard: true, clause: '6.6.1.1' });
    expect(c.article).toBeUndefined();
    const [d] = findCitations('《建筑设计防火规范》第5.1.2条');
    expect(d).toMatchObject({ standard: true, clause: '5.1.2' });
    expect(d.article).toBeUndefined();
  });

  it('a standard cited by code alone is a standard citation', () => {
    const [c] = findCitations('《危险化学品重大危险源辨识》(GB 18218-2018)');
    expect(c).toMatchObject({ standard: true });
    expect(c.article).toBeUndefined();
  });

  it('several laws in one text, in order', () => {
    expect(rows('违反《安全生产法》第四十一条和《江苏省安全生产条例》第二十条，依据《安全生产法》第一百零一条')).toEqual([
      ['安全生产法', 41, undefined, undefined],
      ['江苏省安全生产条例', 20, undefined, undefined],
      ['安全生产法', 101, undefined, undefined],
    ]);
  });

  it('a title cited without 《》 after 依据/违反', () => {
    expect(rows('依据中华人民共和国安全生产法第九十九条第(二)项')).toEqual([[AQF, 99, undefined, 2]]);
  });

  it('document titles and page footers are not citations', () => {
    expect(findCitations('送达了《行政处罚告知书》和《现场检查记录》。第1页 共4页')).toEqual([]);
    expect(rows('《安全生产法》\n第1页 共4页')).toEqual([['安全生产法', undefined, undefined, undefined]]);
  });
});

describe('normalizeLawTitle', () => {
  it('maps full and short titles to one key', () => {
    expect(normalizeLawTitle('中华人民共和国安全生产法')).toBe('安全生产法');
    expect(normalizeLawTitle('《安全生产法》')).toBe('安全生产法');
    expect(normalizeLawTitle('中华人民共和国安全生产法(2021年修正)')).toBe('安全生产法');
    expect(normalizeLawTitle('中华人民共和国 行政处罚法')).toBe('行政处罚法');
    expect(normalizeLawTitle('江苏省安全生产条例')).toBe('江苏省安全生产条例');
  });
});
