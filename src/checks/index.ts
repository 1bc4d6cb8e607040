import type { Finding, NeedsReview, SkippedCheck } from '../model/report.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import { completenessCheck } from './completeness.js';
import { consistencyCheck } from './consistency.js';
import type { AuditCase, Check, StepDate } from './context.js';
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
import { toFinding } from './finding.js';

/** The check families run on every case, in report order. */
export const CHECKS: Check[] = [filesCheck, completenessCheck, deadlinesCheck, orderCheck, consistencyCheck, officersCheck, legalBasisCheck, enforcementCheck, limitationCheck, remedyCheck];

export function caseIdOf(kase: Pick<AuditCase, 'folder' | 'facts'>): string {
  return caseKey({ caseRef: kase.facts.caseRef, folder: kase.folder });
}

/**
 * Run every check on one case. A check that throws is reported as a check that could not be made
 * (with the error), so one bug never loses the rest of the audit.
 *
 * `asOfRead` says whether any check read the as-of date. Most cases' results do not depend on it (a
 * closed case, or one with every step taken), and the case cache keeps those for any as-of date: the
 * next round, or tomorrow's CI run, finds them (engine/audit-case.ts).
 */
export function runChecks(kase: AuditCase, steps: Map<string, StepDate>, ruleset: Ruleset, asOf: string, lang: 'zh' | 'en', roster?: RosterOfficer[]): { findings: Finding[]; skipped: SkippedCheck[]; needsReview: NeedsReview[]; asOfRead: boolean } {
  const caseId = caseIdOf(kase);
  const findings: Finding[] = [];
  const skipped: SkippedCheck[] = [];
  const needsReview: NeedsReview[] = [];
  const floor = ruleset.vocabulary.reviewBelow;
  const seen = new Map<string, string | undefined>(); // fingerprint → file of the finding
  let asOfRead = false;
  for (const check of CHECKS) {
    try {
      check.run({
        kase,
        ruleset,
        roster,
        get asOf() {
          asOfRead = true;
          return asOf;
        },
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
  return { findings, skipped, needsReview, asOfRead };
}
