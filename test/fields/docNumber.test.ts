import { describe, expect, it } from 'vitest';
import { caseRefKey, findDocNumbers, standardBracket, yearBracket } from '../../src/text/docNumber.js';

const n = (s: string): string => s.normalize('NFKC');

describe('findDocNumbers: forms', () => {
  it.each([
    ['（射）应急罚〔2023〕12号', { place: '射', agency: '应急', classChars: '罚', year: 2023, serial: '12', bracket: '〔〕' }],
    ['(射)应急罚告[2023]12号', { place: '射', agency: '应急', classChars: '罚告', year: 2023, serial: '12', bracket: '[]' }],
    // NFKC folds ﹝﹞ into 〔〕: the normalised hit shows 〔〕, yearBracket() on the original shows ﹝﹞
    ['射应急立﹝2022﹞第087号', { place: '射', agency: '应急', classChars: '立', year: 2022, serial: '87', bracket: '〔〕' }],
    ['（射）安监管罚〔2016〕1号', { place: '射', agency: '安监管', classChars: '罚', year: 2016, serial: '1', bracket: '〔〕' }],
    ['应急罚【2024】k-39号', { agency: '应急', classChars: '罚', year: 2024, serial: 'k-39', bracket: '【】' }],
    ['（射）应急结〔2023〕执法二中队-9号', { place: '射', classChars: '结', year: 2023, serial: '执法二中队-9' }],
    ['（射）应急罚〔2021〕事故-03号', { classChars: '罚', year: 2021, serial: '事故-03' }],
    ['（射）应急罚（2023）7号', { place: '射', year: 2023, serial: '7', bracket: '()' }],
    ['（射）应急执行催告〔2023〕5号', { classChars: '执行催告', serial: '5' }],
    ['射安办〔2018〕119号', { place: '射', agency: '安办', year: 2018, serial: '119' }],
    ['（射）应急罚 〔 2023 〕 第 12 号', { classChars: '罚', year: 2023, serial: '12' }],
  ])('%s', (text, expected) => {
    const t = n(text);
    const hits = findDocNumbers(t);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject(expected);
    expect(t.slice(hits[0].start, hits[0].end)).toBe(hits[0].quote);
  });

  it('raw is the number without spaces, after NFKC', () => {
    const [h] = findDocNumbers(n('（射）应急罚〔2023〕12号'));
    expect(h.raw).toBe('(射)应急罚〔2023〕12号');
  });

  it('leaves running text in front of an unparenthesised number out of the hit', () => {
    const text = '根据射应急罚〔2023〕12号决定书';
    const [h] = findDocNumbers(text);
    expect(h).toMatchObject({ quote: '射应急罚〔2023〕12号', start: 2, place: '射' });
  });

  it('returns a number quoted by a court judgment (the caller decides), not the court case number', () => {
    const text = n('射阳县人民法院\n行政判决书\n(2023)苏0924行初15号\n原告不服被告作出的（射）应急罚〔2023〕12号行政处罚决定');
    const hits = findDocNumbers(text);
    expect(hits.map((h) => h.raw)).toEqual(['(射)应急罚〔2023〕12号']);
    expect(hits[0]).toMatchObject({ classChars: '罚', year: 2023, serial: '12' });
  });

  it('finds every number in a text, in order', () => {
    const hits = findDocNumbers(n('立案审批表 （射）应急立〔2023〕12号\n告知书 （射）应急罚告〔2023〕12号'));
    expect(hits.map((h) => h.classChars)).toEqual(['立', '罚告']);
  });

  it('ignores mismatched brackets and numbers without 号', () => {
    expect(findDocNumbers('应急罚〔2023]12号')).toEqual([]);
    expect(findDocNumbers('应急罚〔2023〕12')).toEqual([]);
    expect(findDocNumbers('第1页 共4页')).toEqual([]);
  });
});

describe('yearBracket (original, un-normalised text)', () => {
  it('sees the brackets NFKC folds away', () => {
    expect('﹝'.normalize('NFKC')).toBe('〔'); // why this helper exists
    expect(yearBracket('射应急立﹝2022﹞第087号')).toBe('﹝﹞');
    expect(yearBracket('（射）应急罚［2023］12号')).toBe('［］');
    expect(yearBracket('（射）应急罚（２０２３）12号')).toBe('（）');
    expect(yearBracket('（射）应急罚〔2023〕12号')).toBe('〔〕');
    expect(yearBracket('无文号')).toBeUndefined();
  });

  it('findDocNumbers also reads un-normalised brackets and parentheses', () => {
    const [h] = findDocNumbers('（射）应急罚﹝2023﹞12号');
    expect(h).toMatchObject({ place: '射', bracket: '﹝﹞', serial: '12' });
    expect(standardBracket(h.bracket!)).toBe(false);
  });
});

describe('standardBracket', () => {
  it('only 〔〕 is standard', () => {
    expect(standardBracket('〔〕')).toBe(true);
    for (const b of ['﹝﹞', '[]', '()', '【】', '［］']) expect(standardBracket(b)).toBe(false);
  });
});

describe('caseRefKey', () => {
  it('compares serials without padding, 第 or 号', () => {
    expect(caseRefKey(2023, '087')).toBe('2023-87');
    expect(caseRefKey(2023, '第87号')).toBe('2023-87');
    expect(caseRefKey(2024, 'K-39')).toBe(caseRefKey(2024, 'k-39'));
    expect(caseRefKey(2021, '事故-03')).toBe('2021-事故-03');
  });

  it('matches the serials of documents of one case', () => {
    const a = findDocNumbers('射应急立﹝2022﹞第087号')[0];
    const b = findDocNumbers('(射)应急罚〔2022〕87号')[0];
    expect(caseRefKey(a.year!, a.serial!)).toBe(caseRefKey(b.year!, b.serial!));
  });
});

describe('findDocNumbers: the issuing agency is kept (two agencies\' 〔2023〕12号 are two cases)', () => {
  it.each([
    ['豫0999环罚决字〔2025〕7号', { raw: '豫0999环罚决字〔2025〕7号', issuer: '豫0999环', classChars: '罚决字', serial: '7' }],
    ['盐市环（射阳）罚〔2023〕12-1号', { raw: '盐市环(射阳)罚〔2023〕12-1号', issuer: '盐市环射阳', classChars: '罚', serial: '12-1' }],
    ['浙杭临应急罚告〔2024〕第15号', { issuer: '浙杭临应急', classChars: '罚告', serial: '15' }],
    ['（射）应急罚〔2023〕12号', { issuer: '射应急', place: '射' }],
    ['沈于应急简罚〔2022〕6号', { issuer: '沈于应急', classChars: '简罚' }],
  ])('%s', (text, expected) => {
    const [h] = findDocNumbers(n(text));
    expect(h).toMatchObject(expected);
  });

  it('leaves the sentence and an unmatched bracket out: 行政处罚决定书（豫0731应急罚〔2023〕12号）', () => {
    const [h] = findDocNumbers(n('送达文书名称及文号：行政处罚决定书（豫0731应急罚〔2023〕12号）'));
    expect(h).toMatchObject({ raw: '豫0731应急罚〔2023〕12号', issuer: '豫0731应急', ownLine: false });
  });

  it('says whether the number stands on its own line', () => {
    const hits = findDocNumbers(n('结案审批表\n浙杭临应急结〔2024〕第15号\n处罚决定书文号：浙杭临应急罚〔2024〕第15号 处理结果：罚款'));
    expect(hits.map((h) => h.ownLine)).toEqual([true, false]);
  });
});
