import { docName, docNameEn, type Check } from './context.js';

/**
 * Procedural order (steps.yaml `order`): a step dated after the step it must precede is out of order —
 * typically an approval back-filled (补签) after the decision it approves. Same-day dates pass.
 */
export const orderCheck: Check = {
  id: 'order',
  run({ ruleset, steps, emit, review }) {
    for (const pair of ruleset.order) {
      const first = steps.get(pair.first);
      const then = steps.get(pair.then);
      if (!first || !then) continue; // a missing step is the completeness check's finding
      if (!first.date || !then.date) {
        const unread = !first.date ? first : then;
        review({
          check: `order:${pair.first}>${pair.then}`,
          rule: 'date-order',
          file: unread.document.file,
          page: unread.document.pages?.[0],
          messageId: 'unreadDate',
          data: { docName: docName(ruleset, unread.document.type), docNameEn: docNameEn(ruleset, unread.document.type), firstName: docName(ruleset, first.document.type), thenName: docName(ruleset, then.document.type), first: pair.first, then: pair.then },
        });
        continue;
      }
      if (first.date <= then.date) continue;
      emit({
        rule: 'date-order',
        messageId: 'reversed',
        // pair key: the step that must come first, '>', the step it must precede
        data: {
          pair: `${first.document.type}>${then.document.type}`,
          first: first.document.type,
          then: then.document.type,
          firstName: docName(ruleset, first.document.type),
          thenName: docName(ruleset, then.document.type),
          firstDate: first.date,
          thenDate: then.date,
          veto: pair.veto,
          basis: pair.basis,
        },
        file: first.document.file,
        page: first.document.fields.keyDate?.page,
        related: [{ file: then.document.file, page: then.document.fields.keyDate?.page, note: `${then.document.type} ${then.date}` }],
      });
    }
  },
};
