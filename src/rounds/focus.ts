import type { CaseResult, Finding } from '../model/report.js';
import type { FocusItem } from '../model/rounds.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import type { Rounds } from '../ruleset/schema.js';
import { unitOf } from './identity.js';
import { compareText } from '../model/order.js';
import { maskText } from './mask.js';

/** Findings that count this round: not resolved, not waived. */
const counts = (f: Finding) => f.status !== 'resolved' && !f.waived;

/**
 * The next round's focus items (下一轮评查重点): rules that are prevalent this round (普遍性问题: in a
 * large share of cases or units) or that recur from earlier rounds, with the units concerned, an
 * anonymised example, the legal basis and the rectification measure.
 */
export function focusList(cases: CaseResult[], config: Rounds, rules: RuleCatalogue, lang: 'zh' | 'en'): FocusItem[] {
  const units = new Set(cases.map(unitOf));
  const byRule = new Map<string, { cases: Set<string>; units: Set<string>; recurring: boolean; example?: { f: Finding; c: CaseResult } }>();
  for (const c of cases) {
    for (const f of c.findings.filter(counts)) {
      const entry = byRule.get(f.rule) ?? { cases: new Set(), units: new Set(), recurring: false };
      entry.cases.add(c.folder);
      entry.units.add(unitOf(c));
      entry.recurring ||= f.status === 'recurring';
      entry.example ??= { f, c };
      byRule.set(f.rule, entry);
    }
  }
  const items: FocusItem[] = [];
  for (const [rule, e] of byRule) {
    const caseShare = cases.length ? e.cases.size / cases.length : 0;
    const unitShare = units.size ? e.units.size / units.size : 0;
    const prevalent = e.cases.size >= config.prevalence.minCases && (caseShare >= config.prevalence.caseShare || unitShare >= config.prevalence.unitShare);
    if (!prevalent && !e.recurring) continue;
    const info = rules.get(rule);
    const basis = typeof e.example?.f.data.basis === 'string' ? e.example.f.data.basis : (info?.description[lang] ?? '');
    items.push({
      rule,
      title: info?.title[lang] ?? rule,
      prevalent,
      recurring: e.recurring,
      cases: e.cases.size,
      caseShare: Math.round(caseShare * 1000) / 1000,
      units: [...e.units].sort(),
      example: e.example ? maskText(e.example.f.message, e.example.c.party) : '',
      basis,
      measure: config.measures[rule] ?? config.measures.default,
    });
  }
  return items.sort((a, b) => b.cases - a.cases || compareText(a.rule, b.rule));
}
