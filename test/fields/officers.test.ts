import { describe, expect, it } from 'vitest';
import { findOfficers } from '../../src/recognize/fields/officers.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { compileVocabulary } from '../../src/recognize/vocabulary.js';

const vocab = compileVocabulary((await loadRuleset()).vocabulary);

const n = (s: string): string => s.normalize('NFKC');
const pairs = (text: string): [string, string | undefined][] =>
  findOfficers(n(text), vocab).map((o) => [o.name, o.certificate]);

describe('findOfficers', () => {
  it('names with 执法证号 in brackets, joined by 、', () => {
    expect(pairs('执法人员：张伟（执法证号：32090019001）、李娜（执法证号：32090019002）')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('执法人员及证号 with name/number pairs separated by spaces', () => {
    expect(pairs('执法人员及证号：张伟 32090019001 李娜 32090019002')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('检查人员 with 证件号码', () => {
    expect(pairs('检查人员: 王强 证件号码: 3209002301')).toEqual([['王强', '3209002301']]);
  });

  it('询问人 and 记录人 on separate lines; the interviewee (被询问人) is not an officer', () => {
    const text = '被询问人：赵六\n询问人：张伟  执法证号：32090019001\n记录人：李娜  执法证号：32090019002\n';
    expect(pairs(text)).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('询问人 and 记录人 on one line', () => {
    expect(pairs('询问人：张伟 执法证号：32090019001 记录人：李娜 执法证号：32090019002')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('letters in a certificate number and other prefixes', () => {
    expect(pairs('执法人员：张伟 执法证件号：JS32090019001、李娜 执法证编号：JS32090019002')).toEqual([
      ['张伟', 'JS32090019001'],
      ['李娜', 'JS32090019002'],
    ]);
  });

  it('an officer without a number has certificate undefined', () => {
    expect(pairs('执法人员：张伟（执法证号：32090019001）、李娜')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', undefined],
    ]);
    expect(pairs('执法人员：张伟、李娜')).toEqual([
      ['张伟', undefined],
      ['李娜', undefined],
    ]);
  });

  it('minority names with ·', () => {
    expect(pairs('执法人员：买买提·艾力（执法证号：32090019003）、李娜（执法证号：32090019002）')).toEqual([
      ['买买提·艾力', '32090019003'],
      ['李娜', '32090019002'],
    ]);
  });

  it('a name split by a PDF space', () => {
    expect(pairs('执法人员：张 伟 32090019001 李娜 32090019002')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('a list continued on the next line after 、', () => {
    expect(pairs('执法人员：张伟（执法证号：32090019001）、\n李娜（执法证号：32090019002）\n')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });

  it('deduplicates by name, keeping the entry with a certificate', () => {
    const text = '执法人员：张伟、李娜\n询问人：张伟 执法证号：32090019001\n';
    expect(pairs(text)).toEqual([
      ['张伟', '32090019001'],
      ['李娜', undefined],
    ]);
  });

  it('quote and offsets point into the text', () => {
    const text = n('执法人员：张伟（执法证号：32090019001）');
    const [o] = findOfficers(text, vocab);
    expect(text.slice(o.start, o.end)).toBe(o.quote);
    expect(o.quote.startsWith('张伟')).toBe(true);
    expect(o.quote.endsWith('32090019001')).toBe(true);
  });

  it('ignores dates, phone numbers on another label, and prose', () => {
    expect(pairs('记录人：李娜 2023年6月30日')).toEqual([['李娜', undefined]]);
    expect(pairs('检查人员：王强 联系电话：13800000000')).toEqual([['王强', undefined]]);
    expect(pairs('执法人员对你单位进行了检查。第1页 共4页')).toEqual([]);
  });
});

describe('findOfficers: numbers listed after all names', () => {
  it('pairs names and numbers in order', () => {
    expect(pairs('执法人员：张伟、李娜（执法证号：32090019001、32090019002）')).toEqual([
      ['张伟', '32090019001'],
      ['李娜', '32090019002'],
    ]);
  });
});
