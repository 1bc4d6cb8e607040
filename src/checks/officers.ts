import type { DocumentType } from '../model/document.js';
import type { CaseDocument } from '../model/document.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import { docName, docNameEn, type Check, type RawFinding } from './context.js';

/** Records made by officers in person: each must name at least two, with certificate numbers (行政处罚法 art. 42, 55). */
export const OFFICER_RECORDS: DocumentType[] = ['inspection-record', 'inquiry-record', 'preservation-notice', 'rectification-review', 'statement-record'];
/**
 * Records of investigation and inspection, where officers must show their certificates to the party (行政处罚法
 * 2021 art. 55 ¶1): the record names the numbers. A 陈述申辩笔录 hears the party after the investigation;
 * the law asks no certificate there, so a number it does not print is no defect.
 */
const CERTIFICATE_RECORDS: DocumentType[] = ['inspection-record', 'inquiry-record', 'preservation-notice', 'rectification-review'];

/**
 * Documents the party writes (陈述申辩书, 放弃陈述申辩声明, 听证申请书): they name no officers, and the
 * two-officer rule (行政处罚法 2021 art. 42 ¶1; 2017 art. 37) binds the agency's records, not them.
 */
export const PARTY_WRITTEN: DocumentType[] = ['statement-letter', 'hearing-request'];

/**
 * Whether a document is the party's own writing. statement-record also carries the titles 陈述申辩书 and
 * 放弃陈述申辩声明 (documents.yaml): only one whose title or file name says 笔录 was taken by officers.
 */
export function isPartyWritten(doc: CaseDocument): boolean {
  if (PARTY_WRITTEN.includes(doc.type)) return true;
  return doc.type === 'statement-record' && !doc.evidence.replace(/\s+/g, '').includes('笔录');
}

/** Documents whose named officers are checked against the roster: records and decisions. */
const ROSTER_CHECKED: DocumentType[] = [...OFFICER_RECORDS, 'penalty-decision', 'onsite-penalty-decision', 'preservation-decision', 'rectification-order'];

/** A certificate number after its prefix (执法证号：32090019001): counted to tell "none printed" from "not paired". */
// 身份证号 (the interviewee's ID card) is not a certificate.
const CERT_NUMBER_RE = /(?<!身份)(?:执法证|证件|证号)[^\n\d]{0,6}?[:：]?\s*[0-9A-Za-z][0-9A-Za-z-]{4,18}[0-9A-Za-z]/g;

export const officersCheck: Check = {
  id: 'officers',
  run(ctx) {
    const { kase, ruleset, emit, roster } = ctx;
    if (roster) checkRoster(kase.documents, roster, ruleset, emit);
    for (const doc of kase.documents) {
      if (!OFFICER_RECORDS.includes(doc.type) || doc.unread) continue;
      if (isPartyWritten(doc)) {
        // Told apart by its title: 陈述申辩书 is the party's. Without a title it could be either.
        if (doc.by !== 'title') {
          ctx.review({
            check: `officers:${doc.type}`,
            rule: 'officers-fewer-than-two',
            file: doc.file,
            messageId: 'whoseRecord',
            data: { evidence: doc.evidence },
          });
        }
        continue;
      }
      const officers = doc.fields.officers;
      const key = doc.type;
      const name = docName(ruleset, doc.type);
      const nameEn = docNameEn(ruleset, doc.type);
      const printedNumbers = new Set([...(kase.text.get(doc) ?? '').matchAll(CERT_NUMBER_RE)].map((m) => m[0].replace(/^\D+/, ''))).size;
      const names = officers.map((o) => o.name).join('、');
      const review = (rule: string, messageId: string, data: Record<string, unknown> = {}) =>
        ctx.review({ check: 'officers', rule, messageId, data: { name, nameEn, names, ...data }, file: doc.file, page: doc.pages?.[0] });
      // A veto needs positive evidence: officer labels were read and name one person only, and the text
      // prints no second certificate number that the names could not be paired with.
      if (officers.length < 2) {
        if (!doc.fields.officerLabels) {
          review('officers-fewer-than-two', 'noLabel');
        } else if (officers.length === 0) {
          review('officers-fewer-than-two', 'noNames');
        } else if (doc.fields.officersUnread?.length) {
          review('officers-fewer-than-two', 'unread', { unread: doc.fields.officersUnread.join('、') });
        } else if (printedNumbers >= 2) {
          review('officers-fewer-than-two', 'unpaired', { numbers: printedNumbers });
        } else {
          emit({ rule: 'officers-fewer-than-two', messageId: 'fewer', data: { document: key, name, count: officers.length, names: officers.map((o) => o.name).join('、') }, file: doc.file, page: officers[0]?.page });
        }
      }
      const without = officers.filter((o) => !o.certificate);
      if (without.length === 0 || !CERTIFICATE_RECORDS.includes(doc.type)) continue;
      // Numbers printed but not paired with a name: a layout problem, not a missing certificate.
      if (printedNumbers >= officers.length) {
        review('officer-certificate-missing', 'unpaired', { officers: without.map((o) => o.name).join('、') });
        continue;
      }
      emit({ rule: 'officer-certificate-missing', messageId: 'missing', data: { document: key, name, officers: without.map((o) => o.name).join('、') }, file: doc.file, page: without[0].page });
    }
  },
};

/**
 * Every officer named with a certificate number on a record or decision holds that certificate in the
 * roster, under that name, valid on the document's date (执法人员持证上岗). One finding per document,
 * naming each officer in question.
 */
function checkRoster(documents: CaseDocument[], roster: RosterOfficer[], ruleset: Ruleset, emit: (f: RawFinding) => void): void {
  const byNumber = new Map(roster.map((o) => [o.certificate.replace(/\s+/g, '').toUpperCase(), o]));
  for (const doc of documents) {
    if (!ROSTER_CHECKED.includes(doc.type) || doc.unread) continue;
    const date = doc.fields.keyDate?.date;
    const problems: { messageId: string; data: Record<string, unknown>; page?: number }[] = [];
    for (const officer of doc.fields.officers) {
      if (!officer.certificate) continue;
      const entry = byNumber.get(officer.certificate.replace(/\s+/g, '').toUpperCase());
      const base = { officer: officer.name, certificate: officer.certificate };
      if (!entry) problems.push({ messageId: 'unknown', data: base, page: officer.page });
      else if (entry.name.replace(/\s+/g, '') !== officer.name.replace(/\s+/g, '')) problems.push({ messageId: 'wrongName', data: { ...base, rosterName: entry.name }, page: officer.page });
      else if (date && entry.expires && date > entry.expires) problems.push({ messageId: 'expired', data: { ...base, expiry: entry.expires, date }, page: officer.page });
      else if (date && entry.issued && date < entry.issued) problems.push({ messageId: 'expired', data: { ...base, expiry: `${entry.issued}（发证前）`, date }, page: officer.page });
    }
    if (problems.length === 0) continue;
    const first = problems[0];
    const join = (k: string) => problems.map((p) => p.data[k]).filter((v) => v !== undefined).join('、');
    emit({
      rule: 'officer-certificate-invalid',
      messageId: first.messageId,
      data: { ...first.data, document: doc.type, name: docName(ruleset, doc.type), officer: join('officer'), certificate: join('certificate'), problems: problems.map((p) => p.messageId) },
      file: doc.file,
      page: first.page,
    });
  }
}
