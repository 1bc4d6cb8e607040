import type { CaseDocument } from '../model/document.js';
import { docName, docNameEn, type Check } from './context.js';

/** Parties are compared without spaces and bracket style: PDF text splits names, exports vary brackets. */
export function partyKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s()（）]/g, '');
}

/** Records made at the inspected unit: for an individual's case they name the employer, not the party. */
const UNIT_DOCUMENTS = ['inspection-record', 'inquiry-record', 'rectification-order', 'rectification-review', 'statement-record'];

/** Documents that state the fine actually imposed or paid; the decision is the reference. */
const AMOUNT_DOCUMENTS = ['payment-receipt'];

/**
 * Every document agrees with the case on case year/serial, party and fine. The case's values come from
 * the decision (or the majority), so the odd document out is the one reported.
 */
export const consistencyCheck: Check = {
  id: 'consistency',
  run(ctx) {
    const { kase, ruleset, emit, skip } = ctx;
    const { facts } = kase;
    const key = (doc: { type: string }) => doc.type;
    if (!facts.caseRef) skip('consistency:case-number', 'no document number with a year and serial could be read');
    if (!facts.party) skip('consistency:party', 'no party name could be read');
    // A value read with low confidence (a number quoted in a sentence, a party from an addressee line)
    // cannot carry a mismatch alone: a person compares the two.
    const unsure = (doc: CaseDocument, rule: string, source: { page?: number; quote: string }) =>
      ctx.review({ check: 'consistency', rule, messageId: 'unsure', data: { docName: docName(ruleset, doc.type), docNameEn: docNameEn(ruleset, doc.type), quote: source.quote }, file: doc.file, page: source.page });
    for (const doc of kase.documents) {
      const f = doc.fields;
      const name = docName(ruleset, doc.type);
      const number = f.docNumber;
      if (facts.caseRef && number?.caseRef && (number.caseRef.year !== facts.caseRef.year || number.caseRef.serial !== facts.caseRef.serial)) {
        if (!ctx.confident(number)) unsure(doc, 'case-number-mismatch', number);
        else emit({ rule: 'case-number-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: number.raw, expected: facts.caseNumber ?? `${facts.caseRef.year}/${facts.caseRef.serial}` }, file: doc.file, page: number.page });
      }
      if (number?.bracket && number.bracket !== '〔〕' && ctx.confident(number)) {
        emit({ rule: 'document-number-form', messageId: 'bracket', data: { document: key(doc), name, found: number.raw, bracket: number.bracket }, file: doc.file, page: number.page });
      }
      // A person fined for their own duty (a principal's 主要负责人 case) is inspected and questioned at the
      // company: those records name the company as 被检查单位/工作单位, which is no mismatch.
      const employer = facts.partyKind === 'individual' && f.partyKind === 'organisation' && UNIT_DOCUMENTS.includes(doc.type);
      if (facts.party && f.party && !employer && partyKey(f.party.name) !== partyKey(facts.party)) {
        if (!ctx.confident(f.party)) unsure(doc, 'party-mismatch', f.party);
        else emit({ rule: 'party-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: f.party.name, expected: facts.party }, file: doc.file, page: f.party.page });
      }
      if (AMOUNT_DOCUMENTS.includes(doc.type) && facts.fine !== undefined && f.fine && Math.abs(f.fine.yuan - facts.fine) > 0.005) {
        if (!ctx.confident(f.fine)) unsure(doc, 'amount-mismatch', f.fine);
        else emit({ rule: 'amount-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: f.fine.yuan, expected: facts.fine }, file: doc.file, page: f.fine.page });
      }
    }
  },
};
