import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { FocusList } from '../model/rounds.js';
import { readRegister, RegisterError } from '../read/register.js';
import { loadRuleset } from '../ruleset/load.js';
import { drawSample, focusQuota, PRNG_DESCRIPTION, type SampleOptions, type SampleResult } from '../rounds/sample.js';
import { VERSION } from '../version.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { displayWidth, freezeHeaderRows, sheet, type Cell } from '../report/sheet-style.js';

export interface SampleCliOptions {
  perUnit: string;
  seed: string;
  focus?: string;
  focusWeight?: string;
  closedFrom?: string;
  closedTo?: string;
  procedure?: 'general' | 'simple';
  out?: string;
  ruleset?: string;
  /** language of the summary printed (default en) */
  lang?: 'zh' | 'en';
}

/** What `caseaudit sample` writes: enough to re-draw the same sample and check it. */
export interface SampleFile {
  schemaVersion: 1;
  kind: 'caseaudit-sample';
  tool: { name: 'caseaudit'; version: string };
  register: { file: string; sha256: string; rowsRead: number };
  seed: string;
  frameHash: string;
  method: string;
  options: {
    perUnit: number;
    focusWeight: number;
    focus: { file: string; sha256: string; round: string; units: string[] } | null;
    closedFrom: string | null;
    closedTo: string | null;
    procedure: 'general' | 'simple' | null;
  };
  frame: {
    size: number;
    units: SampleResult['units'];
    excluded: SampleResult['excluded'];
    focusUnitsNotInFrame: string[];
  };
  selection: SampleResult['selection'];
}

const PROCEDURE_LABEL = { general: '一般程序', simple: '简易程序' } as const;

/** `caseaudit sample 台账.xlsx --per-unit 3 --seed 2025-Q3`: a reproducible stratified sample of closed cases. */
export async function runSampleCommand(registerArg: string, opts: SampleCliOptions, io: CliIO): Promise<number> {
  const perUnit = positiveInteger(opts.perUnit);
  if (opts.seed === undefined || opts.seed === '') throw new UsageError('--seed must not be empty');
  const focusWeight = opts.focusWeight === undefined ? 2 : Number(opts.focusWeight);
  if (!Number.isFinite(focusWeight) || focusWeight < 1) throw new UsageError(`--focus-weight must be a number ≥ 1, got ${opts.focusWeight}`);
  if (opts.focusWeight !== undefined && !opts.focus) throw new UsageError('--focus-weight needs --focus focus.json');
  const closedFrom = isoDate('--closed-from', opts.closedFrom);
  const closedTo = isoDate('--closed-to', opts.closedTo);
  if (closedFrom && closedTo && closedFrom > closedTo) throw new UsageError(`--closed-from ${closedFrom} is after --closed-to ${closedTo}`);
  const outArg = opts.out ?? '抽查名单.json';
  const format = /\.xlsx$/i.test(outArg) ? 'xlsx' : /\.json$/i.test(outArg) ? 'json' : undefined;
  if (!format) throw new UsageError(`--out must end in .json or .xlsx, got ${outArg}`);

  const registerBytes = await readInput(io, registerArg, 'register');
  const focus = opts.focus ? await readFocus(io, opts.focus) : undefined;
  const ruleset = await loadRuleset(opts.ruleset ? path.resolve(io.cwd, opts.ruleset) : undefined);
  const registerName = path.basename(registerArg);
  let read;
  try {
    read = await readRegister(registerBytes, registerName, ruleset.register);
  } catch (error) {
    if (error instanceof RegisterError) throw new UsageError(error.message);
    throw error;
  }
  if (read.rows.length === 0) {
    throw new UsageError(`register ${registerArg}: no case rows read${read.problems.length ? ` (${read.problems.join('; ')})` : ''}`);
  }

  const options: SampleOptions = { perUnit, seed: opts.seed, focusWeight, focusUnits: focus?.units, closedFrom, closedTo, procedure: opts.procedure };
  const result = drawSample(read.rows, options);
  if (result.frame.length === 0) {
    const why = result.excluded.map((e) => `${e.count} ${e.label}`).join(', ');
    io.stderr(`caseaudit: nothing to sample: the frame is empty — all ${result.rowsRead} register rows were excluded by the filters (${why})\n`);
    return EXIT.failed;
  }

  const file: SampleFile = {
    schemaVersion: 1,
    kind: 'caseaudit-sample',
    tool: { name: 'caseaudit', version: VERSION },
    register: { file: registerName, sha256: sha256(registerBytes), rowsRead: result.rowsRead },
    seed: result.seed,
    frameHash: result.frameHash,
    method: PRNG_DESCRIPTION,
    options: {
      perUnit,
      focusWeight,
      focus: focus ? { file: path.basename(opts.focus!), sha256: focus.sha256, round: focus.round, units: focus.units } : null,
      closedFrom: closedFrom ?? null,
      closedTo: closedTo ?? null,
      procedure: opts.procedure ?? null,
    },
    frame: { size: result.frame.length, units: result.units, excluded: result.excluded, focusUnitsNotInFrame: result.focusUnitsNotInFrame },
    selection: result.selection,
  };

  const target = path.resolve(io.cwd, outArg);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, format === 'xlsx' ? workbook(file, result) : JSON.stringify(file, null, 2) + '\n');

  for (const p of read.problems) io.stderr(`caseaudit: note: ${p}\n`);
  if (result.duplicateKeys.length) io.stderr(`caseaudit: note: case numbers listed more than once in the register: ${result.duplicateKeys.join(', ')}\n`);
  for (const u of result.focusUnitsNotInFrame) io.stderr(`caseaudit: note: focus unit ${u} has no case in the frame\n`);
  io.stdout(renderSummary(file, target, io.cwd, opts.lang ?? 'en'));
  return EXIT.ok;
}

function renderSummary(file: SampleFile, target: string, cwd: string, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? `抽样范围：台账${file.register.rowsRead}行中的${file.frame.size}件，${file.frame.units.length}个单位` : `sample frame: ${file.frame.size} of ${file.register.rowsRead} register rows in ${file.frame.units.length} unit(s)`);
  for (const e of file.frame.excluded) lines.push(zh ? `  排除${e.count}件：${e.label}` : `  excluded ${e.count}: ${e.label}`);
  const width = file.frame.units.reduce((w, u) => Math.max(w, displayWidth(u.unit)), 0);
  for (const u of file.frame.units) {
    const pad = ' '.repeat(width - displayWidth(u.unit));
    lines.push(
      zh
        ? `  ${u.unit}${pad}  抽取${String(u.selected).padStart(3)}件／共${String(u.frameSize).padStart(3)}件${u.focus ? `（评查重点单位，应抽${u.quota}件）` : ''}`
        : `  ${u.unit}${pad}  ${String(u.selected).padStart(3)} of ${String(u.frameSize).padStart(3)}${u.focus ? `  (focus unit, ${u.quota} due)` : ''}`,
    );
  }
  lines.push(zh ? `以种子“${file.seed}”抽取案卷${file.selection.length}件，抽样范围哈希 ${file.frameHash.slice(0, 12)}…` : `drew ${file.selection.length} case(s) with seed "${file.seed}", frame hash ${file.frameHash.slice(0, 12)}…`);
  lines.push(zh ? `抽查名单已写入：${path.relative(cwd, target) || target}` : `selection written: ${path.relative(cwd, target) || target}`);
  return lines.join('\n') + '\n';
}

function positiveInteger(value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1) throw new UsageError(`--per-unit must be a positive integer, got ${value ?? '(none)'}`);
  return n;
}

function isoDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got ${value}`);
  return value;
}

async function readInput(io: CliIO, file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    throw new UsageError(`${what} ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file does not exist' : (error as Error).message}`);
  }
}

/** A focus list written by `caseaudit audit` (focus.json): the units concerned by any focus item. */
async function readFocus(io: CliIO, file: string): Promise<{ units: string[]; round: string; sha256: string }> {
  const bytes = await readInput(io, file, 'focus list');
  let parsed;
  try {
    parsed = FocusList.safeParse(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    throw new UsageError(`focus list ${file}: not JSON (${(error as Error).message})`);
  }
  if (!parsed.success) throw new UsageError(`focus list ${file} is not a caseaudit focus.json: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  const units = [...new Set(parsed.data.items.flatMap((i) => i.units))];
  return { units, round: parsed.data.round, sha256: sha256(bytes) };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// ---- workbook ------------------------------------------------------------------------------------

const CASE_HEADER = ['序号', '案号', '当事人', '办案单位', '程序类型', '结案日期', '台账工作表', '台账行号'];

function workbook(file: SampleFile, result: SampleResult): Buffer {
  const wb = XLSX.utils.book_new();
  const caseCells = (c: { caseNumber?: string; party?: string; unit: string; procedure?: 'general' | 'simple'; closingDate?: string; sheet: string; row: number }): Cell[] => [
    c.caseNumber ?? null,
    c.party ?? null,
    c.unit,
    c.procedure ? PROCEDURE_LABEL[c.procedure] : null,
    c.closingDate ?? null,
    c.sheet,
    c.row,
  ];
  XLSX.utils.book_append_sheet(wb, sheet(CASE_HEADER, file.selection.map((c, i) => [i + 1, ...caseCells(c)])), '抽查名单');

  const picked = new Set(file.selection.map((c) => `${c.sheet}\u0000${c.row}`));
  const frameRows = result.frame.map((f, i) => [
    i + 1,
    ...caseCells({ ...f.row, unit: f.unit }),
    picked.has(`${f.row.sheet}\u0000${f.row.row}`) ? '是' : '否',
  ]);
  XLSX.utils.book_append_sheet(wb, sheet([...CASE_HEADER, '是否抽中'], frameRows), '抽样框');

  const o = file.options;
  const about: Cell[][] = [
    ['随机种子', file.seed],
    ['抽样框哈希（SHA-256）', file.frameHash],
    ['台账文件', file.register.file],
    ['台账文件 SHA-256', file.register.sha256],
    ['台账读取行数', file.register.rowsRead],
    ['抽样框案件数', file.frame.size],
    ['抽中案件数', file.selection.length],
    ['每个办案单位抽取', o.perUnit],
    ['重点单位抽取', o.focus ? `${focusQuota(o.perUnit, o.focusWeight)}（${o.perUnit} × ${o.focusWeight}，向上取整）` : '未使用重点清单'],
    ['重点清单', o.focus ? `${o.focus.file}（${o.focus.round}，SHA-256 ${o.focus.sha256}）` : '无'],
    ['重点单位', o.focus ? o.focus.units.join('、') || '（无）' : '无'],
    ['结案日期范围', o.closedFrom || o.closedTo ? `${o.closedFrom ?? '不限'} 至 ${o.closedTo ?? '不限'}（含）` : '不限'],
    ['程序类型', o.procedure ? PROCEDURE_LABEL[o.procedure] : '不限'],
    ['工具版本', `caseaudit ${file.tool.version}`],
    ['抽样方法', file.method],
    [null, null],
    ['办案单位', '抽样框案件数 / 应抽 / 实抽'],
    ...file.frame.units.map((u): Cell[] => [u.unit, `${u.frameSize} / ${u.quota} / ${u.selected}${u.focus ? '（重点单位）' : ''}`]),
    ...(file.frame.excluded.length ? [[null, null], ['未纳入抽样框', '行数'] as Cell[], ...file.frame.excluded.map((e): Cell[] => [e.label, e.count])] : []),
  ];
  const ws = sheet(['项目', '内容'], about, false);
  ws['!cols'] = [{ wch: 24 }, { wch: 90 }];
  XLSX.utils.book_append_sheet(wb, ws, '说明');
  return Buffer.from(freezeHeaderRows(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array));
}

