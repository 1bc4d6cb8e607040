import { describe, expect, it } from 'vitest';
import { findCreditCode, isValidCreditCode } from '../../src/text/creditCode.js';
import { findParty, partyKind } from '../../src/recognize/fields/party.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { compileVocabulary } from '../../src/recognize/vocabulary.js';

const vocab = compileVocabulary((await loadRuleset()).vocabulary);

const n = (s: string): string => s.normalize('NFKC');

/** Real, published codes (checked by hand against GB 32100-2015). */
const VALID = ['91350100M000100Y43', '914403001922038216', '91440300708461136T'];

describe('findParty', () => {
  it.each([
    ['当事人：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['被检查单位: 射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['被处罚单位：射阳县华兴化工有限公司\n地址：射阳县', '射阳县华兴化工有限公司'],
    ['单位名称：射阳县宏达五金店', '射阳县宏达五金店'],
    ['被询问单位：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['缴款人：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['交款单位：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['受送达人：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['被检查人：张三', '张三'],
    ['当事人名称：射阳县华兴化工有限公司', '射阳县华兴化工有限公司'],
    ['当事人（姓名）：张三', '张三'],
  ])('%s', (text, name) => {
    expect(findParty(n(text), vocab)?.name).toBe(name);
  });

  it('strips PDF spaces inside the name and keeps the quote as written', () => {
    const text = n('当 事 人 ： 射阳县 华兴 化工有限公司  统一社会信用代码：91350100M000100Y43');
    const p = findParty(text, vocab)!;
    expect(p.name).toBe('射阳县华兴化工有限公司');
    expect(p.quote).toBe('射阳县 华兴 化工有限公司');
    expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  it('stops at the next label on the same line', () => {
    expect(findParty('当事人：射阳县华兴化工有限公司地址：射阳县合德镇', vocab)?.name).toBe('射阳县华兴化工有限公司');
    expect(findParty('当事人：射阳县华兴化工有限公司 法定代表人：王五', vocab)?.name).toBe('射阳县华兴化工有限公司');
    expect(findParty('当事人：射阳县华兴化工有限公司 联系电话 13800000000', vocab)?.name).toBe('射阳县华兴化工有限公司');
    expect(findParty(n('当事人：张三（身份证号：320924199001011234）'), vocab)?.name).toBe('张三');
    expect(findParty(n('当事人：射阳县华兴化工有限公司，统一社会信用代码：9132'), vocab)?.name).toBe('射阳县华兴化工有限公司');
  });

  it('takes the value from the next line when the label stands alone', () => {
    expect(findParty('当事人：\n射阳县华兴化工有限公司\n', vocab)?.name).toBe('射阳县华兴化工有限公司');
  });

  it('ignores signature boxes and the agency named on a receipt', () => {
    expect(findParty('当事人签名：\n执收单位名称：射阳县应急管理局', vocab)).toBeUndefined();
    expect(findParty('被检查单位（盖章）：', vocab)).toBeUndefined();
  });

  it('returns undefined without a party label', () => {
    expect(findParty('射阳县应急管理局\n第1页 共4页', vocab)).toBeUndefined();
  });
});

describe('credit codes', () => {
  it('accepts valid codes and rejects a wrong check character or charset', () => {
    for (const c of VALID) expect(isValidCreditCode(c)).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false); // I is not in the charset
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });

  it('check character value 31 maps to 0', () => {
    // find a 17-char body whose check value is 31 → '0'
    const body = '91320924MA1X2Y3';
    let found = false;
    for (const a of '0123456789') {
      for (const b of '0123456789') {
        if (isValidCreditCode(`${body}${a}${b}0`)) found = true;
      }
    }
    expect(found).toBe(true);
  });

  it('reads a labelled code, even with a stray space, and reports validity', () => {
    const text = n('统一社会信用代码：９１３５０１００Ｍ０００１００Ｙ４３');
    expect(findCreditCode(text)).toMatchObject({ code: '91350100M000100Y43', valid: true });
    expect(findCreditCode('统一社会信用代码: 91350100M000 100Y43')).toMatchObject({ code: '91350100M000100Y43', valid: true });
    const bad = findCreditCode('统一社会信用代码：91350100M000100Y44');
    expect(bad).toMatchObject({ code: '91350100M000100Y44', valid: false, quote: '91350100M000100Y44' });
  });

  it('reads an unlabelled code only when valid and not an ID-card number', () => {
    expect(findCreditCode('代码 914403001922038216 ')?.code).toBe('914403001922038216');
    expect(findCreditCode('编号 914403001922038217')).toBeUndefined();
    expect(findCreditCode('身份证号：914403001922038216')).toBeUndefined();
  });
});

describe('partyKind', () => {
  it('organisation by name ending', () => {
    for (const name of ['射阳县华兴化工有限公司', '射阳县宏达五金店', '射阳县合德镇农机站', '射阳县海通农业合作社', '射阳县鑫源商行', '射阳县砖瓦厂']) {
      expect(partyKind(name, '')).toBe('organisation');
    }
  });

  it('organisation when a credit code is present, even with a representative ID number', () => {
    const text = `当事人：射阳县鑫源\n统一社会信用代码：${VALID[0]}\n法定代表人：王五 身份证号：320924199001011234`;
    expect(partyKind('射阳县鑫源', text)).toBe('organisation');
  });

  it('individual for 身份证/个人 contexts and short personal names', () => {
    expect(partyKind('王小明', '当事人：王小明 性别：男 身份证号：320924199001011234')).toBe('individual');
    expect(partyKind('欧阳小明', '当事人（个人）：欧阳小明')).toBe('individual');
    expect(partyKind('张三', '')).toBe('individual');
  });

  it('undefined when nothing tells', () => {
    expect(partyKind('射阳县华兴化工', '')).toBeUndefined();
  });
});

describe('findParty: layouts of other templates', () => {
  it.each([
    ['addressee line of a notice', 'penalty-notice', '某县应急管理局\n行政处罚告知书\n某应急罚告〔2024〕3号\n杭州临江美嘉塑业有限公司：\n经查，你单位……', '杭州临江美嘉塑业有限公司', 'party.addressee'],
    ['a credit code glued to the name', 'penalty-decision', '当事人：某县恒通机械有限公司91410731MA45R8K21Q\n', '某县恒通机械有限公司', 'party.labels: 当事人'],
    ['a table row without a colon', 'filing-approval', '当 事 人 济南恒信达机械制造有限公司\n法定代表人 刘建国\n', '济南恒信达机械制造有限公司', 'party.labels: 当事人'],
    ['a qualifier in brackets', 'filing-approval', '当事人(单位名称)：青岭县瑞通建材有限公司\n', '青岭县瑞通建材有限公司', 'party.labels: 当事人'],
    ['a name a table cell wrapped', 'statement-record', '陈述申辩人：梁永康 职务：执行董事 工作单位：佛山市南河区鸿基五金\n制品有限公司\n', '佛山市南河区鸿基五金制品有限公司', 'party.byDocument: 工作单位'],
  ] as const)('%s', (_, type, text, name, via) => {
    expect(findParty(text.normalize('NFKC'), vocab, type)).toMatchObject({ name, via });
  });

  it('an addressee line is not taken on forms that do not address the party, nor a heading', () => {
    expect(findParty('询问笔录\n张德海：\n', vocab, 'inquiry-record')).toBeUndefined();
    expect(findParty('行政处罚告知书\n经查：\n', vocab, 'penalty-notice')).toBeUndefined();
  });
});
