import { docName, type Check } from './context.js';

/** "加处罚款（人民币）12000元": the surcharge as the form states it in figures. */
const SURCHARGE = /加处罚款(?:数额|金额)?(?:为|共计|合计|计)?[:：]?(?:人民币)?[¥￥]?([0-9][0-9,]*(?:\.[0-9]+)?)元/u;

/**
 * The agency's own steps when a fine is not paid on time (the party's lateness itself is no defect):
 * a surcharge may not exceed the fine (行政处罚法 2021 art. 72 ¶1 (一)). The 催告 and the court
 * application are deadlines (deadlines.yaml) and required documents (case-types.yaml).
 */
export const enforcementCheck: Check = {
  id: 'enforcement',
  run({ kase, ruleset, emit, skip }) {
    for (const doc of kase.documents.filter((d) => d.type === 'surcharge-notice' && !d.unread)) {
      const hit = SURCHARGE.exec((kase.text.get(doc) ?? '').replace(/\s+/g, ''));
      const fine = kase.facts.fine;
      if (!hit || fine === undefined) {
        skip('surcharge-cap', !hit ? 'the surcharge amount could not be read from the surcharge notice' : 'the fine of the decision could not be read', { file: doc.file });
        continue;
      }
      const surcharge = Number(hit[1].replace(/,/g, ''));
      if (surcharge > fine) {
        emit({ rule: 'surcharge-over-fine', messageId: 'over', data: { document: doc.type, name: docName(ruleset, doc.type), surcharge, fine, quote: hit[0] }, file: doc.file });
      }
    }
  },
};
