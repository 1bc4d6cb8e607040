/**
 * Internal approval forms: 立案审批表, 案件延期审批表, 法制审核意见书, 集体讨论记录, 案件处理呈批表,
 * 结案审批表. Each carries its own labelled key date (立案日期, 审批时间, 审核日期, 讨论时间,
 * 结案日期) besides the signature dates of the people who signed it.
 */
import { addDays } from '../lib/calendar.js';
import { dateCn, dateTimeCn } from '../lib/cn.js';
import type { BuiltDoc, Line, ManifestCitation } from '../lib/types.js';
import { LEADERS } from '../data/officers.js';
import { type Ctx, baseFacts, causeOf, cite, docNo, fineText, names, namesOnly, partyBlock } from './common.js';

export function filingApproval(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '立', 'filing-approval');
  const body: Line[] = [
    `案件来源：${s.register.source}`,
    `案由：${causeOf(c)}`,
    ...partyBlock(c, 'filing-approval'),
    { text: '简要案情：', gap: 0.5 },
    { text: `${dateCn(d.inspection)}，本局执法人员在对${s.party.name}进行现场检查时发现，${v.found}。该单位涉嫌${v.cause}，违反了安全生产法律法规的规定，依法应当给予行政处罚，符合立案条件。`, indent: true },
    { text: `承办人意见：建议立案调查，由${s.unit}${names(c.officers)}承办。`, gap: 0.5 },
    `承办人：${names(c.officers)}　${dateCn(d.filing!)}`,
    { text: `审核意见：同意立案。　审核人：${LEADERS.deputy}　${dateCn(d.filing!)}`, gap: 0.5 },
    { text: `审批意见：同意立案，由${s.unit}承办。　负责人：${LEADERS.director}`, gap: 0.5 },
    { text: `立案日期：${dateCn(d.filing!)}`, gap: 0.5 },
  ];
  return {
    title: '立案审批表',
    number: no.text,
    pages: [body],
    label: '立案审批表',
    date: d.filing,
    facts: baseFacts('filing-approval', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: d.filing, officers: namesOnly(c.officers),
    }),
  };
}

export function extensionApproval(c: Ctx): BuiltDoc {
  const { s } = c;
  const d = s.dates;
  const ext = d.extension!;
  const no = docNo(c, '延', 'extension-approval');
  const body: Line[] = [
    `案由：${causeOf(c)}`,
    `当事人：${s.party.name}`,
    `立案时间：${dateCn(d.filing!)}`,
    { text: '申请延期理由：', gap: 0.5 },
    { text: '本案涉及重大危险源的辨识和评估，需委托有资质的机构对储罐区进行检测评估，检测评估结论是认定违法事实和裁量的重要依据，无法在立案之日起三十日内作出行政处罚决定。', indent: true },
    `申请延长期限：延长至${dateCn(ext.until)}`,
    { text: `承办人：${names(c.officers)}　${dateCn(addDays(ext.date, -1))}`, gap: 0.5 },
    { text: `审核意见：情况属实，同意延期。　审核人：${LEADERS.deputy}`, gap: 0.5 },
    { text: `审批意见：同意延期。　负责人：${LEADERS.director}`, gap: 0.5 },
    `审批时间：${dateCn(ext.date)}`,
  ];
  return {
    title: '案件延期审批表',
    number: no.text,
    pages: [body],
    label: '案件延期审批表',
    date: ext.date,
    facts: baseFacts('extension-approval', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: ext.date, officers: namesOnly(c.officers),
    }),
  };
}

export function legalReview(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const date = s.dates.legalReview!;
  const no = docNo(c, '法审', 'legal-review');
  const cites: ManifestCitation[] = [];
  const violated = cite(v.violated, cites);
  const penalty = cite(v.penalty, cites);
  const body: Line[] = [
    `案由：${causeOf(c)}`,
    `当事人：${s.party.name}`,
    `承办机构：${s.unit}　承办人：${names(c.officers)}`,
    `拟处理意见：罚款${fineText(s.fine)}`,
    { text: '审核情况：', gap: 0.5 },
    { text: '1. 执法主体：本局对本行政区域内安全生产工作实施综合监督管理，执法主体合法，执法人员均持有有效行政执法证件。', indent: true },
    { text: '2. 事实证据：违法事实清楚，现场检查记录、询问笔录、书证等证据确实充分。', indent: true },
    { text: `3. 法律适用：当事人行为违反${violated}的规定，依据${penalty}的规定处罚，适用法律正确。`, indent: true },
    { text: '4. 程序：已依法立案、调查取证，已告知当事人陈述、申辩和听证权利，程序合法。', indent: true },
    { text: '5. 裁量：拟处罚款在法定幅度内，符合本局自由裁量基准。', indent: true },
    { text: '审核意见：同意承办机构的处理意见。', gap: 0.5 },
    { text: `审核人：${LEADERS.legal}`, gap: 0.5 },
    `审核日期：${dateCn(date)}`,
  ];
  return {
    title: '法制审核意见书',
    number: no.text,
    pages: [body],
    label: '法制审核意见书',
    date,
    facts: baseFacts('legal-review', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: date, fine: s.fine,
      officers: namesOnly(c.officers), citations: cites,
    }),
  };
}

export function collectiveDiscussion(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const date = s.dates.collective!;
  const no = docNo(c, '罚集', 'collective-discussion');
  const body: Line[] = [
    `讨论时间：${dateTimeCn(date, '09:00')}至10时20分`,
    '讨论地点：射阳县应急管理局三楼会议室',
    `主持人：${LEADERS.director}（局长）`,
    `参加人员：${LEADERS.deputy}、${LEADERS.legal}、王国庆、陆海燕`,
    `列席人员：${names(c.officers)}（承办人）`,
    `记录人：${LEADERS.archivist}`,
    `讨论案件：${causeOf(c)}`,
    { text: `承办人汇报：${v.found}。当事人的行为违反了安全生产法律法规的规定，已依法告知当事人陈述、申辩和听证权利，${s.dates.hearing ? `当事人要求听证，本局已于${dateCn(s.dates.hearing.held)}举行听证。` : '当事人在法定期限内未要求听证。'}承办人建议给予罚款${fineText(s.fine)}的行政处罚。`, indent: true, gap: 0.5 },
    { text: `讨论意见：${LEADERS.deputy}：事实清楚，证据充分，同意承办人意见。${LEADERS.legal}：${s.dates.legalReview ? '本案已经法制审核，' : ''}适用法律正确，程序合法，同意。王国庆、陆海燕：同意。`, indent: true },
    { text: `讨论决定：经集体讨论，决定给予${s.party.name}罚款${fineText(s.fine)}的行政处罚。`, indent: true },
    { text: `参加人员（签名）：${LEADERS.director}　${LEADERS.deputy}　${LEADERS.legal}　王国庆　陆海燕`, gap: 1 },
  ];
  return {
    title: '集体讨论记录',
    number: no.text,
    pages: [body],
    label: '集体讨论记录',
    date,
    facts: baseFacts('collective-discussion', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: date, fine: s.fine, officers: namesOnly(c.officers),
    }),
  };
}

export function caseApproval(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const date = s.dates.caseApproval!;
  const no = docNo(c, '处呈', 'case-approval');
  const cites: ManifestCitation[] = [];
  const penalty = cite(v.penalty, cites);
  const body: Line[] = [
    `案由：${causeOf(c)}`,
    ...partyBlock(c, 'case-approval'),
    { text: '主要违法事实：', gap: 0.5 },
    { text: `${v.found}。`, indent: true },
    { text: `承办人意见：建议依据${penalty}的规定，给予当事人罚款${fineText(s.fine)}的行政处罚。`, gap: 0.5 },
    `承办人：${names(c.officers)}　${dateCn(date)}`,
    { text: `审核意见：同意承办人意见。　审核人：${LEADERS.deputy}　${dateCn(date)}`, gap: 0.5 },
    { text: `审批意见：同意。　负责人：${LEADERS.director}`, gap: 0.5 },
    `审批时间：${dateCn(date)}`,
  ];
  return {
    title: '案件处理呈批表',
    number: no.text,
    pages: [body],
    label: '案件处理呈批表',
    date,
    facts: baseFacts('case-approval', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: date, fine: s.fine, officers: namesOnly(c.officers), citations: cites,
    }),
  };
}

export function closingApproval(c: Ctx): BuiltDoc {
  const { s } = c;
  const d = s.dates;
  const date = d.closing!;
  const no = docNo(c, '结', 'closing-approval');
  const noPenalty = s.procedure === 'no-penalty';
  const decision = noPenalty ? docNo(c, '不罚', 'no-penalty-decision') : docNo(c, '罚', 'penalty-decision');
  const rect = d.rectification ? `当事人已于${dateCn(d.rectification.review)}前完成整改，经复查合格。` : '当事人已落实整改措施。';
  const body: Line[] = [
    `案由：${causeOf(c)}`,
    `当事人：${s.party.name}`,
    `${noPenalty ? '不予行政处罚决定书文号' : '处罚决定书文号'}：${decision.text}`,
    noPenalty ? '处理结果：不予行政处罚' : `处罚决定：罚款${fineText(s.fine)}`,
    { text: noPenalty ? `执行情况：不予行政处罚决定书已于${dateCn(d.decisionServed!)}送达当事人。${rect}` : `执行情况：当事人已于${dateCn(d.payment)}缴纳罚款。${rect}`, gap: 0.5 },
    { text: `承办人意见：本案行政处罚决定已执行完毕，建议结案。　承办人：${names(c.officers)}`, gap: 0.5 },
    { text: `审核意见：同意结案。　审核人：${LEADERS.deputy}`, gap: 0.5 },
    { text: `审批意见：同意结案。　负责人：${LEADERS.director}`, gap: 0.5 },
    `结案日期：${dateCn(date)}`,
  ];
  return {
    title: '结案审批表',
    number: no.text,
    pages: [body],
    label: '结案审批表',
    date,
    facts: baseFacts('closing-approval', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: date, fine: noPenalty ? undefined : s.fine, officers: namesOnly(c.officers),
    }),
  };
}
