import type { DocumentType } from '../model/document.js';
import type { CaseDocument } from '../model/document.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import { docName, docNameEn, type Check, type RawFinding } from './context.js';

/** Records made by officers in person: each must name at least two, with certificate numbers (行政处罚法 art. 42, 55). */
export const OFFICER_RECORDS: DocumentType[] = ['inspection-record', 'inquiry-record', 'preservation-notice', 'rectification-review', 'statement-record'];

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
            what: { zh: `该文书是执法人员制作的笔录还是当事人自书的陈述申辩（${doc.evidence}）`, en: `whether this is an officers' record or the party's own statement (${doc.evidence})` },
            reason: { zh: '未能从标题判断，未核查执法人员', en: 'the title does not tell; officers not checked' },
          });
        }
        continue;
      }
      const officers = doc.fields.officers;
      const key = doc.type;
      const name = docName(ruleset, doc.type);
      const nameEn = docNameEn(ruleset, doc.type);
      const printedNumbers = new Set([...(kase.text.get(doc) ?? '').matchAll(CERT_NUMBER_RE)].map((m) => m[0].replace(/^\D+/, ''))).size;
      const review = (what: { zh: string; en: string }, reason: { zh: string; en: string }, rule: string) =>
        ctx.review({ check: 'officers', rule, file: doc.file, page: doc.pages?.[0], what, reason });
      // A veto needs positive evidence: officer labels were read and name one person only, and the text
      // prints no second certificate number that the names could not be paired with.
      if (officers.length < 2) {
        if (!doc.fields.officerLabels) {
          review(
            { zh: `${name}的执法人员`, en: `the officers on the ${nameEn}` },
            { zh: '未找到执法人员栏目（词表 officers.labels 中的标签）；可能为手写签名或未知的版式', en: 'no officer label (vocabulary officers.labels) was found: handwritten, or a layout the vocabulary does not know' },
            'officers-fewer-than-two',
          );
        } else if (officers.length === 0) {
          review(
            { zh: `${name}的执法人员签名`, en: `the officers' signatures on the ${nameEn}` },
            { zh: '执法人员栏目中没有可读的姓名（可能为手写签名）', en: 'the officer lines hold no readable names (handwritten signatures?)' },
            'officers-fewer-than-two',
          );
        } else if (doc.fields.officersUnread?.length) {
          review(
            { zh: `${name}的执法人员（读到${officers.map((o) => o.name).join('、')}，另有未能识别的“${doc.fields.officersUnread.join('、')}”）`, en: `the officers on the ${nameEn} (read ${officers.map((o) => o.name).join(', ')}; could not read "${doc.fields.officersUnread.join(', ')}")` },
            { zh: '执法人员栏目中有未能识别的文字', en: 'the officer lines hold text that was not understood' },
            'officers-fewer-than-two',
          );
        } else if (printedNumbers >= 2) {
          review(
            { zh: `${name}的执法人员（读到${officers[0].name}一人，但文书载有${printedNumbers}个证件号）`, en: `the officers on the ${nameEn} (read ${officers[0].name} only, but ${printedNumbers} certificate numbers are printed)` },
            { zh: '姓名与证件号未能一一对应', en: 'names and certificate numbers could not be paired' },
            'officers-fewer-than-two',
          );
        } else {
          emit({ rule: 'officers-fewer-than-two', messageId: 'fewer', data: { document: key, name, count: officers.length, names: officers.map((o) => o.name).join('、') }, file: doc.file, page: officers[0]?.page });
        }
      }
      const without = officers.filter((o) => !o.certificate);
      if (without.length === 0) continue;
      // Numbers printed but not paired with a name: a layout problem, not a missing certificate.
      if (printedNumbers >= officers.length) {
        review(
          { zh: `${without.map((o) => o.name).join('、')}的执法证号`, en: `the certificate numbers of ${without.map((o) => o.name).join(', ')}` },
          { zh: '文书载有证件号，但未能与姓名对应', en: 'certificate numbers are printed but could not be paired with the names' },
          'officer-certificate-missing',
        );
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
