/**
 * Calendar arithmetic on day numbers, and Europe/London wall-clock time.
 *
 * A day number counts days since 1970-01-01 (day 0), so recurrence can step
 * through dates with integers instead of Date objects. The UK offset comes
 * from the rule in force since 1996: British Summer Time runs from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 * Tests check the rule against `Intl` for every hour of several years.
 */

export const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A date in the proleptic Gregorian calendar; `month` is 1..12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A Europe/London local date (as a day number) and minutes after its midnight. */
export interface LondonWallClock {
  readonly day: number;
  readonly minutes: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "10:00", and as ORUK sends it, "10:00:00", "10:00:00.000Z", "10:00+01:00". */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

// Days-from-civil and back: Howard Hinnant's algorithms, exact for every Gregorian date.
export function dayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilOfDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of a "YYYY-MM-DD" date, or undefined when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayOfCivil(year, month, day);
}

/** "YYYY-MM-DD" for a day number. */
export function dateOfDay(dayNumber: number): string {
  const { year, month, day } = civilOfDay(dayNumber);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Monday ... 6 = Sunday, the order of `WEEKDAYS`. Day 0 (1970-01-01) was a Thursday. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Minutes after midnight for a time of day, "HH:MM" (24:00 is 1440), or
 * undefined. The one reader of times: seconds are dropped, and a zone or
 * offset is ignored, since directory times are local to the UK.
 */
export function minutesOfTime(time: string): number | undefined {
  const m = TIME.exec(time);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59 || hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return undefined;
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes after midnight (1440 is "24:00"). */
export function clockTime(minutes: number): string {
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

function lastSunday(year: number, month: number): number {
  const last = dayOfCivil(year, month, daysInMonth(year, month));
  return last - ((weekdayIndex(last) + 1) % 7);
}

/** The days on which the clocks go forward (March) and back (October) in `year`. */
export function clockChangeDays(year: number): { readonly forward: number; readonly back: number } {
  return { forward: lastSunday(year, 3), back: lastSunday(year, 10) };
}

/** The UK offset from UTC, in minutes (0 or 60), at an instant given in milliseconds since the epoch. */
export function londonOffsetAt(instant: number): number {
  const { year } = civilOfDay(Math.floor(instant / MS_PER_DAY));
  const { forward, back } = clockChangeDays(year);
  // Both changes happen at 01:00 UTC.
  const start = forward * MS_PER_DAY + 60 * MS_PER_MINUTE;
  const end = back * MS_PER_DAY + 60 * MS_PER_MINUTE;
  return instant >= start && instant < end ? 60 : 0;
}

/** The London date and time at an instant. */
export function londonWallClockAt(instant: number): LondonWallClock {
  const local = instant + londonOffsetAt(instant) * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, minutes: Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * Where a London wall-clock time falls. A time the clocks skip (01:30 on the
 * March change day) moves forward an hour; a time that happens twice (01:30
 * on the October change day) is the first, still in summer time.
 */
export function resolveLondonTime(day: number, minutes: number): { wallClock: LondonWallClock; offset: number } {
  const d = day + Math.floor(minutes / MINUTES_PER_DAY);
  const m = minutes - (d - day) * MINUTES_PER_DAY;
  const { forward, back } = clockChangeDays(civilOfDay(d).year);
  const local = d * MINUTES_PER_DAY + m;
  const gapStart = forward * MINUTES_PER_DAY + 60;
  const summerStart = gapStart + 60;
  // Summer time ends at 02:00 BST; the repeated hour before that is taken as BST.
  const summerEnd = back * MINUTES_PER_DAY + 120;
  if (local < gapStart || local >= summerEnd) return { wallClock: { day: d, minutes: m }, offset: 0 };
  // The skipped hour is 01:00 to 02:00, so an hour later is still the same day.
  return { wallClock: { day: d, minutes: local < summerStart ? m + 60 : m }, offset: 60 };
}

/** The instant, in milliseconds since the epoch, of a London wall-clock time. */
export function londonInstant(day: number, minutes: number): number {
  const { wallClock, offset } = resolveLondonTime(day, minutes);
  return (wallClock.day * MINUTES_PER_DAY + wallClock.minutes - offset) * MS_PER_MINUTE;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO 8601 with the UK offset, e.g. "2026-04-01T10:00:00+01:00", for a London wall-clock time. */
export function londonDateTime(day: number, minutes: number): string {
  const { wallClock, offset } = resolveLondonTime(day, minutes);
  const hh = Math.floor(wallClock.minutes / 60);
  const mm = wallClock.minutes % 60;
  return `${dateOfDay(wallClock.day)}T${two(hh)}:${two(mm)}:00${offset === 60 ? '+01:00' : '+00:00'}`;
}
