import { describe, expect, it } from 'vitest';
import { findAmounts, findFine, findProposedFine, parseChineseAmount } from '../../src/text/amounts.js';

const n = (s: string): string => s.normalize('NFKC');

describe('parseChineseAmount', () => {
  it.each([
    ['叁万元整', 30000],
    ['伍仟元整', 5000],
    ['壹拾捌万元', 180000],
    ['壹万贰仟伍佰元', 12500],
    ['壹佰元伍角', 100.5],
    ['贰拾元零伍分', 20.05],
    ['叁拾元伍角陆分', 30.56],
    ['人民币叁万元整', 30000],
    ['一万元', 10000],
    ['3万元', 30000],
    ['1.5万元', 15000],
    ['943,587.5元', 943587.5],
    ['¥5,000.00', 5000],
    ['5000.00元', 5000],
  ])('%s → %d', (s, v) => {
    expect(parseChineseAmount(s)).toBe(v);
  });

  it('rejects non-amounts', () => {
    expect(parseChineseAmount('')).toBeUndefined();
    expect(parseChineseAmount('若干元')).toBeUndefined();
  });
});

describe('findFine: forms', () => {
  it.each([
    ['罚款人民币叁万元整（¥30000元）', 30000, '叁万元整(¥30000元)'],
    ['处人民币伍仟元整(¥5000.00)罚款', 5000, '伍仟元整(¥5000.00)'],
    ['罚款10000元(大写:壹万元整)', 10000, '10000元(大写:壹万元整)'],
    ['罚款3万元', 30000, '3万元'],
    ['罚款人民币壹拾捌万元', 180000, '壹拾捌万元'],
    ['处以罚款943,587.5元', 943587.5, '943,587.5元'],
    ['罚款金额：5000元', 5000, '5000元'],
    ['缴款金额: ¥5,000.00', 5000, '¥5,000.00'],
    ['金额（大写）伍仟元整 （小写）5000.00元', 5000, '伍仟元整 (小写)5000.00元'],
    ['决定对你单位处以人民币壹万贰仟伍佰元的罚款。', 12500, '壹万贰仟伍佰元'],
  ])('%s', (text, yuan, quote) => {
    const t = n(text);
    const fine = findFine(t);
    expect(fine).toMatchObject({ yuan, quote });
    expect(t.slice(fine!.start, fine!.end)).toBe(quote);
    expect(fine!.mismatch).toBeUndefined();
  });

  it('when words and digits disagree, returns the amount in words and both values', () => {
    const fine = findFine(n('罚款人民币叁万元整（¥3000元）'));
    expect(fine).toMatchObject({ yuan: 30000, quote: '叁万元整', mismatch: { upper: 30000, lower: 3000 } });
    const all = findAmounts(n('罚款人民币叁万元整（¥3000元）'));
    expect(all.map((a) => [a.yuan, a.written, a.pairedWith])).toEqual([
      [30000, 'upper', 1],
      [3000, 'lower', 0],
    ]);
  });
});

describe('findFine: amounts that are not the fine', () => {
  it('statutory ranges are not fines', () => {
    expect(findFine('依据该条规定，处一万元以上三万元以下的罚款。')).toBeUndefined();
    expect(findFine('责令限期改正，处2万元以上5万元以下罚款；')).toBeUndefined();
    expect(findFine('可以处5万元以下的罚款')).toBeUndefined();
    expect(findAmounts('处一万元以上三万元以下的罚款').map((a) => a.kind)).toEqual(['range', 'range']);
  });

  it('takes the imposed fine after the statutory range it quotes', () => {
    const fine = findFine('依据第九十九条的规定（处2万元以上5万元以下罚款），决定给予罚款人民币叁万元整的行政处罚。');
    expect(fine?.yuan).toBe(30000);
  });

  it('a proposed amount (拟处) is not the fine; the decision is', () => {
    const text = '本机关于2023年5月1日告知你单位拟处人民币叁万元罚款。你单位提出陈述申辩。经复核，决定对你单位处人民币贰万元整罚款。';
    expect(findFine(text)).toMatchObject({ yuan: 20000, quote: '贰万元整' });
    expect(findProposedFine(text)?.yuan).toBe(30000);
  });

  it('a notice with only a proposed amount has no imposed fine', () => {
    const text = '本机关拟作出如下行政处罚：\n处人民币叁万元整罚款。';
    expect(findFine(text)).toBeUndefined();
    expect(findProposedFine(text)?.yuan).toBe(30000);
  });

  it('illegal gains and prices are other amounts', () => {
    const text = '没收违法所得5000元，并处罚款1万元。该批货物单价50元。';
    expect(findFine(text)).toMatchObject({ yuan: 10000, quote: '1万元' });
    expect(findAmounts(text).map((a) => [a.yuan, a.kind])).toEqual([
      [5000, 'other'],
      [10000, 'fine'],
      [50, 'other'],
    ]);
  });

  it('a text without any fine returns undefined', () => {
    expect(findFine('第1页 共4页 购买灭火器花费费用3000元')).toBeUndefined();
    expect(findFine('')).toBeUndefined();
  });

  it('offsets point into the text for every mention', () => {
    const text = '罚款人民币叁万元整（¥30000元），违法所得200元';
    for (const a of findAmounts(text)) expect(text.slice(a.start, a.end)).toBe(a.quote);
  });
});

describe('findAmounts: 角分 in words', () => {
  it('reads 贰拾元零伍分 as one mention', () => {
    const [a] = findAmounts('罚款贰拾元零伍分');
    expect(a).toMatchObject({ yuan: 20.05, quote: '贰拾元零伍分', kind: 'fine', written: 'upper' });
  });
});
