import type { RegisterReadResult } from './register.js';

/**
 * Why a spreadsheet read as a register is not one: no sheet carries a register header (案号, 当事人,
 * 立案日期 …). Such a file gives no rows, and cross-checking folders against it would report every
 * folder as unlisted; the caller refuses it instead (an error for --register, a skipped file when it
 * was only found in the archive). Undefined when at least one sheet has a header.
 */
export function registerHeaderProblem(result: RegisterReadResult): string | undefined {
  if (result.sheets.some((s) => !s.skipped)) return undefined;
  const why = result.sheets.map((s) => `${s.name}: ${s.skipped}`).join('; ');
  return `no register header found (need at least 2 known columns such as 案号, 当事人, 立案日期, 罚款金额)${why ? ` — ${why}` : ''}`;
}
