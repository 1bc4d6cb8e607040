import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { JsonStore } from '../read/cache.js';
import type { RegisterMapping } from './register-schema.js';
import { RULE_IDS } from './rule-ids.js';
import { cachedYaml, yamlPackage } from './yaml.js';
import { EXTENDABLE, mergeOverBuiltin } from './extends.js';
import { nearest } from '../text/nearest.js';
import { RuleCatalogue } from './rules.js';
import { CalendarData, createCalendar, type HolidayCalendar } from './calendar.js';
import {
  CaseTypesFile,
  CitationsFile,
  DeadlinesFile,
  DocumentsFile,
  RegimesFile,
  RubricFile,
  RoundsFile,
  RulesetMeta,
  RulesFile,
  RULESET_FILES,
  StepsFile,
  ThresholdsFile,
  type CaseType,
  type Citations,
  type Deadline,
  type DocumentSpec,
  type OrderPair,
  type Regime,
  type Rounds,
  type Targets,
  type Rubric,
  type Step,
  type Thresholds,
  type Vocabulary,
  VocabularyFile,
} from './schema.js';

/** The built-in ruleset shipped in the package. */
export const BUILTIN_RULESET_DIR = fileURLToPath(new URL('../../schemas/work-safety/', import.meta.url));

/** A loaded, validated ruleset: everything checks and scoring know of the law and the rubric. */
export interface Ruleset {
  dir: string;
  meta: z.infer<typeof RulesetMeta>;
  /** the rule catalogue (rules.yaml): severities, messages, legal basis, on/off */
  rules: RuleCatalogue;
  documents: DocumentSpec[];
  notCaseDocumentTitles: string[];
  /** labels and words the recognizer looks for (vocabulary.yaml) */
  vocabulary: Vocabulary;
  thresholds: Thresholds;
  regimes: Regime[];
  caseTypes: CaseType[];
  steps: Record<string, Step>;
  order: OrderPair[];
  deadlines: Deadline[];
  citations: Citations;
  rubric: Rubric;
  rounds: Rounds;
  /** case register (台账) column mapping */
  register: RegisterMapping;
  targets: Targets;
  calendar: HolidayCalendar;
}

export interface RulesetIssue {
  file: string;
  path: string;
  message: string;
}

/** Every problem in a ruleset at once, with file and path, so a user fixes them in one pass. */
export class RulesetError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: RulesetIssue[],
  ) {
    super(`ruleset ${dir} has ${issues.length} problem(s):\n` + issues.map((i) => `  ${i.file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`).join('\n'));
    this.name = 'RulesetError';
  }
}

/**
 * Load and validate a ruleset folder. `parsedYaml` (the cache's store) keeps each YAML file's parsed
 * data under the hash of its text: parsing the ruleset's 120 KB of YAML took 0.2 s, a tenth of a warm
 * audit, and the data is validated here every time as before.
 */
export async function loadRuleset(dir: string = BUILTIN_RULESET_DIR, parsedYaml?: JsonStore): Promise<Ruleset> {
  const issues: RulesetIssue[] = [];
  const parsed: Record<string, unknown> = {};
  // `extends: builtin`: files and keys the folder lacks come from the built-in ruleset (./extends.ts)
  const base = (await extendsBuiltin(dir, issues)) ? BUILTIN_RULESET_DIR : undefined;
  // unknown rule ids in rules.yaml: reported with the cross-file checks, so every problem shows at once
  const unknownRules: RulesetIssue[] = [];
  for (const [file, schema] of Object.entries(RULESET_FILES)) {
    parsed[file] = await loadFile(dir, file, schema, file === 'rules.yaml' ? unknownRules : issues, 'yaml', base, parsedYaml);
  }
  const calendarData = await loadFile(dir, 'calendar.json', CalendarData, issues, 'json', base);
  if (issues.length > 0 || !parsed['rules.yaml']) throw new RulesetError(dir, [...issues, ...unknownRules]);

  const ruleset: Ruleset = {
    dir,
    meta: parsed['ruleset.yaml'] as z.infer<typeof RulesetMeta>,
    rules: new RuleCatalogue((parsed['rules.yaml'] as z.infer<typeof RulesFile>).rules),
    documents: (parsed['documents.yaml'] as z.infer<typeof DocumentsFile>).documents,
    notCaseDocumentTitles: (parsed['documents.yaml'] as z.infer<typeof DocumentsFile>).notCaseDocuments.titles,
    vocabulary: parsed['vocabulary.yaml'] as z.infer<typeof VocabularyFile>,
    thresholds: (parsed['thresholds.yaml'] as z.infer<typeof ThresholdsFile>).thresholds,
    regimes: (parsed['regimes.yaml'] as z.infer<typeof RegimesFile>).regimes,
    caseTypes: (parsed['case-types.yaml'] as z.infer<typeof CaseTypesFile>).caseTypes,
    steps: (parsed['steps.yaml'] as z.infer<typeof StepsFile>).steps,
    order: (parsed['steps.yaml'] as z.infer<typeof StepsFile>).order,
    deadlines: (parsed['deadlines.yaml'] as z.infer<typeof DeadlinesFile>).deadlines,
    citations: parsed['citations.yaml'] as Citations,
    rubric: parsed['rubric.yaml'] as Rubric,
    rounds: parsed['rounds.yaml'] as z.infer<typeof RoundsFile>,
    register: parsed['register.yaml'] as RegisterMapping,
    targets: parsed['targets.yaml'] as Targets,
    calendar: createCalendar(calendarData),
  };
  crossCheck(ruleset, issues);
  issues.push(...unknownRules);
  if (issues.length > 0) throw new RulesetError(dir, issues);
  return ruleset;
}

async function loadFile(dir: string, file: string, schema: z.ZodType, issues: RulesetIssue[], format: 'yaml' | 'json', base?: string, parsedYaml?: JsonStore): Promise<unknown> {
  const local = await readData(dir, file, issues, format, base !== undefined, parsedYaml);
  if (local === INVALID) return undefined;
  let data = local;
  if (base !== undefined) {
    const builtin = await readData(base, file, issues, format, false, parsedYaml);
    if (builtin === INVALID) return undefined;
    data = mergeOverBuiltin(builtin, local);
  }
  if (file === 'rules.yaml') data = withoutUnknownRules(data, issues);
  // `extends` is read by extendsBuiltin; the file's schema describes the rest
  if (file === 'ruleset.yaml' && data && typeof data === 'object') data = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'extends'));
  // Checked once a run: without zod's generated fast path, which costs more to generate (some 15 ms
  // over the ruleset's files) than it saves on one pass.
  const result = schema.safeParse(data, { jitless: true });
  if (!result.success) {
    const merged = base !== undefined && local !== undefined ? ' (in the file merged over the built-in one)' : '';
    for (const issue of result.error.issues) issues.push({ file, path: issue.path.join('.'), message: issue.message + merged });
    return undefined;
  }
  return result.data;
}

const INVALID = Symbol('invalid');

/**
 * A rule no check reports is a misspelling (or a rule of another tool version): its settings would do
 * nothing. Reported by id, and left out before the schema runs, so the error names the misspelling
 * rather than the fields an extending ruleset rightly left out.
 */
function withoutUnknownRules(data: unknown, issues: RulesetIssue[]): unknown {
  const rules = (data as { rules?: unknown })?.rules;
  if (!Array.isArray(rules)) return data;
  const known = new Set<string>(RULE_IDS);
  const kept = rules.filter((rule, i) => {
    const id = (rule as { id?: unknown })?.id;
    if (typeof id !== 'string' || known.has(id)) return true;
    issues.push({ file: 'rules.yaml', path: `rules.${i}.id`, message: `unknown rule "${id}": caseaudit reports no such rule${nearest(id, RULE_IDS)}` });
    return false;
  });
  return { ...(data as object), rules: kept };
}

/** A ruleset file's data; undefined when it may be absent (an extending ruleset) and is. */
async function readData(dir: string, file: string, issues: RulesetIssue[], format: 'yaml' | 'json', optional: boolean, parsedYaml?: JsonStore): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && optional) return undefined;
    issues.push({ file, path: '', message: missing ? 'file is missing' : String(error) });
    return INVALID;
  }
  if (format === 'yaml') return parseYaml(text, file, issues, parsedYaml);
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, path: '', message: (error as Error).message });
    return INVALID;
  }
}

/** A YAML file's data, from the store when the same text was parsed before by the same parser. */
function parseYaml(text: string, file: string, issues: RulesetIssue[], store?: JsonStore): unknown {
  let invalid = false;
  const data = cachedYaml(
    text,
    '1',
    (t) => {
      const doc = yamlPackage().parseDocument(t, { prettyErrors: true });
      // Later parse errors are usually echoes of the first: report a few, not hundreds.
      for (const e of doc.errors.slice(0, 3)) issues.push({ file, path: `line ${e.linePos?.[0].line ?? '?'}`, message: e.message.split('\n')[0] });
      invalid = doc.errors.length > 0;
      return invalid ? undefined : doc.toJS();
    },
    store,
  );
  return invalid ? INVALID : data;
}

/** Whether the folder's ruleset.yaml says `extends: builtin` (any other value is a ruleset error). */
async function extendsBuiltin(dir: string, issues: RulesetIssue[]): Promise<boolean> {
  if (path.resolve(dir) === path.resolve(BUILTIN_RULESET_DIR)) return false;
  const meta = await readData(dir, 'ruleset.yaml', [], 'yaml', true);
  if (!meta || typeof meta !== 'object' || !('extends' in meta)) return false;
  const value = (meta as { extends: unknown }).extends;
  if (value === EXTENDABLE) return true;
  issues.push({ file: 'ruleset.yaml', path: 'extends', message: `only "${EXTENDABLE}" can be extended, got ${JSON.stringify(value)}` });
  return false;
}

/** References between files: a step, regime, category or grade named in one file must exist in another. */
function crossCheck(r: Ruleset, issues: RulesetIssue[]): void {
  r.rules.list.forEach((rule, i) => {
    const absence = Array.isArray(rule.absence) ? rule.absence : [];
    for (const m of absence) if (!(m in rule.messages)) issues.push({ file: 'rules.yaml', path: `rules.${i}.absence`, message: `unknown message "${m}" of rule ${rule.id}` });
  });
  const stepIds = new Set(Object.keys(r.steps));
  const regimeIds = new Set(r.regimes.map((x) => x.id));
  const caseTypeIds = new Set(r.caseTypes.map((x) => x.id));
  const categories = new Set(r.rubric.categories.map((c) => c.id));
  r.order.forEach((p, i) => {
    for (const s of [p.first, p.then]) if (!stepIds.has(s)) issues.push({ file: 'steps.yaml', path: `order.${i}`, message: `unknown step "${s}"` });
  });
  r.deadlines.forEach((d, i) => {
    for (const s of [d.from, d.to]) if (!stepIds.has(s)) issues.push({ file: 'deadlines.yaml', path: `deadlines.${i}`, message: `unknown step "${s}"` });
    for (const g of d.regimes ?? []) if (!regimeIds.has(g)) issues.push({ file: 'deadlines.yaml', path: `deadlines.${i}.regimes`, message: `unknown regime "${g}"` });
    for (const t of d.caseTypes ?? []) if (!caseTypeIds.has(t)) issues.push({ file: 'deadlines.yaml', path: `deadlines.${i}.caseTypes`, message: `unknown case type "${t}"` });
  });
  const ids = r.deadlines.map((d) => d.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) issues.push({ file: 'deadlines.yaml', path: `deadlines.${i}.id`, message: `duplicate deadline id "${id}"` });
  });
  r.regimes.forEach((g, i) => {
    if (g.fallback && !regimeIds.has(g.fallback)) issues.push({ file: 'regimes.yaml', path: `regimes.${i}.fallback`, message: `unknown regime "${g.fallback}"` });
    if (!g.encoded && !g.fallback) issues.push({ file: 'regimes.yaml', path: `regimes.${i}`, message: 'a regime that is not encoded needs a fallback' });
  });
  r.rubric.deductions.forEach((d, i) => {
    if (!categories.has(d.category)) issues.push({ file: 'rubric.yaml', path: `deductions.${i}.category`, message: `unknown category "${d.category}"` });
  });
  const mins = r.rubric.grades.map((g) => g.min);
  if (mins.some((m, i) => i > 0 && m >= mins[i - 1])) issues.push({ file: 'rubric.yaml', path: 'grades', message: 'grade bands must be listed highest first' });
  if (!r.rubric.grades.some((g) => g.id === r.rubric.vetoGrade)) issues.push({ file: 'rubric.yaml', path: 'vetoGrade', message: `unknown grade "${r.rubric.vetoGrade}"` });
  const lawIds = new Set(r.citations.laws.map((l) => l.id));
  r.citations.outdated.forEach((o, i) => {
    if (!lawIds.has(o.law)) issues.push({ file: 'citations.yaml', path: `outdated.${i}.law`, message: `unknown law "${o.law}"` });
  });
  checkRuleIds(r, issues);
  const docIds = r.documents.map((d) => d.id);
  docIds.forEach((id, i) => {
    if (docIds.indexOf(id) !== i) issues.push({ file: 'documents.yaml', path: `documents.${i}.id`, message: `duplicate document id "${id}"` });
  });
}

/**
 * Rule ids tie the files together: every rule the checks report must be in rules.yaml (turn one off with
 * `enabled: false`, never delete it), and a rule id named anywhere else in the ruleset must exist.
 */
function checkRuleIds(r: Ruleset, issues: RulesetIssue[]): void {
  const ids = r.rules.list.map((x) => x.id);
  const regimeIds = new Set(r.regimes.map((x) => x.id));
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) issues.push({ file: 'rules.yaml', path: `rules.${i}.id`, message: `duplicate rule id "${id}"` });
  });
  for (const id of RULE_IDS) if (!r.rules.has(id)) issues.push({ file: 'rules.yaml', path: 'rules', message: `rule "${id}" is missing (set enabled: false to turn it off)` });
  const known = new Set<string>(RULE_IDS);
  r.rules.list.forEach((rule, i) => {
    const named = [...(rule.regimes ?? []), ...rule.basis.flatMap((b) => b.regimes ?? [])];
    for (const g of named) if (!regimeIds.has(g)) issues.push({ file: 'rules.yaml', path: `rules.${i}`, message: `unknown regime "${g}"` });
  });
  const unknown = (file: string, path: string, id: string) => {
    if (!r.rules.has(id) || !known.has(id)) issues.push({ file, path, message: `unknown rule "${id}"${nearest(id, RULE_IDS)}` });
  };
  r.rubric.deductions.forEach((d, i) => unknown('rubric.yaml', `deductions.${i}.rule`, d.rule));
  r.rubric.veto.forEach((v, i) => unknown('rubric.yaml', `veto.${i}.rule`, v.rule));
  for (const id of Object.keys(r.rounds.measures)) if (id !== 'default') unknown('rounds.yaml', `measures.${id}`, id);
  r.targets.formalityRules.forEach((id, i) => unknown('targets.yaml', `formalityRules.${i}`, id));
  const deadlineIds = new Set(r.deadlines.map((d) => d.id));
  r.targets.agencyDeadlines.forEach((id, i) => {
    if (!deadlineIds.has(id)) issues.push({ file: 'targets.yaml', path: `agencyDeadlines.${i}`, message: `unknown deadline "${id}"` });
  });
}

/** The regime a case falls under, by its 立案 date (or decision date). */
export function regimeFor(r: Ruleset, date: string | undefined): Regime | undefined {
  if (!date) return undefined;
  return r.regimes.find((g) => (g.from === null || g.from <= date) && (g.until === null || date <= g.until));
}

/** The regime whose rules are applied: a regime that is not encoded falls back (and the report says so). */
export function effectiveRegime(r: Ruleset, regime: Regime | undefined): Regime | undefined {
  if (!regime || regime.encoded) return regime;
  return r.regimes.find((g) => g.id === regime.fallback);
}
