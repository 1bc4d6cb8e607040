import { docName, docNameEn, MIN_DECISION_TEXT, type Check } from './context.js';

const REVIEW = /复议/;
const REVIEW_60 = /(六十|60)日内[^。；]{0,40}复议|复议[^。；]{0,10}(六十|60)日/;
const SUIT = /诉讼|起诉/;
const SUIT_6M = /(六|6)个月/;
/** a lawsuit offered beside review, as an alternative (或者…提起行政诉讼) */
const SUIT_ALTERNATIVE = /(或者|或|也可以)[^。；]{0,30}(提起(行政)?诉讼|起诉)/;
/** review first, then court (对行政复议决定不服的，可以…起诉) */
const REVIEW_FIRST = /先[^。；]{0,20}复议|对(行政)?复议决定不服/;
/** From this date a 当场 decision must send the party to review before any lawsuit (行政复议法 2023 art. 23). */
const REVIEW_FIRST_FROM = '2024-01-01';

/**
 * The remedy clause of a decision (行政处罚法 2021 art. 59 ¶1 (五), art. 52 ¶2): the route and period for
 * review (60 days, 行政复议法) and for a lawsuit (6 months, 行政诉讼法 art. 46). From 2024-01-01 a 当场
 * decision must say review comes first (行政复议法 2023 art. 23 ¶1 (一)). Text not read: not checked.
 */
export const remedyCheck: Check = {
  id: 'remedy',
  run({ kase, ruleset, emit, skip, review }) {
    for (const doc of kase.documents.filter((d) => (d.type === 'penalty-decision' || d.type === 'onsite-penalty-decision') && !d.unread)) {
      const text = (kase.text.get(doc) ?? '').replace(/\s+/g, '');
      const date = doc.fields.keyDate?.date;
      if (!text || !date) {
        skip('remedy-clause', !text ? 'the decision has no text to read its remedy clause from' : 'the decision date could not be read', { file: doc.file });
        continue;
      }
      if (text.length < MIN_DECISION_TEXT) {
        // Too little was read to say a clause is missing: a person reads the decision.
        review({ check: 'remedy', rule: 'remedy-clause', messageId: 'short', data: { name: docName(ruleset, doc.type), nameEn: docNameEn(ruleset, doc.type) }, file: doc.file });
        continue;
      }
      const base = { document: doc.type, name: docName(ruleset, doc.type), date };
      const onsiteReviewFirst = doc.type === 'onsite-penalty-decision' && date >= REVIEW_FIRST_FROM;
      const messageId = !REVIEW.test(text) || (!onsiteReviewFirst && !SUIT.test(text))
        ? 'missing'
        : !REVIEW_60.test(text)
          ? 'reviewPeriod'
          : onsiteReviewFirst && SUIT_ALTERNATIVE.test(text) && !REVIEW_FIRST.test(text)
            ? 'reviewFirst'
            : !onsiteReviewFirst && !SUIT_6M.test(text)
              ? 'suitPeriod'
              : undefined;
      if (messageId) emit({ rule: 'remedy-clause', messageId, data: base, file: doc.file });
    }
  },
};
