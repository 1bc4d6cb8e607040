import { readFile } from 'node:fs/promises';
import { Report as ReportSchema, type Report } from '../model/report.js';
import { UsageError } from './io.js';

/**
 * A report.json named on the command line (an earlier round, the round a notice is drafted from),
 * validated: a wrong file is a usage error (exit 2), never a silently empty round.
 */
export async function readReportFile(file: string, shown: string): Promise<Report> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file does not exist' : `not a JSON report (${(error as Error).message})`}`);
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageError(`${shown} is not a caseaudit report.json (schemaVersion 1): ${first.path.join('.')}: ${first.message}`);
  }
  return parsed.data;
}
