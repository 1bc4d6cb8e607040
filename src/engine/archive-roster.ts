import { createHash } from 'node:crypto';
import type { FileEntry } from '../model/report.js';
import type { RosterOfficer } from '../read/roster.js';
import { RosterError } from '../read/side-input-errors.js';
import { DEFAULT_READ_LIMITS, officePartsOverLimit, type ReadLimits } from '../read/limits.js';
import type { ScanResult } from '../scan/index.js';

/**
 * The officer roster (执法人员名册) found in the archive, used without --roster, as registers are. The
 * first roster that lists officers is used; every other spreadsheet named like a roster is listed in
 * the report's files with the reason it was not used (never dropped silently). Undefined: none usable.
 */
export async function readArchiveRoster(scanned: ScanResult, files: FileEntry[], notes: string[], lang: 'zh' | 'en', limits?: Partial<ReadLimits>): Promise<RosterOfficer[] | undefined> {
  let used: RosterOfficer[] | undefined;
  for (const source of scanned.rosters) {
    if (used) {
      files.push({ file: source.path, size: source.size, disposition: 'skipped', reason: 'another officer roster found in the archive is used' });
      continue;
    }
    const bytes = await source.read().catch(() => undefined);
    try {
      if (!bytes) throw new RosterError(source.path, 'cannot be read');
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        const over = await officePartsOverLimit(bytes, { ...DEFAULT_READ_LIMITS, ...limits });
        if (over) throw new RosterError(source.path, over);
      }
      // loaded here: an archive without a roster never needs the reader (nor SheetJS behind it)
      const { readRoster } = await import('../read/roster.js');
      const result = await readRoster(bytes, source.path);
      for (const p of result.problems) notes.push(`${source.path}: ${p}`);
      if (result.officers.length === 0) {
        // A roster without officers would make every certificate "unknown": not used, and said so.
        files.push({ file: source.path, size: source.size, sha256: sha(bytes), disposition: 'skipped', reason: 'named like an officer roster, but lists no officer' });
        continue;
      }
      files.push({ file: source.path, size: source.size, sha256: sha(bytes), disposition: 'roster', reason: `officer roster found in the archive, ${result.officers.length} officers` });
      notes.push(lang === 'zh' ? `执法人员名册取自案卷目录中的${source.path}。` : `Officer roster taken from ${source.path} in the archive.`);
      used = result.officers;
    } catch (error) {
      if (!(error instanceof RosterError)) throw error;
      // Not a finding: the roster is an input of the review, not a document of a case.
      files.push({ file: source.path, size: source.size, disposition: 'unreadable', reason: error.message });
    }
  }
  return used;
}

/**
 * Registers and rosters found in the archive while --register / --roster name others: listed with
 * the reason they were not read, so every input file is accounted for once.
 */
export function accountForUnusedSideInputs(scanned: ScanResult, files: FileEntry[], used: { register: boolean; roster: boolean }): void {
  if (used.register) for (const f of scanned.registers) files.push({ file: f.path, size: f.size, disposition: 'skipped', reason: 'case register found in the archive; the one given with --register is used' });
  if (used.roster) for (const f of scanned.rosters) files.push({ file: f.path, size: f.size, disposition: 'skipped', reason: 'officer roster found in the archive; the one given with --roster is used' });
}

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
