/**
 * The rule ids the tool's checks report. Each must be defined in the ruleset's rules.yaml (severity,
 * messages, basis); a ruleset turns one off with `enabled: false`. Add ids, never rename (DESIGN.md).
 */
export const RULE_IDS = [
  'document-missing',
  'deadline-missed',
  'deadline-approaching',
  'period-not-observed',
  'date-order',
  'case-number-mismatch',
  'document-number-form',
  'party-mismatch',
  'amount-mismatch',
  'officers-fewer-than-two',
  'officer-certificate-missing',
  'officer-certificate-invalid',
  'legal-basis-missing',
  'legal-basis-imprecise',
  'legal-basis-outdated',
  'simple-procedure-over-limit',
  'file-unreadable',
  'file-encrypted',
  'file-no-text',
  'file-duplicate',
  'file-unrecognized',
  'archive-empty',
  'zip-entry-rejected',
  'register-case-missing',
  'register-folder-unlisted',
  'register-mismatch',
  'case-number-duplicate',
  'surcharge-over-fine',
  'fine-outside-range',
  'limitation-expired',
  'remedy-clause',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
