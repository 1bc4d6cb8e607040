import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildNotice, type Notice, type NoticeOptions } from '../report/notice.js';
import { writeNoticeDocx } from '../report/notice-docx.js';
import { writeNoticeMarkdown } from '../report/notice-markdown.js';
import { buildUnitNotices } from '../report/notice-unit.js';
import { loadOutputsData, OutputsDataError } from '../report/outputs-data.js';
import { UsageError, type CliIO } from './io.js';
import { readReportFile } from './report-file.js';
import { loadRuleset } from '../ruleset/load.js';

export interface NoticeCliOptions {
  out?: string;
  format?: 'docx' | 'md';
  /** default: the agency behind the issuer code of the case numbers (outputs.yaml), said on stderr */
  agency?: string;
  title?: string;
  period?: string;
  reportBack?: string;
  number?: string;
  sampling?: string;
  /** folder for one 整改通知书 per unit with something to rectify */
  perUnit?: string;
  /** the ruleset whose rule titles the notice uses (default: the built-in one) */
  ruleset?: string;
}

/** `caseaudit notice report.json --out 通报.docx`: the review notice draft, editable after. */
export async function runNoticeCommand(reportFile: string, opts: NoticeCliOptions, io: CliIO): Promise<number> {
  const report = await readReportFile(path.resolve(io.cwd, reportFile), reportFile);
  if (opts.reportBack && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reportBack)) throw new UsageError(`--report-back must be a date YYYY-MM-DD, got ${opts.reportBack}`);
  const format = opts.format ?? (opts.out?.endsWith('.md') ? 'md' : 'docx');
  const rulesetDir = opts.ruleset ? path.resolve(io.cwd, opts.ruleset) : undefined;
  const ruleset = await loadRuleset(rulesetDir);
  let outputs;
  try {
    outputs = loadOutputsData(rulesetDir);
  } catch (error) {
    if (error instanceof OutputsDataError) throw new UsageError(error.message);
    throw error;
  }
  const options: NoticeOptions = { rules: ruleset.rules, outputs, agency: opts.agency, title: opts.title, period: opts.period, reportBackDate: opts.reportBack, number: opts.number, sampling: opts.sampling };
  const notice = buildNotice(report, options);
  const render = async (n: Notice) => (format === 'md' ? writeNoticeMarkdown(n) : await writeNoticeDocx(n));
  const target = path.resolve(io.cwd, opts.out ?? (format === 'md' ? '评查通报.md' : '评查通报.docx'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, await render(notice));
  for (const note of notice.notes) io.stderr(`caseaudit: note: ${note}\n`);
  io.stdout(`notice written: ${path.relative(io.cwd, target) || target}\n`);
  if (opts.perUnit) {
    const dir = path.resolve(io.cwd, opts.perUnit);
    await mkdir(dir, { recursive: true });
    for (const u of buildUnitNotices(notice, { reportBackDate: opts.reportBack })) {
      const file = path.join(dir, `整改通知书-${safeFileName(u.unit)}.${format}`);
      await writeFile(file, await render(u.notice));
      io.stdout(`notice written: ${path.relative(io.cwd, file) || file}\n`);
    }
  }
  return 0;
}

/** A unit name as a file name: no path separators, control characters or names a file system refuses. */
function safeFileName(name: string): string {
  const s = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/gu, '_').replace(/^\.+/u, '_').trim();
  return s.slice(0, 80) || '_';
}
