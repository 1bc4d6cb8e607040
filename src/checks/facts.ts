import type { CaseDocument } from '../model/document.js';
import { effectiveRegime, regimeFor, type Ruleset } from '../ruleset/load.js';
import type { CaseType } from '../ruleset/schema.js';
import { partyKey } from './consistency.js';
import type { AuditCase, CaseFacts, StepDate } from './context.js';

const DECISIONS = ['penalty-decision', 'onsite-penalty-decision'] as const;

/** The most frequent value (ties: first seen), so one misnumbered document does not define the case. */
function majority<T>(values: T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const entry = counts.get(k) ?? { value: v, n: 0 };
    entry.n++;
    counts.set(k, entry);
  }
  let best: { value: T; n: number } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.value;
}

/**
 * The case's own number, party and fine. The decision is the reference document of a case (it is what
 * is served, paid and published); where it lacks a value, the majority of documents decides.
 */
export function deriveFacts(documents: CaseDocument[], ruleset: Ruleset, steps: (facts: CaseFacts) => Map<string, StepDate>): CaseFacts {
  const decision = documents.find((d) => (DECISIONS as readonly string[]).includes(d.type) && !d.unread);
  const refs = documents.filter((d) => d.fields.docNumber?.caseRef).map((d) => d.fields.docNumber!);
  const numberDoc = decision?.fields.docNumber?.caseRef ? decision.fields.docNumber : majority(refs, (r) => `${r.caseRef!.year}-${r.caseRef!.serial}`);
  const parties = documents.filter((d) => d.fields.party).map((d) => d.fields.party!.name);
  const units = documents.filter((d) => d.fields.unit).map((d) => d.fields.unit!.name);
  const kinds = documents.filter((d) => d.fields.partyKind).map((d) => d.fields.partyKind!);
  const facts: CaseFacts = {
    caseRef: numberDoc?.caseRef,
    caseNumber: numberDoc?.raw,
    // The party every document names most often: one document that misnames it is the one reported.
    party: majority(parties, partyKey) ?? decision?.fields.party?.name,
    partyKind: decision?.fields.partyKind ?? majority(kinds, (k) => k) ?? (documents.some((d) => d.fields.creditCode) ? 'organisation' : undefined),
    fine: decision?.fields.fine?.yuan,
    unit: documents.find((d) => d.type === 'filing-approval')?.fields.unit?.name ?? majority(units, (u) => u),
    type: detectCaseType(documents, ruleset),
  };
  const dated = steps(facts);
  const anchor = dated.get('filing')?.date ?? dated.get('decision')?.date ?? dated.get('onsite-decision')?.date;
  facts.regime = regimeFor(ruleset, anchor);
  facts.applied = effectiveRegime(ruleset, facts.regime);
  return facts;
}

/** The first case type whose `detect` matches; the `default` one otherwise. */
export function detectCaseType(documents: CaseDocument[], ruleset: Ruleset): CaseType {
  const has = (t: string) => documents.some((d) => d.type === t);
  const matching = ruleset.caseTypes.find((t) => !t.detect.default && (!t.detect.has || has(t.detect.has)) && (!t.detect.lacks || !has(t.detect.lacks)));
  return matching ?? ruleset.caseTypes.find((t) => t.detect.default) ?? ruleset.caseTypes[0];
}

/** Each step's date from the documents' key dates (steps.yaml). */
export function resolveSteps(documents: CaseDocument[], ruleset: Ruleset): Map<string, StepDate> {
  const result = new Map<string, StepDate>();
  for (const [step, def] of Object.entries(ruleset.steps)) {
    const candidates = documents.filter((d) => d.type === def.document && (!def.servedDocument || d.fields.servedDocument?.type === def.servedDocument));
    if (candidates.length === 0) continue;
    const dated = candidates.filter((d) => d.fields.keyDate);
    if (dated.length === 0) {
      result.set(step, { step, document: candidates[0] });
      continue;
    }
    dated.sort((a, b) => (a.fields.keyDate!.date < b.fields.keyDate!.date ? -1 : 1));
    const pick = def.pick === 'earliest' ? dated[0] : dated[dated.length - 1];
    result.set(step, { step, document: pick, date: pick.fields.keyDate!.date });
  }
  return result;
}

export function buildCase(folder: string, files: AuditCase['files'], documents: CaseDocument[], text: AuditCase['text'], ruleset: Ruleset): { kase: AuditCase; steps: Map<string, StepDate> } {
  const steps = resolveSteps(documents, ruleset);
  const facts = deriveFacts(documents, ruleset, () => steps);
  return { kase: { folder, files, documents, facts, text }, steps };
}
