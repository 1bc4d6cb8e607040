/**
 * A small independent audit of what the generator is about to write. It reads only the facts the
 * documents print (the same facts that go into the manifest) and recomputes every case-level defect:
 * the result must equal the scenario's declared `defects` (apart from file/register ones, checked by
 * the generator). This keeps the claim "clean" honest — a clean case that accidentally breaks a
 * deadline under the holiday calendar makes the generator fail instead of shipping a wrong truth.
 */
import { daysBetween, workdaysAfter } from './lib/calendar.js';
import { isValidCreditCode } from './lib/credit-code.js';
import type { BuiltDoc, DocFacts, DocumentType } from './lib/types.js';
import { PENALTY_LAW } from './data/laws.js';
import { ROSTER } from './data/officers.js';
import type { Scenario } from './data/scenario.js';
import { HEARING_THRESHOLD, REVIEW_THRESHOLD_ORG } from './build-case.js';

const OFFICER_RECORDS: DocumentType[] = [
  'inspection-record', 'inquiry-record', 'statement-record', 'penalty-decision', 'onsite-penalty-decision',
  'rectification-order', 'rectification-review', 'preservation-notice', 'preservation-decision',
];

const CHAIN: DocumentType[] = [
  'inspection-record', 'filing-approval', 'inquiry-record', 'investigation-report', 'penalty-notice', 'legal-review',
  'collective-discussion', 'case-approval', 'penalty-decision', 'service-receipt', 'payment-receipt', 'closing-approval',
];

export function selfAudit(s: Scenario, docs: BuiltDoc[]): string[] {
  const found = new Set<string>();
  const add = (rule: string, key: string) => found.add(`${rule} / ${key}`);
  const facts = docs.map((d) => d.facts);
  const of = (t: DocumentType) => facts.filter((f) => f.type === t);
  const has = (t: DocumentType) => of(t).length > 0;
  const receipt = (served: DocumentType) => facts.find((f) => f.type === 'service-receipt' && f.servedDocument === served);
  const d = s.dates;

  // completeness
  const required: DocumentType[] =
    s.procedure === 'simple'
      ? ['inspection-record', 'onsite-penalty-decision', 'payment-receipt']
      : s.procedure === 'no-penalty'
        ? ['filing-approval', 'investigation-report', 'no-penalty-decision', 'cover', 'contents', 'archive-note']
        : s.procedure === 'transfer'
          ? ['case-transfer']
          : ['filing-approval', 'inspection-record', 'inquiry-record', 'investigation-report', 'penalty-notice', 'case-approval',
         'penalty-decision', 'payment-receipt', 'closing-approval', 'party-identity', 'cover', 'contents', 'archive-note'];
  if (s.procedure === 'general') {
    if (s.fine >= HEARING_THRESHOLD) required.push('hearing-notice');
    if (s.fine >= REVIEW_THRESHOLD_ORG) required.push('legal-review', 'collective-discussion');
    const decision = of('penalty-decision')[0]?.keyDate;
    const filing = of('filing-approval')[0]?.keyDate;
    if (decision && filing && daysBetween(filing, decision) > 30) required.push('extension-approval');
    if (has('preservation-notice')) required.push('preservation-decision');
    if (has('rectification-order')) required.push('rectification-review');
    for (const t of ['penalty-notice', 'penalty-decision'] as const) if (has(t) && !receipt(t)) add('document-missing', `service-receipt(${t})`);
  }
  for (const t of required) if (!has(t)) add('document-missing', t);

  // deadlines
  const key = (t: DocumentType) => of(t)[0]?.keyDate;
  if (s.procedure === 'general') {
    const filing = key('filing-approval')!;
    const decision = key('penalty-decision')!;
    const limit = has('extension-approval') ? 90 : 30;
    if (daysBetween(filing, decision) > limit) add('deadline-missed', 'decision-within-30d');
    const served = receipt('penalty-decision')?.keyDate;
    if (served && workdaysAfter(decision, served) > 7) add('deadline-missed', 'service-within-7wd');
    const noticeServed = receipt('penalty-notice')?.keyDate;
    // the decision may only be made after the whole statement period: at least the 4th working day
    if (noticeServed && workdaysAfter(noticeServed, decision) < 4) add('period-not-observed', 'statement-period');
    const hearingServed = receipt('hearing-notice')?.keyDate;
    const law2021 = filing >= '2021-07-15';
    if (hearingServed && law2021 && workdaysAfter(hearingServed, decision) < 6) add('period-not-observed', 'hearing-request-5wd');
    if (hearingServed && !law2021 && daysBetween(hearingServed, decision) < 4) add('period-not-observed', 'hearing-request-5wd');
    const pn = key('preservation-notice');
    const pd = key('preservation-decision');
    if (pn && pd && workdaysAfter(pn, pd) > 7) add('deadline-missed', 'preservation-decision-7wd');
    // procedural order over the groups that are present
    const groups = CHAIN.map((t) => {
      const dates = facts
        .filter((f) => f.type === t && (t !== 'service-receipt' || f.servedDocument === 'penalty-decision'))
        .map((f) => f.keyDate!)
        .sort();
      return { t, min: dates[0], max: dates[dates.length - 1] };
    }).filter((g) => g.min);
    for (let i = 1; i < groups.length; i++) {
      if (groups[i - 1].max > groups[i].min) add('date-order', `${groups[i - 1].t}>${groups[i].t}`);
    }
  } else if (s.procedure === 'simple') {
    const decision = key('onsite-penalty-decision')!;
    if (s.fine > 3000) add('simple-procedure-over-limit', 'onsite-penalty-decision');
  }

  // officers
  for (const f of facts) {
    if (!OFFICER_RECORDS.includes(f.type)) {
      for (const o of f.officers) if (!ROSTER.some((r) => r.name === o.name)) throw new Error(`${s.key}: unknown officer ${o.name}`);
      continue;
    }
    if (new Set(f.officers.map((o) => o.name)).size < 2) add('officers-fewer-than-two', f.type);
    for (const o of f.officers) {
      if (!o.certificate) {
        add('officer-certificate-missing', f.type);
        continue;
      }
      const r = ROSTER.find((x) => x.certificate === o.certificate && x.name === o.name);
      const at = f.keyDate!;
      if (!r || at < r.issued || at > r.validUntil) add('officer-certificate-invalid', f.type);
    }
  }

  // consistency across documents
  for (const f of facts) {
    if (f.caseRef && (f.caseRef.year !== s.year || f.caseRef.serial !== String(s.serial))) add('case-number-mismatch', f.type);
    if (f.party && f.party !== s.party.name) add('party-mismatch', f.type);
    if (f.fine !== undefined && f.fine !== s.fine) add('amount-mismatch', f.type);
    if (f.creditCode && !isValidCreditCode(f.creditCode)) throw new Error(`${s.key}: invalid credit code on ${f.type}`);
  }

  // legal basis
  const law2021 = (d.filing ?? d.decision) >= '2021-07-15';
  for (const f of facts) {
    if (f.type === 'penalty-decision' || f.type === 'onsite-penalty-decision') {
      if (!f.citations.length) add('legal-basis-missing', f.type);
      if (f.citations.some((c) => !c.article)) add('legal-basis-imprecise', f.type);
    }
    if (law2021 && isOld(f)) add('legal-basis-outdated', f.type);
    if (!law2021 && isNew(f)) add('legal-basis-outdated', f.type);
  }
  return [...found].sort();
}

function penaltyLawArticles(f: DocFacts): number[] {
  return f.citations.filter((c) => c.law === PENALTY_LAW && c.article).map((c) => c.article!);
}

function isOld(f: DocFacts): boolean {
  const a = penaltyLawArticles(f);
  return (f.type === 'penalty-notice' && a.includes(31)) || (f.type === 'hearing-notice' && a.includes(42));
}

function isNew(f: DocFacts): boolean {
  const a = penaltyLawArticles(f);
  return (f.type === 'penalty-notice' && a.includes(44)) || (f.type === 'hearing-notice' && a.includes(63));
}
