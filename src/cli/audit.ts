import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { runAudit } from '../engine/run.js';
import type { Report } from '../model/report.js';
import type { FocusList, Waiver } from '../model/rounds.js';
import { RoundsError } from '../rounds/compare.js';
import { RegisterError, RosterError } from '../read/side-input-errors.js';
import { loadWaivers, WaiverFileError } from '../rounds/waivers.js';
import { FORMATS, FormatSpecError, parseFormatSpec, type ReportFormat } from '../report/index.js';
import { writeTerminal } from '../report/terminal.js';
import { loadOutputsData } from '../report/outputs-data.js';
import { writeJsonFile } from '../report/json.js';
import { writeGithubAnnotations } from '../report/annotations.js';
import { defaultCacheDir, openCache } from '../read/cache.js';
import type { AuditedCase } from '../engine/case-cache.js';
import { parseShard } from '../engine/shard.js';
import { DocumentSpill } from '../engine/spill.js';
import { progressLine } from './progress.js';
import { writeShardFile } from './shard-file.js';
import { detectOcrEngine, type OcrMode } from '../read/ocr/engine.js';
import type { ReadLimits } from '../read/limits.js';
import { loadRuleset } from '../ruleset/load.js';
import { MissingInputError } from '../scan/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { checkOutputPaths } from './output-paths.js';
import { readReportFile } from './report-file.js';

export interface AuditCliOptions {
  ruleset?: string;
  register?: string;
  roster?: string;
  baselineRegister?: string;
  previous?: string[];
  waivers?: string;
  asOf?: string;
  out?: string;
  format?: string[];
  round?: string;
  minScore?: number;
  failOn: 'veto' | 'error' | 'warning' | 'none';
  maxWarnings?: number;
  lang: 'zh' | 'en';
  jobs?: number;
  /** the budget of one file (README "Limits") */
  fileTimeout?: number;
  fileMemory?: number;
  maxPartSize?: number;
  maxInflated?: number;
  /** false with --no-cache */
  cache?: boolean;
  quiet?: boolean;
  /** --ignore patterns (repeatable; also `ignore:` in the config file) */
  ignore?: string[];
  /** progress on stderr: undefined = when stderr is a terminal */
  progress?: boolean;
  /** --shard i/n: audit only this part of the cases (merge the parts with `caseaudit merge`) */
  shard?: string;
  /** --ocr auto|on|off */
  ocr?: OcrMode;
}

/** What a merge hands to the audit: the shards' audited cases, used as a cache. */
export interface AuditInjection {
  precomputed?: { get(key: string): AuditedCase | undefined; set(key: string, value: AuditedCase): void };
}

export async function runAuditCommand(paths: string[], opts: AuditCliOptions, io: CliIO, chalk: ChalkInstance, inject: AuditInjection = {}): Promise<number> {
  const asOf = opts.asOf ?? today();
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, got ${opts.shard}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got ${asOf}`);
  const formats = (opts.format ?? []).map((spec) => {
    try {
      return parseFormatSpec(spec);
    } catch (error) {
      if (error instanceof FormatSpecError) throw new UsageError(error.message);
      throw error;
    }
  });
  // `--format sarif=-`: that output goes to stdout (text formats only), and the summary to stderr
  const toStdout = formats.filter((f) => f.path === '-');
  if (toStdout.length > 1) throw new UsageError(`only one --format can write to stdout (-), got ${toStdout.map((f) => f.name).join(', ')}`);
  if (toStdout[0]?.name === 'xlsx') throw new UsageError('--format xlsx=-: xlsx is a binary file; give it a file name');
  const outDir = path.resolve(io.cwd, opts.out ?? 'caseaudit-report');
  const targetOf = (spec: (typeof formats)[number]) => (spec.path ? path.resolve(io.cwd, spec.path) : path.join(outDir, `report.${FORMATS[spec.name].extension}`));
  // Before any work: an output that would land in the input, or cannot be written, is a usage error.
  const outOption = opts.out ? `--out ${opts.out}` : '--out (default caseaudit-report)';
  await checkOutputPaths(
    [
      { path: outDir, kind: 'folder', option: outOption },
      { path: path.join(outDir, 'report.json'), kind: 'file', option: `${outOption} (report.json)` },
      { path: path.join(outDir, 'focus.json'), kind: 'file', option: `${outOption} (focus.json)` },
      ...formats.filter((f) => f.path && f.path !== '-').map((f) => ({ path: targetOf(f), kind: 'file' as const, option: `--format ${f.name}=${f.path}` })),
    ],
    [
      ...paths.map((p) => ({ path: path.resolve(io.cwd, p), option: `input ${p}` })),
      ...(['register', 'roster', 'baselineRegister', 'waivers'] as const).filter((k) => opts[k]).map((k) => ({ path: path.resolve(io.cwd, opts[k]!), option: `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${opts[k]}` })),
    ],
  );
  const ocr = parseOcrMode(opts.ocr);
  // The cache also keeps the ruleset's parsed YAML (src/ruleset/load.ts). On a large archive the cases'
  // documents wait on disk for the writers (src/engine/spill.ts). Both are closed however the command
  // ends, and the spill is removed.
  const cache = opts.cache === false ? undefined : openCache(defaultCacheDir(io.env));
  const spill = new DocumentSpill();
  try {
    const ruleset = await loadRuleset(opts.ruleset ? path.resolve(io.cwd, opts.ruleset) : undefined, cache?.json);
    const outputs = loadOutputsData(opts.ruleset ? ruleset.dir : undefined, cache?.json);
    const previous = await Promise.all((opts.previous ?? []).map((p) => readReportFile(path.resolve(io.cwd, p), `--previous ${p}`)));
    const waivers = await findWaivers(opts.waivers, io);
    let report: Report;
    const progress = (opts.progress ?? io.stderrIsTTY) ? progressLine(io.stderr, { tty: Boolean(io.stderrIsTTY) }) : undefined;
    const shardCases: { key: string; audited: AuditedCase }[] = [];
    try {
      const file = (p: string | undefined) => (p ? path.resolve(io.cwd, p) : undefined);
      report = await runAudit({
        inputs: paths.map((p) => path.resolve(io.cwd, p)),
        ruleset,
        asOf,
        lang: opts.lang,
        jobs: opts.jobs,
        limits: readLimits(opts),
        roundId: opts.round,
        previous,
        waivers,
        register: file(opts.register),
        roster: file(opts.roster),
        baselineRegister: file(opts.baselineRegister),
        exclude: [path.resolve(io.cwd, opts.out ?? 'caseaudit-report')],
        ignore: opts.ignore,
        cache: cache?.text,
        store: cache?.json,
        precomputed: inject.precomputed,
        shard,
        onProgress: progress ? (p) => progress.update(p) : undefined,
        onCaseAudited: shard ? (key, audited) => shardCases.push({ key, audited: JSON.parse(JSON.stringify(audited)) as AuditedCase }) : undefined,
        ocr,
        spill: { to: spill },
      });
      progress?.done();
    } catch (error) {
      if (error instanceof MissingInputError) throw new UsageError(`input path does not exist: ${error.input}`);
      if (error instanceof RoundsError || error instanceof RegisterError || error instanceof RosterError) throw new UsageError(error.message);
      throw error;
    }
    report.round.inputs = report.round.inputs.map((input, i) => ({ ...input, path: paths[i] }));
    const base = report.round.base;
    report.round.base = base ? path.relative(io.cwd, base).split(path.sep).join('/') || '.' : undefined;

    const written: string[] = [];
    const write = async (file: string, data: string | Uint8Array) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
      written.push(path.relative(io.cwd, file) || file);
    };
    // report.json is always written: it is the source of every other output and of the next round.
    // Streamed case by case: no single string of the whole report (see jsonChunks).
    await mkdir(outDir, { recursive: true });
    await writeJsonFile(report, path.join(outDir, 'report.json'));
    written.push(path.relative(io.cwd, path.join(outDir, 'report.json')) || path.join(outDir, 'report.json'));
    // A shard also leaves its audited cases for `caseaudit merge`, with the options that made them.
    // the as-of date the shard used, also when it was today's: the merge audits as of the same date
    if (shard) await write(path.join(outDir, 'shard.json'), writeShardFile({ shard, paths, opts: { ...opts, asOf }, cases: shardCases }));
    const focus: FocusList = { schemaVersion: 1, round: report.round.id, asOf: report.round.asOf, ruleset: report.ruleset, items: report.focus ?? [] };
    await write(path.join(outDir, 'focus.json'), JSON.stringify(focus, null, 2) + '\n');
    for (const spec of formats) {
      if (spec.name === 'json' && !spec.path) continue;
      const format: ReportFormat = FORMATS[spec.name];
      const target = spec.path === '-' ? io.cwd : targetOf(spec);
      // SARIF marks results new/unchanged/absent only when earlier rounds were compared; HTML and XLSX link
      // findings to the files, relative to where the report is written.
      const data = await format.write(report, {
        rules: ruleset.rules,
        lang: opts.lang,
        baseline: Boolean(report.comparison),
        uriPrefix: basePrefix(base, io.cwd),
        linkBase: base ? path.relative(spec.path === '-' ? io.cwd : path.dirname(target), base).split(path.sep).join('/') : undefined,
        failOn: opts.failOn,
        helpUri: outputs.sarif.helpUri,
      });
      if (spec.path === '-') io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
      else await write(target, data);
    }
    const summary = writeTerminal(report, { lang: opts.lang, chalk, quiet: opts.quiet, written, rules: ruleset.rules, outputs });
    if (toStdout.length) io.stderr(summary);
    else io.stdout(summary);
    if (io.env.GITHUB_ACTIONS === 'true') io.stdout(writeGithubAnnotations(report, { prefix: basePrefix(base, io.env.GITHUB_WORKSPACE ?? io.cwd) }));
    const failures = thresholdFailures(report, opts);
    for (const f of failures) io.stderr(`caseaudit: ${f}\n`);
    return failures.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    try {
      spill.close();
    } finally {
      cache?.close();
    }
  }
}

/** Why the run fails its thresholds (empty: it passes). Waived findings never count. */
export function thresholdFailures(report: Report, opts: Pick<AuditCliOptions, 'failOn' | 'minScore' | 'maxWarnings'>): string[] {
  const all = [...report.cases.flatMap((c) => c.findings), ...report.findings].filter((f) => !f.waived);
  const failures: string[] = [];
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (opts.failOn === 'veto' && report.summary.vetoed > 0) failures.push(`${report.summary.vetoed} case(s) vetoed (--fail-on veto)`);
  if (opts.failOn === 'error' && errors > 0) failures.push(`${errors} error(s) (--fail-on error)`);
  if (opts.failOn === 'warning' && errors + warnings > 0) failures.push(`${errors} error(s) and ${warnings} warning(s) (--fail-on warning)`);
  if (opts.minScore !== undefined) {
    const low = report.cases.filter((c) => c.score < opts.minScore!);
    if (low.length > 0) failures.push(`${low.length} case(s) below --min-score ${opts.minScore}`);
  }
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) failures.push(`${warnings} warning(s), more than --max-warnings ${opts.maxWarnings}`);
  return failures;
}

/** --waivers FILE, or caseaudit-waivers.yaml in the current folder when there is one. */
async function findWaivers(option: string | undefined, io: CliIO): Promise<Waiver[] | undefined> {
  const file = option ? path.resolve(io.cwd, option) : path.join(io.cwd, 'caseaudit-waivers.yaml');
  if (!option && !(await stat(file).catch(() => undefined))) return undefined;
  try {
    return await loadWaivers(file);
  } catch (error) {
    if (error instanceof WaiverFileError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Report paths are relative to the folder the scan anchored them to; SARIF and annotations need them
 * relative to the repository (the working folder, or GITHUB_WORKSPACE).
 */
function basePrefix(base: string | undefined, workspace: string): string {
  if (!base) return '';
  const rel = path.relative(workspace, base);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') + '/' : '';
}

/** The per-file budget options, in the reader's units; unset ones keep their defaults. */
export function readLimits(opts: Pick<AuditCliOptions, 'fileTimeout' | 'fileMemory' | 'maxPartSize' | 'maxInflated'>): Partial<ReadLimits> {
  const MiB = 1024 * 1024;
  const limits: Partial<ReadLimits> = {};
  if (opts.fileTimeout !== undefined) limits.timeoutMs = Math.round(opts.fileTimeout * 1000);
  if (opts.fileMemory !== undefined) limits.memoryMb = Math.max(16, Math.round(opts.fileMemory));
  if (opts.maxPartSize !== undefined) limits.maxPartBytes = Math.round(opts.maxPartSize * MiB);
  if (opts.maxInflated !== undefined) limits.maxTotalBytes = Math.round(opts.maxInflated * MiB);
  return limits;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** --ocr: auto (default) reads scans when the engine is installed; on requires it (exit 2 without). */
export function parseOcrMode(value: string | undefined): OcrMode {
  const mode = value ?? 'auto';
  if (mode !== 'auto' && mode !== 'on' && mode !== 'off') throw new UsageError(`--ocr must be auto, on or off, got ${value}`);
  if (mode === 'on') {
    const engine = detectOcrEngine();
    if (!engine.available) throw new UsageError(`--ocr on: ${engine.reason}`);
  }
  return mode;
}
