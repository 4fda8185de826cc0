/**
 * Reads a feed's schedule fields (ORUK 3.0 `schedules[]`, ORUK 1.0
 * `regular_schedules[]`, Outpost `regular_schedules[]`) into a `Schedule`.
 * A rule that cannot be read is left out and reported; the feed's own
 * description is kept, so the person still reads when the group meets.
 */
import { WEEKDAYS, compact, type RecurrenceRule, type Schedule, type Weekday, type WeekdayNum } from '../model.js';
import type { ItemProblems } from '../problems.js';
import { isObject } from '../json.js';
import { preview, readDate, readId, readNumber, readPlainText, readTime } from '../text/read.js';
import { MINUTES_PER_DAY, minutesOfTime } from './london-time.js';
import { readWeekday, weekdayOf } from './weekdays.js';

const BYDAY_TOKEN = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Parses "MO", "TU,TH", "2MO", "-1FR"; returns the days read and the tokens that could not be. */
export function parseByDay(value: string): { days: WeekdayNum[]; unreadable: string[] } {
  const days: WeekdayNum[] = [];
  const unreadable: string[] = [];
  for (const raw of value.split(/[,\s]+/)) {
    if (raw === '') continue;
    const m = BYDAY_TOKEN.exec(raw.toUpperCase());
    if (!m) {
      // Feeds also write whole day names here ("Monday").
      const day = readWeekday(raw);
      if (day) days.push({ day });
      else unreadable.push(raw);
      continue;
    }
    const day = m[2] as Weekday;
    if (m[1] === undefined) days.push({ day });
    else days.push({ day, ordinal: Number(m[1]) });
  }
  return { days: dedupeDays(days), unreadable };
}

function dedupeDays(days: WeekdayNum[]): WeekdayNum[] {
  const seen = new Set<string>();
  return days.filter((d) => {
    const key = `${d.ordinal ?? ''}${d.day}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readMonthDays(value: unknown, problems: ItemProblems): number[] {
  if (value === undefined || value === null || value === '') return [];
  const parts = typeof value === 'number' ? [value] : Array.isArray(value) ? value : String(value).split(/[,\s]+/);
  const days: number[] = [];
  for (const part of parts) {
    const n = typeof part === 'number' ? part : Number(String(part).trim());
    if (Number.isInteger(n) && n !== 0 && n >= -31 && n <= 31) days.push(n);
    else problems.say('unreadable-schedule', 'bymonthday', 'month-day', preview(part));
  }
  return [...new Set(days)];
}

export interface ScheduleContext {
  /** The place this schedule belongs to, when it belongs to one. */
  readonly locationId?: string;
}

/**
 * Reads one schedule record. Returns undefined for an empty or non-object
 * record (reported); otherwise a `Schedule` whose `rule` is present only when
 * it could be read in full.
 */
export function readSchedule(
  raw: unknown,
  problems: ItemProblems,
  context: ScheduleContext = {},
): Schedule | undefined {
  if (!isObject(raw)) {
    if (raw !== null && raw !== undefined) problems.say('wrong-type', undefined, 'schedule');
    return undefined;
  }
  const description = readPlainText(raw['description'], problems, 'description');
  const notes = readPlainText(raw['notes'], problems, 'notes');
  const opensAt = readTime(raw['opens_at'], problems, 'opens_at');
  let closesAt = readTime(raw['closes_at'], problems, 'closes_at');
  if (opensAt && closesAt && !isPossibleSession(opensAt, closesAt)) {
    problems.say('invalid-value', 'closes_at', 'closes', closesAt, opensAt);
    closesAt = undefined;
  }
  const validFrom = readDate(raw['valid_from'], problems, 'valid_from');
  const validTo = readDate(raw['valid_to'], problems, 'valid_to');
  const rule = readRule(raw, problems, validFrom);

  if (!rule && !description && !opensAt && !notes) {
    problems.say('unreadable-schedule', undefined, 'empty-schedule');
    return undefined;
  }
  return compact({
    id: readId(raw['id']),
    rule,
    opensAt,
    closesAt,
    validFrom,
    validTo,
    description,
    notes,
    locationId: context.locationId || undefined,
  });
}

/** The longest session read as running past midnight: 10pm to 2am is one, 2pm to 9am a mistake. */
const LONGEST_OVERNIGHT_MINUTES = 12 * 60;

/** Whether the times make a session: closing later, at midnight, or early the next day. */
function isPossibleSession(opensAt: string, closesAt: string): boolean {
  const opens = minutesOfTime(opensAt);
  const closes = minutesOfTime(closesAt);
  if (opens === undefined || closes === undefined) return false;
  if (closes > opens || closes === 0) return true;
  return closes < opens && closes + MINUTES_PER_DAY - opens <= LONGEST_OVERNIGHT_MINUTES;
}

function readRule(
  raw: Record<string, unknown>,
  problems: ItemProblems,
  validFrom: string | undefined,
): RecurrenceRule | undefined {
  const rawFreq = raw['freq'];
  const rawByDay = raw['byday'];
  const weekday = raw['weekday'];
  const dtstart = readDate(raw['dtstart'], problems, 'dtstart');
  const until = readDate(raw['until'], problems, 'until');
  const count = readNumber(raw['count'], problems, 'count', { min: 1, max: 10_000, integer: true });
  const interval = readNumber(raw['interval'], problems, 'interval', { min: 1, max: 52, integer: true }) ?? 1;
  const byMonthDay = readMonthDays(raw['bymonthday'], problems);

  let byDay: WeekdayNum[] = [];
  if (typeof rawByDay === 'string' && rawByDay.trim() !== '') {
    const { days, unreadable } = parseByDay(rawByDay);
    byDay = days;
    if (unreadable.length > 0) {
      problems.say('unreadable-schedule', 'byday', 'days', preview(rawByDay), unreadable.join(', '));
      if (days.length === 0) return undefined;
    }
  } else if (rawByDay !== undefined && rawByDay !== null && rawByDay !== '') {
    problems.say('unreadable-schedule', 'byday', 'byday', preview(rawByDay));
    return undefined;
  }
  // ORUK 1.0 and Outpost give a weekday instead of a rule: a weekly rule on that day.
  if (byDay.length === 0 && weekday !== undefined && weekday !== null && weekday !== '') {
    const day = readWeekday(weekday) ?? readWeekdayNumber(weekday);
    if (day) byDay = [{ day }];
    else {
      problems.say('unreadable-schedule', 'weekday', 'weekday', preview(weekday));
      return undefined;
    }
  }

  let freq: RecurrenceRule['freq'] | undefined;
  if (typeof rawFreq === 'string' && rawFreq.trim() !== '') {
    const f = rawFreq.trim().toUpperCase();
    if (f === 'WEEKLY' || f === 'MONTHLY') freq = f;
    else {
      problems.say('unreadable-schedule', 'freq', 'freq', preview(rawFreq));
      return undefined;
    }
  } else if (rawFreq !== undefined && rawFreq !== null && rawFreq !== '') {
    problems.say('unreadable-schedule', 'freq', 'freq-type', preview(rawFreq));
    return undefined;
  } else if (byDay.length > 0) {
    // Days without a frequency: "2MO" can only mean monthly, "MO" weekly.
    freq = byDay.some((d) => d.ordinal !== undefined) ? 'MONTHLY' : 'WEEKLY';
  } else if (byMonthDay.length > 0) {
    freq = 'MONTHLY';
  } else {
    return undefined;
  }

  const anchor = dtstart ?? validFrom;
  if (freq === 'WEEKLY') {
    if (byDay.some((d) => d.ordinal !== undefined)) {
      problems.say('unreadable-schedule', 'byday', 'weekly-ordinal', preview(rawByDay));
      return undefined;
    }
    if (byDay.length === 0) {
      if (!anchor) {
        problems.say('unreadable-schedule', 'byday', 'weekly-no-day');
        return undefined;
      }
      byDay = [{ day: weekdayOf(anchor) ?? 'MO' }];
    }
  } else if (byDay.length === 0 && byMonthDay.length === 0) {
    if (!anchor) {
      problems.say('unreadable-schedule', 'byday', 'monthly-no-day');
      return undefined;
    }
    byMonthDay.push(Number(anchor.slice(8, 10)));
  }

  if (interval > 1 && !anchor) {
    // Kept, so it can be described ("Every other Tuesday"), but which weeks is unknown.
    problems.say('unreadable-schedule', 'dtstart', freq === 'WEEKLY' ? 'weeks' : 'months', interval);
  }
  return compact({ freq, interval, byDay, byMonthDay, dtstart, until, count });
}

/** Some feeds number weekdays: 1 = Monday ... 7 = Sunday (ISO 8601). */
function readWeekdayNumber(value: unknown): Weekday | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 7 ? WEEKDAYS[n - 1] : undefined;
}
