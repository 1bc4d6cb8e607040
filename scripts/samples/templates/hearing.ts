/**
 * A hearing the party asked for (行政处罚法 2021 arts. 63–65): its request (written by the party: no
 * officers), the 听证会通知书 at least 7 working days ahead, the 听证笔录 and the 听证会报告书.
 */
import { dateCn } from '../lib/cn.js';
import type { BuiltDoc, Line } from '../lib/types.js';
import { type Ctx, AGENCY_ADDRESS, baseFacts, causeOf, docNo, fineText, partyBlock, signature } from './common.js';

/** The hearing officer: not one of the case's investigators (art. 64 (四)). */
const CHAIR = '徐丽';
const CLERK = '杨帆';

export function hearingRequest(c: Ctx): BuiltDoc {
  const { s } = c;
  const h = s.dates.hearing!;
  const body: Line[] = [
    '射阳县应急管理局：',
    { text: `我单位于${dateCn(s.dates.noticeServed!)}收到贵局听证告知书，对拟作出的罚款${fineText(s.fine)}的行政处罚有异议，现要求举行听证。`, indent: true, gap: 0.5 },
    { text: `申请单位：${s.party.name}（盖章）`, gap: 1 },
    `申请日期：${dateCn(h.requested)}`,
  ];
  return { title: '听证申请书', number: '', pages: [body], label: '听证申请书', date: h.requested, facts: baseFacts('hearing-request', { keyDate: h.requested }) };
}

export function hearingMeetingNotice(c: Ctx): BuiltDoc {
  const { s } = c;
  const h = s.dates.hearing!;
  const no = docNo(c, '听通', 'hearing-meeting-notice');
  const body: Line[] = [
    `${s.party.name}：`,
    { text: `根据你单位的申请，本局定于${dateCn(h.held)}9时在${AGENCY_ADDRESS}本局三楼会议室举行听证会，听证主持人${CHAIR}，书记员${CLERK}。请你单位法定代表人或委托代理人准时参加；无正当理由不参加的，视为放弃听证权利。`, indent: true, gap: 0.5 },
    ...signature(c, h.notice),
  ];
  return {
    title: '听证会通知书', number: no.text, pages: [body], label: '听证会通知书', date: h.notice,
    facts: baseFacts('hearing-meeting-notice', { docNumber: no.text, caseRef: no.caseRef, keyDate: h.notice }),
  };
}

export function hearingRecord(c: Ctx): BuiltDoc {
  const { s } = c;
  const h = s.dates.hearing!;
  const body: Line[] = [
    `案由：${causeOf(c)}`,
    `听证时间：${dateCn(h.held)}9时00分至10时20分`,
    '听证地点：射阳县应急管理局三楼会议室',
    `听证主持人：${CHAIR}　书记员：${CLERK}`,
    `当事人：${s.party.name}　法定代表人：${s.party.rep.name}`,
    { text: '调查人员陈述了当事人违法的事实、证据和行政处罚建议；当事人进行了申辩和质证，认为其已积极整改，请求从轻处罚。', indent: true, gap: 0.5 },
    { text: '以上笔录已经当事人核对无误。', indent: true },
    { text: `当事人（签名）：${s.party.rep.name}`, gap: 1 },
  ];
  return { title: '听证笔录', number: '', pages: [body], label: '听证笔录', date: h.held, facts: baseFacts('hearing-record', { keyDate: h.held }) };
}

export function hearingReport(c: Ctx): BuiltDoc {
  const { s } = c;
  const h = s.dates.hearing!;
  const no = docNo(c, '听报', 'hearing-report');
  const body: Line[] = [
    ...partyBlock(c, 'hearing-report'),
    { text: `本局于${dateCn(h.held)}就${causeOf(c)}一案举行听证。当事人提出的申辩意见已经复核，其整改情况已在裁量中考虑，违法事实清楚，证据确凿。`, indent: true, gap: 0.5 },
    { text: `听证主持人意见：建议维持拟作出的罚款${fineText(s.fine)}的行政处罚。`, indent: true },
    { text: `听证主持人：${CHAIR}`, gap: 1 },
    { text: dateCn(h.report), align: 'right' },
  ];
  return {
    title: '听证会报告书', number: no.text, pages: [body], label: '听证会报告书', date: h.report,
    facts: baseFacts('hearing-report', { docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: h.report }),
  };
}
