import type { CaseRef } from '../model/document.js';
import type { CaseResult } from '../model/report.js';

/**
 * A case's identity across rounds: its case number when read — issuer (射应急, 豫0721环) + year + serial,
 * since two agencies' 〔2023〕12号 are two cases — else its folder.
 */
export function caseKey(c: { caseRef?: CaseRef; folder: string }): string {
  return c.caseRef ? `${c.caseRef.issuer ? `${c.caseRef.issuer}:` : ''}${c.caseRef.year}-${c.caseRef.serial}` : `folder:${c.folder}`;
}

/** Two case numbers name one case: same year and serial, and the same issuer where both name one. */
export function sameCase(a: CaseRef, b: CaseRef): boolean {
  return a.year === b.year && a.serial.toLowerCase() === b.serial.toLowerCase() && (!a.issuer || !b.issuer || a.issuer === b.issuer);
}

/** Cases without a unit are grouped together rather than dropped from per-unit figures. */
export const NO_UNIT = '（未载明办案单位）';

export function unitOf(c: Pick<CaseResult, 'unit'>): string {
  return c.unit ?? NO_UNIT;
}
