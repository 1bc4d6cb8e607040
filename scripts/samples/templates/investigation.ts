/**
 * Investigation-stage documents: 现场检查记录, 询问笔录, 陈述申辩笔录, 案件调查终结报告,
 * 责令限期整改指令书, 整改复查意见书, 先行登记保存证据通知书/处理决定书.
 */
import { dateCn, dateTimeCn } from '../lib/cn.js';
import type { BuiltDoc, Line, ManifestCitation } from '../lib/types.js';
import { PENALTY_LAW } from '../data/laws.js';
import type { Interview } from '../data/scenario.js';
import {
  type Ctx, baseFacts, causeOf, cite, foundYou, docNo, fineText, names, namesOnly, officersText, partyBlock, signature, signDate,
} from './common.js';

export function inspectionRecord(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const officers = s.tweaks?.inspectionOfficers ?? c.officers;
  const lead = s.interviews[0]?.person ?? s.party.rep;
  const body: Line[] = [
    ...partyBlock(c, 'inspection-record', '被检查单位'),
    `检查场所：${s.place}`,
    `检查时间：${dateTimeCn(d.inspection, d.inspectionTime[0])}至${d.inspectionTime[1].replace(':', '时')}分`,
    `检查人员：${officersText(officers)}`,
    `现场负责人：${lead.name}　职务：${lead.title}`,
    { text: '检查情况：', gap: 0.5 },
    { text: `执法人员出示执法证件、表明身份、说明来意后，在${lead.name}的陪同下，依法对该单位${s.place}进行了现场检查，情况如下：`, indent: true },
    { text: `1. ${v.found}。`, indent: true },
    { text: '2. 该单位已制定安全生产责任制文件，主要负责人和安全生产管理人员已取得安全生产知识和管理能力考核合格证明。', indent: true },
    { text: '3. 其他检查部位未发现明显事故隐患。', indent: true },
    { text: '以上情况经现场负责人确认无误。', indent: true },
    { text: `现场负责人（签名）：${lead.name}`, gap: 1 },
    `检查人员（签名）：${names(officers)}`,
    { text: dateCn(d.inspection), align: 'right', gap: 0.5 },
  ];
  return {
    title: '现场检查记录',
    pages: [body],
    label: '现场检查记录',
    date: d.inspection,
    facts: baseFacts('inspection-record', {
      party: s.party.name, creditCode: s.party.creditCode, keyDate: d.inspection, officers,
    }),
  };
}

export function inquiryRecord(c: Ctx, iv: Interview, index: number): BuiltDoc {
  const { s, v } = c;
  const p = iv.person;
  const tw = s.tweaks?.inquiryOfficers;
  const asker = tw?.asker ?? c.officers[index % 2];
  const recorder = tw?.recorder ?? c.officers[(index + 1) % 2];
  const officers = asker.name === recorder.name ? [asker] : [asker, recorder];
  const cert = (o: { certificate?: string }) => (o.certificate ? `　执法证号：${o.certificate}` : '');
  const isRep = p.name === s.party.rep.name;
  const page1: Line[] = [
    `询问时间：${dateTimeCn(iv.date, iv.time[0])}至${iv.time[1].replace(':', '时')}分`,
    `询问地点：${iv.place}`,
    `询问人：${asker.name}${cert(asker)}`,
    `记录人：${recorder.name}${cert(recorder)}`,
    `被询问人：${p.name}　性别：${p.sex}　年龄：${p.age}岁`,
    `身份证号：${p.idNumber}`,
    `工作单位：${s.party.name}　职务：${p.title}`,
    `联系电话：${p.phone}　住址：${p.address}`,
    { text: `问：我们是射阳县应急管理局的执法人员${officers.map((o) => o.name).join('、')}，这是我们的执法证件（出示证件）。现依法就${causeOf(c)}向你了解情况，你应当如实回答，有陈述和申辩的权利，对与本案无关的问题有权拒绝回答。如果认为执法人员与本案有利害关系，可能影响公正办案，你可以申请回避。你是否申请回避？`, gap: 0.5 },
    '答：不申请回避。',
    '问：请介绍一下你单位的基本情况。',
    `答：我单位成立于${dateCn(s.party.founded)}，${s.party.repTitle}是${s.party.rep.name}，主要从事${s.party.scope.split('；')[0]}，现有从业人员${s.party.staff}人。`,
    '问：你在单位担任什么职务？负责哪些工作？',
    `答：我是${p.title}，${isRep ? '全面负责公司的生产经营和安全生产工作' : '负责公司日常安全生产管理工作'}。`,
    `问：${dateCn(s.dates.inspection)}，我局执法人员对你单位进行现场检查时发现，${foundYou(c)}。这一情况是否属实？`,
    `答：${v.admission}`,
    { text: `被询问人（签名）：${p.name}`, align: 'right', gap: 0.5 },
  ];
  const page2: Line[] = [
    '问：你单位为什么会出现上述问题？',
    '答：主要是我们对安全生产法律法规学习不够，思想上不够重视，管理上有漏洞。',
    '问：你单位对检查发现的问题是否已经整改？',
    `答：我们已经按照你们的要求在整改，具体是${v.fix}。`,
    '问：你还有什么需要补充说明的吗？',
    '答：没有了。我们以后一定加强安全管理，认真落实整改措施。',
    '问：以上笔录请你核对，如记录有误可以更正或者补充；如无误请逐页签名。',
    '答：以上笔录我已看过，和我说的一致。',
    { text: `被询问人（签名）：${p.name}　${dateCn(iv.date)}`, gap: 1.5 },
    `询问人（签名）：${asker.name}`,
    `记录人（签名）：${recorder.name}`,
  ];
  return {
    title: '询问笔录',
    pages: [page1, page2],
    label: `询问笔录（${p.name}）`,
    date: iv.date,
    facts: baseFacts('inquiry-record', { party: s.party.name, keyDate: iv.date, officers }),
  };
}

export function statementRecord(c: Ctx, date: string): BuiltDoc {
  const { s } = c;
  const p = s.party.rep;
  const body: Line[] = [
    `时间：${dateTimeCn(date, '09:30')}至10时10分`,
    '地点：射阳县应急管理局询问室',
    `陈述申辩人：${p.name}　职务：${s.party.repTitle}`,
    `工作单位：${s.party.name}`,
    `承办人：${officersText(c.officers)}`,
    `记录人：${c.officers[1].name}`,
    { text: '陈述申辩内容：', gap: 0.5 },
    { text: `我单位已收到射阳县应急管理局的行政处罚告知书，对认定的违法事实没有异议。检查发现问题以后，我们立即组织整改，${s.statementText ?? '目前已经全部整改到位'}。公司近两年经营困难，恳请执法机关考虑我单位积极整改的态度，依法从轻处罚。`, indent: true },
    { text: '承办人意见：当事人对违法事实无异议，其提出的积极整改情节属实，已在裁量时予以考虑；其他理由不属于法定从轻、减轻情形，不予采纳。', indent: true, gap: 0.5 },
    { text: `陈述申辩人（签名）：${p.name}`, gap: 1 },
    `承办人（签名）：${names(c.officers)}`,
    { text: dateCn(date), align: 'right', gap: 0.5 },
  ];
  return {
    title: '陈述申辩笔录',
    pages: [body],
    label: '陈述申辩笔录',
    date,
    facts: baseFacts('statement-record', { party: s.party.name, keyDate: date, officers: c.officers }),
  };
}

export function investigationReport(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '终报', 'investigation-report');
  const cites: ManifestCitation[] = [];
  const violated = cite(v.violated, cites);
  const penalty = cite(v.penalty, cites);
  const evidence = ['现场检查记录1份', `询问笔录${s.interviews.length}份`, '营业执照复印件及法定代表人身份证明', ...v.evidence];
  const page1: Line[] = [
    `案由：${causeOf(c)}`,
    ...partyBlock(c, 'investigation-report'),
    `案件来源：${s.register.source}`,
    { text: '一、调查经过', gap: 0.5 },
    { text: `${dateCn(d.inspection)}，本局执法人员在对${s.party.name}进行现场检查时发现其涉嫌${v.cause}。经本局负责人批准，于${dateCn(d.filing!)}立案调查。承办人员依法制作了现场检查记录，对${s.interviews.map((i) => i.person.name).join('、')}进行了询问，调取了相关书证，查清了案件事实。`, indent: true },
    { text: '二、违法事实', gap: 0.3 },
    { text: `经调查查明：${v.found}。`, indent: true },
    { text: '三、相关证据', gap: 0.3 },
    ...evidence.map((e, i) => ({ text: `${i + 1}. ${e}；`, indent: true })),
    { text: '上述证据收集程序合法，内容客观真实，能够相互印证，足以认定违法事实。', indent: true },
  ];
  const page2: Line[] = [
    '四、违法性质及法律依据',
    { text: `当事人的上述行为违反了${violated}的规定，依据${penalty}的规定，应当予以行政处罚。`, indent: true },
    { text: '五、处理建议', gap: 0.3 },
    {
      text:
        s.procedure === 'no-penalty'
          ? '当事人系初次违法，危害后果轻微，并已在检查当日及时改正，建议依法不予行政处罚。'
          : s.procedure === 'transfer'
            ? '当事人的行为已造成一名作业人员受伤，涉嫌重大责任事故罪，建议将本案移送公安机关依法处理。'
            : `当事人违法事实清楚，证据确凿。鉴于当事人在调查中如实陈述违法事实，并积极落实整改，根据本局安全生产行政处罚自由裁量基准，建议对当事人作出罚款${fineText(s.fine)}的行政处罚。`,
      indent: true,
    },
    { text: '以上意见妥否，请审核。', indent: true },
    { text: `承办人：${names(c.officers)}`, gap: 1.5 },
    { text: dateCn(d.report!), align: 'right' },
  ];
  return {
    title: '案件调查终结报告',
    number: no.text,
    pages: [page1, page2],
    label: '案件调查终结报告',
    date: d.report,
    facts: baseFacts('investigation-report', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: d.report, fine: s.fine > 0 ? s.fine : undefined, officers: namesOnly(c.officers), citations: cites,
    }),
  };
}

export function rectificationOrder(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const r = s.dates.rectification!;
  const no = docNo(c, '整改', 'rectification-order');
  const lead = s.interviews[0]?.person ?? s.party.rep;
  const remedy = c.countyReview ? '射阳县人民政府' : '射阳县人民政府或者盐城市应急管理局';
  const body: Line[] = [
    `被检查单位：${s.party.name}`,
    { text: '经查，你单位存在下列问题：', indent: true, gap: 0.5 },
    { text: `1. ${c.v.found.replace(/^该单位/, '')}。`, indent: true },
    { text: `现责令你单位于${dateCn(r.deadline)}前整改完毕：${v.fix}，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。`, indent: true },
    { text: '整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，本局将依法予以行政处罚。', indent: true },
    { text: `如果不服本指令，可以依法在六十日内向${remedy}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼，但本指令不停止执行，法律另有规定的除外。`, indent: true },
    { text: `执法人员：${officersText(c.officers)}`, gap: 0.5 },
    `被检查单位负责人（签名）：${lead.name}　${dateCn(r.order)}`,
    ...signature(c, r.order),
  ];
  return {
    title: '责令限期整改指令书',
    number: no.text,
    pages: [body],
    label: '责令限期整改指令书',
    date: r.order,
    facts: baseFacts('rectification-order', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: r.order, officers: c.officers,
    }),
  };
}

export function rectificationReview(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const r = s.dates.rectification!;
  const no = docNo(c, '复查', 'rectification-review');
  const order = docNo(c, '整改', 'rectification-order');
  const lead = s.interviews[0]?.person ?? s.party.rep;
  const body: Line[] = [
    `被复查单位：${s.party.name}`,
    { text: `本局于${dateCn(r.order)}作出了《责令限期整改指令书》（${order.text}），经对你单位整改情况进行复查，提出如下意见：`, indent: true, gap: 0.5 },
    { text: `你单位已按照要求完成整改：${v.fix}。经现场复查，整改情况符合要求。`, indent: true },
    `复查时间：${dateCn(r.review)}`,
    `执法人员：${officersText(c.officers)}`,
    `被复查单位负责人（签名）：${lead.name}`,
    ...signature(c, r.review),
  ];
  return {
    title: '整改复查意见书',
    number: no.text,
    pages: [body],
    label: '整改复查意见书',
    date: r.review,
    facts: baseFacts('rectification-review', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: r.review, officers: c.officers,
    }),
  };
}

export function preservationNotice(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const pr = s.dates.preservation!;
  const no = docNo(c, '先保', 'preservation-notice');
  const cites: ManifestCitation[] = [];
  const basis = cite({ law: PENALTY_LAW, article: 56 }, cites);
  const body: Line[] = [
    ...partyBlock(c, 'preservation-notice'),
    { text: `因你单位涉嫌${v.cause}，在证据可能灭失或者以后难以取得的情况下，经本局负责人批准，根据${basis}的规定，本局决定对你单位的下列物品予以先行登记保存，保存期限为七日。在此期间，你单位或者有关人员不得损毁、销毁或者转移证据。`, indent: true, gap: 0.5 },
    '先行登记保存物品清单：',
    ...pr.items.map((it, i) => ({ text: `${i + 1}. ${it}`, indent: true })),
    '保存方式：就地封存，由当事人负责保管。',
    `执法人员：${officersText(c.officers)}`,
    `当事人（签名）：${s.party.rep.name}　${dateCn(pr.notice)}`,
    ...signature(c, pr.notice),
  ];
  return {
    title: '先行登记保存证据通知书',
    number: no.text,
    pages: [body],
    label: '先行登记保存证据通知书',
    date: pr.notice,
    facts: baseFacts('preservation-notice', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: pr.notice, officers: c.officers, citations: cites,
    }),
  };
}

export function preservationDecision(c: Ctx): BuiltDoc {
  const { s } = c;
  const pr = s.dates.preservation!;
  const no = docNo(c, '先处', 'preservation-decision');
  const notice = docNo(c, '先保', 'preservation-notice');
  const cites: ManifestCitation[] = [];
  const basis = cite({ law: PENALTY_LAW, article: 56 }, cites);
  const body: Line[] = [
    `当事人：${s.party.name}`,
    { text: `本局于${dateCn(pr.notice)}以${notice.text}通知书对你单位的有关物品采取了先行登记保存措施。根据${basis}的规定，现作出如下处理决定：`, indent: true, gap: 0.5 },
    { text: '1. 对已先行登记保存的记录资料予以复制、拍照留存作为证据后，解除先行登记保存，原物退还当事人；', indent: true },
    { text: '2. 对已先行登记保存的设备设施解除封存，由当事人在落实整改措施后恢复使用。', indent: true },
    `执法人员：${officersText(c.officers)}`,
    `当事人（签名）：${s.party.rep.name}　${dateCn(pr.decision)}`,
    ...signature(c, pr.decision),
  ];
  return {
    title: '先行登记保存证据处理决定书',
    number: no.text,
    pages: [body],
    label: '先行登记保存证据处理决定书',
    date: pr.decision,
    facts: baseFacts('preservation-decision', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: pr.decision, officers: c.officers, citations: cites,
    }),
  };
}

export { signDate };
