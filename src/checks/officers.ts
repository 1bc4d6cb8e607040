import type { DocumentType } from '../model/document.js';
import { docName, type Check } from './context.js';

/** Records made by officers in person: each must name at least two, with certificate numbers (行政处罚法 art. 42, 55). */
export const OFFICER_RECORDS: DocumentType[] = ['inspection-record', 'inquiry-record', 'preservation-notice', 'rectification-review', 'statement-record'];

export const officersCheck: Check = {
  id: 'officers',
  run({ kase, ruleset, emit }) {
    for (const doc of kase.documents) {
      if (!OFFICER_RECORDS.includes(doc.type) || doc.unread) continue;
      const officers = doc.fields.officers;
      const key = doc.type;
      const name = docName(ruleset, doc.type);
      if (officers.length < 2) {
        emit({ rule: 'officers-fewer-than-two', messageId: 'fewer', data: { document: key, name, count: officers.length, names: officers.map((o) => o.name).join('、') || '无' }, file: doc.file, page: officers[0]?.page });
      }
      const without = officers.filter((o) => !o.certificate);
      if (without.length > 0) {
        emit({ rule: 'officer-certificate-missing', messageId: 'missing', data: { document: key, name, officers: without.map((o) => o.name).join('、') }, file: doc.file, page: without[0].page });
      }
    }
  },
};
