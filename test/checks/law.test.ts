/**
 * Issue 10, "the law right": lawful files must draw no finding and no veto. Every fixture is the text of
 * the forms as the real recogniser reads it (test/helpers/recognized.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/recognized.js';

const AGENCY = '射阳县应急管理局';
const PARTY = '射阳县恒通机械制造有限公司';
const OFFICERS = '执法人员：张伟（执法证号：32090019001）、李娜（执法证号：32090019002）';

/** The archive parts every closed file has. */
const ARCHIVE = (serial: string, year = 2023): Record<string, string> => ({
  '00 卷宗封面.txt': `${AGENCY}\n行政处罚案卷\n案号：（射）应急立〔${year}〕${serial}号\n当事人：${PARTY}\n`,
  '00 卷内目录.txt': '卷内目录\n1 立案审批表\n2 现场检查记录\n',
  '99 备考表.txt': `备考表\n本卷共8件\n立卷时间：${year}年6月10日\n`,
});

describe('files that end without a penalty (行政处罚法 2021 art. 57)', () => {
  it('不予行政处罚: no 告知书 and no 决定书 needed, no veto', async () => {
    const r = await checkText({
      ...ARCHIVE('31'),
      '01 现场检查记录.txt': `${AGENCY}\n现场检查记录\n（射）应急检〔2023〕31号\n被检查单位：${PARTY}\n检查时间：2023年5月4日9时00分至10时30分\n${OFFICERS}\n`,
      '02 立案审批表.txt': `${AGENCY}\n立案审批表\n（射）应急立〔2023〕31号\n当事人：${PARTY}\n立案日期：2023年5月5日\n`,
      '03 询问笔录.txt': `${AGENCY}\n询问笔录\n询问时间：2023年5月8日14时30分至15时20分\n被询问单位：${PARTY}\n询问人：张伟 执法证号：32090019001\n记录人：李娜 执法证号：32090019002\n`,
      '04 案件调查终结报告.txt': `${AGENCY}\n案件调查终结报告\n（射）应急终报〔2023〕31号\n当事人：${PARTY}\n违法行为轻微并已及时改正，没有造成危害后果，建议不予行政处罚。\n2023年5月15日\n`,
      '05 不予行政处罚决定书.txt': `${AGENCY}\n不予行政处罚决定书\n（射）应急不罚〔2023〕31号\n当事人：${PARTY}\n依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。\n2023年5月18日\n`,
      '06 送达回执.txt': `${AGENCY}\n文书送达回执\n送达文书名称及文号：不予行政处罚决定书（射）应急不罚〔2023〕31号\n受送达人：${PARTY}\n送达时间：2023年5月19日\n`,
      '07 结案审批表.txt': `${AGENCY}\n结案审批表\n（射）应急结〔2023〕31号\n当事人：${PARTY}\n结案日期：2023年5月26日\n`,
    });
    expect(r.kase.facts.type.id).toBe('no-penalty');
    expect(r.rules).toEqual([]);
  });

  it('撤案: an approved withdrawal needs no 告知书 or 决定书', async () => {
    const r = await checkText({
      ...ARCHIVE('32'),
      '01 立案审批表.txt': `${AGENCY}\n立案审批表\n（射）应急立〔2023〕32号\n当事人：${PARTY}\n立案日期：2023年5月5日\n`,
      '02 询问笔录.txt': `${AGENCY}\n询问笔录\n询问时间：2023年5月8日14时30分至15时20分\n被询问单位：${PARTY}\n询问人：张伟 执法证号：32090019001\n记录人：李娜 执法证号：32090019002\n`,
      '03 撤案审批表.txt': `${AGENCY}\n撤案审批表\n（射）应急撤〔2023〕32号\n当事人：${PARTY}\n经调查，违法事实不能成立，拟撤销案件。\n2023年5月20日\n`,
      '04 结案审批表.txt': `${AGENCY}\n结案审批表\n（射）应急结〔2023〕32号\n当事人：${PARTY}\n结案日期：2023年5月26日\n`,
    });
    expect(r.kase.facts.type.id).toBe('withdrawn');
    expect(r.rules).toEqual([]);
  });

  it('移送: a case transferred to the police needs the transfer letter, not a decision', async () => {
    const r = await checkText({
      ...ARCHIVE('33'),
      '01 立案审批表.txt': `${AGENCY}\n立案审批表\n（射）应急立〔2023〕33号\n当事人：${PARTY}\n立案日期：2023年5月5日\n`,
      '02 案件移送书.txt': `${AGENCY}\n涉嫌犯罪案件移送书\n（射）应急移〔2023〕33号\n射阳县公安局：\n${PARTY}涉嫌重大责任事故罪，依据《中华人民共和国行政处罚法》第二十七条的规定，现将该案移送你局。\n2023年5月22日\n`,
    });
    expect(r.kase.facts.type.id).toBe('transferred');
    expect(r.rules).toEqual([]);
  });
});

describe('documents the party writes carry no officers (行政处罚法 2021 art. 42)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  it('放弃陈述申辩声明 and 陈述申辩书 are not checked for officers; the waiver ends the statement period', async () => {
    const files = {
      ...(await base()),
      // decided the day after the notice was served: lawful only because the party waived in writing
      '08 行政处罚决定书.txt': (await base())['08 行政处罚决定书.txt'].replace('2023年3月21日', '2023年3月14日'),
      '09 送达回执（决定书）.txt': (await base())['09 送达回执（决定书）.txt'].replace('2023年3月22日', '2023年3月15日'),
      '07 案件处理呈批表.txt': (await base())['07 案件处理呈批表.txt'].replace('2023年3月20日', '2023年3月14日'),
      '06a 放弃陈述申辩声明.txt': `放弃陈述申辩声明\n${AGENCY}：\n本单位已收到（射）应急罚告〔2023〕12号行政处罚告知书，自愿放弃陈述和申辩的权利。\n声明单位：射阳县华兴化工有限公司（盖章）\n2023年3月13日\n`,
      '06b 陈述申辩书.txt': `陈述申辩书\n${AGENCY}：\n我单位对告知书认定的事实无异议，请求从轻处罚。\n射阳县华兴化工有限公司\n2023年3月13日\n`,
    };
    const r = await checkText(files);
    expect(r.kase.documents.filter((d) => d.file.startsWith('06a') || d.file.startsWith('06b')).map((d) => d.by)).toEqual(['title', 'title']);
    expect(r.rules.filter((x) => x.startsWith('officer'))).toEqual([]);
    expect(r.rules).not.toContain('period-not-observed/statement-period');
  });

  it('a 陈述申辩笔录 taken by one officer is still a finding', async () => {
    const files = {
      ...(await base()),
      '06c 陈述申辩笔录.txt': `${AGENCY}\n陈述申辩笔录\n时间：2023年3月15日10时00分至10时40分\n陈述申辩单位：射阳县华兴化工有限公司\n记录人：李娜 执法证号：32090019002\n`,
    };
    const r = await checkText(files);
    expect(r.rules).toContain('officers-fewer-than-two/statement-record');
  });
});

describe('article numbers of the 2017 行政处罚法 (outdated only where cited for 告知, 陈述申辩, 听证)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  const withNotice = async (body: string) => ({ ...(await base()), '05 行政处罚告知书.txt': `${AGENCY}\n行政处罚告知书\n（射）应急罚告〔2023〕12号\n射阳县华兴化工有限公司：\n${body}\n2023年3月13日\n` });
  it('ok: 2021 art. 32 cited for 从轻 and art. 42 for the two officers', async () => {
    const r = await checkText(
      await withNotice(
        '你单位主动消除违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，拟从轻处罚。本案执法人员二名，符合《中华人民共和国行政处罚法》第四十二条的规定。依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可在收到本告知书之日起三个工作日内进行陈述和申辩。',
      ),
    );
    expect(r.rules).toEqual([]);
  });
  it('ng: a 2023 notice citing art. 31/32 for the right to state and defend', async () => {
    const r = await checkText(await withNotice('根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位可在收到本告知书之日起三个工作日内进行陈述和申辩。'));
    expect(r.rules).toEqual(['legal-basis-outdated/penalty-notice']);
  });
});

describe('cases under 应急管理部令第18号 (from 2026-02-01)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  /** The clean case moved to 2026 (after the Spring Festival holiday) and the 2026 remedy clause. */
  const in2026 = async (decisionBasis: string) => {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(await base())) files[name] = text.replaceAll('2023年3月', '2026年3月').replaceAll('2023年4月', '2026年4月').replaceAll('〔2023〕', '〔2026〕');
    files['08 行政处罚决定书.txt'] = `${AGENCY}\n行政处罚决定书\n（射）应急罚〔2026〕12号\n当事人：射阳县华兴化工有限公司\n违反了《中华人民共和国安全生产法》第四十一条第二款的规定，依据《中华人民共和国安全生产法》第一百零一条第（五）项${decisionBasis}的规定，决定给予罚款人民币壹万元整（¥10000元）的行政处罚。\n如不服本决定，可以在收到本决定书之日起六十日内向射阳县人民政府申请行政复议，或者在六个月内依法向射阳县人民法院提起行政诉讼。\n射阳县应急管理局\n2026年3月21日\n`;
    return files;
  };
  it('flags a 2026 decision that still cites the 15号令 by its number', async () => {
    const r = await checkText(await in2026('和《安全生产违法行为行政处罚办法》（国家安全生产监督管理总局令第15号）第四十五条第（一）项'), { asOf: '2026-11-29' });
    expect(r.kase.facts.regime?.id).toBe('mem-18');
    expect(r.rules).toContain('legal-basis-outdated/penalty-decision');
  });
  it('ok: the same decision citing the 2026 measures without the old order number', async () => {
    const r = await checkText(await in2026(''), { asOf: '2026-11-29' });
    expect(r.rules).toEqual([]);
  });
});

describe('2017 law: 7 calendar days, a period ending on a holiday runs to the next working day', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  /** The clean case in 2019: decided Thursday 2019-09-26, the 7th day (10-03) falls in the National Day holiday. */
  const in2019 = async (served: string) => {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(await base())) files[name] = text.replaceAll('〔2023〕', '〔2019〕').replaceAll('2023年4月10日', '2019年10月20日');
    files['01 现场检查记录.txt'] = files['01 现场检查记录.txt'].replace('2023年3月1日', '2019年9月2日');
    files['02 立案审批表.txt'] = files['02 立案审批表.txt'].replace('2023年3月2日', '2019年9月3日');
    files['03 询问笔录.txt'] = files['03 询问笔录.txt'].replace('2023年3月3日', '2019年9月4日');
    files['04 案件调查终结报告.txt'] = files['04 案件调查终结报告.txt'].replace('2023年3月10日', '2019年9月10日');
    files['05 行政处罚告知书.txt'] = files['05 行政处罚告知书.txt'].replace('第四十四条、第四十五条', '第三十一条、第三十二条').replace('三个工作日', '三日').replace('2023年3月13日', '2019年9月16日');
    files['06 送达回执（告知书）.txt'] = files['06 送达回执（告知书）.txt'].replace('2023年3月13日', '2019年9月16日');
    files['07 案件处理呈批表.txt'] = files['07 案件处理呈批表.txt'].replace('2023年3月20日', '2019年9月24日');
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('2023年3月21日', '2019年9月26日');
    files['09 送达回执（决定书）.txt'] = files['09 送达回执（决定书）.txt'].replace('2023年3月22日', served);
    files['10 罚款缴纳凭证.txt'] = files['10 罚款缴纳凭证.txt'].replace('2023年3月30日', '2019年10月15日');
    files['11 结案审批表.txt'] = files['11 结案审批表.txt'].replace('2023年4月3日', '2019年10月18日');
    return files;
  };
  it('served on 2019-10-08, the first working day after the holiday: not late', async () => {
    const r = await checkText(await in2019('2019年10月8日'));
    expect(r.kase.facts.applied?.id).toBe('apl-2017');
    expect(r.rules).toEqual([]);
  });
  it('served on 2019-10-09: late', async () => {
    const r = await checkText(await in2019('2019年10月9日'));
    expect(r.rules).toEqual(['deadline-missed/service-within-7d']);
  });
});

describe('case-handling limit (15号令: 30 days, 90 with the head, 180 with the next level up)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  /** The clean case filed on 2023-01-03 and decided on `decided`, with an extension approval saying `extension`. */
  const late = async (decided: string, extension?: string) => {
    const files: Record<string, string> = { ...(await base()) };
    files['02 立案审批表.txt'] = files['02 立案审批表.txt'].replace('2023年3月2日', '2023年1月3日');
    files['01 现场检查记录.txt'] = files['01 现场检查记录.txt'].replace('2023年3月1日', '2023年1月3日');
    files['07 案件处理呈批表.txt'] = files['07 案件处理呈批表.txt'].replace('2023年3月20日', decided);
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('2023年3月21日', decided);
    files['09 送达回执（决定书）.txt'] = files['09 送达回执（决定书）.txt'].replace('2023年3月22日', decided);
    files['10 罚款缴纳凭证.txt'] = files['10 罚款缴纳凭证.txt'].replace('2023年3月30日', decided);
    files['11 结案审批表.txt'] = files['11 结案审批表.txt'].replace('2023年4月3日', decided);
    files['13 备考表.txt'] = files['13 备考表.txt'].replace('2023年4月10日', '2023年7月10日');
    if (extension) files['07a 案件延期审批表.txt'] = `${AGENCY}\n案件延期审批表\n（射）应急延〔2023〕12号\n当事人：射阳县华兴化工有限公司\n${extension}\n2023年1月30日\n`;
    return files;
  };
  it('ok: 137 days with an extension approved by the next level up (180)', async () => {
    const r = await checkText(await late('2023年5月20日', '案情复杂，30日内难以办结，经本局负责人批准延长至90日；现报请上一级应急管理部门批准，延长至180日。'));
    expect(r.rules).toEqual([]);
  });
  it('ng: 137 days with only the head\'s approval (90)', async () => {
    const r = await checkText(await late('2023年5月20日', '案情复杂，30日内难以办结，经本局负责人批准延长至90日。'));
    expect(r.rules).toEqual(['deadline-missed/decision-within-30d']);
    expect(r.findings[0].data.limit).toBe(90);
  });
});

describe('the 15号令 limits are not applied to cases under 应急管理部令第18号', () => {
  it('a 2026 case decided 45 days after filing: limit and extension form reported as not checked, no finding', async () => {
    const { CLEAN_CASE } = await import('../helpers/txt-archive.js');
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(CLEAN_CASE)) files[name] = text.replaceAll('〔2023〕', '〔2026〕').replaceAll('2023年3月', '2026年4月').replaceAll('2023年4月', '2026年5月');
    files['02 立案审批表.txt'] = files['02 立案审批表.txt'].replace('2026年4月2日', '2026年2月10日');
    files['01 现场检查记录.txt'] = files['01 现场检查记录.txt'].replace('2026年4月1日', '2026年2月10日');
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('如不服', '如不服');
    const r = await checkText(files);
    expect(r.kase.facts.regime?.id).toBe('mem-18');
    expect(r.rules).toEqual([]);
    const skipped = r.skipped.map((s) => `${s.check}: ${s.reason}`);
    expect(skipped).toEqual(expect.arrayContaining([expect.stringMatching(/^deadline:decision-within-30d: not checked under the rules in force from 2026-02-01/), expect.stringMatching(/^completeness:extension-approval: not checked under/)]));
  });
});

describe('payment: the party\'s 15 days are not the agency\'s; the agency\'s own steps are checked', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  const unpaid = async (extra: Record<string, string>) => {
    const files: Record<string, string> = { ...(await base()), ...extra };
    delete files['10 罚款缴纳凭证.txt'];
    files['11 结案审批表.txt'] = files['11 结案审批表.txt'].replace('2023年4月3日', '2024年2月1日');
    files['13 备考表.txt'] = files['13 备考表.txt'].replace('2023年4月10日', '2024年2月5日');
    return files;
  };
  const demand = (date: string) => ({ '10a 催告书.txt': `${AGENCY}\n催告书\n（射）应急执行催告〔2023〕12号\n射阳县华兴化工有限公司：\n本局于2023年3月21日作出的（射）应急罚〔2023〕12号行政处罚决定书已送达你单位，你单位至今未缴纳罚款人民币壹万元整。依据《中华人民共和国行政强制法》第五十四条的规定，请你单位在收到本催告书之日起十日内履行。\n${date}\n` });
  const application = (date: string) => ({ '10b 强制执行申请书.txt': `${AGENCY}\n强制执行申请书\n（射）应急强执〔2023〕12号\n申请人：射阳县应急管理局\n被申请人：射阳县华兴化工有限公司\n被申请人未履行（射）应急罚〔2023〕12号行政处罚决定，经催告仍未履行，依据《中华人民共和国行政强制法》第五十三条、第五十四条的规定，申请强制执行。\n${date}\n` });
  it('ok: unpaid, demanded, applied to the court 20 days later and within the period; no receipt needed', async () => {
    const r = await checkText(await unpaid({ ...demand('2023年10月9日'), ...application('2023年10月30日') }));
    expect(r.rules).toEqual([]);
  });
  it('ng: applied to the court 7 days after the demand', async () => {
    const r = await checkText(await unpaid({ ...demand('2023年10月9日'), ...application('2023年10月16日') }));
    expect(r.rules).toEqual(['period-not-observed/enforcement-after-demand-10d']);
  });
  it('ng: applied without a demand; ng: applied after the 6 + 3 months', async () => {
    expect((await checkText(await unpaid(application('2023年10月30日')))).rules).toEqual(['document-missing/payment-demand']);
    const r = await checkText(await unpaid({ ...demand('2023年12月1日'), ...application('2023年12月28日') }));
    expect(r.rules).toEqual(['deadline-missed/enforcement-within-3m']);
  });
  it('an approved 分期 payment: the court-application period is not computed, and says so', async () => {
    const r = await checkText(
      await unpaid({
        '10c 分期缴纳罚款审批表.txt': `${AGENCY}\n分期缴纳罚款审批表\n（射）应急缴批〔2023〕12号\n当事人：射阳县华兴化工有限公司\n当事人确有经济困难，申请分三期缴纳罚款，经批准同意。\n2023年3月28日\n`,
        ...demand('2023年12月1日'),
        ...application('2023年12月28日'),
      }),
    );
    expect(r.rules).toEqual([]);
    expect(r.skipped.map((s) => s.check)).toContain('deadline:enforcement-within-3m');
  });
  it('ng: a surcharge above the fine (行政处罚法 art. 72)', async () => {
    const surcharge = { '10d 加处罚款决定书.txt': `${AGENCY}\n加处罚款决定书\n（射）应急加罚〔2023〕12号\n射阳县华兴化工有限公司：\n你单位逾期未缴纳罚款，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，决定加处罚款人民币12000元。\n2023年9月1日\n` };
    const r = await checkText({ ...(await base()), ...surcharge });
    expect(r.rules).toEqual(['surcharge-over-fine/surcharge-notice']);
  });
});

describe('hearings (行政处罚法 2021 arts. 58, 63–65)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  /** The clean case with a fine of 50,000 yuan (hearing, legal review and collective discussion thresholds). */
  const large = async () => {
    const files: Record<string, string> = { ...(await base()) };
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('罚款人民币壹万元整（¥10000元）', '罚款人民币伍万元整（¥50000元）');
    files['10 罚款缴纳凭证.txt'] = files['10 罚款缴纳凭证.txt'].replace('人民币壹万元整（¥10000.00）', '人民币伍万元整（¥50000.00）');
    files['07b 法制审核意见书.txt'] = `${AGENCY}\n法制审核意见书\n（射）应急法审〔2023〕12号\n当事人：射阳县华兴化工有限公司\n审核意见：事实清楚，证据确凿，程序合法，同意。\n审核日期：2023年3月30日\n`;
    files['07c 集体讨论记录.txt'] = `${AGENCY}\n集体讨论记录\n（射）应急罚集〔2023〕12号\n讨论时间：2023年3月31日\n当事人：射阳县华兴化工有限公司\n讨论决定：给予罚款人民币伍万元整的行政处罚。\n`;
    for (const k of ['07 案件处理呈批表.txt', '08 行政处罚决定书.txt']) files[k] = files[k].replace('2023年3月20日', '2023年3月31日').replace('2023年3月21日', '2023年3月31日');
    files['09 送达回执（决定书）.txt'] = files['09 送达回执（决定书）.txt'].replace('2023年3月22日', '2023年4月3日');
    files['10 罚款缴纳凭证.txt'] = files['10 罚款缴纳凭证.txt'].replace('2023年3月30日', '2023年4月10日');
    files['11 结案审批表.txt'] = files['11 结案审批表.txt'].replace('2023年4月3日', '2023年4月12日');
    return files;
  };
  const hearingNotice = {
    '05a 听证告知书.txt': `${AGENCY}\n听证告知书\n（射）应急听告〔2023〕12号\n射阳县华兴化工有限公司：\n本局拟对你单位作出罚款人民币伍万元整的行政处罚。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有要求举行听证的权利，应当在收到本告知书之日起五个工作日内提出。\n2023年3月13日\n`,
    '06a 送达回执（听证告知书）.txt': `${AGENCY}\n文书送达回执\n送达文书名称及文号：听证告知书（射）应急听告〔2023〕12号\n受送达人：射阳县华兴化工有限公司\n送达时间：2023年3月13日\n`,
  };
  const hearingHeld = (noticeDate: string) => ({
    '06b 听证申请书.txt': `听证申请书\n${AGENCY}：\n我单位收到听证告知书，现要求举行听证。\n申请单位：射阳县华兴化工有限公司\n2023年3月15日\n`,
    '06c 听证会通知书.txt': `${AGENCY}\n听证会通知书\n（射）应急听通〔2023〕12号\n射阳县华兴化工有限公司：\n本局定于2023年3月28日9时在本局三楼会议室举行听证会。\n${noticeDate}\n`,
    '06d 听证笔录.txt': `${AGENCY}\n听证笔录\n听证时间：2023年3月28日9时00分至10时30分\n听证地点：射阳县应急管理局三楼会议室\n主持人：王强\n记录人：赵敏\n`,
    '06e 听证会报告书.txt': `${AGENCY}\n听证会报告书\n（射）应急听报〔2023〕12号\n当事人：射阳县华兴化工有限公司\n听证主持人意见：维持拟作出的处罚。\n2023年3月30日\n`,
  });
  it('ok: a full hearing — notice, request, hearing notice 7 working days ahead, record, report, legal review', async () => {
    const r = await checkText({ ...(await large()), ...hearingNotice, ...hearingHeld('2023年3月17日') });
    expect(r.rules).toEqual([]);
  });
  it('ng: the hearing notice only 5 working days before the hearing; the hearing report missing', async () => {
    const files = { ...(await large()), ...hearingNotice, ...hearingHeld('2023年3月21日') };
    delete (files as Record<string, string>)['06e 听证会报告书.txt'];
    const r = await checkText(files);
    expect(r.rules.sort()).toEqual(['document-missing/hearing-report', 'period-not-observed/hearing-notice-7wd']);
  });
  it('ok: a 告知书 that states the hearing right stands for the 听证告知书; the decision waits 5 working days', async () => {
    const files = await large();
    files['05 行政处罚告知书.txt'] = files['05 行政处罚告知书.txt'].replace('进行陈述和申辩。', '进行陈述和申辩。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有要求举行听证的权利，可在收到本告知书之日起五个工作日内提出。');
    expect((await checkText(files)).rules).toEqual([]);
    files['07 案件处理呈批表.txt'] = files['07 案件处理呈批表.txt'].replace('2023年3月31日', '2023年3月17日');
    files['07b 法制审核意见书.txt'] = files['07b 法制审核意见书.txt'].replace('2023年3月30日', '2023年3月17日');
    files['07c 集体讨论记录.txt'] = files['07c 集体讨论记录.txt'].replace('2023年3月31日', '2023年3月17日');
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('2023年3月31日', '2023年3月17日');
    files['09 送达回执（决定书）.txt'] = files['09 送达回执（决定书）.txt'].replace('2023年4月3日', '2023年3月20日');
    expect((await checkText(files)).rules).toEqual(['period-not-observed/hearing-request-5wd-notice']);
  });
  it('ng: 责令停产停业 decided with no hearing right offered, whatever the amount (veto)', async () => {
    const files = { ...(await base()) };
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('决定给予罚款人民币壹万元整（¥10000元）的行政处罚', '决定给予罚款人民币壹万元整（¥10000元）并责令停产停业整顿的行政处罚');
    const r = await checkText(files);
    expect(r.rules).toEqual(['document-missing/hearing-notice']);
  });
});

describe('veto items need positive evidence (limitation, fine range) and name their basis', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  const withReport = async (line: string) => {
    const files = { ...(await base()) };
    files['04 案件调查终结报告.txt'] = files['04 案件调查终结报告.txt'].replace('2023年3月10日', `${line}\n2023年3月10日`);
    return files;
  };
  it('ng: a violation dated 2020-12-20, found 2023-03-01: past the 2-year limitation (veto); ok at 2021-06-01', async () => {
    const r = await checkText(await withReport('违法行为发生时间：2020年12月20日'));
    expect(r.rules).toEqual(['limitation-expired/']);
    expect(r.findings[0].message).toMatch(/第三十六条/);
    expect((await checkText(await withReport('违法行为发生时间：2021年6月1日'))).rules).toEqual([]);
  });
  it('no violation date read: the limitation check is reported as not made, never a finding', async () => {
    const r = await checkText(await base());
    expect(r.skipped.map((s) => s.check)).toContain('limitation');
  });
  it('ng: 250,000 yuan under 安全生产法 (2021) art. 101 (at most 200,000) (veto); ok at 200,000', async () => {
    const files = { ...(await base()) };
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('罚款人民币壹万元整（¥10000元）', '罚款人民币贰拾伍万元整（¥250000元）');
    files['10 罚款缴纳凭证.txt'] = files['10 罚款缴纳凭证.txt'].replace('人民币壹万元整（¥10000.00）', '人民币贰拾伍万元整（¥250000.00）');
    const r = await checkText(files);
    expect(r.rules).toContain('fine-outside-range/penalty-decision');
    const ok = { ...files, '08 行政处罚决定书.txt': files['08 行政处罚决定书.txt'].replace('贰拾伍万元整（¥250000元）', '贰拾万元整（¥200000元）') };
    expect((await checkText(ok)).rules).not.toContain('fine-outside-range/penalty-decision');
  });
});

describe('安全生产法 2014 and 2021 (in force 2021-09-01)', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  it('a 2019 decision citing the 2014 text\'s 第九十九条 without an item is not called imprecise by the 2021 numbering', async () => {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(await base())) files[name] = text.replaceAll('2023年', '2019年').replaceAll('〔2023〕', '〔2019〕');
    files['05 行政处罚告知书.txt'] = files['05 行政处罚告知书.txt'].replace('第四十四条、第四十五条', '第三十一条、第三十二条').replace('三个工作日', '三日');
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('违反了《中华人民共和国安全生产法》第四十一条第二款的规定，依据《中华人民共和国安全生产法》第一百零一条第（五）项的规定', '违反了《中华人民共和国安全生产法》第三十八条第一款的规定，依据《中华人民共和国安全生产法》第九十九条的规定');
    const r = await checkText(files);
    expect(r.kase.facts.applied?.id).toBe('apl-2017');
    expect(r.rules).toEqual([]);
    expect(r.skipped.map((s) => s.check)).toContain('legal-basis:items:work-safety-law');
  });
  it('ng: a 2023 decision citing 第一百二十条, which the 2021 text (119 articles) does not have', async () => {
    const files = { ...(await base()) };
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('第一百零一条第（五）项', '第一百二十条');
    expect((await checkText(files)).rules).toEqual(['legal-basis-outdated/penalty-decision']);
  });
});

describe('remedy clause: 复议 60 days, lawsuit 6 months; from 2024 a 当场 decision goes to review first', () => {
  const base = async () => (await import('../helpers/txt-archive.js')).CLEAN_CASE;
  it('ng: an old template still saying 三个月 for the lawsuit', async () => {
    const files = { ...(await base()) };
    files['08 行政处罚决定书.txt'] = files['08 行政处罚决定书.txt'].replace('或者在六个月内', '或者在三个月内');
    expect((await checkText(files)).rules).toEqual(['remedy-clause/penalty-decision']);
  });
  const onsite = (date: string, clause: string) => ({
    '01 现场检查记录.txt': `${AGENCY}\n现场检查记录\n（射）应急检〔2024〕40号\n被检查单位：射阳县华兴化工有限公司\n检查时间：${date}9时30分至10时00分\n${OFFICERS}\n`,
    '02 行政（当场）处罚决定书.txt': `${AGENCY}\n行政（当场）处罚决定书\n（射）应急当罚〔2024〕40号\n被处罚单位：射阳县华兴化工有限公司\n${OFFICERS}\n违反了《中华人民共和国安全生产法》第四十一条第二款的规定，依据《中华人民共和国安全生产法》第一百零一条第（五）项的规定，当场给予罚款人民币贰仟元整（¥2000元）的行政处罚。\n${clause}\n${date}\n`,
    '03 罚款缴纳凭证.txt': `罚款缴纳凭证\n缴款人：射阳县华兴化工有限公司\n金额：人民币贰仟元整（¥2000.00）\n缴款日期：${date}\n`,
  });
  it('ng: a 2024 on-the-spot decision still offering a direct lawsuit; ok when review comes first', async () => {
    const alt = '如不服本决定，可以在收到本决定书之日起六十日内向射阳县人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';
    expect((await checkText(onsite('2024年5月10日', alt))).rules).toEqual(['remedy-clause/onsite-penalty-decision']);
    const first = '如不服本决定，应当自收到本决定书之日起六十日内先向射阳县人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。';
    expect((await checkText(onsite('2024年5月10日', first))).rules).toEqual([]);
    // before 2024 the alternative was lawful
    expect((await checkText(onsite('2023年5月10日', alt))).rules).not.toContain('remedy-clause/onsite-penalty-decision');
  });
});
