import { docName, type Check } from './context.js';

/** Parties are compared without spaces and bracket style: PDF text splits names, exports vary brackets. */
export function partyKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s()（）]/g, '');
}

/** Documents that state the fine actually imposed or paid; the decision is the reference. */
const AMOUNT_DOCUMENTS = ['payment-receipt'];

/**
 * Every document agrees with the case on case year/serial, party and fine. The case's values come from
 * the decision (or the majority), so the odd document out is the one reported.
 */
export const consistencyCheck: Check = {
  id: 'consistency',
  run({ kase, ruleset, emit, skip }) {
    const { facts } = kase;
    const key = (doc: { type: string }) => doc.type;
    if (!facts.caseRef) skip('consistency:case-number', 'no document number with a year and serial could be read');
    if (!facts.party) skip('consistency:party', 'no party name could be read');
    for (const doc of kase.documents) {
      const f = doc.fields;
      const name = docName(ruleset, doc.type);
      const number = f.docNumber;
      if (facts.caseRef && number?.caseRef && (number.caseRef.year !== facts.caseRef.year || number.caseRef.serial !== facts.caseRef.serial)) {
        emit({ rule: 'case-number-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: number.raw, expected: facts.caseNumber ?? `${facts.caseRef.year}/${facts.caseRef.serial}` }, file: doc.file, page: number.page });
      }
      if (number?.bracket && number.bracket !== '〔〕') {
        emit({ rule: 'document-number-form', messageId: 'bracket', data: { document: key(doc), name, found: number.raw, bracket: number.bracket }, file: doc.file, page: number.page });
      }
      if (facts.party && f.party && partyKey(f.party.name) !== partyKey(facts.party)) {
        emit({ rule: 'party-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: f.party.name, expected: facts.party }, file: doc.file, page: f.party.page });
      }
      if (AMOUNT_DOCUMENTS.includes(doc.type) && facts.fine !== undefined && f.fine && Math.abs(f.fine.yuan - facts.fine) > 0.005) {
        emit({ rule: 'amount-mismatch', messageId: 'mismatch', data: { document: key(doc), name, found: f.fine.yuan, expected: facts.fine }, file: doc.file, page: f.fine.page });
      }
    }
  },
};
