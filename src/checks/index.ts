import { createHash } from 'node:crypto';
import type { Finding, NeedsReview, SkippedCheck } from '../model/report.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { completenessCheck } from './completeness.js';
import { consistencyCheck } from './consistency.js';
import type { AuditCase, Check, RawFinding, StepDate } from './context.js';
import { deadlinesCheck } from './deadlines.js';
import { enforcementCheck } from './enforcement.js';
import { filesCheck } from './files.js';
import { legalBasisCheck } from './legal-basis.js';
import { caseKey } from '../rounds/identity.js';
import { limitationCheck } from './limitation.js';
import { ocrDoubt, ocrDoubtReview } from './ocr-doubt.js';
import { vetoRule } from '../score/index.js';
import { officersCheck } from './officers.js';
import { orderCheck } from './order.js';
import { remedyCheck } from './remedy.js';

/** The check families run on every case, in report order. */
export const CHECKS: Check[] = [filesCheck, completenessCheck, deadlinesCheck, orderCheck, consistencyCheck, officersCheck, legalBasisCheck, enforcementCheck, limitationCheck, remedyCheck];

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

export function caseIdOf(kase: Pick<AuditCase, 'folder' | 'facts'>): string {
  return caseKey({ caseRef: kase.facts.caseRef, folder: kase.folder });
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

/**
 * Run every check on one case. A check that throws is reported as a check that could not be made
 * (with the error), so one bug never loses the rest of the audit.
 */
export function runChecks(kase: AuditCase, steps: Map<string, StepDate>, ruleset: Ruleset, asOf: string, lang: 'zh' | 'en', roster?: RosterOfficer[]): { findings: Finding[]; skipped: SkippedCheck[]; needsReview: NeedsReview[] } {
  const caseId = caseIdOf(kase);
  const findings: Finding[] = [];
  const skipped: SkippedCheck[] = [];
  const needsReview: NeedsReview[] = [];
  const floor = ruleset.vocabulary.reviewBelow;
  const seen = new Map<string, string | undefined>(); // fingerprint → file of the finding
  for (const check of CHECKS) {
    try {
      check.run({
        kase,
        ruleset,
        roster,
        asOf,
        steps,
        emit: (raw) => {
          // A rule the ruleset turned off reports nothing.
          if (!ruleset.rules.enabled(raw.rule)) return;
          // A defect that rests on what OCR was unsure of is a question for a person (ocr-doubt.ts).
          const doubt = ocrDoubt(kase, raw, floor, { veto: Boolean(vetoRule({ rule: raw.rule, data: raw.data } as Finding, ruleset.rubric)), absence: ruleset.rules.restsOnAbsence(raw.rule, raw.messageId) });
          if (doubt) {
            const message = ruleset.rules.format(raw.rule, raw.messageId, raw.data, lang);
            needsReview.push({ check: `ocr:${raw.rule}`, rule: raw.rule, file: raw.file, page: raw.page ?? doubt.page, ...ocrDoubtReview(ruleset.rules, message, doubt, lang) });
            return;
          }
          let finding = toFinding(ruleset.rules, raw, caseId, lang);
          // The same rule and key on another file (two receipts of one case, both misnumbered): the key
          // names the document type, and the second one adds its file so each keeps its own identity.
          const key = ruleset.rules.get(raw.rule)?.key;
          if (seen.has(finding.fingerprint) && seen.get(finding.fingerprint) !== raw.file && key && raw.file) {
            finding = toFinding(ruleset.rules, { ...raw, data: { ...raw.data, [key]: `${String(raw.data[key])}@${raw.file}` } }, caseId, lang);
          }
          if (seen.has(finding.fingerprint)) return;
          seen.set(finding.fingerprint, raw.file);
          findings.push(finding);
        },
        skip: (id, reason, data) => skipped.push({ check: id, reason, data }),
        review: ({ messageId, data, ...item }) => needsReview.push({ ...item, ...ruleset.rules.formatReview(item.rule, messageId, data, lang) }),
        confident: (source) => source !== undefined && (source.confidence ?? 1) >= floor,
      });
    } catch (error) {
      skipped.push({ check: check.id, reason: `internal error, check not completed: ${(error as Error).message}` });
    }
  }
  return { findings, skipped, needsReview };
}
