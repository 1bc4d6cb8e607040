import { addCalendarDays, addWorkingDays, CalendarGapError, calendarDaysBetween, nextWorkingDay, workingDaysBetween } from '../ruleset/calendar.js';
import type { Deadline } from '../ruleset/schema.js';
import type { CaseDocument } from '../model/document.js';
import { docName, docNameEn, type Check, type CheckContext } from './context.js';

/** The party's written waiver of its right to state and defend (放弃陈述申辩声明). */
const WAIVER = /放弃[^。\n]{0,6}(陈述|申辩)/;

/** Days before the due date at which an open step is reported as approaching (with --as-of). */
const APPROACHING_DAYS = 3;

/**
 * Legal limits and waiting periods between dated steps (deadlines.yaml), in calendar or working days.
 * Every deadline that applies to the case ends as a finding, a pass, or a "could not check" entry.
 */
export const deadlinesCheck: Check = {
  id: 'deadlines',
  run(ctx) {
    for (const deadline of ctx.ruleset.deadlines) {
      if (!applies(deadline, ctx)) continue;
      try {
        checkDeadline(deadline, ctx);
      } catch (error) {
        if (error instanceof CalendarGapError) {
          ctx.skip(`deadline:${deadline.id}`, `the holiday calendar has no data for ${error.year} (covers ${ctx.ruleset.calendar.firstYear}–${ctx.ruleset.calendar.lastYear})`, { deadline: deadline.id });
        } else throw error;
      }
    }
  },
};

function applies(d: Deadline, ctx: CheckContext): boolean {
  const { facts, documents } = ctx.kase;
  if (d.caseTypes && !d.caseTypes.includes(facts.type.id)) return false;
  // The party's own time (15 days to pay) is not the agency's deadline: late payment is no defect of the file.
  if (d.binds === 'party') return false;
  if (d.unless?.some((t) => documents.some((x) => x.type === t))) return false;
  const says = (types: readonly string[], pattern: string) => documents.some((x) => types.includes(x.type) && new RegExp(pattern, 'u').test((ctx.kase.text.get(x) ?? '').replace(/\s+/g, '')));
  if (d.requiresText && !says([d.requiresText.document], d.requiresText.pattern)) return false;
  if (d.waivedBy && says(d.waivedBy.documents, d.waivedBy.pattern)) return false;
  const blocking = d.notCheckedWith?.find((t) => documents.some((x) => x.type === t));
  if (blocking) {
    ctx.skip(`deadline:${d.id}`, `the case holds a ${blocking}: the period it sets could not be read, so ${d.id} is not checked`, { deadline: d.id });
    return false;
  }
  if (d.regimes) {
    // Without a regime (no date read) a regime-specific deadline cannot be placed: said once per deadline.
    if (!facts.applied) {
      ctx.skip(`deadline:${d.id}`, 'the case date (立案/决定) could not be read, so the legal regime is unknown', { deadline: d.id });
      return false;
    }
    // A regime whose rules are not encoded (应急管理部令第18号): a deadline not written for it is not
    // checked against the repealed rule it came from, and the report says so.
    const actual = facts.regime;
    if (actual && !actual.encoded && !d.regimes.includes(actual.id)) {
      if (d.regimes.includes(facts.applied.id)) ctx.skip(`deadline:${d.id}`, `not checked under the rules in force from ${actual.from} (${actual.name}): this limit comes from the repealed rule and the new text is not encoded`, { deadline: d.id, regime: actual.id });
      return false;
    }
    return d.regimes.includes(facts.applied.id);
  }
  return true;
}

function checkDeadline(d: Deadline, ctx: CheckContext): void {
  const { steps, ruleset, kase } = ctx;
  const from = steps.get(d.from);
  const to = steps.get(d.to);
  const fromDef = ruleset.steps[d.from];
  const toDef = ruleset.steps[d.to];
  const names = { fromName: docName(ruleset, fromDef.servedDocument ? `${fromDef.servedDocument}` : fromDef.document), toName: docName(ruleset, toDef.document) };
  if (fromDef.servedDocument) names.fromName = `${docName(ruleset, fromDef.servedDocument)}送达`;
  if (toDef.servedDocument) names.toName = `${docName(ruleset, toDef.servedDocument)}送达`;
  // Without the starting step the deadline does not arise (no preservation, no decision yet); a step that
  // should be there is the completeness check's finding.
  if (!from) return;
  if (!from.date) {
    unreadDate(ctx, d, from.document);
    return;
  }
  let days = d.days;
  let unit = d.unit;
  if (d.readFromNotice) {
    const notice = kase.documents.find((x) => x.type === (fromDef.servedDocument ?? fromDef.document) && x.fields.period);
    if (notice?.fields.period) {
      days = notice.fields.period.days;
      unit = notice.fields.period.unit;
    }
    // A written waiver of the right to state and defend ends the period early (行政处罚法 art. 62).
    if (kase.documents.some((x) => (x.type === 'statement-record' && x.fields.waived) || (x.type === 'statement-letter' && WAIVER.test(kase.text.get(x) ?? '')))) return;
  }
  const extension = (d.extensions ?? [])
    .filter((e) => kase.documents.some((x) => x.type === e.document && (!e.textPattern || new RegExp(e.textPattern, 'u').test((kase.text.get(x) ?? '').replace(/\s+/g, '')))))
    .sort((a, b) => b.days - a.days)[0];
  if (extension) days = Math.max(days, extension.days);
  const cal = ruleset.calendar;
  const base = {
    deadline: d.id,
    name: d.name,
    from: d.from,
    to: d.to,
    fromDate: from.date,
    limit: days,
    unit,
    unitZh: unit === 'working' ? '个工作日' : '日',
    unitEn: unit === 'working' ? 'working days' : 'days',
    basis: d.basis,
    extension: extension?.document,
    ...names,
  };
  const count = (a: string, b: string) => (unit === 'working' ? workingDaysBetween(cal, a, b) : calendarDaysBetween(a, b));
  const end = (() => {
    if (unit === 'working') return addWorkingDays(cal, from.date, days);
    const due = addCalendarDays(from.date, days);
    return d.endOnWorkingDay ? nextWorkingDay(cal, due) : due;
  })();

  if (!to) {
    checkOpen(d, ctx, base, end, count);
    return;
  }
  if (!to.date) {
    unreadDate(ctx, d, to.document);
    return;
  }
  const actual = count(from.date, to.date);
  const related = [
    { file: from.document.file, page: from.document.fields.keyDate?.page, note: `${d.from} ${from.date}` },
    { file: to.document.file, page: to.document.fields.keyDate?.page, note: `${d.to} ${to.date}` },
  ];
  if (d.kind === 'limit' && to.date > end) {
    ctx.emit({ rule: 'deadline-missed', messageId: 'missed', data: { ...base, toDate: to.date, actual, due: end }, file: to.document.file, page: to.document.fields.keyDate?.page, related });
  }
  if ((d.kind === 'minimum' && to.date <= end) || (d.kind === 'before' && to.date < end)) {
    ctx.emit({ rule: 'period-not-observed', messageId: 'short', data: { ...base, toDate: to.date, actual, periodEnds: end }, file: to.document.file, page: to.document.fields.keyDate?.page, related });
  }
}

/** A step whose document is there but whose date could not be read: a person reads the date. */
function unreadDate(ctx: CheckContext, d: Deadline, document: CaseDocument): void {
  ctx.review({
    check: `deadline:${d.id}`,
    rule: d.kind === 'limit' ? 'deadline-missed' : 'period-not-observed',
    file: document.file,
    page: document.pages?.[0],
    messageId: 'unreadDate',
    data: { docName: docName(ctx.ruleset, document.type), docNameEn: docNameEn(ctx.ruleset, document.type), name: d.name, deadline: d.id },
  });
}

/** A step not yet taken: with --as-of, a limit already past is missed, one close to its end approaching. */
function checkOpen(d: Deadline, ctx: CheckContext, base: Record<string, unknown>, due: string, count: (a: string, b: string) => number): void {
  const closed = ctx.kase.documents.some((x) => x.type === 'closing-approval');
  if (d.kind !== 'limit' || !d.openAsOf || closed) {
    ctx.skip(`deadline:${d.id}`, `no ${d.to} step in the case`, { deadline: d.id });
    return;
  }
  const asOf = ctx.asOf;
  if (asOf > due) {
    ctx.emit({ rule: 'deadline-missed', messageId: 'open', data: { ...base, asOf, actual: count(base.fromDate as string, asOf), due } });
  } else if (calendarDaysBetween(asOf, due) <= APPROACHING_DAYS) {
    ctx.emit({ rule: 'deadline-approaching', messageId: 'approaching', data: { ...base, asOf, due, left: count(asOf, due) } });
  }
}
