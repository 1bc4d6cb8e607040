import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CaseFile } from '../checks/context.js';
import { buildCase } from '../checks/facts.js';
import { runChecks, toFinding } from '../checks/index.js';
import type { CaseDocument } from '../model/document.js';
import type { CaseResult, FileEntry, Finding, Report } from '../model/report.js';
import type { Ruleset } from '../ruleset/load.js';
import { MissingInputError, scan, type ScanResult } from '../scan/index.js';
import { crossCheckRegister, type Register } from '../checks/register.js';
import { readRegister, RegisterError } from '../read/register.js';
import { readRoster, type RosterOfficer } from '../read/roster.js';
import { measureTargets } from '../targets/index.js';
import { compareRounds, orderRounds } from '../rounds/compare.js';
import { focusList } from '../rounds/focus.js';
import { applyWaivers } from '../rounds/waivers.js';
import type { Waiver } from '../model/rounds.js';
import { scoreCase, vetoRule } from '../score/index.js';
import { VERSION } from '../version.js';
import { mapLimit } from './pool.js';
import { readCaseFile } from './read-case.js';

export interface AuditOptions {
  inputs: string[];
  /** earlier rounds' reports (any order) */
  previous?: Report[];
  waivers?: Waiver[];
  /** a register given explicitly (--register): an unreadable one is an error, not a finding */
  register?: string;
  /** folders not to audit (the report folder, when it lies inside an input) */
  exclude?: string[];
  /** the officer roster (--roster) */
  roster?: string;
  /** last year's register (--baseline-register) for the year-on-year targets */
  baselineRegister?: string;
  ruleset: Ruleset;
  asOf: string;
  lang: 'zh' | 'en';
  jobs?: number;
  roundId?: string;
  /** clock for generatedAt (tests pin it) */
  now?: () => Date;
}

/** Order findings case → file → page → rule so reports diff cleanly between rounds. */
export function compareFindings(a: Finding, b: Finding): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.page ?? 0) - (b.page ?? 0) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint);
}

/** scan → read → recognise → assemble → check → score: the whole audit as one value, before any writer. */
export async function runAudit(opts: AuditOptions): Promise<Report> {
  const { ruleset, lang } = opts;
  const scanned = await scan(opts.inputs, opts.exclude);
  const files: FileEntry[] = [];
  const topFindings: Finding[] = [];
  const notes: string[] = [];
  const roster = opts.roster ? await readRosterFile(opts.roster, files, notes) : undefined;
  const registers = opts.register ? [await readExplicitRegister(opts.register, ruleset, files, notes)] : await readArchiveRegisters(scanned, ruleset, files, topFindings, notes, lang);
  const baseline = opts.baselineRegister ? await readExplicitRegister(opts.baselineRegister, ruleset, files, notes, 'baseline register') : undefined;
  const cases: CaseResult[] = [];
  const jobs = opts.jobs ?? 2;

  for (const scannedCase of scanned.cases) {
    const read = orderOriginalsFirst(await mapLimit(scannedCase.files, jobs, (f) => readCaseFile(f, ruleset)));
    const caseFiles: CaseFile[] = [];
    const documents: CaseDocument[] = [];
    const text = new Map<CaseDocument, string>();
    const firstByHash = new Map<string, string>();
    for (const r of read) {
      // Only readable content counts as duplicated: ten empty files are ten unreadable files.
      const comparable = r.file.size > 0 && (r.file.status === 'ok' || r.file.status === 'no-text');
      const original = comparable ? firstByHash.get(r.file.sha256) : undefined;
      if (original) {
        // A byte-identical copy adds nothing to the case: reported once, its documents not counted twice.
        r.file.duplicateOf = original;
        caseFiles.push(r.file);
        files.push({ file: r.file.path, size: r.file.size, sha256: r.file.sha256, disposition: 'skipped', reason: `duplicate of ${original}`, case: scannedCase.folder });
        continue;
      }
      if (comparable && !firstByHash.has(r.file.sha256)) firstByHash.set(r.file.sha256, r.file.path);
      caseFiles.push(r.file);
      r.documents.forEach((d, i) => {
        documents.push(d);
        text.set(d, r.texts[i] ?? '');
      });
      const disposition = r.file.status === 'ok' || r.file.status === 'no-text' ? 'document' : r.file.status === 'unsupported' ? 'unsupported' : 'unreadable';
      files.push({ file: r.file.path, size: r.file.size, sha256: r.file.sha256 || undefined, disposition, reason: r.file.reason, case: scannedCase.folder });
    }
    const { kase, steps } = buildCase(scannedCase.folder, caseFiles, documents, text, ruleset);
    const { findings, skipped } = runChecks(kase, steps, ruleset, opts.asOf, lang, roster);
    if (kase.facts.regime && !kase.facts.regime.encoded) {
      skipped.push({ check: 'regime', reason: `${kase.facts.regime.name} is not encoded in this ruleset: checked against ${kase.facts.applied?.name ?? 'the previous rules'}` });
    }
    findings.sort(compareFindings);
    cases.push({
      folder: scannedCase.folder,
      caseNumber: kase.facts.caseNumber,
      caseRef: kase.facts.caseRef,
      party: kase.facts.party,
      unit: kase.facts.unit,
      type: kase.facts.type.id,
      filingDate: steps.get('filing')?.date,
      decisionDate: steps.get('decision')?.date ?? steps.get('onsite-decision')?.date,
      fine: kase.facts.fine,
      regime: kase.facts.regime?.id,
      // scored below, once earlier rounds and waivers are known
      score: 0,
      grade: '',
      veto: false,
      vetoReasons: [],
      categories: [],
      documents,
      findings,
      skipped,
    });
  }

  accountForUncasedFiles(scanned, files, topFindings, lang);
  if (registers.length > 0) {
    topFindings.push(...crossCheckRegister(registers, cases, lang));
    for (const c of cases) c.findings.sort(compareFindings);
  }
  // An audit of nothing must not pass quietly (an export that came out empty is itself the defect).
  if (cases.length === 0) {
    const input = opts.inputs.map((p) => path.basename(p)).join(', ');
    topFindings.push(toFinding({ rule: 'archive-empty', messageId: 'empty', data: { input } }, 'archive', lang));
  }
  if (registers.length === 0) notes.push(lang === 'zh' ? '未提供案件台账：未做台账与案卷核对（register-*）。' : 'No case register: register cross-checks (register-*) were not made.');
  if (!roster) notes.push(lang === 'zh' ? '未提供执法人员名册（--roster）：执法证件只核对是否载明，未核对有效性（officer-certificate-invalid）。' : 'No officer roster (--roster): certificates were checked for presence only, not validity (officer-certificate-invalid).');
  for (const regime of ruleset.regimes.filter((g) => !g.encoded)) {
    const n = cases.filter((c) => c.regime === regime.id).length;
    if (n > 0) notes.push(lang === 'zh' ? `${n}件案卷适用${regime.name}，该规章条文尚未编入规则集，按此前规则核查。` : `${n} case(s) fall under ${regime.name}, which this ruleset does not encode yet: checked against the previous rules.`);
  }
  topFindings.sort(compareFindings);
  files.sort((a, b) => a.file.localeCompare(b.file));

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
  const waivers = opts.waivers ? applyWaivers(opts.waivers, cases, topFindings, opts.asOf, previous.map((p) => p.round.id)) : undefined;
  // 再犯: a defect that recurs and was a focus item of the last round may cost more (rubric.repeatMultiplier).
  const previousFocus = previous.at(-1)?.focus?.map((f) => f.rule) ?? [];
  for (const c of cases) {
    c.findings.sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || compareFindings(a, b));
    Object.assign(c, scoreCase(c.findings, ruleset.rubric, lang, (f) => f.status === 'recurring' && previousFocus.includes(f.rule)));
  }
  const focus = focusList(cases, ruleset.rounds, lang);
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
    ruleset: { id: ruleset.meta.id, version: ruleset.meta.version },
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
    },
    cases,
    findings: topFindings,
    files,
    notes,
    comparison: rounds?.comparison,
    history: rounds?.history,
    focus,
    previousFocus: previous.length ? previousFocus : undefined,
    waivers,
    targets,
  };
}

/** Names that say a file is a copy: 决定书(1).pdf, 决定书 - 副本.pdf, 决定书 copy.pdf. */
const COPY_NAME = /(\(\d+\)|（\d+）|副本|[-_ ]copy|拷贝)(\.[^.]+)?$/i;

/** Of byte-identical files, the one whose name does not say "copy" is the original (then the first). */
function orderOriginalsFirst<T extends { file: { path: string } }>(files: T[]): T[] {
  const copy = (f: T) => Number(COPY_NAME.test(f.file.path.replace(/\.[^./]+$/, '')) || COPY_NAME.test(f.file.path));
  return files.map((f, i) => ({ f, i })).sort((a, b) => copy(a.f) - copy(b.f) || a.i - b.i).map((x) => x.f);
}

/** Junk, registers, folders that could not be opened: each file appears once in `files`, with a reason. */
function accountForUncasedFiles(scanned: ScanResult, files: FileEntry[], findings: Finding[], lang: 'zh' | 'en'): void {
  for (const s of scanned.skipped) files.push({ file: s.file.path, size: s.file.size, disposition: 'skipped', reason: s.reason });
  const corrupt = new Map(scanned.zipProblems.filter((p) => p.rule === 'zip-corrupt').map((p) => [p.path, p.reason]));
  for (const z of scanned.containers) {
    const broken = corrupt.get(z.path);
    files.push({ file: z.path, size: z.size, disposition: broken ? 'unreadable' : 'container', reason: broken ?? 'zip export, read in place' });
  }
  for (const p of scanned.zipProblems) {
    // A zip that cannot be opened is an unreadable file; a refused entry is listed under its own path.
    if (p.rule === 'zip-corrupt') {
      findings.push(toFinding({ rule: 'file-unreadable', messageId: 'unreadable', data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
      continue;
    }
    files.push({ file: p.path, size: 0, disposition: 'unreadable', reason: `${p.rule}: ${p.reason}` });
    findings.push(toFinding({ rule: 'zip-entry-rejected', messageId: p.rule, data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
  }
  for (const p of scanned.problems) {
    files.push({ file: p.path, size: 0, disposition: p.skipped ? 'skipped' : 'unreadable', reason: p.reason });
    if (!p.skipped) {
      findings.push(toFinding({ rule: 'file-unreadable', messageId: 'unreadable', data: { file: p.path, reason: p.reason }, file: p.path }, 'archive', lang));
    }
  }
}

/** A register named on the command line must be readable: its failure stops the run (exit 2). */
async function readExplicitRegister(file: string, ruleset: Ruleset, files: FileEntry[], notes: string[], what = 'case register (台账)'): Promise<Register> {
  const bytes = await readInput(file, 'register');
  const result = await readRegister(bytes, path.basename(file), ruleset.register);
  files.push({ file: path.basename(file), size: bytes.length, sha256: sha(bytes), disposition: 'register', reason: `${what}, ${result.rows.length} rows` });
  notes.push(...result.problems.map((p) => `${path.basename(file)}: ${p}`));
  return { file: path.basename(file), rows: result.rows };
}

/** Registers found in the archive are used without the flag; an unreadable one is a finding. */
async function readArchiveRegisters(scanned: ScanResult, ruleset: Ruleset, files: FileEntry[], findings: Finding[], notes: string[], lang: 'zh' | 'en'): Promise<Register[]> {
  const out: Register[] = [];
  for (const source of scanned.registers) {
    const bytes = await source.read().catch(() => undefined);
    try {
      if (!bytes) throw new RegisterError(source.path, 'cannot be read');
      const result = await readRegister(bytes, source.path, ruleset.register);
      files.push({ file: source.path, size: source.size, sha256: sha(bytes), disposition: 'register', reason: `case register (台账), ${result.rows.length} rows` });
      notes.push(...result.problems.map((p) => `${source.path}: ${p}`));
      out.push({ file: source.path, rows: result.rows });
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      files.push({ file: source.path, size: source.size, disposition: 'unreadable', reason: error.message });
      findings.push(toFinding({ rule: 'file-unreadable', messageId: 'unreadable', data: { file: source.path, reason: error.message }, file: source.path }, 'archive', lang));
    }
  }
  return out;
}

async function readRosterFile(file: string, files: FileEntry[], notes: string[]): Promise<RosterOfficer[]> {
  const bytes = await readInput(file, 'roster');
  const result = await readRoster(bytes, path.basename(file));
  files.push({ file: path.basename(file), size: bytes.length, sha256: sha(bytes), disposition: 'roster', reason: `officer roster, ${result.officers.length} officers` });
  notes.push(...result.problems.map((p) => `${path.basename(file)}: ${p}`));
  return result.officers;
}

/** A file named by an option; a missing one is the caller's input error. */
async function readInput(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new MissingInputError(`${file} (${what}: ${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function fileHash(p: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(path.resolve(p))).digest('hex');
  } catch {
    return undefined; // folders have no single hash; their files are hashed one by one in `files`
  }
}
