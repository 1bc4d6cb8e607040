import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toFinding } from '../checks/finding.js';
import type { CaseResult, FileEntry, Finding, Report } from '../model/report.js';
import type { Ruleset } from '../ruleset/load.js';
import { scan, type ScanResult } from '../scan/index.js';
import { measureTargets } from '../targets/index.js';
import { compareRounds, orderRounds } from '../rounds/compare.js';
import { focusList } from '../rounds/focus.js';
import { applyWaivers } from '../rounds/waivers.js';
import type { Waiver } from '../model/rounds.js';
import { scoreCase, vetoRule } from '../score/index.js';
import { VERSION } from '../version.js';
import type { JsonStore, TextCache } from '../read/cache.js';
import { auditContext, caseCache, type AuditedCase } from './case-cache.js';
import type { AuditProgress } from './progress.js';
import { inShard, type Shard } from './shard.js';
import { createReader } from '../read/reader.js';
import { ocrReportEntry, ocrSettingsFor, ocrSignature, ocrUnavailableNote, type OcrMode } from '../read/ocr/engine.js';
import type { ReadLimits } from '../read/limits.js';
import { auditCase } from './audit-case.js';
import { compareFindings, compareText } from '../model/order.js';
import type { DocumentSpill } from './spill.js';
import { mapLimit } from './pool.js';
import { readArchiveRegisters, readExplicitRegister, readRosterFile } from './side-inputs.js';
import { accountForUnusedSideInputs, readArchiveRoster } from './archive-roster.js';
import { flagDuplicateCaseNumbers } from '../checks/duplicates.js';
import { selectionNote } from '../scan/select.js';


export interface AuditOptions {
  inputs: string[];
  /** earlier rounds' reports (any order) */
  previous?: Report[];
  waivers?: Waiver[];
  /** a register given explicitly (--register): an unreadable one is an error, not a finding */
  register?: string;
  /** folders not to audit (the report folder, when it lies inside an input) */
  exclude?: string[];
  /** --ignore patterns, relative to each input folder (src/scan/select.ts) */
  ignore?: string[];
  /** the officer roster (--roster) */
  roster?: string;
  /** last year's register (--baseline-register) for the year-on-year targets */
  baselineRegister?: string;
  ruleset: Ruleset;
  asOf: string;
  lang: 'zh' | 'en';
  jobs?: number;
  roundId?: string;
  /** extracted text kept by content between runs (--no-cache: none) */
  cache?: TextCache;
  /** audited cases kept between runs (the same store as the text cache; --no-cache: none) */
  store?: JsonStore;
  /** audited cases handed in (merge of shards), used like the store */
  precomputed?: { get(key: string): AuditedCase | undefined; set(key: string, value: AuditedCase): void };
  /** audit only the cases of this shard (--shard i/n) */
  shard?: Shard;
  /** called as files are read and cases done (the CLI's progress line) */
  onProgress?: (p: AuditProgress) => void;
  /** every case audited, as it was before scoring (a shard run writes them for the merge) */
  onCaseAudited?: (key: string, audited: AuditedCase) => void;
  /** the budget of one file (time, memory, inflated sizes); defaults: DEFAULT_READ_LIMITS */
  limits?: Partial<ReadLimits>;
  /** clock for generatedAt (tests pin it) */
  now?: () => Date;
  /** OCR of scanned pages; the CLI passes --ocr (default auto there), the API reads scans only when asked */
  ocr?: OcrMode;
  /**
   * Where audited cases' documents wait for the writers when the archive has at least `fromCases` cases
   * (./spill.ts); its owner closes it once the report is written. Without it, all stay in memory.
   */
  spill?: { to: DocumentSpill; fromCases?: number };
}

/**
 * From how many cases documents are spilled when a spill is given: below it they fit in memory easily
 * (1,000 cases' documents take about 25 MB), and reading them back costs a warm run time.
 */
export const SPILL_FROM_CASES = 2000;

/** scan → read → recognise → assemble → check → score: the whole audit as one value, before any writer. */
export async function runAudit(opts: AuditOptions): Promise<Report> {
  const { ruleset, lang } = opts;
  const scanned = await scan(opts.inputs, opts.exclude, opts.ignore);
  if (opts.shard) scanned.cases = scanned.cases.filter((c) => inShard(c.folder, opts.shard!));
  const files: FileEntry[] = [];
  const topFindings: Finding[] = [];
  const notes: string[] = [];
  const roster = opts.roster ? await readRosterFile(opts.roster, files, notes, opts.limits) : await readArchiveRoster(scanned, files, notes, lang, opts.limits);
  accountForUnusedSideInputs(scanned, files, { register: Boolean(opts.register), roster: Boolean(opts.roster) });
  const registers = opts.register ? [await readExplicitRegister(opts.register, ruleset, files, notes, undefined, opts.limits)] : await readArchiveRegisters(scanned, ruleset, files, topFindings, notes, lang, opts.limits);
  const baseline = opts.baselineRegister ? await readExplicitRegister(opts.baselineRegister, ruleset, files, notes, 'baseline register', opts.limits) : undefined;
  const cases: CaseResult[] = [];
  const jobs = opts.jobs ?? autoJobs(scanned.cases.reduce((n, c) => n + c.files.length, 0));

  const ocr = ocrSettingsFor(opts.ocr ?? 'off');
  if (ocr.engine && !ocr.engine.available) notes.push(ocrUnavailableNote(ocr.engine, lang));
  const reader = createReader({ jobs, cache: opts.cache, limits: opts.limits, ocr: { settings: ocr.settings, unavailable: ocr.engine?.reason } });
  const progress: AuditProgress = { files: scanned.cases.reduce((n, c) => n + c.files.length, 0), filesRead: 0, cases: scanned.cases.length, casesDone: 0 };
  const spill = opts.spill && scanned.cases.length >= (opts.spill.fromCases ?? SPILL_FROM_CASES) ? opts.spill.to : undefined;
  const stored = opts.store ? caseCache(opts.store) : undefined;
  const cases_ = opts.precomputed || stored ? cacheChain(opts.precomputed, stored, opts.onCaseAudited) : undefined;
  const context = cases_ ? auditContext({ ruleset, lang, roster, limits: opts.limits, ocr: ocr.settings ? ocrSignature(ocr.settings) : undefined }) : undefined;
  try {
    // Cases side by side as well (at least two), so the reader threads stay busy across small cases and
    // while the main thread recognises and checks; order is kept.
    const audited = await mapLimit(scanned.cases, Math.max(2, jobs), async (scannedCase) => {
      const a = await auditCase(scannedCase, {
        ruleset,
        asOf: opts.asOf,
        lang,
        jobs,
        roster,
        reader,
        cases: cases_,
        context,
        hashes: opts.store,
        onFileRead: (n) => {
          progress.filesRead += n;
          opts.onProgress?.(progress);
        },
      });
      progress.casesDone++;
      opts.onProgress?.(progress);
      spill?.stow(a.result);
      return a;
    });
    for (const a of audited) {
      cases.push(a.result);
      for (const f of a.files) files.push(f);
    }
  } finally {
    await reader.close();
  }

  accountForUncasedFiles(scanned, files, topFindings, lang, ruleset);
  flagDuplicateCaseNumbers(cases, ruleset.rules, lang);
  const setAside = selectionNote(scanned.skipped, lang);
  if (setAside) notes.push(setAside);
  if (registers.length > 0) {
    // (loaded only with a register, like the checks it shares party and number matching with)
    const { crossCheckRegister } = await import('../checks/register.js');
    // One finding per register row can be 100,000s: no spread call (its arguments live on the stack).
    for (const f of crossCheckRegister(registers, cases, ruleset.rules, ruleset.vocabulary.docNumber, lang)) topFindings.push(f);
    for (const c of cases) c.findings.sort(compareFindings);
  }
  // An audit of nothing must not pass quietly (an export that came out empty is itself the defect).
  if (cases.length === 0) {
    const input = opts.inputs.map((p) => path.basename(p)).join(', ');
    topFindings.push(toFinding(ruleset.rules, { rule: 'archive-empty', messageId: 'empty', data: { input } }, 'archive', lang));
  }
  if (registers.length === 0) notes.push(lang === 'zh' ? '未提供案件台账：未做台账与案卷核对（register-*）。' : 'No case register: register cross-checks (register-*) were not made.');
  if (!roster) notes.push(lang === 'zh' ? '未提供执法人员名册（--roster）：执法证件只核对是否载明，未核对有效性（officer-certificate-invalid）。' : 'No officer roster (--roster): certificates were checked for presence only, not validity (officer-certificate-invalid).');
  for (const regime of ruleset.regimes.filter((g) => !g.encoded)) {
    const n = cases.filter((c) => c.regime === regime.id).length;
    if (n > 0) notes.push(lang === 'zh' ? `${n}件案卷适用${regime.name}，该规章条文尚未编入规则集：出自法律（行政处罚法等）的规则照常核查，出自被取代规章的期限和文书要求记为“未核查”。` : `${n} case(s) fall under ${regime.name}, which this ruleset does not encode yet: rules from the statutes (行政处罚法 etc.) are checked; limits and documents that came from the replaced rule are reported as not checked under the new rules.`);
  }
  topFindings.sort(compareFindings);
  files.sort((a, b) => compareText(a.file, b.file));

  const roundId = opts.roundId ?? `round-${opts.asOf}`;
  const previous = orderRounds(opts.previous ?? []);
  const rounds = previous.length
    ? compareRounds({ id: roundId, asOf: opts.asOf, ruleset: { id: ruleset.meta.id, version: ruleset.meta.version }, cases, findings: topFindings }, previous)
    : undefined;
  if (rounds?.comparison.rulesetVersionsDiffer) {
    notes.push(lang === 'zh' ? `对比的往轮评查使用了不同版本的规则集（${[...new Set(rounds.comparison.rounds.map((r) => r.rulesetVersion))].join('、')}），本轮为 ${ruleset.meta.version}。` : `Earlier rounds were audited with other versions of the ruleset (${[...new Set(rounds.comparison.rounds.map((r) => r.rulesetVersion))].join(', ')}); this round uses ${ruleset.meta.version}.`);
  }
  // Veto items are known before waivers are applied, because a waiver may never hide one.
  for (const c of cases) for (const f of c.findings) f.veto = Boolean(vetoRule(f, ruleset.rubric));
  const waivers = opts.waivers ? applyWaivers(ruleset.rules, opts.waivers, cases, topFindings, opts.asOf, previous.map((p) => p.round.id)) : undefined;
  // 再犯: a defect that recurs and was a focus item of the last round may cost more (rubric.repeatMultiplier).
  const previousFocus = previous.at(-1)?.focus?.map((f) => f.rule) ?? [];
  for (const c of cases) {
    c.findings.sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || compareFindings(a, b));
    Object.assign(c, scoreCase(c.findings, ruleset.rubric, lang, (f) => f.status === 'recurring' && previousFocus.includes(f.rule)));
  }
  const focus = focusList(cases, ruleset.rounds, ruleset.rules, lang);
  const targets = measureTargets({ cases, register: registers.length ? registers.flatMap((r) => r.rows) : undefined, baseline: baseline?.rows, roster, targets: ruleset.targets, lang });

  const inputs = await Promise.all(opts.inputs.map(async (p) => ({ path: p, sha256: await fileHash(p) })));
  const allFindings = [...cases.flatMap((c) => c.findings), ...topFindings].filter((f) => f.status !== 'resolved');
  const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const f of allFindings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const byGrade: Record<string, number> = {};
  for (const g of ruleset.rubric.grades) byGrade[g.id] = 0;
  for (const c of cases) byGrade[c.grade] = (byGrade[c.grade] ?? 0) + 1;
  return {
    schemaVersion: 1,
    tool: { name: 'caseaudit', version: VERSION },
    ruleset: { id: ruleset.meta.id, version: ruleset.meta.version, name: ruleset.meta.name },
    lang,
    rubric: { grades: ruleset.rubric.grades, vetoGrade: ruleset.rubric.vetoGrade },
    round: { id: roundId, base: scanned.base, asOf: opts.asOf, generatedAt: (opts.now?.() ?? new Date()).toISOString(), inputs },
    summary: {
      cases: cases.length,
      files: files.length,
      findings: allFindings.length,
      bySeverity,
      byGrade,
      vetoed: cases.filter((c) => c.veto).length,
      averageScore: cases.length ? Math.round((cases.reduce((s, c) => s + c.score, 0) / cases.length) * 10) / 10 : null,
      needsReview: cases.reduce((n, c) => n + c.needsReview.length, 0),
    },
    cases,
    findings: topFindings,
    files,
    notes,
    ocr: ocrReportEntry(opts.ocr ?? 'off', ocr),
    comparison: rounds?.comparison,
    history: rounds?.history,
    focus,
    previousFocus: previous.length ? previousFocus : undefined,
    waivers,
    targets,
  };
}

/**
 * Where audited cases are looked up (handed-in results first, then the store) and where new ones go.
 * Every case passes through `set` or a hit, so a shard run can hand all of them on.
 */
function cacheChain(precomputed: AuditOptions['precomputed'], stored: AuditOptions['precomputed'], onCase?: (key: string, a: AuditedCase) => void): NonNullable<AuditOptions['precomputed']> {
  return {
    get(key) {
      const hit = precomputed?.get(key) ?? stored?.get(key);
      if (hit) onCase?.(key, hit);
      return hit;
    },
    set(key, value) {
      stored?.set(key, value);
      onCase?.(key, value);
    },
  };
}

/**
 * Reader threads pay for themselves only on larger archives: each thread loads and warms up pdfjs
 * (measured by `npm run bench`: slower than one thread on the 264 sample files, faster on five times
 * as many). Without --jobs, threads are used from this many files on.
 */
export const THREADS_FROM_FILES = 600;

function autoJobs(files: number): number {
  return files >= THREADS_FROM_FILES ? Math.max(1, Math.min(4, os.availableParallelism())) : 1;
}

/** Junk, registers, folders that could not be opened: each file appears once in `files`, with a reason. */
function accountForUncasedFiles(scanned: ScanResult, files: FileEntry[], findings: Finding[], lang: 'zh' | 'en', ruleset: Ruleset): void {
  for (const s of scanned.skipped) files.push({ file: s.file.path, size: s.file.size, disposition: 'skipped', reason: s.reason });
  const corrupt = new Map(scanned.zipProblems.filter((p) => p.rule === 'zip-corrupt').map((p) => [p.path, p.reason]));
  for (const z of scanned.containers) {
    const broken = corrupt.get(z.path);
    files.push({ file: z.path, size: z.size, disposition: broken ? 'unreadable' : 'container', reason: broken ?? 'zip export, read in place' });
  }
  for (const p of scanned.zipProblems) {
    // A zip that cannot be opened is an unreadable file; a refused entry is listed under its own path.
    if (p.rule === 'zip-corrupt') {
      findings.push(toFinding(ruleset.rules, { rule: 'file-unreadable', messageId: 'unreadable', data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
      continue;
    }
    files.push({ file: p.path, size: 0, disposition: 'unreadable', reason: `${p.rule}: ${p.reason}` });
    findings.push(toFinding(ruleset.rules, { rule: 'zip-entry-rejected', messageId: p.rule, data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
  }
  for (const p of scanned.problems) {
    files.push({ file: p.path, size: 0, disposition: p.skipped ? 'skipped' : 'unreadable', reason: p.reason });
    if (!p.skipped) {
      findings.push(toFinding(ruleset.rules, { rule: 'file-unreadable', messageId: 'unreadable', data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
    }
  }
}

async function fileHash(p: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(path.resolve(p))).digest('hex');
  } catch {
    return undefined; // folders have no single hash; their files are hashed one by one in `files`
  }
}
