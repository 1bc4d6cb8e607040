/**
 * Mutation fuzzing of the real CLI (issue 11): `npm run fuzz -- --seed S --count N [--batch B] [--keep DIR]`.
 *
 * Mutates the committed samples (PDF, DOCX, XLSX register, CSV register, ZIP export) with seeded
 * mutators, audits them in batches with the built CLI (`bin/caseaudit.js`, one process per batch, one
 * reader thread), and checks the invariants of every run:
 * - no crash (exit 0 with --fail-on none; never "internal error") and no hang (a batch's deadline);
 * - no workflow command or terminal control in what it prints (folder names try to inject them);
 * - every input file accounted for exactly once in report.files;
 * - the input tree byte-identical, content and mtime, after the run;
 * - time and memory within budget: the batch within files × the per-file limit, peak RSS below 1 GiB.
 * A failing batch is copied to --keep (default fuzz-failures/) with what failed, to become a test.
 * Prints one JSON summary line at the end; exit 1 when any invariant failed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/model/report.js';
import { zipEntries } from '../../test/helpers/bombs.js';
import { buildZip, type ZipEntrySpec } from '../../test/helpers/zipWriter.js';
import { mutateBytes, mutateCsv, mutateZip, rng, selfCheck, type Mutant, type Random } from './mutators.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/caseaudit.js');
const GiB = 1024 * 1024 * 1024;
/** per-file time budget given to the CLI, and the deadline of a batch built from it */
const FILE_TIMEOUT_S = 20;

interface Args {
  seed: number;
  count: number;
  batch: number;
  keep: string;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  return { seed: Number(get('seed', '1')), count: Number(get('count', '100')), batch: Number(get('batch', '40')), keep: path.resolve(get('keep', 'fuzz-failures')) };
}

type Kind = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'zip';
interface Base {
  kind: Kind;
  name: string;
  bytes: Buffer;
  entries?: ZipEntrySpec[];
}

async function loadBases(): Promise<Base[]> {
  const archive = path.join(ROOT, 'samples/archive');
  const small = '2022-007 盐城恒丰食品';
  const pdfs = ['询问笔录（姚金山）.pdf', '立案审批表.pdf', '现场检查记录.pdf', '行政处罚决定书.pdf'].filter((f) => existsSync(path.join(archive, small, f)));
  const bases: Base[] = pdfs.map((f) => ({ kind: 'pdf', name: f, bytes: readFileSync(path.join(archive, small, f)) }));
  const docx = path.join(archive, '（射）应急罚〔2026〕4号 射阳县渔港人家餐饮管理有限公司/询问笔录.docx');
  const docxBytes = readFileSync(docx);
  bases.push({ kind: 'docx', name: '询问笔录.docx', bytes: docxBytes, entries: await zipEntries(docxBytes) });
  const xlsx = readFileSync(path.join(archive, '案件台账.xlsx'));
  bases.push({ kind: 'xlsx', name: '案件台账.xlsx', bytes: xlsx, entries: await zipEntries(xlsx) });
  const csv = ['案号,当事人,办案单位,立案日期,处罚决定日期,罚款金额（元）', '（射）应急罚〔2023〕12号,射阳县华兴化工有限公司,执法一中队,2023-03-01,2023-04-01,30000', '（射）应急罚〔2024〕3号,射阳县某公司,执法二中队,2024-03-01,2024-04-01,5000'].join('\n');
  bases.push({ kind: 'csv', name: '案件台账.csv', bytes: Buffer.from(csv) });
  // a zip export of one small case: entries are the case's PDFs
  const zipSpecs: ZipEntrySpec[] = pdfs.slice(0, 3).map((f) => ({ name: `${small}/${f}`, data: readFileSync(path.join(archive, small, f)), method: 8 }));
  bases.push({ kind: 'zip', name: 'export.zip', bytes: buildZip(zipSpecs), entries: zipSpecs });
  return bases;
}

function mutate(base: Base, r: Random): Mutant {
  if (base.kind === 'csv') return mutateCsv(base.bytes, r);
  if (base.entries) return mutateZip(base.entries, r, base.bytes);
  return mutateBytes(base.bytes, r);
}

const HOSTILE_NAMES = ['\n::error file=x::pwned', '\n::add-mask::secret', '\n::stop-commands::tok', '\u001b[2J\u0007', '\u202Efdp.exe', '\r::warning::x', '\u009b31m'];

/** Lines of stdout that GitHub Actions would take as a workflow command, other than caseaudit's own annotations. */
function injectedCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => line.trim().startsWith('::') && !/^::(error|warning|notice) (file=[^:]*,)?title=caseaudit[ a-z-]*::/.test(line.trim()));
}

interface Placed {
  file: string;
  base: string;
  how: string[];
}

/**
 * One batch as an archive: each document mutant in a case folder of its own, the register mutant (one
 * per batch: the scan takes every 台账 spreadsheet) at the top, zip mutants at the top as exports.
 */
async function buildBatch(dir: string, bases: Base[], r: Random, n: number, index: number): Promise<Placed[]> {
  const placed: Placed[] = [];
  let register = false;
  for (let i = 0; i < n; i++) {
    let base = bases[Math.floor(r() * bases.length)];
    if ((base.kind === 'xlsx' || base.kind === 'csv') && register) base = bases[0];
    const m = mutate(base, r);
    let file: string;
    if (base.kind === 'xlsx' || base.kind === 'csv') {
      register = true;
      file = base.name;
    } else if (base.kind === 'zip') file = `export-${index}-${i}.zip`;
    // now and then a case folder whose name tries to inject into the terminal or the CI log
    else file = path.join(`case-${i}${r() < 0.15 ? HOSTILE_NAMES[Math.floor(r() * HOSTILE_NAMES.length)] : ''}`, base.name);
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), m.bytes);
    placed.push({ file, base: base.name, how: m.how });
  }
  return placed;
}

/** Every file under dir: relative path → sha256 and mtime. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const s = await stat(p);
        out.set(path.relative(dir, p).split(path.sep).join('/'), `${createHash('sha256').update(await readFile(p)).digest('hex')} ${s.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return out;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssKb: number;
  timedOut: boolean;
}

/** The built CLI under GNU time (peak RSS of the process and its reader threads), with a deadline. */
function audit(input: string, out: string, deadlineMs: number): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const args = ['-f', '%M', process.execPath, BIN, 'audit', input, '--out', out, '--no-cache', '--jobs', '1', '--fail-on', 'none', '--lang', 'en', '--file-timeout', String(FILE_TIMEOUT_S)];
    // as in a GitHub Actions step, so annotations are printed too
    const env = { ...process.env, GITHUB_ACTIONS: 'true', NO_COLOR: '1' };
    execFile('/usr/bin/time', args, { env, timeout: deadlineMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const lines = stderr.trimEnd().split('\n');
      const peak = Number(lines.at(-1));
      const timedOut = Boolean(error && (error as { killed?: boolean }).killed);
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr: Number.isFinite(peak) ? lines.slice(0, -1).join('\n') : stderr, ms: Date.now() - started, peakRssKb: Number.isFinite(peak) ? peak : 0, timedOut });
    });
  });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, 'dist/bundle/caseaudit.js'))) throw new Error('build first: npm run build');
  selfCheck();
  const bases = await loadBases();
  const r = rng(args.seed);
  const work = await mkdtemp(path.join(tmpdir(), 'caseaudit-fuzz-'));
  const totals = { seed: args.seed, mutants: 0, batches: 0, crashes: 0, hangs: 0, injections: 0, unaccounted: 0, duplicated: 0, inputsModified: 0, overBudget: 0, peakRssMiB: 0, unreadable: 0, exceedsLimits: 0, seconds: 0 };
  const failures: { batch: number; problems: string[] }[] = [];
  const started = Date.now();
  try {
    for (let b = 0; totals.mutants < args.count; b++) {
      const n = Math.min(args.batch, args.count - totals.mutants);
      const input = path.join(work, `batch-${b}`, 'archive');
      const out = path.join(work, `batch-${b}`, 'out');
      await mkdir(input, { recursive: true });
      const placed = await buildBatch(input, bases, r, n, b);
      const before = await snapshot(input);
      const deadline = (n * FILE_TIMEOUT_S + 60) * 1000;
      const res = await audit(input, out, deadline);
      const problems: string[] = [];
      if (res.timedOut) {
        totals.hangs++;
        problems.push(`hang: killed after ${deadline} ms`);
      } else if (res.code !== 0 || /internal error/.test(res.stderr)) {
        totals.crashes++;
        problems.push(`crash: exit ${res.code}: ${res.stderr.slice(0, 2000)}`);
      }
      const injected = injectedCommands(res.stdout);
      if (injected.length || /[\u0007\u001b\u009b\u202e]/.test(res.stdout)) {
        totals.injections++;
        problems.push(`output not neutralised: ${JSON.stringify(injected.slice(0, 3))}`);
      }
      const after = await snapshot(input);
      for (const [file, sig] of before) if (after.get(file) !== sig) problems.push(`input modified: ${file}`);
      for (const file of after.keys()) if (!before.has(file)) problems.push(`input gained a file: ${file}`);
      totals.inputsModified += problems.filter((p) => p.startsWith('input')).length;
      if (res.peakRssKb * 1024 >= GiB) {
        totals.overBudget++;
        problems.push(`peak RSS ${Math.round(res.peakRssKb / 1024)} MiB ≥ 1 GiB`);
      }
      totals.peakRssMiB = Math.max(totals.peakRssMiB, Math.round(res.peakRssKb / 1024));
      if (existsSync(path.join(out, 'report.json'))) {
        const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
        const listed = report.files.map((f) => f.file);
        const counts = new Map<string, number>();
        for (const f of listed) counts.set(f, (counts.get(f) ?? 0) + 1);
        for (const [f, c] of counts) if (c > 1) {
          totals.duplicated++;
          problems.push(`listed ${c} times: ${f}`);
        }
        // Every file on disk is listed (a zip as itself, a container, whatever its entries became).
        for (const p of placed) {
          const file = p.file.split(path.sep).join('/');
          if (!counts.has(file)) {
            totals.unaccounted++;
            problems.push(`not accounted for: ${file} (${p.base}: ${p.how.join(', ')})`);
          }
        }
        totals.unreadable += report.files.filter((f) => f.disposition === 'unreadable').length;
        totals.exceedsLimits += report.files.filter((f) => (f.reason ?? '').startsWith('exceeds limits:')).length;
      } else if (!problems.length) problems.push('no report.json');
      totals.mutants += n;
      totals.batches++;
      if (problems.length) {
        failures.push({ batch: b, problems });
        const keep = path.join(args.keep, `seed-${args.seed}-batch-${b}`);
        await mkdir(keep, { recursive: true });
        await cp(input, path.join(keep, 'archive'), { recursive: true, preserveTimestamps: true });
        await writeFile(path.join(keep, 'problems.json'), JSON.stringify({ seed: args.seed, batch: b, problems, placed }, null, 2));
      }
      process.stderr.write(`batch ${b}: ${n} mutants, ${res.ms} ms, peak ${Math.round(res.peakRssKb / 1024)} MiB${problems.length ? `, ${problems.length} problem(s)` : ''}\n`);
      await rm(path.join(work, `batch-${b}`), { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  totals.seconds = Math.round((Date.now() - started) / 1000);
  for (const f of failures) for (const p of f.problems) process.stderr.write(`  batch ${f.batch}: ${p}\n`);
  process.stdout.write(JSON.stringify(totals) + '\n');
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
