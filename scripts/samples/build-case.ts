/**
 * Scenario → the documents of the case in archive order → the files of the case folder.
 * Which documents exist follows the law (REFERENCE.md §4) and the built-in thresholds: hearing notice
 * at ≥ 20,000 yuan, legal review and collective discussion at ≥ 50,000 (organisation). A scenario
 * removes documents only through `tweaks.omit`, so every absence is a declared defect.
 */
import type { BuiltDoc, DocumentType } from './lib/types.js';
import type { Scenario } from './data/scenario.js';
import { ctxOf, type Ctx } from './templates/common.js';
import {
  inquiryRecord, inspectionRecord, investigationReport, preservationDecision, preservationNotice, rectificationOrder,
  rectificationReview, statementRecord,
} from './templates/investigation.js';
import { caseApproval, closingApproval, collectiveDiscussion, extensionApproval, filingApproval, legalReview } from './templates/approvals.js';
import { hearingNotice, penaltyNotice } from './templates/notices.js';
import { onsiteDecision, penaltyDecision } from './templates/decisions.js';
import { paymentReceipt, serviceReceipt } from './templates/receipts.js';
import { noPenaltyDecision, transferLetter } from './templates/endings.js';
import { hearingMeetingNotice, hearingRecord, hearingReport, hearingRequest } from './templates/hearing.js';
import { archiveNote, contents, cover, partyIdentity } from './templates/archive.js';

export const HEARING_THRESHOLD = 20_000;
export const REVIEW_THRESHOLD_ORG = 50_000;

export interface FilePlan {
  /** path inside the case folder, `/` separators */
  name: string;
  kind: 'pdf' | 'docx' | 'scan';
  docs: BuiltDoc[];
}

function chronological(c: Ctx): BuiltDoc[] {
  const { s } = c;
  const d = s.dates;
  const omit = new Set<DocumentType>(s.tweaks?.omit ?? []);
  const out: BuiltDoc[] = [];
  const add = (type: DocumentType, make: () => BuiltDoc | BuiltDoc[]) => {
    if (omit.has(type)) return;
    const r = make();
    out.push(...(Array.isArray(r) ? r : [r]));
  };
  if (s.procedure === 'simple') {
    add('inspection-record', () => inspectionRecord(c));
    add('onsite-penalty-decision', () => onsiteDecision(c));
    add('payment-receipt', () => paymentReceipt(c));
    add('party-identity', () => partyIdentity(c));
    return out;
  }
  if (s.procedure === 'no-penalty' || s.procedure === 'transfer') {
    add('inspection-record', () => inspectionRecord(c));
    add('filing-approval', () => filingApproval(c));
    add('inquiry-record', () => s.interviews.map((iv, i) => inquiryRecord(c, iv, i)));
    add('party-identity', () => partyIdentity(c));
    add('investigation-report', () => investigationReport(c));
    if (s.procedure === 'transfer') {
      add('case-transfer', () => transferLetter(c));
      return out;
    }
    add('no-penalty-decision', () => noPenaltyDecision(c));
    add('service-receipt', () => serviceReceipt(c, 'no-penalty-decision'));
    add('closing-approval', () => closingApproval(c));
    return out;
  }
  const hearing = s.fine >= HEARING_THRESHOLD;
  if (d.preservation) add('preservation-notice', () => preservationNotice(c));
  if (d.rectification) add('rectification-order', () => rectificationOrder(c));
  add('inspection-record', () => inspectionRecord(c));
  add('filing-approval', () => filingApproval(c));
  add('inquiry-record', () => s.interviews.map((iv, i) => inquiryRecord(c, iv, i)));
  add('party-identity', () => partyIdentity(c));
  if (d.preservation) add('preservation-decision', () => preservationDecision(c));
  if (d.rectification) add('rectification-review', () => rectificationReview(c));
  add('investigation-report', () => investigationReport(c));
  if (d.extension) add('extension-approval', () => extensionApproval(c));
  add('penalty-notice', () => penaltyNotice(c));
  add('service-receipt', () => serviceReceipt(c, 'penalty-notice'));
  if (hearing && !omit.has('hearing-notice')) {
    add('hearing-notice', () => hearingNotice(c));
    add('service-receipt', () => serviceReceipt(c, 'hearing-notice'));
  }
  if (d.statement) add('statement-record', () => statementRecord(c, d.statement!));
  if (d.hearing) {
    add('hearing-request', () => hearingRequest(c));
    add('hearing-meeting-notice', () => hearingMeetingNotice(c));
    add('hearing-record', () => hearingRecord(c));
    add('hearing-report', () => hearingReport(c));
  }
  if (s.fine >= REVIEW_THRESHOLD_ORG) {
    add('legal-review', () => legalReview(c));
    add('collective-discussion', () => collectiveDiscussion(c));
  }
  add('case-approval', () => caseApproval(c));
  add('penalty-decision', () => penaltyDecision(c));
  add('service-receipt', () => serviceReceipt(c, 'penalty-decision'));
  add('payment-receipt', () => paymentReceipt(c));
  add('closing-approval', () => closingApproval(c));
  return out;
}

/** Decision-first archives put the decision, its receipt and the payment slip right after the contents. */
function ordered(c: Ctx, docs: BuiltDoc[]): BuiltDoc[] {
  if (c.s.layout.order !== 'decision-first') return docs;
  const first = docs.filter(
    (d) => d.facts.type === 'penalty-decision' || d.facts.type === 'payment-receipt' ||
      (d.facts.type === 'service-receipt' && d.facts.servedDocument === 'penalty-decision'),
  );
  return [...first, ...docs.filter((d) => !first.includes(d))];
}

/** All documents of the case in archive order, with cover, contents and 备考表 for general cases. */
export function caseDocuments(s: Scenario): BuiltDoc[] {
  const c = ctxOf(s);
  const body = ordered(c, chronological(c));
  if (s.procedure === 'simple') return body;
  // cover (1 page) + contents (1 page) + body + note (1 page): page numbers are known before rendering
  const bodyPages = body.reduce((n, d) => n + d.pages.length, 0);
  const total = bodyPages + 3;
  let page = 3;
  const entries = [
    { label: '卷宗封面', from: 1, to: 1 },
    { label: '卷内目录', from: 2, to: 2 },
    ...body.map((d) => {
      const e = { label: d.label, number: d.number, date: d.date, from: page, to: page + d.pages.length - 1 };
      page += d.pages.length;
      return e;
    }),
    { label: '备考表', date: s.dates.archived, from: total, to: total },
  ];
  return [cover(c, total), contents(entries), ...body, archiveNote(c, entries.length, total)];
}

function fileName(s: Scenario, d: BuiltDoc, index: number): string {
  const l = s.layout;
  if (d.facts.type === 'penalty-decision' && l.decisionNamedByNumber) return `${d.number} 行政处罚决定书.pdf`;
  switch (l.naming) {
    case 'numbered':
      return `${String(index + 1).padStart(2, '0')} ${d.label}.pdf`;
    case 'dated':
      return d.date ? `${d.date} ${d.label}.pdf` : `${d.label}.pdf`;
    case 'scan':
      return `scan_${String(index + 1).padStart(4, '0')}.pdf`;
    default:
      return `${d.label}.pdf`;
  }
}

/** How the case's documents are split into files. */
export function casePlan(s: Scenario): FilePlan[] {
  const docs = caseDocuments(s);
  const l = s.layout;
  if (l.naming === 'combined') return [{ name: l.combinedName!, kind: 'pdf', docs }];
  let docxDone = false;
  return docs.map((d, i) => {
    let name = fileName(s, d, i);
    let kind: FilePlan['kind'] = 'pdf';
    if (l.docxInquiry && !docxDone && d.facts.type === 'inquiry-record') {
      docxDone = true;
      kind = 'docx';
      name = '询问笔录.docx';
    }
    if (l.scanned === d.facts.type) kind = 'scan';
    if (l.subfolder?.types.includes(d.facts.type)) name = `${l.subfolder.name}/${name}`;
    return { name, kind, docs: [d] };
  });
}
