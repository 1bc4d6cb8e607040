import type { Severity } from '../model/report.js';
import type { RuleSpec } from './schema.js';

/** One rule of the ruleset's catalogue (rules.yaml): id, severity, messages and legal basis. */
export type RuleInfo = RuleSpec;

/**
 * The rule catalogue of a loaded ruleset. Checks report `{ rule, messageId, data }`; severity, wording
 * and whether the rule is on at all come from here, so a bureau changes them in its ruleset, not in code.
 */
export class RuleCatalogue {
  readonly list: readonly RuleInfo[];
  private readonly byId: Map<string, RuleInfo>;

  constructor(rules: readonly RuleInfo[]) {
    this.list = rules;
    this.byId = new Map(rules.map((r) => [r.id, r]));
  }

  get(id: string): RuleInfo | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** false for a rule the ruleset turned off (`enabled: false`): its findings are not reported */
  enabled(id: string): boolean {
    return this.byId.get(id)?.enabled ?? true;
  }

  /** true for a finding that reports what a document's text does not say (rules.yaml `absence`) */
  restsOnAbsence(id: string, messageId: string): boolean {
    const absence = this.byId.get(id)?.absence ?? false;
    return Array.isArray(absence) ? absence.includes(messageId) : absence;
  }

  severity(id: string): Severity {
    return this.byId.get(id)?.severity ?? 'error';
  }

  title(id: string, lang: 'zh' | 'en'): string {
    return this.byId.get(id)?.title[lang] ?? id;
  }

  /** A needs-review item's wording (the rule's `reviews` entry): what a person should look at, and why. */
  formatReview(rule: string, messageId: string, data: Record<string, unknown>, lang: 'zh' | 'en'): { what: string; reason: string } {
    const entry = this.byId.get(rule)?.reviews[messageId];
    if (!entry) return { what: `${rule}:${messageId}`, reason: '' };
    return { what: fill(entry.what[lang], data), reason: fill(entry.reason[lang], data) };
  }

  /** Fill a message template from data; unknown placeholders stay visible rather than vanish. */
  format(rule: string, messageId: string, data: Record<string, unknown>, lang: 'zh' | 'en'): string {
    return fill(this.byId.get(rule)?.messages[messageId]?.[lang] ?? `${rule}:${messageId}`, data);
  }
}

function fill(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (data[key] === undefined || data[key] === null ? m : String(data[key])));
}
