import type { CaseResult } from '../model/report.js';

/** A case's identity across rounds: its case number (year + serial) when read, else its folder. */
export function caseKey(c: Pick<CaseResult, 'caseRef' | 'folder'>): string {
  return c.caseRef ? `${c.caseRef.year}-${c.caseRef.serial}` : `folder:${c.folder}`;
}

/** Cases without a unit are grouped together rather than dropped from per-unit figures. */
export const NO_UNIT = '（未载明办案单位）';

export function unitOf(c: Pick<CaseResult, 'unit'>): string {
  return c.unit ?? NO_UNIT;
}
