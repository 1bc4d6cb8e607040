/**
 * Files that end without a penalty (行政处罚法 2021 art. 57 ¶1 (二)(三)(四)): the 不予行政处罚决定书 and the
 * 涉嫌犯罪案件移送书. Neither needs a 告知书 or a 行政处罚决定书.
 */
import { dateCn } from '../lib/cn.js';
import type { BuiltDoc, Line, ManifestCitation } from '../lib/types.js';
import { PENALTY_LAW } from '../data/laws.js';
import { type Ctx, baseFacts, cite, docNo, foundYou, partyBlock, signature } from './common.js';

export function noPenaltyDecision(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '不罚', 'no-penalty-decision');
  const cites: ManifestCitation[] = [];
  const violated = cite(v.violated, cites);
  const basis = cite({ law: PENALTY_LAW, article: 33, paragraph: 1 }, cites);
  const body: Line[] = [
    ...partyBlock(c, 'no-penalty-decision'),
    { text: `${dateCn(d.inspection)}，本局执法人员在对你单位进行现场检查时发现你单位涉嫌${v.cause}，本局于${dateCn(d.filing!)}依法立案调查。`, indent: true, gap: 0.5 },
    { text: `经查明，${foundYou(c)}。你单位的上述行为违反了${violated}的规定。`, indent: true },
    { text: `鉴于你单位系初次违法，危害后果轻微，并已在检查当日及时改正，依据${basis}的规定，本局决定对你单位不予行政处罚。`, indent: true },
    { text: '请你单位今后严格遵守安全生产法律法规，落实安全生产主体责任。', indent: true },
    { text: '如不服本决定，可以在收到本决定书之日起六十日内向射阳县人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。', indent: true },
    ...signature(c, d.decision),
  ];
  return {
    title: '不予行政处罚决定书',
    number: no.text,
    pages: [body],
    label: '不予行政处罚决定书',
    date: d.decision,
    facts: baseFacts('no-penalty-decision', { docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: d.decision, citations: cites }),
  };
}

export function transferLetter(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '移', 'case-transfer');
  const cites: ManifestCitation[] = [];
  const basis = cite({ law: PENALTY_LAW, article: 27, paragraph: 1 }, cites);
  const body: Line[] = [
    '射阳县公安局：',
    ...partyBlock(c, 'case-transfer', '涉嫌犯罪单位'),
    { text: `本局在对${s.party.name}进行安全生产执法检查时发现，${v.found.replace(/^该单位/, '该单位')}，并已造成一名作业人员受伤。该单位涉嫌重大责任事故罪，依据${basis}和《行政执法机关移送涉嫌犯罪案件的规定》的规定，现将该案移送你局依法处理。`, indent: true, gap: 0.5 },
    { text: '附件：1. 涉嫌犯罪案件调查报告；2. 现场检查记录、询问笔录等证据材料复印件。', indent: true },
    ...signature(c, d.decision),
  ];
  return {
    title: '涉嫌犯罪案件移送书',
    number: no.text,
    pages: [body],
    label: '案件移送书',
    date: d.decision,
    facts: baseFacts('case-transfer', { docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: d.decision, citations: cites }),
  };
}
