import { Report } from '../model/report.js';

/** Keys sorted by code unit, recursively: for free-form records, whose order is whatever code built them. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, x]) => [k, sortKeys(x)]));
  }
  return v;
}

/**
 * report.json: the source of every other output and of the next round's comparison. The report is run
 * through its zod schema first, so model objects come out in the schema's key order whatever order
 * they were built in, and free-form records (`data`, `bySeverity`, `byGrade`) with sorted keys: two
 * runs over the same input give the same bytes, and rounds diff cleanly. A report that breaks the
 * schema fails here rather than being read back wrong next round.
 */
export function writeJson(report: Report): string {
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`report does not match the Report schema:\n${problems.join('\n')}`);
  }
  const r = parsed.data;
  r.summary.bySeverity = sortKeys(r.summary.bySeverity) as Record<string, number>;
  r.summary.byGrade = sortKeys(r.summary.byGrade) as Record<string, number>;
  for (const f of [...r.cases.flatMap((c) => c.findings), ...r.findings]) f.data = sortKeys(f.data) as Record<string, unknown>;
  for (const s of r.cases.flatMap((c) => c.skipped)) if (s.data) s.data = sortKeys(s.data) as Record<string, unknown>;
  return JSON.stringify(r, null, 2) + '\n';
}
