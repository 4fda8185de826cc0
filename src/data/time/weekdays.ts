/**
 * The one table of weekdays: their order (Monday first, as `WEEKDAYS`), the
 * catalogue key of each name, the names and abbreviations feeds write, and
 * the weekday of a date. Everything else derives from these.
 */
import { WEEKDAYS, type Weekday } from '../model.js';
import { dayNumber, weekdayIndex } from './london-time.js';

/** 0 = Monday ... 6 = Sunday. */
export const WEEKDAY_INDEX = Object.fromEntries(WEEKDAYS.map((day, i) => [day, i])) as Readonly<
  Record<Weekday, number>
>;

/** Each weekday's key in the `schedule` catalogue, which is also its English name in lower case. */
export const WEEKDAY_NAME = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
} as const satisfies Record<Weekday, string>;

const WRITTEN: Readonly<Record<string, Weekday>> = {
  ...Object.fromEntries(WEEKDAYS.map((day) => [WEEKDAY_NAME[day], day])),
  mon: 'MO',
  tue: 'TU',
  tues: 'TU',
  wed: 'WE',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** "MO", "mo", "Monday", "Mon" → "MO"; anything else → undefined. */
export function readWeekday(value: unknown): Weekday | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const upper = v.toUpperCase();
  if ((WEEKDAYS as readonly string[]).includes(upper)) return upper as Weekday;
  return WRITTEN[v.toLowerCase()];
}

/** The weekday of a day number. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)] ?? 'MO';
}

/** The weekday of a "YYYY-MM-DD" date; undefined when it is not a real date. */
export function weekdayOf(date: string): Weekday | undefined {
  const day = dayNumber(date);
  return day === undefined ? undefined : weekdayOfDay(day);
}
