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

/** A London wall-clock time (no offset given) or an instant (an offset or Z given). */
type Parsed = { readonly instant: number } | { readonly day: number; readonly minutes: number };

function parseMoment(text: string): Parsed | undefined {
  const m = MOMENT.exec(text.trim());
  if (!m || m[4] === undefined) return undefined;
  const month = Number(m[2]);
  const date = Number(m[3]);
  const hours = Number(m[4]);
  const mins = Number(m[5]);
  const secs = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || date < 1 || date > 31 || hours > 24 || mins > 59 || secs > 60) return undefined;
  const day = dayOfCivil(Number(m[1]), month, date);
  const zone = m[7];
  if (zone === undefined) return { day, minutes: hours * 60 + mins };
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return { instant: (day * MINUTES_PER_DAY + hours * 60 + mins - offset) * 60_000 + secs * 1000 };
}

/**
 * A date-time from a feed, placed in London; undefined when it is not one.
 * A bare date ("2026-03-30") is not a moment: `isDateOnly` tells it apart.
 */
export function readMoment(text: string): LondonMoment | undefined {
  const parsed = parseMoment(text);
  if (!parsed) return undefined;
  return 'instant' in parsed ? momentAtInstant(parsed.instant) : momentAtWallClock(parsed.day, parsed.minutes);
}

/** Only the London date of a date-time from a feed ("2026-05-31T23:00:00Z" is 1 June). */
export function readLondonDate(text: string): string | undefined {
  const parsed = parseMoment(text);
  if (!parsed) return undefined;
  return dateOfDay('instant' in parsed ? londonWallClockAt(parsed.instant).day : parsed.day);
}

/** Whether the text is a date with no time ("2026-03-30"). */
export function isDateOnly(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
