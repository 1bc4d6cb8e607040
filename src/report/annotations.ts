import type { Finding, Report } from '../model/report.js';
import { neutralise } from './neutralise.js';

/** GitHub shows at most 10 errors and 10 warnings per step and 50 per job: more is noise. */
export const ANNOTATION_CAP = 50;

/** Workflow-command escaping (GitHub Actions toolkit): data escapes %, CR, LF; properties also : and ,. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (`::error file=…,title=…::message`) for the worst findings, errors first,
 * capped; the rest are counted in one notice. Paths are the report's, relative to the audited folder:
 * pass `prefix` to make them relative to the repository root.
 */
export function writeGithubAnnotations(input: Report, opts: { prefix?: string; cap?: number } = {}): string {
  const report = neutralise(input, 'annotation');
  const cap = opts.cap ?? ANNOTATION_CAP;
  const all: { f: Finding; folder?: string }[] = [
    ...report.cases.flatMap((c) => c.findings.map((f) => ({ f, folder: c.folder }))),
    ...report.findings.map((f) => ({ f })),
  ].filter(({ f }) => f.status !== 'resolved' && !f.waived && f.severity !== 'info');
  all.sort((a, b) => Number(b.f.severity === 'error') - Number(a.f.severity === 'error') || Number(b.f.veto) - Number(a.f.veto));
  const lines = all.slice(0, cap).map(({ f, folder }) => {
    const file = f.file ?? folder;
    const props = [file ? `file=${prop((opts.prefix ?? '') + file)}` : undefined, `title=${prop(`caseaudit ${f.rule}`)}`].filter(Boolean).join(',');
    const where = f.page ? ` (p.${f.page})` : '';
    return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${data(f.message + where)}`;
  });
  if (all.length > cap) lines.push(`::notice title=caseaudit::${data(`${all.length - cap} more findings are not annotated; see the report`)}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
