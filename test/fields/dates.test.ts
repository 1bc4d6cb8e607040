import { describe, expect, it } from 'vitest';
import { findDates, toIso } from '../../src/text/dates.js';

const n = (s: string): string => s.normalize('NFKC');
const isos = (text: string, opts?: { defaultYear?: number }): string[] => findDates(n(text), opts).map((h) => h.iso);

describe('toIso', () => {
  it('pads month and day', () => {
    expect(toIso(2023, 6, 3)).toBe('2023-06-03');
  });
});

describe('findDates: forms', () => {
  it.each([
    ['2019年3月5日', '2019-03-05'],
    ['2021年02月05日', '2021-02-05'],
    ['2023 年 6 月 30 日', '2023-06-30'],
    ['２０１９年３月５日', '2019-03-05'], // full-width digits, made half-width by NFKC
    ['二〇一九年三月五日', '2019-03-05'],
    ['二○一九年十二月三十一日', '2019-12-31'],
    ['二零二三年十一月十日', '2023-11-10'],
    ['二〇二三年一月二十一日', '2023-01-21'],
    ['2023-06-30', '2023-06-30'],
    ['2023.6.30', '2023-06-30'],
    ['2023/6/30', '2023-06-30'],
    ['2023年\n6月30日', '2023-06-30'], // line break inside the phrase
  ])('%s', (text, iso) => {
    expect(isos(text)).toEqual([iso]);
  });

  it('gives quote and offsets into the text', () => {
    const text = '立案日期：2023 年 6 月 30 日。';
    const [h] = findDates(text);
    expect(h.quote).toBe('2023 年 6 月 30 日');
    expect(text.slice(h.start, h.end)).toBe(h.quote);
    expect(h.start).toBe(5);
  });
});

describe('findDates: labels', () => {
  it('reads the label in front, tolerating stray spaces and a colon', () => {
    const hits = findDates(n('立 案 日 期： 2023 年 6 月 30 日\n送达时间:2023年7月2日\n检查时间    2023年7月3日'));
    expect(hits.map((h) => h.label)).toEqual(['立案日期', '送达时间', '检查时间']);
  });

  it('has no label for a signature date or a date inside a sentence', () => {
    const hits = findDates(n('射阳县应急管理局\n二〇二三年三月五日\n经查，你单位于2023年6月1日未按规定……'));
    expect(hits.map((h) => [h.iso, h.label])).toEqual([
      ['2023-03-05', ''],
      ['2023-06-01', ''],
    ]);
  });

  it('takes a label standing alone on the line above (a linearised table cell)', () => {
    const hits = findDates('立 案 日 期\n2023年6月5日\n射阳县应急管理局\n二〇二三年六月二十日');
    expect(hits.map((h) => [h.iso, h.label])).toEqual([
      ['2023-06-05', '立案日期'],
      ['2023-06-20', ''],
    ]);
  });

  it('keeps labels short (at most 12 characters)', () => {
    const [h] = findDates('本案受送达人签收本决定书的具体日期：2023年6月5日');
    expect(h.label.length).toBeLessThanOrEqual(12);
    expect(h.label.endsWith('日期')).toBe(true);
  });

  it('does not reach back into an invalid date for the next label', () => {
    const hits = findDates('2023年2月30日 送达时间：2023年3月1日');
    expect(hits.map((h) => [h.iso, h.label])).toEqual([['2023-03-01', '送达时间']]);
  });
});

describe('findDates: times', () => {
  it('14时30分 after a date', () => {
    const [h] = findDates('检查时间：2023年6月30日14时30分至15时20分');
    expect(h).toMatchObject({ iso: '2023-06-30', time: '14:30', label: '检查时间', quote: '2023年6月30日14时30分' });
  });

  it('14:30 (full-width colon) after a date', () => {
    const [h] = findDates(n('送达时间：2023年6月30日 １４：３０'));
    expect(h.time).toBe('14:30');
  });

  it('下午2时 is 14:00, 9点 is 09:00', () => {
    expect(findDates('2023年6月30日下午2时')[0].time).toBe('14:00');
    expect(findDates('2023年6月30日9点')[0].time).toBe('09:00');
  });

  it('a number after a date that is not a time leaves time undefined', () => {
    const [h] = findDates('2023年6月30日3名工人进入受限空间');
    expect(h.time).toBeUndefined();
    expect(h.quote).toBe('2023年6月30日');
  });
});

describe('findDates: ranges and yearless dates', () => {
  it('3月6日至7日 gives both ends, the end inheriting year and month', () => {
    const hits = findDates('检查日期：2023年3月6日至7日');
    expect(hits.map((h) => [h.iso, h.label, h.quote])).toEqual([
      ['2023-03-06', '检查日期', '2023年3月6日'],
      ['2023-03-07', '检查日期', '7日'],
    ]);
  });

  it('2023年3月6日至3月8日 gives both ends', () => {
    expect(isos('2023年3月6日至3月8日')).toEqual(['2023-03-06', '2023-03-08']);
  });

  it('yearless 3月6日 inherits the previous hit year', () => {
    expect(isos('2022年12月1日立案，3月6日送达')).toEqual(['2022-12-01', '2022-03-06']);
  });

  it('yearless date uses defaultYear when nothing precedes it, and is skipped without one', () => {
    expect(isos('3月6日至7日', { defaultYear: 2023 })).toEqual(['2023-03-06', '2023-03-07']);
    expect(isos('3月6日')).toEqual([]);
  });

  it('a two-digit year is not guessed', () => {
    expect(isos('23年3月5日', { defaultYear: 2023 })).toEqual([]);
  });
});

describe('findDates: negatives', () => {
  it('rejects invalid dates', () => {
    expect(isos('2023年2月30日 2023年13月1日 2023-02-29 2024-02-29')).toEqual(['2024-02-29']);
  });

  it('does not read version strings or phone numbers as dates', () => {
    expect(isos('软件版本V2023.6.30 电话0515-8888-1234')).toEqual([]);
  });

  it('never reads page footers, document numbers or standards as dates', () => {
    expect(isos('第1页 共4页\n(射)应急罚〔2023〕12号\nGB 18218-2018 第6.6.1.1条\n6个月', { defaultYear: 2023 })).toEqual(
      [],
    );
  });
});
