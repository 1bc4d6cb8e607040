import { createHash } from 'node:crypto';
import type { Finding } from '../model/report.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import type { RawFinding } from './context.js';

// A module of its own: the stages that run on every case, cached or not (duplicate case numbers, the
// register, side inputs), make findings too, and a warm run does not load the checks.

/**
 * The identity of a finding across runs and rounds: case + rule + the rule's key value — never the
 * wording, page or file order. The case is its number when one was read (folders get renamed between
 * exports), else its folder.
 */
export function fingerprint(rules: RuleCatalogue, caseId: string, rule: string, data: Record<string, unknown>): string {
  const info = rules.get(rule);
  const key = info ? String(data[info.key] ?? '') : JSON.stringify(data);
  return createHash('sha256').update(`${caseId}\u0000${rule}\u0000${key}`).digest('hex').slice(0, 16);
}

/** Turn what a check reported into a Finding: severity and message from the ruleset's catalogue, scoring later. */
export function toFinding(rules: RuleCatalogue, raw: RawFinding, caseId: string, lang: 'zh' | 'en'): Finding {
  return {
    rule: raw.rule,
    severity: rules.severity(raw.rule),
    message: rules.format(raw.rule, raw.messageId, raw.data, lang),
    messageId: raw.messageId,
    data: raw.data,
    file: raw.file,
    page: raw.page,
    related: raw.related?.filter((r) => r.file !== undefined),
    deduction: 0,
    category: '',
    veto: false,
    fingerprint: fingerprint(rules, caseId, raw.rule, raw.data),
  };
}
