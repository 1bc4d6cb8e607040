import { addCalendarDays } from '../ruleset/calendar.js';
import type { Check } from './context.js';

/** Labels under which forms state when the violation happened (违法行为发生时间). */
const VIOLATION_LABEL = /违法(行为)?(发生)?(时间|日期)$|^(行为|事件)?发生(时间|日期)$/;
/** Harm to life or health (行政处罚法 2021 art. 36: five years where it was harmed). */
const HARM = /死亡|受伤|重伤|轻伤|中毒|伤亡|职业病/;
/** A continuing violation counts from its end, which the forms do not date. */
const CONTINUING = /连续|继续|持续/;

/**
 * Past the limitation period (行政处罚法 2021 art. 36; 2017 art. 29): the violation was found more than two
 * years after it happened (five where life or health was harmed). A finding needs the violation's date as
 * a form states it; without it the check is reported as not made.
 */
export const limitationCheck: Check = {
  id: 'limitation',
  run({ kase, steps, ruleset, emit, skip }) {
    if (kase.facts.type.id === 'simple') return;
    const found = steps.get('inspection')?.date ?? steps.get('filing')?.date;
    let violation: { date: string; file: string; label: string } | undefined;
    for (const doc of kase.documents) {
      const hit = doc.fields.dates.find((d) => VIOLATION_LABEL.test(d.label.replace(/\s+/g, '')));
      if (hit && (!violation || hit.date < violation.date)) violation = { date: hit.date, file: doc.file, label: hit.label };
    }
    if (!violation || !found) {
      skip('limitation', !violation ? 'no form states the date of the violation (违法行为发生时间): the limitation period is not checked' : 'the date the violation was found (inspection/filing) could not be read');
      return;
    }
    const text = [...kase.text.values()].join('\n');
    if (CONTINUING.test(text) && /违法行为[^。]{0,10}(连续|继续|持续)/.test(text)) {
      skip('limitation', 'the violation is described as continuing: the period runs from its end, which is not dated');
      return;
    }
    const years = HARM.test(text) ? 5 : 2;
    const [y, m, d] = violation.date.split('-').map(Number);
    const end = `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    // 2月29日 + n years: the day after 2月28日 is the same limit
    const limit = /-02-29$/.test(end) ? addCalendarDays(end.replace(/-29$/, '-28'), 1) : end;
    if (found > limit) {
      const rule = ruleset.rules.get('limitation-expired');
      const basis = rule?.basis.find((b) => !b.regimes || (kase.facts.applied && b.regimes.includes(kase.facts.applied.id)))?.text ?? '';
      emit({ rule: 'limitation-expired', messageId: 'expired', data: { case: kase.folder, violation: violation.date, source: violation.label, found, years, basis }, file: violation.file });
    }
  },
};
