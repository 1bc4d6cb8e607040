/**
 * Day arithmetic for the planted deadlines. Working days come from `chinese-days` (State Council
 * holiday notices including make-up working days), the same source the tool ships, so a "7 working
 * days" sample really is 7 working days under the calendar the audit will use.
 */
import { createRequire } from 'node:module';

/**
 * The calendar data of chinese-days (holidays and make-up working days by ISO date). Its functions
 * are not used: they mix UTC parsing with local-time fields, so their answers shift by a day in
 * time zones west of UTC; looking dates up in the data is exact everywhere.
 */
const CALENDAR = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const DAY = 86_400_000;

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, n: number): string {
  return new Date(utc(iso) + n * DAY).toISOString().slice(0, 10);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY);
}

export function isWorkday(iso: string): boolean {
  if (CALENDAR.workdays[iso]) return true;
  const dow = new Date(utc(iso)).getUTCDay();
  return dow >= 1 && dow <= 5 && !CALENDAR.holidays[iso];
}

/** Working days after a up to and including b: the way art. 85 counts "within N working days". */
export function workdaysAfter(a: string, b: string): number {
  if (b <= a) return 0;
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkday(d)) n++;
  return n;
}

/** Day of week in Chinese, for the generator's own logs and README. */
export function weekday(iso: string): string {
  return '日一二三四五六'[new Date(utc(iso)).getUTCDay()];
}
