/**
 * The ruleset files' shapes. One zod schema per file is the truth: the loader validates with them, and
 * `npm run schemas` writes JSON Schema from them for editors.
 */
import { z } from 'zod';
import { DocumentType } from '../model/document.js';
import { RegisterMappingFile } from './register-schema.js';
import { Severity } from '../model/report.js';

const Day = z.iso.date();
/** Where a value comes from in law or practice; shown next to every finding it drives. */
const Basis = z.string().min(1);

export const RulesetMeta = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  name: z.string(),
  en: z.string().optional(),
});

export const DocumentSpec = z.strictObject({
  id: DocumentType,
  name: z.string(),
  en: z.string(),
  titles: z.array(z.string().min(2)).min(1),
  filenames: z.array(z.string().min(1)),
  keyDate: z.strictObject({
    labels: z.array(z.string()),
    fallback: z.enum(['last', 'first', 'none']),
  }),
  numbered: z.boolean(),
});
export type DocumentSpec = z.infer<typeof DocumentSpec>;

export const DocumentsFile = z.strictObject({
  documents: z.array(DocumentSpec).min(1),
  notCaseDocuments: z.strictObject({ titles: z.array(z.string()) }),
});

const Words = z.array(z.string().trim().min(1));

/**
 * The recognition vocabulary (vocabulary.yaml): labels and words the recognizer looks for, beyond the
 * titles in documents.yaml. Data, so a bureau whose templates differ extends it without code.
 */
export const VocabularyFile = z.strictObject({
  chrome: z.strictObject({
    /** page furniture lines (regular expressions over a line with spaces removed) */
    lines: z.array(z.string().refine(isRegExp, 'not a valid regular expression')),
    /** form-series words that may stand before a title on its line */
    titlePrefixes: Words,
    /** endings of an agency name that may stand before a title on its line */
    agencyEndings: Words,
  }),
  docNumber: z.strictObject({ labels: Words, agencyWords: Words.min(1), classWords: Words }),
  party: z.strictObject({
    labels: Words.min(1),
    endLabels: Words,
    byDocument: z.partialRecord(DocumentType, Words),
    addresseeDocuments: z.array(DocumentType),
  }),
  officers: z.strictObject({
    labels: Words.min(1),
    certificatePrefixes: Words,
    servers: Words,
    /** sentences naming officers: regular expressions with named groups `names` and `certs` */
    sentences: z.array(z.string().refine(isRegExp, 'not a valid regular expression').refine((x) => x.includes('?<names>'), 'needs a named group (?<names>…)')).default([]),
  }),
  unit: z.strictObject({ labels: Words }),
  /** fields read with less confidence than this cannot carry a defect alone: they become needs-review */
  reviewBelow: z.number().min(0).max(1),
});
export type Vocabulary = z.infer<typeof VocabularyFile>;

const ThresholdPair = z.strictObject({
  organisation: z.number().nonnegative(),
  individual: z.number().nonnegative(),
  local: z.boolean(),
  basis: Basis,
});
export type ThresholdPair = z.infer<typeof ThresholdPair>;
export const ThresholdsFile = z.strictObject({
  thresholds: z.strictObject({
    hearing: ThresholdPair,
    legalReview: ThresholdPair,
    collectiveDiscussion: ThresholdPair,
    simpleProcedure: ThresholdPair,
    simpleProcedureBefore2021: ThresholdPair,
  }),
});
export type Thresholds = z.infer<typeof ThresholdsFile>['thresholds'];
export type ThresholdName = keyof Thresholds;

export const Regime = z.strictObject({
  id: z.string(),
  name: z.string(),
  from: Day.nullable(),
  until: Day.nullable(),
  note: z.string().optional(),
  /** false: the regime's rules are not encoded; cases under it are checked against `fallback` and the report says so */
  encoded: z.boolean().default(true),
  fallback: z.string().optional(),
});
export type Regime = z.infer<typeof Regime>;
export const RegimesFile = z.strictObject({ regimes: z.array(Regime).min(1) });

export const Condition = z.strictObject({
  fineAtLeast: z.union([z.number(), z.enum(['hearing', 'legalReview', 'collectiveDiscussion'])]).optional(),
  partyKind: z.enum(['organisation', 'individual']).optional(),
  has: DocumentType.optional(),
  decisionLaterThanDays: z.number().int().positive().optional(),
  closed: z.boolean().optional(),
  /** a document type absent from the case */
  lacks: DocumentType.optional(),
  /** the text of one of these documents matches the pattern (e.g. 责令停产停业 in the decision) */
  mentions: z.strictObject({ documents: z.array(DocumentType).min(1), pattern: z.string().refine(isRegExp, 'not a valid regular expression'), zh: z.string(), en: z.string() }).optional(),
  fineImposed: z.boolean().optional(),
  /**
   * the case's regime (regimes.yaml ids, by 立案 date) is one of these. In a regime that is not encoded
   * (e.g. 应急管理部令第18号) and not listed, the requirement is reported as not checked, never assumed.
   */
  regimes: z.array(z.string()).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const CaseType = z.strictObject({
  id: z.string(),
  name: z.string(),
  en: z.string(),
  detect: z.strictObject({ default: z.boolean().optional(), has: DocumentType.optional(), lacks: DocumentType.optional() }),
  required: z.array(
    z.strictObject({
      document: DocumentType,
      when: Condition.optional(),
      /** another document that fulfils the requirement when its text matches (e.g. a 告知书 stating the hearing right) */
      satisfiedBy: z.array(z.strictObject({ document: DocumentType, textPattern: z.string().refine(isRegExp, 'not a valid regular expression') })).optional(),
      basis: Basis,
    }),
  ),
  served: z.array(z.strictObject({ document: DocumentType, basis: Basis })),
});
export type CaseType = z.infer<typeof CaseType>;
export const CaseTypesFile = z.strictObject({ caseTypes: z.array(CaseType).min(1) });

export const Step = z.strictObject({
  document: DocumentType,
  servedDocument: DocumentType.optional(),
  pick: z.enum(['earliest', 'latest']),
});
export type Step = z.infer<typeof Step>;
export const OrderPair = z.strictObject({ first: z.string(), then: z.string(), veto: z.boolean(), basis: Basis });
export type OrderPair = z.infer<typeof OrderPair>;
export const StepsFile = z.strictObject({
  steps: z.record(z.string(), Step),
  order: z.array(OrderPair),
});

export const Deadline = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.number().int().positive(),
  unit: z.enum(['calendar', 'working']),
  /** limit: `to` no later than from + days; minimum: `to` later than from + days (a period that must run out); before: `to` no earlier than from + days (notice at least N days before) */
  kind: z.enum(['limit', 'minimum', 'before']),
  /**
   * documents in the case that raise the limit; the largest applicable one counts. `textPattern`: the
   * document's text must match (e.g. the upper level's approval, 上一级, for the 180-day step).
   */
  extensions: z
    .array(z.strictObject({ document: DocumentType, days: z.number().int().positive(), note: z.string(), textPattern: z.string().refine(isRegExp, 'not a valid regular expression').optional() }))
    .optional(),
  readFromNotice: z.boolean().optional(),
  regimes: z.array(z.string()).optional(),
  caseTypes: z.array(z.string()).optional(),
  local: z.boolean().optional(),
  basis: Basis,
  openAsOf: z.boolean().optional(),
  /** a calendar limit ending on a rest day runs to the next working day (only where the law says so) */
  endOnWorkingDay: z.boolean().optional(),
  /**
   * who the period binds. `party`: the party's own time (e.g. 15 days to pay, 行政处罚法 art. 67) — never
   * a defect of the file; listed so the report can say what it is. Default: the agency.
   */
  binds: z.enum(['agency', 'party']).optional(),
  /** the deadline does not arise when the case holds one of these documents (e.g. the fine was paid) */
  unless: z.array(DocumentType).optional(),
  /** the deadline arises only when a document of this type says so (e.g. a 告知书 that states the hearing right) */
  requiresText: z.strictObject({ document: DocumentType, pattern: z.string().refine(isRegExp, 'not a valid regular expression') }).optional(),
  /** the period ends early when a document of this type says so (e.g. the party waived the hearing in writing) */
  waivedBy: z.strictObject({ documents: z.array(DocumentType), pattern: z.string().refine(isRegExp, 'not a valid regular expression') }).optional(),
  /** with one of these documents the deadline cannot be computed from what is read (e.g. an approved 延期/分期): reported as not checked */
  notCheckedWith: z.array(DocumentType).optional(),
});
export type Deadline = z.infer<typeof Deadline>;
export const DeadlinesFile = z.strictObject({ deadlines: z.array(Deadline) });

export const CitationsFile = z.strictObject({
  laws: z.array(
    z.strictObject({
      id: z.string(),
      titles: z.array(z.string()).min(1),
      /** articles whose penalty clauses are split into 项 (laws without `versions`) */
      articlesWithItems: z.array(z.number().int()),
      /**
       * The law's versions by the date they were in force. A case is placed in one by its dates (the
       * violation as observed at inspection/filing, and the decision): both must fall in the same version,
       * else the version-dependent checks are reported as not checked.
       */
      versions: z
        .array(
          z.strictObject({
            id: z.string(),
            from: Day.nullable(),
            until: Day.nullable(),
            /** false: this version's article data are not encoded; its citations are not checked for 项 or existence */
            encoded: z.boolean().default(true),
            /** the highest article number: a citation above it names an article this version does not have */
            articleCount: z.number().int().positive().optional(),
            articlesWithItems: z.array(z.number().int()).default([]),
            /** the highest fine (yuan) each penalty article allows, over all its clauses and subjects */
            fineMax: z.record(z.string().regex(/^\d+$/), z.number().positive()).default({}),
            /** penalty articles whose fine has no fixed ceiling (multiples of gains or income, daily fines): range not checked */
            uncapped: z.array(z.number().int()).default([]),
            basis: Basis,
          }),
        )
        .optional(),
    }),
  ),
  decisionDocuments: z.array(DocumentType),
  outdated: z.array(
    z.strictObject({
      law: z.string(),
      articles: z.array(z.number().int()),
      documents: z.array(DocumentType),
      datedFrom: Day,
      replacement: z.string(),
      basis: Basis,
      /**
       * Only a citation whose sentence matches this pattern is outdated: the same number may be a lawful
       * article of the new version (2021 art. 32 从轻减轻, art. 42 two officers), so the words around it
       * (告知, 陈述, 申辩, 听证) tell which version was meant. Absent: any citation of these articles.
       */
      context: z.string().refine(isRegExp, 'not a valid regular expression').optional(),
    }),
  ),
  outdatedPhrases: z.array(
    z.strictObject({
      id: z.string(),
      pattern: z.string().refine(isRegExp, 'not a valid regular expression'),
      documents: z.array(DocumentType),
      datedFrom: Day,
      replacement: z.string(),
      /** the case's legal regime (regimes.yaml ids) the phrase is checked in; absent: any */
      regimes: z.array(z.string()).optional(),
    }),
  ),
});
export type Citations = z.infer<typeof CitationsFile>;

export const RubricFile = z.strictObject({
  local: z.boolean(),
  categories: z.array(z.strictObject({ id: z.string(), name: z.string(), en: z.string(), points: z.number().positive() })).min(1),
  deductions: z.array(
    z.strictObject({
      rule: z.string(),
      category: z.string(),
      points: z.number().nonnegative(),
      documents: z.record(z.string(), z.number().nonnegative()).optional(),
    }),
  ),
  veto: z.array(
    z.strictObject({
      rule: z.string(),
      documents: z.array(DocumentType).optional(),
      vetoData: z.boolean().optional(),
      reason: z.string(),
    }),
  ),
  repeatMultiplier: z.number().min(1),
  grades: z.array(z.strictObject({ id: z.string(), name: z.string(), en: z.string(), min: z.number() })).min(1),
  vetoGrade: z.string(),
});
export type Rubric = z.infer<typeof RubricFile>;

export const RoundsFile = z.strictObject({
  local: z.boolean(),
  prevalence: z.strictObject({
    caseShare: z.number().min(0).max(1),
    unitShare: z.number().min(0).max(1),
    minCases: z.number().int().min(1),
  }),
  measures: z.record(z.string(), z.string()).refine((m) => typeof m.default === 'string', 'a `default` measure is required'),
});
export type Rounds = z.infer<typeof RoundsFile>;

export const TargetsFile = z.strictObject({
  local: z.boolean(),
  basis: z.string(),
  closedWithinLimit: z.number().min(0).max(1),
  errorRate: z.number().min(0).max(1),
  proactiveShare: z.number().min(0).max(1),
  officersCertified: z.number().min(0).max(1),
  adverseOutcomes: z.number().int().min(0),
  proactiveGrowth: z.number(),
  adverseOutcomeWords: z.array(z.string().min(1)),
  /**
   * spans of the outcome text removed before the adverse words are looked for: "驳回原告要求撤销…的诉讼
   * 请求" means the decision stood, though it contains 撤销
   */
  adverseOutcomeExceptions: z.array(z.string().refine(isRegExp, 'not a valid regular expression')).default([]),
  /** the case-handling limit (立案 → decision, with approved extensions): the only deadlines 法定期限内结案率 counts */
  agencyDeadlines: z.array(z.string()),
  /**
   * archive formalities (立卷归档), counted apart from the substantive error rate: these rules, and
   * document-missing for these documents
   */
  formalityRules: z.array(z.string()).default([]),
  formalityDocuments: z.array(DocumentType).default([]),
});
export type Targets = z.infer<typeof TargetsFile>;

const Text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * One rule of the catalogue (rules.yaml). The id is the stable contract (reports, SARIF, waivers, round
 * comparison): never renamed. Severity, wording and `enabled` are the bureau's to change.
 */
export const RuleSpec = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** the check family that reports it (one module under src/checks/) */
  family: z.string(),
  severity: Severity,
  /** false: the rule is off in this ruleset and its findings are dropped */
  enabled: z.boolean().default(true),
  /** the data key that identifies one finding of this rule (DESIGN.md) */
  key: z.string(),
  title: Text,
  description: Text,
  /** regimes (regimes.yaml ids) the rule applies to; absent: every regime */
  regimes: z.array(z.string()).optional(),
  /**
   * The findings that report what a document's text does not say (a second officer, a certificate
   * number, a citation, a remedy clause): true for all of the rule's, or a list of message ids. On a
   * document read by OCR that is not evidence (OCR may have missed it), so such a finding is
   * needs-review there (src/checks/ocr-doubt.ts).
   */
  absence: z.union([z.boolean(), z.array(z.string())]).default(false),
  /** where the rule comes from: law, 条/款/项 and version, per regime (absent regimes: all) */
  basis: z.array(z.strictObject({ text: z.string().min(1), regimes: z.array(z.string()).optional() })),
  /** message templates by message id; `{name}` is replaced from the finding's data */
  messages: z.record(z.string(), Text),
  /**
   * needs-review wording by message id: what a person should look at, and why the tool could not decide
   * (an input not read, or read with low confidence); `{name}` is replaced from the item's data
   */
  reviews: z.record(z.string(), z.strictObject({ what: Text, reason: Text })).default({}),
});
export type RuleSpec = z.infer<typeof RuleSpec>;
export const RulesFile = z.strictObject({ rules: z.array(RuleSpec).min(1) });

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The ruleset's files and the schema each must satisfy. */
export const RULESET_FILES = {
  'register.yaml': RegisterMappingFile,
  'rules.yaml': RulesFile,
  'ruleset.yaml': RulesetMeta,
  'documents.yaml': DocumentsFile,
  'vocabulary.yaml': VocabularyFile,
  'thresholds.yaml': ThresholdsFile,
  'regimes.yaml': RegimesFile,
  'case-types.yaml': CaseTypesFile,
  'steps.yaml': StepsFile,
  'deadlines.yaml': DeadlinesFile,
  'citations.yaml': CitationsFile,
  'rubric.yaml': RubricFile,
  'rounds.yaml': RoundsFile,
  'targets.yaml': TargetsFile,
} as const;
