/**
 * Moments from event feeds, placed in Europe/London. Feeds write the same
 * moment three ways: a UTC instant ("2026-03-30T09:00:00Z"), an instant with
 * an offset ("...T10:00:00+01:00"), or a wall-clock time with no offset
 * ("...T10:00:00"), which for a UK feed means London time. `Date.parse` would
 * read that last one in the viewer's own zone, so it is never used on it.
 */
import { dateOfDay, dayOfCivil, londonDateTime, londonWallClockAt, MINUTES_PER_DAY } from '../time/london-time.js';

/** A moment as London sees it: its date, and its start with the UK offset. */
export interface LondonMoment {
  /** Day number of the London date (see london-time.ts). */
  readonly day: number;
  /** Minutes after London midnight. */
  readonly minutes: number;
  /** "YYYY-MM-DD". */
  readonly date: string;
  /** ISO 8601 with the UK offset, "2026-03-30T10:00:00+01:00". */
  readonly dateTime: string;
  /** Milliseconds since the epoch. */
  readonly instant: number;
}

const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function momentAtWallClock(day: number, minutes: number): LondonMoment {
  const dateTime = londonDateTime(day, minutes);
  return momentAtInstant(Date.parse(dateTime)) ?? fallback(day, minutes, dateTime);
}

function fallback(day: number, minutes: number, dateTime: string): LondonMoment {
  return { day, minutes, date: dateOfDay(day), dateTime, instant: Date.parse(dateTime) };
}

/** The London date and time at an instant (milliseconds since the epoch). */
export function momentAtInstant(instant: number): LondonMoment | undefined {
  if (!Number.isFinite(instant)) return undefined;
  const { day, minutes } = londonWallClockAt(instant);
  return { day, minutes, date: dateOfDay(day), dateTime: londonDateTime(day, minutes), instant };
}

/**
 * A date-time from a feed, placed in London; undefined when it is not one.
 * A bare date ("2026-03-30") is not a moment: `dateOnly` tells it apart.
 */
export function readMoment(text: string): LondonMoment | undefined {
  const m = MOMENT.exec(text.trim());
  if (!m || m[4] === undefined) return undefined;
  const [year, month, date, hours, mins, secs] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || date < 1 || date > 31 || hours > 24 || mins > 59 || secs > 60) return undefined;
  const day = dayOfCivil(year, month, date);
  const zone = m[7];
  if (zone === undefined) return momentAtWallClock(day, hours * 60 + mins);
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const utcMinutes = day * MINUTES_PER_DAY + hours * 60 + mins - offset;
  return momentAtInstant(utcMinutes * 60_000 + secs * 1000);
}

/** Whether the text is a date with no time ("2026-03-30"). */
export function isDateOnly(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
