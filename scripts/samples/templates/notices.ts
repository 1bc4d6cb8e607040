/**
 * 行政处罚告知书 and 听证告知书. The procedural-law citations and periods follow the law in force:
 * 2021 text (第四十四条、第四十五条; hearing 第六十三条、第六十四条, five working days) or the 2017
 * text before 2021-07-15 (第三十一条、第三十二条; hearing 第四十二条, three days). A case may force the
 * old template (a planted legal-basis-outdated defect).
 */
import type { BuiltDoc, Line, ManifestCitation } from '../lib/types.js';
import { PENALTY_LAW } from '../data/laws.js';
import {
  AGENCY_ADDRESS, AGENCY_PHONE, type Ctx, baseFacts, cite, foundYou, docNo, fineText, partyBlock, signature, statementClause,
} from './common.js';

export function penaltyNotice(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const date = s.dates.notice!;
  const no = docNo(c, '罚告', 'penalty-notice');
  const cites: ManifestCitation[] = [];
  const violated = cite(v.violated, cites);
  const penalty = cite(v.penalty, cites);
  const body: Line[] = [
    ...partyBlock(c, 'penalty-notice'),
    { text: `经查，${foundYou(c)}。以上事实有现场检查记录、询问笔录、现场照片等证据证实。`, indent: true, gap: 0.5 },
    { text: `你单位的上述行为违反了${violated}的规定，依据${penalty}的规定，本局拟对你单位作出如下行政处罚：`, indent: true },
    { text: `罚款${fineText(s.fine)}。`, indent: true },
    { text: statementClause(c, cites, s.tweaks?.noticeOldTemplate), indent: true },
    { text: `联系人：${c.officers[0].name}　联系电话：${AGENCY_PHONE}`, gap: 0.5 },
    `本局地址：${AGENCY_ADDRESS}`,
    ...signature(c, date),
  ];
  return {
    title: '行政处罚告知书',
    number: no.text,
    pages: [body],
    label: '行政处罚告知书',
    date,
    facts: baseFacts('penalty-notice', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: date, fine: s.fine, citations: cites,
    }),
  };
}

export function hearingNotice(c: Ctx): BuiltDoc {
  const { s } = c;
  const date = s.dates.notice!;
  const no = docNo(c, '听告', 'hearing-notice');
  const cites: ManifestCitation[] = [];
  let rights: string;
  if (c.law2021) {
    const a = cite({ law: PENALTY_LAW, article: 63 }, cites);
    cites.push({ law: PENALTY_LAW, article: 64 });
    rights = `根据${a}、第六十四条的规定，你（单位）有要求举行听证的权利。如你（单位）要求听证，应当在收到本告知书之日起五个工作日内向本局提出；逾期未提出的，视为放弃听证权利。`;
  } else {
    const a = cite({ law: PENALTY_LAW, article: 42 }, cites);
    rights = `根据${a}的规定，你（单位）有要求举行听证的权利。如你（单位）要求听证，应当在收到本告知书之日起三日内向本局提出；逾期未提出的，视为放弃听证权利。`;
  }
  const body: Line[] = [
    ...partyBlock(c, 'hearing-notice'),
    { text: `本局对你单位涉嫌${c.v.cause}一案，经调查终结，拟作出罚款${fineText(s.fine)}的行政处罚。`, indent: true, gap: 0.5 },
    { text: rights, indent: true },
    { text: '听证依法由本局指定的非本案调查人员主持；你（单位）认为主持人与本案有直接利害关系的，有权申请回避。', indent: true },
    { text: `联系人：${c.officers[0].name}　联系电话：${AGENCY_PHONE}`, gap: 0.5 },
    `本局地址：${AGENCY_ADDRESS}`,
    ...signature(c, date),
  ];
  return {
    title: '听证告知书',
    number: no.text,
    pages: [body],
    label: '听证告知书',
    date,
    facts: baseFacts('hearing-notice', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: date, fine: s.fine, citations: cites,
    }),
  };
}
