/**
 * 行政处罚决定书 (general procedure, two pages) and 行政（当场）处罚决定书 (simple procedure).
 * A decision quotes the statutory range of the penalty article ("处十万元以下的罚款") and the number
 * and date of the 告知书: both are traps for a reader looking for the fine, the decision's own number
 * or its date. The fine itself is printed in 大写 and 小写 on its own line.
 */
import { dateCn, dateTimeCn } from '../lib/cn.js';
import type { BuiltDoc, Line, ManifestCitation } from '../lib/types.js';
import { PENALTY_LAW } from '../data/laws.js';
import { type Ctx, baseFacts, cite, foundYou, docNo, fineText, officersText, partyBlock, partyName, signature } from './common.js';

const BANK = '江苏射阳农村商业银行股份有限公司各网点（通过江苏省非税收入统一缴款系统缴纳）';

function remedies(c: Ctx, onsite: boolean): string {
  if (c.countyReview) {
    return onsite
      ? '如不服本决定，应当自收到本决定书之日起六十日内先向射阳县人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。'
      : '如不服本处罚决定，可以在收到本决定书之日起六十日内向射阳县人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';
  }
  return '如不服本处罚决定，可以在收到本决定书之日起六十日内向射阳县人民政府或者盐城市应急管理局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';
}

/** late-payment clause: 行政处罚法 2021 art. 72 (1) (一); 2017 art. 51 (一) */
function latePayment(c: Ctx, cites: ManifestCitation[]): string {
  const basis = c.law2021
    ? cite({ law: PENALTY_LAW, article: 72, paragraph: 1, item: 1 }, cites)
    : cite({ law: PENALTY_LAW, article: 51, item: 1 }, cites);
  return `到期不缴纳罚款的，本局将依据${basis}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`;
}

export function penaltyDecision(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '罚', 'penalty-decision');
  const notice = docNo(c, '罚告', 'penalty-notice');
  const cites: ManifestCitation[] = [];
  let violated: string;
  let penalty: string;
  if (s.tweaks?.decisionImprecise) {
    violated = cite({ law: '安全生产法' }, cites);
    penalty = cite({ law: '安全生产法' }, cites) + '有关';
  } else {
    violated = cite(v.violated, cites);
    penalty = `${cite(v.penalty, cites)}“${v.range}”`;
  }
  const hearing = s.fine >= 20_000 && !s.tweaks?.omit?.includes('hearing-notice') ? '、要求听证' : '';
  const reply = d.hearing
    ? `你单位在规定期限内要求举行听证，本局于${dateCn(d.hearing.held)}依法举行了听证会，对你单位的申辩意见进行了复核。`
    : d.statement
    ? '你单位在规定期限内提出了陈述、申辩，本局进行了复核，对你单位积极整改的情节在裁量时予以考虑。'
    : `你单位在规定期限内未提出陈述、申辩${hearing ? '和听证要求' : ''}。`;
  const evidence = ['现场检查记录', '询问笔录', '营业执照复印件', ...v.evidence];
  const page1: Line[] = [
    ...partyBlock(c, 'penalty-decision'),
    { text: `${dateCn(d.inspection)}，本局执法人员在对你单位进行现场检查时发现你单位涉嫌${v.cause}，本局于${dateCn(d.filing!)}依法立案调查。`, indent: true, gap: 0.5 },
    { text: `经查明，${foundYou(c)}。`, indent: true },
    { text: `以上事实有下列证据证实：${evidence.map((e, i) => `${i + 1}. ${e}`).join('；')}。`, indent: true },
    { text: `本局于${dateCn(d.noticeServed!)}向你单位送达了《行政处罚告知书》（${notice.text}），告知你单位拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩${hearing}等权利。${reply}`, indent: true },
    { text: `你单位的上述行为违反了${violated}的规定。依据${penalty}的规定，本局决定给予你单位以下行政处罚：`, indent: true },
    { text: `罚款${fineText(s.fine)}。`, indent: true },
    { text: `执法人员：${officersText(c.officers)}`, gap: 0.5 },
  ];
  const page2: Line[] = [
    { text: `罚款自收到本决定书之日起十五日内缴至${BANK}。${latePayment(c, cites)}`, indent: true },
    { text: remedies(c, false), indent: true },
    { text: '行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本局将依法申请人民法院强制执行。', indent: true },
    ...signature(c, d.decision),
  ];
  return {
    title: '行政处罚决定书',
    number: no.text,
    pages: [page1, page2],
    label: '行政处罚决定书',
    date: d.decision,
    facts: baseFacts('penalty-decision', {
      docNumber: no.text, caseRef: no.caseRef, party: partyName(c, 'penalty-decision'), creditCode: s.party.creditCode,
      keyDate: d.decision, fine: s.fine, officers: c.officers, citations: cites,
    }),
  };
}

export function onsiteDecision(c: Ctx): BuiltDoc {
  const { s, v } = c;
  const d = s.dates;
  const no = docNo(c, '简罚', 'onsite-penalty-decision');
  const cites: ManifestCitation[] = [];
  const violated = cite(v.violated, cites);
  const penalty = cite(v.penalty, cites);
  const simple = c.law2021 ? cite({ law: PENALTY_LAW, article: 51 }, cites) : cite({ law: PENALTY_LAW, article: 33 }, cites);
  const body: Line[] = [
    ...partyBlock(c, 'onsite-penalty-decision'),
    { text: `违法事实：${dateTimeCn(d.inspection, d.inspectionTime[0])}，执法人员在现场检查时发现，${foundYou(c)}。以上事实有现场检查记录、现场照片为证。`, indent: true, gap: 0.5 },
    { text: `你单位的上述行为违反了${violated}的规定，依据${penalty}和${simple}的规定，决定给予你单位罚款${fineText(s.fine)}的行政处罚。`, indent: true },
    { text: '执法人员已当场告知你单位作出行政处罚的事实、理由和依据，并告知你单位依法享有陈述、申辩的权利。你单位未提出陈述、申辩。', indent: true },
    { text: `罚款自收到本决定书之日起十五日内缴至${BANK}。${latePayment(c, cites)}`, indent: true },
    { text: remedies(c, true), indent: true },
    { text: `执法人员：${officersText(c.officers)}`, gap: 0.5 },
    `当事人（签名）：${s.party.rep.name}　${dateCn(d.decision)}`,
    ...signature(c, d.decision),
  ];
  return {
    title: '行政（当场）处罚决定书',
    number: no.text,
    pages: [body],
    label: '行政（当场）处罚决定书',
    date: d.decision,
    facts: baseFacts('onsite-penalty-decision', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, creditCode: s.party.creditCode,
      keyDate: d.decision, fine: s.fine, officers: c.officers, citations: cites,
    }),
  };
}
