import type { Condition } from '../ruleset/schema.js';
import { calendarDaysBetween } from '../ruleset/calendar.js';
import { docName, docNameEn, type Check, type CheckContext } from './context.js';

/**
 * Required documents of the case type, always or when their condition holds, and a service receipt for
 * every document that must be served. A condition that needs a value the documents did not give (the
 * fine, the party's kind) is reported as not checked, never assumed false.
 */
export const completenessCheck: Check = {
  id: 'completeness',
  run(ctx) {
    const { kase, ruleset, emit } = ctx;
    const present = new Set(kase.documents.map((d) => d.type));
    // Documents the tool could not type (no title it knows, no telling file name, or unreadable): one of
    // them may be the "missing" one, so an absence is only evidence when every document was typed.
    const untyped = kase.documents.filter((d) => d.type === 'other' && d.by === 'none');
    const says = (type: string, pattern: string) => kase.documents.some((d) => d.type === type && new RegExp(pattern, 'u').test((kase.text.get(d) ?? '').replace(/\s+/g, '')));
    for (const req of kase.facts.type.required) {
      if (present.has(req.document)) continue;
      if (req.satisfiedBy?.some((s) => says(s.document, s.textPattern))) continue;
      const verdict = req.when ? evaluate(req.when, ctx) : { holds: true, reasonZh: '', reasonEn: '' };
      const name = docName(ruleset, req.document);
      if (verdict.notEncoded) {
        ctx.skip(`completeness:${req.document}`, verdict.reasonEn, { document: req.document });
        continue;
      }
      if (verdict.holds === undefined) {
        ctx.review({
          check: `completeness:${req.document}`,
          rule: 'document-missing',
          messageId: 'undecided',
          data: { name, nameEn: docNameEn(ruleset, req.document), reasonZh: verdict.reasonZh || '条件', reasonEn: verdict.reasonEn },
        });
        continue;
      }
      if (!verdict.holds) continue;
      if (untyped.length > 0) {
        ctx.review({
          check: `completeness:${req.document}`,
          rule: 'document-missing',
          file: untyped[0].file,
          page: untyped[0].pages?.[0],
          messageId: 'untyped',
          data: { name, nameEn: docNameEn(ruleset, req.document), count: untyped.length },
        });
        continue;
      }
      emit({
        rule: 'document-missing',
        messageId: req.when ? 'conditional' : 'required',
        data: { document: req.document, name: docName(ruleset, req.document), nameEn: docNameEn(ruleset, req.document), basis: req.basis, reasonZh: verdict.reasonZh, reasonEn: verdict.reasonEn },
      });
    }
    const receipts = kase.documents.filter((d) => d.type === 'service-receipt');
    for (const served of kase.facts.type.served) {
      if (!present.has(served.document)) continue;
      if (receipts.some((r) => r.fields.servedDocument?.type === served.document)) continue;
      // A receipt whose served document could not be read might be this one's: a person must look.
      const unsaid = receipts.find((r) => !r.fields.servedDocument);
      if (unsaid) {
        ctx.review({
          check: `service-receipt:${served.document}`,
          rule: 'document-missing',
          file: unsaid.file,
          page: unsaid.pages?.[0],
          messageId: 'receiptUnsaid',
          data: { servedName: docName(ruleset, served.document), servedNameEn: docNameEn(ruleset, served.document) },
        });
        continue;
      }
      emit({
        rule: 'document-missing',
        messageId: 'receipt',
        data: { document: `service-receipt/${served.document}`, servedName: docName(ruleset, served.document), servedNameEn: docNameEn(ruleset, served.document), basis: served.basis },
      });
    }
  },
};

interface Verdict {
  /** undefined: could not be decided from what was read */
  holds: boolean | undefined;
  reasonZh: string;
  reasonEn: string;
  /** the requirement belongs to rules the ruleset does not encode for this case: not checked, nothing to read */
  notEncoded?: boolean;
}

/** Every key of a condition must hold (AND). */
export function evaluate(cond: Condition, ctx: CheckContext): Verdict {
  const { kase, ruleset, steps } = ctx;
  const zh: string[] = [];
  const en: string[] = [];
  let holds: boolean | undefined = true;
  const and = (v: boolean | undefined) => {
    if (v === false) holds = false;
    else if (v === undefined && holds !== false) holds = undefined;
  };
  if (cond.fineAtLeast !== undefined) {
    const fine = kase.facts.fine;
    let threshold: number | undefined;
    if (typeof cond.fineAtLeast === 'number') threshold = cond.fineAtLeast;
    else if (kase.facts.partyKind) threshold = ruleset.thresholds[cond.fineAtLeast][kase.facts.partyKind];
    if (fine === undefined || threshold === undefined) and(undefined);
    else and(fine >= threshold);
    zh.push(fine === undefined ? '罚款金额未能读取' : threshold === undefined ? '当事人为单位或个人未能判断' : `罚款${fine}元，达到${threshold}元标准`);
    en.push(`fine ${fine ?? '?'} yuan reaches the ${threshold ?? '?'} yuan threshold`);
  }
  if (cond.partyKind) {
    and(kase.facts.partyKind === undefined ? undefined : kase.facts.partyKind === cond.partyKind);
  }
  if (cond.has) {
    and(kase.documents.some((d) => d.type === cond.has));
    zh.push(`案卷有${docName(ruleset, cond.has)}`);
    en.push(`the case has a ${cond.has}`);
  }
  if (cond.lacks) {
    and(!kase.documents.some((d) => d.type === cond.lacks));
    zh.push(`案卷无${docName(ruleset, cond.lacks)}`);
    en.push(`the case has no ${cond.lacks}`);
  }
  if (cond.mentions) {
    const m = cond.mentions;
    and(kase.documents.some((d) => m.documents.includes(d.type) && new RegExp(m.pattern, 'u').test((kase.text.get(d) ?? '').replace(/\s+/g, ''))));
    zh.push(m.zh);
    en.push(m.en);
  }
  if (cond.decisionLaterThanDays !== undefined) {
    const from = steps.get('filing')?.date;
    const to = steps.get('decision')?.date;
    if (!from || !to) and(undefined);
    else {
      const days = calendarDaysBetween(from, to);
      and(days > cond.decisionLaterThanDays);
      zh.push(`立案至决定${days}日，超过${cond.decisionLaterThanDays}日`);
      en.push(`${days} days from filing to decision, over ${cond.decisionLaterThanDays}`);
    }
  }
  if (cond.closed !== undefined) and(kase.documents.some((d) => d.type === 'closing-approval') === cond.closed);
  if (cond.fineImposed !== undefined) {
    const fine = kase.facts.fine;
    and(fine === undefined ? undefined : fine > 0 === cond.fineImposed);
    if (cond.fineImposed) {
      zh.push('已作出罚款');
      en.push('a fine was imposed');
    }
  }
  if (cond.regimes) {
    const regime = kase.facts.regime;
    if (!regime) and(undefined);
    else if (!regime.encoded && !cond.regimes.includes(regime.id)) {
      return { holds: undefined, notEncoded: true, reasonZh: '', reasonEn: `not checked under the rules in force from ${regime.from} (${regime.name}): this requirement comes from the repealed rule and the new text is not encoded` };
    } else and(cond.regimes.includes(regime.id));
  }
  const reasonEn = holds === undefined ? `could not decide whether ${en.join(' and ') || 'the condition holds'} (value not read)` : en.join('; ');
  return { holds, reasonZh: zh.join('，'), reasonEn };
}
