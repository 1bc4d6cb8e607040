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

describe('findOfficers: layouts of other templates', () => {
  const names = (text: string, servers = false) => findOfficers(text.normalize('NFKC'), vocab, { servers }).map((o) => `${o.name}:${o.certificate ?? ''}`);
  it('a two-column signature block with the numbers on the line below', () => {
    expect(names('检查人员(签名):王建军 检查人员(签名):刘晓燕\n执法证号:41073120015 执法证号:41073120027')).toEqual(['王建军:41073120015', '刘晓燕:41073120027']);
  });
  it('names separated by spaces, numbers on the next line after a blank one', () => {
    expect(names('复查人员：赵一鸣 吴佳怡\n\n执法证号：3301080021 3301080034')).toEqual(['赵一鸣:3301080021', '吴佳怡:3301080034']);
  });
  it('spaced labels without colons, two on one line', () => {
    expect(names('询 问 人 孟庆国 记 录 人 韩雪梅')).toEqual(['孟庆国:', '韩雪梅:']);
  });
  it('one more officer with a number on the line below', () => {
    expect(names('检查人员 曲振东 执法证号 21011422004\n姜宁 执法证号 21011422009')).toEqual(['曲振东:21011422004', '姜宁:21011422009']);
  });
  it('officers named in the opening sentence of a record', () => {
    expect(names('问：我们是某县应急管理局的行政执法人员钟海涛、温晓燕，证件号码\n为JX36070322015、JX36070322031，这是我们的执法证件')).toEqual(['钟海涛:JX36070322015', '温晓燕:JX36070322031']);
  });
  it('an officer named inside a sentence before a bracketed number', () => {
    expect(names('本局执法人员陈志强（执法证号：35021223018）、林婉清\n（执法证号：35021223026）依法对你单位进行检查')).toEqual(['陈志强:35021223018', '林婉清:35021223026']);
  });
  it('servers on a receipt, in two columns', () => {
    expect(names('送达人(签名):王建军 送达人(签名):刘晓燕\n执法证号:41073120015 执法证号:41073120027', true)).toEqual(['王建军:41073120015', '刘晓燕:41073120027']);
  });
});
