/**
 * 文书送达回执 and the payment slip (非税收入一般缴款书 / 罚款缴纳凭证). A receipt has no number of its
 * own: the number it prints is the served document's, which is how a reviewer ties it to the case.
 */
import { dateCn } from '../lib/cn.js';
import type { BuiltDoc, DocumentType, Line } from '../lib/types.js';
import { type Ctx, baseFacts, docNo, fineText, names, namesOnly } from './common.js';

const SERVED: Partial<Record<DocumentType, { title: string; cls: string }>> = {
  'penalty-notice': { title: '行政处罚告知书', cls: '罚告' },
  'hearing-notice': { title: '听证告知书', cls: '听告' },
  'penalty-decision': { title: '行政处罚决定书', cls: '罚' },
  'no-penalty-decision': { title: '不予行政处罚决定书', cls: '不罚' },
};

export function serviceReceipt(c: Ctx, served: 'penalty-notice' | 'hearing-notice' | 'penalty-decision' | 'no-penalty-decision'): BuiltDoc {
  const { s } = c;
  const d = s.dates;
  const what = SERVED[served]!;
  const wrongSerial = served === 'penalty-decision' ? s.tweaks?.decisionReceiptSerial : undefined;
  const no = docNo(c, what.cls, served, wrongSerial);
  const date = served === 'penalty-decision' || served === 'no-penalty-decision' ? d.decisionServed! : d.noticeServed!;
  const body: Line[] = [
    `送达文书名称及文号：${what.title}${no.text}`,
    `受送达人：${s.party.name}`,
    `送达时间：${dateCn(date)}`,
    `送达地点：${s.party.address}`,
    '送达方式：直接送达',
    { text: `收件人（签名）：${s.party.rep.name}　${dateCn(date)}`, gap: 1 },
    { text: `送达人：${names(c.officers)}`, gap: 0.5 },
    '见证人：／',
    '备注：／',
  ];
  return {
    title: '文书送达回执',
    pages: [body],
    label: `送达回执（${what.title}）`,
    date,
    facts: baseFacts('service-receipt', {
      docNumber: no.text, caseRef: no.caseRef, party: s.party.name, keyDate: date, officers: namesOnly(c.officers), servedDocument: served,
    }),
  };
}

export function paymentReceipt(c: Ctx): BuiltDoc {
  const { s } = c;
  const date = s.dates.payment;
  const paid = s.tweaks?.paidAmount ?? s.fine;
  const decision = s.procedure === 'simple' ? docNo(c, '简罚', 'onsite-penalty-decision') : docNo(c, '罚', 'penalty-decision');
  const title = s.paymentForm ?? '非税收入一般缴款书';
  const body: Line[] = [
    `缴款日期：${dateCn(date)}`,
    `缴款人：${s.party.name}`,
    `缴款人账号：6228 4801 ${String(s.serial).padStart(4, '0')} ${s.year} ${String(s.fine % 997).padStart(3, '0')}`,
    '执收单位：射阳县应急管理局',
    '执收单位编码：302015',
    '项目名称：一般罚没收入（安全生产罚款）',
    `处罚决定书文号：${decision.text}`,
    `金额：${fineText(paid).replace(/（¥(\d+)元）/, '（¥$1.00）')}`,
    '收款银行：江苏射阳农村商业银行股份有限公司营业部',
    '收款账号：3209 2400 0180 0000 1234',
    { text: '（本缴款书经收款银行盖章后有效）', gap: 0.5 },
  ];
  return {
    title,
    pages: [body],
    label: title === '罚款缴纳凭证' ? '罚款缴纳凭证' : '非税收入一般缴款书',
    date,
    facts: baseFacts('payment-receipt', {
      docNumber: decision.text, caseRef: decision.caseRef, party: s.party.name, keyDate: date, fine: paid,
    }),
  };
}
