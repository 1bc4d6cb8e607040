import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toFinding } from '../checks/finding.js';
import type { Register } from '../checks/register.js';
import type { FileEntry, Finding } from '../model/report.js';
import type { RosterOfficer } from '../read/roster.js';
import { registerHeaderProblem } from '../read/register-header.js';
import { RegisterError, RosterError } from '../read/side-input-errors.js';
import { DEFAULT_READ_LIMITS, officePartsOverLimit, type ReadLimits } from '../read/limits.js';
import type { Ruleset } from '../ruleset/load.js';
import { MissingInputError, type ScanResult } from '../scan/index.js';

// The inputs besides the case files: registers (given or found in the archive) and the roster. Each
// one used is listed in the report's files; what it could not read becomes a note or a finding.
// Their readers (and SheetJS behind them) are loaded when there is a spreadsheet to read: an audit of
// an archive without one never needs them.
const registerReader = () => import('../read/register.js');
const rosterReader = () => import('../read/roster.js');

/** A register named on the command line must be readable: its failure stops the run (exit 2). */
export async function readExplicitRegister(file: string, ruleset: Ruleset, files: FileEntry[], notes: string[], what = 'case register (台账)', limits?: Partial<ReadLimits>): Promise<Register> {
  const bytes = await readInput(file, 'register');
  const over = await sheetOverLimit(bytes, limits);
  if (over) throw new RegisterError(path.basename(file), over);
  const result = await (await registerReader()).readRegister(bytes, path.basename(file), ruleset.register);
  const headerless = registerHeaderProblem(result);
  if (headerless) throw new RegisterError(path.basename(file), headerless);
  files.push({ file: path.basename(file), size: bytes.length, sha256: sha(bytes), disposition: 'register', reason: `${what}, ${result.rows.length} rows` });
  for (const p of result.problems) notes.push(`${path.basename(file)}: ${p}`);
  return { file: path.basename(file), rows: result.rows };
}

/** Registers found in the archive are used without the flag; an unreadable one is a finding. */
export async function readArchiveRegisters(scanned: ScanResult, ruleset: Ruleset, files: FileEntry[], findings: Finding[], notes: string[], lang: 'zh' | 'en', limits?: Partial<ReadLimits>): Promise<Register[]> {
  const out: Register[] = [];
  for (const source of scanned.registers) {
    const bytes = await source.read().catch(() => undefined);
    try {
      if (!bytes) throw new RegisterError(source.path, 'cannot be read');
      const over = await sheetOverLimit(bytes, limits);
      if (over) throw new RegisterError(source.path, over);
      const result = await (await registerReader()).readRegister(bytes, source.path, ruleset.register);
      // A spreadsheet named like a register without a register header is not one: listed, not used.
      const headerless = registerHeaderProblem(result);
      if (headerless) {
        files.push({ file: source.path, size: source.size, sha256: sha(bytes), disposition: 'skipped', reason: `named like a case register, but ${headerless}` });
        notes.push(`${source.path}: ${headerless}; not used as the case register`);
        continue;
      }
      files.push({ file: source.path, size: source.size, sha256: sha(bytes), disposition: 'register', reason: `case register (台账), ${result.rows.length} rows` });
      for (const p of result.problems) notes.push(`${source.path}: ${p}`);
      out.push({ file: source.path, rows: result.rows });
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      files.push({ file: source.path, size: source.size, disposition: 'unreadable', reason: error.message });
      findings.push(toFinding(ruleset.rules, { rule: 'file-unreadable', messageId: 'unreadable', data: { file: source.path, reason: error.message }, file: source.path }, 'archive', lang));
    }
  }
  return out;
}

export async function readRosterFile(file: string, files: FileEntry[], notes: string[], limits?: Partial<ReadLimits>): Promise<RosterOfficer[]> {
  const bytes = await readInput(file, 'roster');
  const over = await sheetOverLimit(bytes, limits);
  if (over) throw new RosterError(path.basename(file), over);
  const result = await (await rosterReader()).readRoster(bytes, path.basename(file));
  // A roster without officers would make every certificate "unknown to the roster": refused, as a
  // register without a header is.
  if (result.officers.length === 0) throw new RosterError(path.basename(file), `lists no officer (${result.problems.join('; ') || 'no rows'})`);
  files.push({ file: path.basename(file), size: bytes.length, sha256: sha(bytes), disposition: 'roster', reason: `officer roster, ${result.officers.length} officers` });
  for (const p of result.problems) notes.push(`${path.basename(file)}: ${p}`);
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

/**
 * Spreadsheets are read in this thread (SheetJS): an .xlsx whose XML parts inflate past the per-file
 * limits is refused before SheetJS inflates them.
 */
async function sheetOverLimit(bytes: Buffer, limits?: Partial<ReadLimits>): Promise<string | undefined> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  return officePartsOverLimit(bytes, { ...DEFAULT_READ_LIMITS, ...limits });
}

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

