import { z } from 'zod';
import { CaseDocument, CaseRef, IsoDate } from './document.js';
import { Comparison, FocusItem, RuleHistory, WaiverUse } from './rounds.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * Status of a finding against earlier rounds. `could-not-check` findings (rule `check-skipped`) record a
 * check that needed a date or field that could not be read: they never pass silently.
 */
export const FindingStatus = z.enum(['new', 'recurring', 'resolved']);

/** A structured location: writers render it; nothing depends on line numbers. */
export const Location = z.object({
  file: z.string().optional(),
  page: z.number().int().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

export const Finding = z.object({
  /** stable rule id (DESIGN.md), e.g. deadline-missed */
  rule: z.string(),
  severity: Severity,
  /** message in the report's language, from the catalogue */
  message: z.string(),
  /** message id within the rule's catalogue entry (secretlint style) */
  messageId: z.string(),
  /** the data the message was built from; the rule's key field (DESIGN.md) identifies one finding */
  data: z.record(z.string(), z.unknown()),
  file: z.string().optional(),
  page: z.number().int().optional(),
  /** further locations, e.g. the register cell and the document page that disagree */
  related: z.array(Location.extend({ note: z.string().optional() })).optional(),
  /** points taken off by the rubric (after caps); 0 when the rule is not scored */
  deduction: z.number(),
  /** rubric category id, e.g. procedure; empty when not scored */
  category: z.string(),
  /** true when the rubric makes this finding a veto item (一票否决) */
  veto: z.boolean(),
  /** case + rule + key: the same defect across runs and rounds */
  fingerprint: z.string(),
  status: FindingStatus.optional(),
  /** with --previous: the round this defect was first seen in (recurring findings) */
  since: z.string().optional(),
  waived: z.object({ reason: z.string(), approver: z.string() }).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** A check that could not be performed for a case (a date or field could not be read, or not implemented). */
export const SkippedCheck = z.object({
  check: z.string(),
  reason: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type SkippedCheck = z.infer<typeof SkippedCheck>;

/**
 * Something a person must look at because the tool could not read it, or read it with low confidence:
 * a scanned page, a date or officer line it could not read, a document it could not type. Never a
 * deduction and never a veto: a defect needs positive evidence (the document is missing, or it was read
 * and lacks the thing).
 */
export const NeedsReview = z.object({
  /** the check that could not decide, e.g. officers, deadline:service-within-7wd, completeness:hearing-notice */
  check: z.string(),
  /** the rule it would have reported, had the input been read */
  rule: z.string().optional(),
  file: z.string().optional(),
  page: z.number().int().optional(),
  /** what to look at, in the report's language */
  what: z.string(),
  /** why the tool could not decide */
  reason: z.string(),
});
export type NeedsReview = z.infer<typeof NeedsReview>;

export const CategoryScore = z.object({
  category: z.string(),
  /** Chinese name from the rubric, and the English one */
  name: z.string(),
  en: z.string().optional(),
  points: z.number(),
  deducted: z.number(),
  /** deductions before the category cap ("扣完为止") */
  uncapped: z.number(),
});

export const CaseResult = z.object({
  /** case folder relative to the audit root */
  folder: z.string(),
  caseNumber: z.string().optional(),
  caseRef: CaseRef.optional(),
  party: z.string().optional(),
  unit: z.string().optional(),
  /** case type id from the ruleset, e.g. general / simple */
  type: z.string(),
  filingDate: IsoDate.optional(),
  decisionDate: IsoDate.optional(),
  fine: z.number().optional(),
  /** legal regime id applied (picked by 立案 date) */
  regime: z.string().optional(),
  score: z.number(),
  /** grade band id from the rubric (stable across languages), e.g. excellent */
  grade: z.string(),
  /** the band's name in the report's language, e.g. 优秀 */
  gradeName: z.string().optional(),
  veto: z.boolean(),
  vetoReasons: z.array(z.string()),
  categories: z.array(CategoryScore),
  documents: z.array(CaseDocument),
  findings: z.array(Finding),
  skipped: z.array(SkippedCheck),
  /** what a person must read because the tool could not (never deducted, never a veto) */
  needsReview: z.array(NeedsReview).default([]),
});
export type CaseResult = z.infer<typeof CaseResult>;

/** One of the enforcement plan's targets, measured on this round (overall and per unit). */
export const TargetResult = z.object({
  id: z.string(),
  name: z.string(),
  /** the target as written, e.g. ≥ 85% */
  target: z.string(),
  /** measured value (share 0..1, or a count); null when it could not be measured */
  value: z.number().nullable(),
  display: z.string(),
  pass: z.boolean().nullable(),
  /** why it could not be measured, or how it was */
  note: z.string().optional(),
  perUnit: z.array(z.object({ unit: z.string(), value: z.number().nullable(), display: z.string(), pass: z.boolean().nullable() })),
});
export type TargetResult = z.infer<typeof TargetResult>;

/** Every input file is accounted for exactly once: as a case document, or here with the reason. */
export const FileEntry = z.object({
  file: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  /** document: read into a case; register/roster: used as such; skipped: junk; unreadable, unsupported */
  disposition: z.enum(['document', 'register', 'roster', 'skipped', 'unreadable', 'unsupported', 'container']),
  reason: z.string().optional(),
  case: z.string().optional(),
});
export type FileEntry = z.infer<typeof FileEntry>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('caseaudit'), version: z.string() }),
  ruleset: z.object({ id: z.string(), version: z.string(), name: z.string().optional() }),
  lang: z.enum(['zh', 'en']),
  round: z.object({
    id: z.string(),
    asOf: IsoDate,
    generatedAt: z.string(),
    /** the folder the report's paths are relative to (relative to where caseaudit ran) */
    base: z.string().optional(),
    inputs: z.array(z.object({ path: z.string(), sha256: z.string().optional() })),
  }),
  /** the rubric's grade bands, so writers can name and order grades of any ruleset */
  rubric: z
    .object({
      grades: z.array(z.object({ id: z.string(), name: z.string(), en: z.string(), min: z.number() })),
      vetoGrade: z.string(),
    })
    .optional(),
  summary: z.object({
    cases: z.number(),
    files: z.number(),
    findings: z.number(),
    bySeverity: z.record(z.string(), z.number()),
    /** cases per grade band id */
    byGrade: z.record(z.string(), z.number()),
    vetoed: z.number(),
    averageScore: z.number().nullable(),
    /** needs-review items over all cases: counted apart from findings */
    needsReview: z.number().default(0),
  }),
  cases: z.array(CaseResult),
  /** findings not about one case: register rows, files outside any case */
  findings: z.array(Finding),
  files: z.array(FileEntry),
  /** checks or ruleset parts that are not implemented or not applicable; said, never silently passed */
  notes: z.array(z.string()),
  /** with --previous: what was compared, and each rule's history per unit */
  comparison: Comparison.optional(),
  history: z.array(RuleHistory).optional(),
  /** prevalent (普遍性) and recurring problems: the next round's focus items */
  focus: z.array(FocusItem).optional(),
  /** the previous round's focus rules, shown first this round */
  previousFocus: z.array(z.string()).optional(),
  waivers: z.array(WaiverUse).optional(),
  /** the enforcement plan's targets (REFERENCE §1) */
  targets: z.array(TargetResult).optional(),
  /** OCR of scanned pages (--ocr): the mode, and the engine, model and versions that read them */
  ocr: z
    .object({
      mode: z.enum(['auto', 'on', 'off']),
      available: z.boolean(),
      reason: z.string().optional(),
      engine: z.string(),
      version: z.string().optional(),
      model: z.string(),
      renderer: z.string().optional(),
      dpi: z.number().optional(),
    })
    .optional(),
});
export type Report = z.infer<typeof Report>;
