import type { CaseResult, Finding, Report } from '../model/report.js';
import type { Comparison, RuleHistory } from '../model/rounds.js';
import { caseKey, unitOf } from './identity.js';
import { compareText } from '../model/order.js';

export class RoundsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoundsError';
  }
}

export interface RoundInput {
  id: string;
  asOf: string;
  ruleset: { id: string; version: string };
  cases: CaseResult[];
  findings: Finding[];
}

/** Earlier rounds oldest first (as-of date, then id), whatever order they were given in. */
export function orderRounds(previous: Report[]): Report[] {
  return [...previous].sort((a, b) => compareText(a.round.asOf, b.round.asOf) || compareText(a.round.id, b.round.id));
}

const open = (f: Finding) => f.status !== 'resolved';

/**
 * Mark this round's findings new or recurring against earlier rounds, and add each earlier finding that
 * is gone as `resolved` to its case. Recurring: the same fingerprint was seen before — or, for a case not
 * reviewed before, the same rule was found in the same unit (the unit repeats the defect on new files).
 * Rounds audited with another ruleset are refused; another version of the same ruleset is compared and
 * said.
 */
export function compareRounds(current: RoundInput, previousReports: Report[]): { comparison: Comparison; history: RuleHistory[] } {
  const previous = orderRounds(previousReports);
  for (const p of previous) {
    if (p.ruleset.id !== current.ruleset.id) {
      throw new RoundsError(`cannot compare with round ${p.round.id}: it was audited with ruleset "${p.ruleset.id}", this round with "${current.ruleset.id}"`);
    }
    if (p.round.id === current.id) throw new RoundsError(`round id "${current.id}" is also the id of a previous round: give this round its own --round id`);
  }
  const seen = new Map<string, string>(); // fingerprint → first round id
  const unitRule = new Map<string, string>(); // unit + rule → first round id
  const reviewed = new Set<string>();
  for (const p of previous) {
    for (const c of p.cases) {
      reviewed.add(caseKey(c));
      for (const f of c.findings.filter(open)) {
        // A finding already recurring then keeps the round its defect was first seen in.
        if (!seen.has(f.fingerprint)) seen.set(f.fingerprint, f.since ?? p.round.id);
        const k = `${unitOf(c)}\u0000${f.rule}`;
        if (!unitRule.has(k)) unitRule.set(k, p.round.id);
      }
    }
    for (const f of p.findings.filter(open)) if (!seen.has(f.fingerprint)) seen.set(f.fingerprint, p.round.id);
  }

  const counts = { new: 0, recurring: 0, resolved: 0 };
  const mark = (f: Finding, since: string | undefined) => {
    f.status = since ? 'recurring' : 'new';
    if (since) f.since = since;
    counts[f.status]++;
  };
  for (const c of current.cases) {
    const newCase = !reviewed.has(caseKey(c));
    for (const f of c.findings) mark(f, seen.get(f.fingerprint) ?? (newCase ? unitRule.get(`${unitOf(c)}\u0000${f.rule}`) : undefined));
    const before = lastReviewOf(previous, caseKey(c));
    if (!before) continue;
    const now = new Set(c.findings.map((f) => f.fingerprint));
    for (const old of before.findings.filter(open)) {
      if (now.has(old.fingerprint)) continue;
      c.findings.push({ ...old, status: 'resolved', deduction: 0, veto: false, waived: undefined, since: seen.get(old.fingerprint) });
      counts.resolved++;
    }
  }
  for (const f of current.findings) mark(f, seen.get(f.fingerprint));

  const versions = new Set(previous.map((p) => p.ruleset.version));
  return {
    comparison: {
      rounds: previous.map((p) => ({ id: p.round.id, asOf: p.round.asOf, rulesetVersion: p.ruleset.version, cases: p.cases.length })),
      rulesetVersionsDiffer: [...versions].some((v) => v !== current.ruleset.version),
      counts,
    },
    history: ruleHistory(previous, current),
  };
}

/** The most recent earlier round that reviewed this case. */
function lastReviewOf(previous: Report[], key: string): CaseResult | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const c = previous[i].cases.find((x) => caseKey(x) === key);
    if (c) return c;
  }
  return undefined;
}

/** Findings per rule and unit in every round, oldest first, with the trend into this round. */
export function ruleHistory(previous: Report[], current: RoundInput): RuleHistory[] {
  const rounds = [...previous.map((p) => ({ id: p.round.id, cases: p.cases })), { id: current.id, cases: current.cases }];
  const table = new Map<string, number[]>();
  rounds.forEach((r, i) => {
    for (const c of r.cases) {
      for (const f of c.findings.filter(open)) {
        const k = `${f.rule}\u0000${unitOf(c)}`;
        const row = table.get(k) ?? new Array<number>(rounds.length).fill(0);
        row[i]++;
        table.set(k, row);
      }
    }
  });
  const out: RuleHistory[] = [];
  for (const [k, row] of table) {
    const [rule, unit] = k.split('\u0000');
    const firstIndex = row.findIndex((n) => n > 0);
    const now = row[row.length - 1];
    const earlier = row.slice(0, -1).filter((n) => n > 0);
    const last = earlier.length ? row.slice(0, -1).reverse().find((n) => n > 0)! : 0;
    const trend = earlier.length === 0 ? 'new' : now === 0 ? 'gone' : now > last ? 'up' : now < last ? 'down' : 'flat';
    out.push({ rule, unit, perRound: row.map((n, i) => ({ round: rounds[i].id, findings: n })), roundsSeen: row.filter((n) => n > 0).length, firstSeen: rounds[firstIndex].id, trend });
  }
  return out.sort((a, b) => compareText(a.rule, b.rule) || compareText(a.unit, b.unit));
}
