import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CalendarData,
  CalendarGapError,
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  createCalendar,
  nextWorkingDay,
  workingDaysBetween,
} from '../src/ruleset/calendar.js';

const json: unknown = JSON.parse(
  readFileSync(new URL('../schemas/work-safety/calendar.json', import.meta.url), 'utf8'),
);
const cal = createCalendar(json);

/** every date from..to inclusive */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
const off = (from: string, to = from) => range(from, to).map((d) => [d, cal.isWorkingDay(d)]);
const allOff = (from: string, to = from) => range(from, to).map((d) => [d, false]);
const on = (...days: string[]) => days.map((d) => [d, cal.isWorkingDay(d)]);
const allOn = (...days: string[]) => days.map((d) => [d, true]);

describe('calendar data', () => {
  it('parses and covers 2004–2026, sorted and unique', () => {
    const data = CalendarData.parse(json);
    expect(data.firstYear).toBe(2004);
    expect(data.lastYear).toBe(2026);
    expect(data.source).toMatch(/State Council/);
    for (const list of [data.holidays, data.workdays]) {
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(cal.source).toBe(data.source);
  });

  it('rejects a make-up working day on a weekday and unreal dates', () => {
    const base = { source: 'x', firstYear: 2019, lastYear: 2019, holidays: [] };
    expect(() => createCalendar({ ...base, workdays: ['2019-10-11'] })).toThrow(); // Friday
    expect(() => createCalendar({ ...base, workdays: ['2019-02-30'] })).toThrow();
    expect(() => createCalendar({ ...base, holidays: ['2020-01-01'], workdays: [] })).toThrow(); // out of range
  });
});

describe('State Council notices', () => {
  // notice of 2018-12-06; Labour Day as amended by the notice of 2019-03-22 (May 1–4, Apr 28 & May 5 working)
  it('2019', () => {
    expect(off('2019-10-01', '2019-10-07')).toEqual(allOff('2019-10-01', '2019-10-07'));
    expect(on('2019-09-29', '2019-10-12')).toEqual(allOn('2019-09-29', '2019-10-12')); // Sun, Sat
    expect(off('2019-02-04', '2019-02-10')).toEqual(allOff('2019-02-04', '2019-02-10'));
    expect(on('2019-02-02', '2019-02-03')).toEqual(allOn('2019-02-02', '2019-02-03'));
    expect(off('2019-05-01', '2019-05-04')).toEqual(allOff('2019-05-01', '2019-05-04'));
    expect(on('2019-04-28', '2019-05-05')).toEqual(allOn('2019-04-28', '2019-05-05'));
    expect(cal.isWorkingDay('2019-10-08')).toBe(true); // Tue after National Day
    expect(cal.isWorkingDay('2019-10-13')).toBe(false); // ordinary Sunday
  });

  // notice of 2019-11-21: Spring Festival Jan 24–30, Jan 19 (Sun) and Feb 1 (Sat) working.
  // The separate notice of 2020-01-27 extended it to Feb 2 (Sun), cancelling the
  // Feb 1 make-up day. The package includes the extension; local extensions (e.g. to Feb 9) are not in it.
  it('2020, with the Spring Festival extension to Feb 2', () => {
    expect(off('2020-01-24', '2020-02-02')).toEqual(allOff('2020-01-24', '2020-02-02'));
    expect(cal.isWorkingDay('2020-01-31')).toBe(false); // Fri, extension
    expect(cal.isWorkingDay('2020-02-01')).toBe(false); // Sat: make-up day of the first notice, cancelled
    expect(cal.isWorkingDay('2020-01-19')).toBe(true); // Sun make-up day kept
    expect(cal.isWorkingDay('2020-02-03')).toBe(true); // back to work
    expect(off('2020-10-01', '2020-10-08')).toEqual(allOff('2020-10-01', '2020-10-08'));
    expect(on('2020-09-27', '2020-10-10')).toEqual(allOn('2020-09-27', '2020-10-10'));
  });

  // notice of 2022-12-08
  it('2023', () => {
    expect(off('2023-09-29', '2023-10-06')).toEqual(allOff('2023-09-29', '2023-10-06'));
    expect(on('2023-10-07', '2023-10-08')).toEqual(allOn('2023-10-07', '2023-10-08')); // Sat, Sun
    expect(off('2023-01-21', '2023-01-27')).toEqual(allOff('2023-01-21', '2023-01-27'));
    expect(on('2023-01-28', '2023-01-29')).toEqual(allOn('2023-01-28', '2023-01-29'));
  });

  // notice of 2023-10-25
  it('2024', () => {
    expect(off('2024-02-10', '2024-02-17')).toEqual(allOff('2024-02-10', '2024-02-17'));
    expect(on('2024-02-04', '2024-02-18')).toEqual(allOn('2024-02-04', '2024-02-18')); // Sun, Sun
    expect(off('2024-10-01', '2024-10-07')).toEqual(allOff('2024-10-01', '2024-10-07'));
    expect(on('2024-09-29', '2024-10-12')).toEqual(allOn('2024-09-29', '2024-10-12'));
  });

  // notice of 2024-11-12, the first under the 2024 amendment of the 全国年节及纪念日放假办法
  // (Spring Festival eve and Labour Day 2nd day added as statutory days)
  it('2025', () => {
    expect(off('2025-01-28', '2025-02-04')).toEqual(allOff('2025-01-28', '2025-02-04'));
    expect(on('2025-01-26', '2025-02-08')).toEqual(allOn('2025-01-26', '2025-02-08')); // Sun, Sat
    expect(off('2025-05-01', '2025-05-05')).toEqual(allOff('2025-05-01', '2025-05-05'));
    expect(on('2025-04-27')).toEqual(allOn('2025-04-27')); // Sun
    expect(off('2025-10-01', '2025-10-08')).toEqual(allOff('2025-10-01', '2025-10-08'));
    expect(on('2025-09-28', '2025-10-11')).toEqual(allOn('2025-09-28', '2025-10-11'));
  });

  // notice of 2025-11 (gov.cn content_7047091) as carried by chinese-days 1.5.7
  it('2026', () => {
    expect(off('2026-02-15', '2026-02-23')).toEqual(allOff('2026-02-15', '2026-02-23'));
    expect(on('2026-02-14', '2026-02-28')).toEqual(allOn('2026-02-14', '2026-02-28')); // Sat, Sat
    expect(off('2026-10-01', '2026-10-07')).toEqual(allOff('2026-10-01', '2026-10-07'));
    expect(on('2026-09-20', '2026-10-10')).toEqual(allOn('2026-09-20', '2026-10-10')); // Sun, Sat
    expect(off('2026-01-01', '2026-01-03')).toEqual(allOff('2026-01-01', '2026-01-03'));
    expect(on('2026-01-04')).toEqual(allOn('2026-01-04')); // Sun
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('2015 Victory Day commemoration (Sep 3–5 off, Sep 6 Sun working)', () => {
    expect(off('2015-09-03', '2015-09-05')).toEqual(allOff('2015-09-03', '2015-09-05'));
    expect(cal.isWorkingDay('2015-09-06')).toBe(true);
  });
});

describe('working-day deadlines (行政处罚法 art. 85)', () => {
  it('7-working-day service across National Day 2019', () => {
    expect(addWorkingDays(cal, '2019-09-27', 7)).toBe('2019-10-12');
    expect(workingDaysBetween(cal, '2019-09-27', '2019-10-12')).toBe(7); // passes a 7-day limit
    expect(workingDaysBetween(cal, '2019-09-27', '2019-10-13')).toBe(7); // Sun not counted
    expect(workingDaysBetween(cal, '2019-09-27', '2019-10-14')).toBe(8); // fails
  });

  it('7 working days across National Day 2023', () => {
    expect(workingDaysBetween(cal, '2023-09-27', '2023-10-12')).toBe(7);
    expect(addWorkingDays(cal, '2023-09-27', 7)).toBe('2023-10-12');
  });

  it('start day never counts; to ≤ from is 0', () => {
    expect(addWorkingDays(cal, '2024-06-03', 1)).toBe('2024-06-04'); // Mon → Tue
    expect(addWorkingDays(cal, '2024-06-07', 1)).toBe('2024-06-11'); // Fri → Tue (Jun 10 Dragon Boat)
    expect(addWorkingDays(cal, '2024-06-03', 0)).toBe('2024-06-03');
    expect(workingDaysBetween(cal, '2024-06-03', '2024-06-03')).toBe(0);
    expect(workingDaysBetween(cal, '2024-06-05', '2024-06-03')).toBe(0);
    expect(() => addWorkingDays(cal, '2024-06-03', -1)).toThrow(RangeError);
  });

  it('nextWorkingDay', () => {
    expect(nextWorkingDay(cal, '2019-10-08')).toBe('2019-10-08');
    expect(nextWorkingDay(cal, '2019-10-01')).toBe('2019-10-08');
    expect(nextWorkingDay(cal, '2024-02-10')).toBe('2024-02-18'); // make-up Sunday
  });
});

describe('calendar days', () => {
  it('UTC arithmetic on dates', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addCalendarDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(calendarDaysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(calendarDaysBetween('2024-03-31', '2024-03-01')).toBe(-30);
    expect(() => addCalendarDays('2019-02-29', 1)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2019/01/01', '2019-01-02')).toThrow(RangeError);
  });
});

describe('coverage gaps are reported, never guessed', () => {
  it('2003 and 2027', () => {
    expect(cal.covers('2004-01-01')).toBe(true);
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.covers('2003-12-31')).toBe(false);
    expect(cal.covers('2027-01-01')).toBe(false);
    for (const [iso, year] of [['2003-06-02', 2003], ['2027-01-04', 2027]] as const) {
      let err: unknown;
      try {
        cal.isWorkingDay(iso);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CalendarGapError);
      expect((err as CalendarGapError).year).toBe(year);
    }
    expect(() => addWorkingDays(cal, '2026-12-28', 7)).toThrow(CalendarGapError);
    expect(() => workingDaysBetween(cal, '2003-12-30', '2004-01-05')).toThrow(CalendarGapError);
  });
});
