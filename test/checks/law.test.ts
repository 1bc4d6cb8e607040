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
