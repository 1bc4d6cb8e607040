/**
 * The mainland-China holiday calendar and day counting.
 *
 * Why: 行政处罚法 (2021) art. 85 says its 2/3/5/7-day periods (e.g. art. 61 service within 7 days,
 * art. 64 hearing request within 5 days) are working days: 法定节假日 are excluded and the make-up
 * (调休) Saturdays/Sundays named in the State Council notices are working days. Longer periods
 * (15/30/60/90 days) are calendar days. Whether a limit that ends on a rest day moves to the next
 * working day is a ruleset decision, not made here (see nextWorkingDay).
 *
 * The data is schemas/work-safety/calendar.json (built by scripts/calendar/build.ts); nothing here
 * depends on where it came from. A year outside the data is never guessed: isWorkingDay throws
 * CalendarGapError so the audit can say the deadline could not be checked.
 *
 * All dates are ISO `YYYY-MM-DD` strings and all arithmetic is whole UTC days: case-file dates are
 * calendar dates, and local time zones must not shift them.
 */
import { z } from 'zod';

const MS_PER_DAY = 86_400_000;

/** A real calendar date `YYYY-MM-DD` (2019-02-30 is rejected). */
const CalendarIsoDate = z.iso.date();

export const CalendarData = z
  .object({
    $comment: z.string().optional(),
    /** where the schedule comes from (State Council notices, via which transcription) */
    source: z.string().min(1),
    legalBasis: z.string().optional(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    /** every day off under the notices (including those on weekends) */
    holidays: z.array(CalendarIsoDate),
    /** make-up working days (调休上班); always a Saturday or Sunday */
    workdays: z.array(CalendarIsoDate),
  })
  .superRefine((d, ctx) => {
    if (d.firstYear > d.lastYear) ctx.addIssue({ code: 'custom', message: 'firstYear is after lastYear' });
    const inRange = (iso: string) => {
      const y = Number(iso.slice(0, 4));
      return y >= d.firstYear && y <= d.lastYear;
    };
    const holidays = new Set(d.holidays);
    d.holidays.forEach((iso, i) => {
      if (!inRange(iso)) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${iso} outside firstYear..lastYear` });
    });
    d.workdays.forEach((iso, i) => {
      if (!inRange(iso)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${iso} outside firstYear..lastYear` });
      if (holidays.has(iso)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${iso} is also a holiday` });
      const dow = new Date(toEpochDay(iso) * MS_PER_DAY).getUTCDay();
      if (dow !== 0 && dow !== 6) {
        ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${iso} is a make-up working day but not a Saturday/Sunday` });
      }
    });
  });
export type CalendarData = z.infer<typeof CalendarData>;

/** A date in a year the calendar has no State Council schedule for: reported, never guessed. */
export class CalendarGapError extends Error {
  readonly year: number;
  constructor(year: number, firstYear: number, lastYear: number) {
    super(`holiday calendar covers ${firstYear}-${lastYear}; it has no schedule for ${year}`);
    this.name = 'CalendarGapError';
    this.year = year;
  }
}

export interface HolidayCalendar {
  /** true on Mon–Fri that are not holidays and on make-up Saturdays/Sundays; throws CalendarGapError outside the data */
  isWorkingDay(iso: string): boolean;
  /** whether the date's year is within firstYear..lastYear */
  covers(iso: string): boolean;
  readonly source: string;
  readonly firstYear: number;
  readonly lastYear: number;
}

export function createCalendar(input: unknown): HolidayCalendar {
  const data = CalendarData.parse(input, { jitless: true }); // once a run (see load.ts)
  const holidays = new Set(data.holidays);
  const workdays = new Set(data.workdays);
  const { firstYear, lastYear, source } = data;
  const covers = (iso: string): boolean => {
    const y = yearOf(iso);
    return y >= firstYear && y <= lastYear;
  };
  return {
    source,
    firstYear,
    lastYear,
    covers,
    isWorkingDay(iso: string): boolean {
      const day = toEpochDay(iso);
      if (!covers(iso)) throw new CalendarGapError(yearOf(iso), firstYear, lastYear);
      if (holidays.has(iso)) return false;
      if (workdays.has(iso)) return true;
      const dow = new Date(day * MS_PER_DAY).getUTCDay();
      return dow !== 0 && dow !== 6;
    },
  };
}

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date; throws RangeError on anything else. */
function toEpochDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC maps years 0–99 to 1900–1999 and rolls over invalid days; reject both.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / MS_PER_DAY;
  }
  throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function yearOf(iso: string): number {
  toEpochDay(iso); // validates
  return Number(iso.slice(0, 4));
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`day count must be a non-negative integer, got ${n}`);
}

/** iso + n calendar days (n may be negative). */
export function addCalendarDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`day count must be an integer, got ${n}`);
  return fromEpochDay(toEpochDay(iso) + n);
}

/** to − from in calendar days (negative when to is before from). */
export function calendarDaysBetween(fromIso: string, toIso: string): number {
  return toEpochDay(toIso) - toEpochDay(fromIso);
}

/**
 * The n-th working day after iso: the last day of an n-working-day period starting on iso.
 * The start day itself never counts, working or not (民法典 art. 201: a period in days starts the next
 * day; the same rule is applied to 行政处罚法 periods in practice), so day 1 is the first working day
 * after iso. n = 0 returns iso. Throws CalendarGapError if the count runs past the calendar's data.
 */
export function addWorkingDays(cal: HolidayCalendar, iso: string, n: number): string {
  assertCount(n);
  let day = toEpochDay(iso);
  for (let left = n; left > 0; ) {
    day += 1;
    if (cal.isWorkingDay(fromEpochDay(day))) left -= 1;
  }
  return fromEpochDay(day);
}

/**
 * How many working days have elapsed from fromIso to toIso: the working days d with from < d ≤ to
 * (start day not counted, as in addWorkingDays). 0 when to ≤ from. An act on toIso is within an
 * n-working-day limit iff this is ≤ n. Throws CalendarGapError for days outside the data.
 */
export function workingDaysBetween(cal: HolidayCalendar, fromIso: string, toIso: string): number {
  const from = toEpochDay(fromIso);
  const to = toEpochDay(toIso);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (cal.isWorkingDay(fromEpochDay(day))) count += 1;
  return count;
}

/**
 * iso itself if it is a working day, else the first working day after it. For rules whose law moves a
 * limit that ends on a rest day to the next working day; whether a rule does so is the ruleset's switch.
 */
export function nextWorkingDay(cal: HolidayCalendar, iso: string): string {
  let day = toEpochDay(iso);
  while (!cal.isWorkingDay(fromEpochDay(day))) day += 1;
  return fromEpochDay(day);
}
