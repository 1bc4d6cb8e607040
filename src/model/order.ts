import type { Finding } from './report.js';

/**
 * Plain code-unit comparison: the same order on every machine and ICU version, which is what lets two
 * rounds' reports diff cleanly. (localeCompare follows the system's locale: under zh_CN Chinese sorts
 * by pinyin, under C or en_US by ICU's default collation, so report.json's order would depend on the
 * machine.)
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** case → file → page → rule (DESIGN.md); a finding without a file or page sorts before those with one. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.page ?? 0) - (b.page ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.fingerprint, b.fingerprint) ||
    compareText(a.message, b.message)
  );
}
