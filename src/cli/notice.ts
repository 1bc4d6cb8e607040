import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildNotice, type NoticeOptions } from '../report/notice.js';
import { writeNoticeDocx } from '../report/notice-docx.js';
import { writeNoticeMarkdown } from '../report/notice-markdown.js';
import { UsageError, type CliIO } from './io.js';
import { readReportFile } from './report-file.js';
import { loadRuleset } from '../ruleset/load.js';

export interface NoticeCliOptions {
  out?: string;
  format?: 'docx' | 'md';
  agency: string;
  title?: string;
  period?: string;
  reportBack?: string;
  number?: string;
  sampling?: string;
  /** the ruleset whose rule titles the notice uses (default: the built-in one) */
  ruleset?: string;
}

/** `caseaudit notice report.json --agency … --out 通报.docx`: the review notice draft, editable after. */
export async function runNoticeCommand(reportFile: string, opts: NoticeCliOptions, io: CliIO): Promise<number> {
  const report = await readReportFile(path.resolve(io.cwd, reportFile), reportFile);
  if (opts.reportBack && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reportBack)) throw new UsageError(`--report-back must be a date YYYY-MM-DD, got ${opts.reportBack}`);
  const format = opts.format ?? (opts.out?.endsWith('.md') ? 'md' : 'docx');
  const ruleset = await loadRuleset(opts.ruleset ? path.resolve(io.cwd, opts.ruleset) : undefined);
  const options: NoticeOptions = { rules: ruleset.rules, agency: opts.agency, title: opts.title, period: opts.period, reportBackDate: opts.reportBack, number: opts.number, sampling: opts.sampling };
  const notice = buildNotice(report, options);
  const target = path.resolve(io.cwd, opts.out ?? (format === 'md' ? '评查通报.md' : '评查通报.docx'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, format === 'md' ? writeNoticeMarkdown(notice) : await writeNoticeDocx(notice));
  for (const note of notice.notes) io.stderr(`caseaudit: note: ${note}\n`);
  io.stdout(`notice written: ${path.relative(io.cwd, target) || target}\n`);
  return 0;
}
