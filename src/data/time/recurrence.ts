/**
 * Expands schedules into dated occurrences in Europe/London.
 *
 * Works on day numbers (see london-time.ts) and reads the rule one day at a
 * time (`meets`): a few integer operations a day, so a month's calendar or a
 * group's next meeting costs microseconds, and the reading stays as plain as
 * RFC 5545's own. Only the window asked about is walked, never the years
 * since a rule began, except to find where a `count` runs out (once a schedule).
 *
 * Choices where RFC 5545 and ORUK leave room:
 * - the anchor for "every other" is `rule.dtstart`, else `schedule.validFrom`;
 *   with an interval over 1 and no anchor, which weeks is unknown: no occurrences;
 * - `count` is counted from that same anchor, so with no anchor it yields none;
 * - `dtstart` is a lower bound only: a start date that does not match the rule
 *   is not itself an occurrence (ORUK's dtstart is a date, not RFC's DTSTART event);
 * - `byMonthDay` in a WEEKLY rule is ignored (RFC 5545 does not allow it there);
 * - in a MONTHLY rule with both, `byDay` narrows `byMonthDay` ("Friday the 13th").
 */
import { type Occurrence, type RecurrenceRule, type Schedule, type Weekday, type WeekdayNum } from '../model.js';
import {
  civilOfDay,
  dateOfDay,
  dayNumber,
  daysInMonth,
  londonDateTime,
  londonInstant,
  londonWallClockAt,
  minutesOfTime,
  weekdayIndex,
} from './london-time.js';
import { WEEKDAY_INDEX } from './weekdays.js';

/** How far ahead `nextOccurrence` looks: past the longest interval a feed may give (52 months). */
const SEARCH_HORIZON_DAYS = 10 * 366;
/** How far past its anchor a `count` is followed before the rule is called endless (one that rarely matches). */
const COUNT_HORIZON_DAYS = 100 * 366;

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function optionalDay(date: string | undefined): number | undefined {
  return date === undefined ? undefined : dayNumber(date);
}

/** A schedule read once into day numbers and minutes, so each day's test is only arithmetic. */
interface Plan {
  readonly rule: RecurrenceRule;
  readonly every: number;
  /** Nothing before this day or after `last` (dtstart, validFrom; until, validTo, and where `count` runs out). */
  readonly first: number;
  readonly last: number;
  /** Where the rule itself ends, by `until` or `count`, whatever the period of validity. */
  readonly ruleLast: number;
  /** Weekly rules: a bit for each weekday named (bit 0 = Monday). */
  readonly weekdays: number;
  /** The Monday of the anchor's week, and the anchor's month as year × 12 + month − 1. */
  readonly anchorWeek: number;
  readonly anchorMonth: number;
  readonly opens: number | undefined;
  readonly closes: number | undefined;
}

// Schedules are immutable, so a plan made once serves every later month a widget shows.
const plans = new WeakMap<Schedule, Plan | null>();

function planOf(schedule: Schedule): Plan | null {
  let plan = plans.get(schedule);
  if (plan === undefined) {
    plan = makePlan(schedule);
    plans.set(schedule, plan);
  }
  return plan;
}

function makePlan(schedule: Schedule): Plan | null {
  const rule = schedule.rule;
  if (!rule) return null;
  const every = Number.isInteger(rule.interval) && rule.interval > 0 ? rule.interval : 1;
  const dtstart = optionalDay(rule.dtstart);
  const validFrom = optionalDay(schedule.validFrom);
  const anchor = dtstart ?? validFrom;
  // Which weeks "every other" means, or where a count starts, is unknown without an anchor.
  if (anchor === undefined && (every > 1 || rule.count !== undefined)) return null;
  const opens = schedule.opensAt === undefined ? undefined : minutesOfTime(schedule.opensAt);
  const closes = opens === undefined || schedule.closesAt === undefined ? undefined : minutesOfTime(schedule.closesAt);
  const until = optionalDay(rule.until) ?? Infinity;
  const start = anchor ?? 0;
  const { year, month } = civilOfDay(start);
  const plan: Plan = {
    rule,
    every,
    first: Math.max(dtstart ?? -Infinity, validFrom ?? -Infinity),
    last: Math.min(until, optionalDay(schedule.validTo) ?? Infinity),
    ruleLast: until,
    weekdays: rule.byDay.reduce((bits, d) => bits | (1 << WEEKDAY_INDEX[d.day]), 0),
    anchorWeek: start - weekdayIndex(start),
    anchorMonth: year * 12 + month - 1,
    opens,
    closes,
  };
  if (rule.count === undefined) return plan;
  // The day of the `count`th meeting from the anchor (the rule's own start counts only if it meets).
  // A count of nothing, or a weekly rule naming no day, never meets.
  let countEnd = rule.count < 1 || (rule.freq === 'WEEKLY' && !plan.weekdays) ? -Infinity : Infinity;
  for (
    let day = start, seen = 0;
    countEnd === Infinity && day <= Math.min(until, start + COUNT_HORIZON_DAYS);
    day += 1
  ) {
    if (meets(plan, day) && ++seen === rule.count) countEnd = day;
  }
  return { ...plan, last: Math.min(plan.last, countEnd), ruleLast: Math.min(until, countEnd) };
}

/** Whether the rule meets on a day, whatever its limits: RFC 5545 read one day at a time. */
function meets({ rule, every, weekdays, anchorWeek, anchorMonth }: Plan, day: number): boolean {
  const weekday = weekdayIndex(day);
  if (rule.freq === 'WEEKLY') {
    // Weeks start on Monday (RFC 5545 WKST=MO); the anchor's week is week 0. A month day has no place here.
    return ((weekdays >> weekday) & 1) === 1 && mod((day - weekday - anchorWeek) / 7, every) === 0;
  }
  const { year, month, day: date } = civilOfDay(day);
  if (mod(year * 12 + month - 1 - anchorMonth, every) !== 0) return false;
  const length = daysInMonth(year, month);
  // "2nd Monday": the 8th to 14th; "last Friday": the last seven days. A plain day is any of them.
  const onWeekday = ({ day: named, ordinal = 0 }: WeekdayNum) =>
    WEEKDAY_INDEX[named] === weekday &&
    (ordinal > 0 ? Math.ceil(date / 7) === ordinal : ordinal === 0 || Math.ceil((length - date + 1) / 7) === -ordinal);
  if (rule.byMonthDay.length === 0) return rule.byDay.some(onWeekday);
  // A day the month does not have (the 31st of April) is skipped, as RFC 5545 says; byDay narrows the days.
  return (
    rule.byMonthDay.some((n) => (n > 0 ? n : length + n + 1) === date) &&
    (rule.byDay.length === 0 || rule.byDay.some(onWeekday))
  );
}

/**
 * The last date ("YYYY-MM-DD") a schedule's rule allows, by its `until` or
 * where its `count` runs out, whichever is sooner; undefined when the rule
 * runs on, or its count has nothing to count from.
 */
export function ruleEndDate(schedule: Schedule): string | undefined {
  const plan = planOf(schedule);
  if (plan) return Number.isFinite(plan.ruleLast) ? dateOfDay(plan.ruleLast) : undefined;
  return schedule.rule?.until;
}

/** The day numbers, in order, on which a plan meets between `from` and `to` inclusive. */
function meetingDays(plan: Plan, from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = Math.max(from, plan.first), last = Math.min(to, plan.last); day <= last; day += 1) {
    if (meets(plan, day)) days.push(day);
  }
  return days;
}

/** Date and time strings for one expansion: thousands of occurrences share a few dozen of each. */
class OccurrenceText {
  readonly #dates = new Map<number, string>();
  readonly #times = new Map<number, string>();

  date(day: number): string {
    let text = this.#dates.get(day);
    if (text === undefined) this.#dates.set(day, (text = dateOfDay(day)));
    return text;
  }

  dateTime(day: number, minutes: number): string {
    const key = day * 1441 + minutes;
    let text = this.#times.get(key);
    if (text === undefined) this.#times.set(key, (text = londonDateTime(day, minutes)));
    return text;
  }
}

function occurrenceOn(schedule: Schedule, plan: Plan, day: number, text: OccurrenceText): Occurrence {
  const date = text.date(day);
  const { opens, closes } = plan;
  if (opens === undefined) return { date, schedule };
  const start = text.dateTime(day, opens);
  if (closes === undefined) return { date, start, schedule };
  // Closing at or before the opening time ("00:00") means the next day.
  const end = text.dateTime(closes <= opens ? day + 1 : day, closes);
  return { date, start, end, schedule };
}

/** Occurrences of one schedule between two London dates ("YYYY-MM-DD"), both inclusive, in order. */
export function expandSchedule(schedule: Schedule, from: string, to: string): Occurrence[] {
  return expandSchedules([schedule], from, to);
}

/**
 * Earlier date first; on one date, untimed occurrences first, then by opening
 * time as the feed gives it (the order `expandSchedules` returns).
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const sa = a.start === undefined ? '' : (a.schedule.opensAt ?? '');
  const sb = b.start === undefined ? '' : (b.schedule.opensAt ?? '');
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

/** Occurrences of many schedules between two London dates, both inclusive, sorted by start. */
export function expandSchedules(schedules: readonly Schedule[], from: string, to: string): Occurrence[] {
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  if (fromDay === undefined || toDay === undefined || fromDay > toDay) return [];
  const planned: { schedule: Schedule; plan: Plan; key: number }[] = [];
  for (const schedule of schedules) {
    const plan = planOf(schedule);
    if (plan) planned.push({ schedule, plan, key: plan.opens ?? -1 });
  }
  // Taking schedules in order of opening time fills each day already sorted: no sort of the occurrences.
  planned.sort((a, b) => a.key - b.key);
  const text = new OccurrenceText();
  const byDay: Occurrence[][] = [];
  for (const { schedule, plan } of planned) {
    for (const day of meetingDays(plan, fromDay, toDay)) {
      (byDay[day - fromDay] ??= []).push(occurrenceOn(schedule, plan, day, text));
    }
  }
  const all: Occurrence[] = [];
  for (const occurrences of byDay) {
    if (occurrences) for (const occurrence of occurrences) all.push(occurrence);
  }
  return all;
}

/** "YYYY-MM-DD" (that whole London day) or an ISO instant with an offset. */
function readMoment(after: string): { day: number; instant?: number } | undefined {
  const day = dayNumber(after);
  if (day !== undefined) return { day };
  const instant = Date.parse(after);
  if (Number.isNaN(instant)) return undefined;
  return { day: londonWallClockAt(instant).day, instant };
}

function nextOfSchedule(schedule: Schedule, moment: { day: number; instant?: number }): Occurrence | undefined {
  const plan = planOf(schedule);
  if (!plan) return undefined;
  const { opens } = plan;
  const last = Math.min(plan.last, moment.day + SEARCH_HORIZON_DAYS);
  for (let day = Math.max(moment.day, plan.first); day <= last; day += 1) {
    if (!meets(plan, day)) continue;
    if (moment.instant !== undefined && opens !== undefined && londonInstant(day, opens) < moment.instant) continue;
    return occurrenceOn(schedule, plan, day, new OccurrenceText());
  }
  return undefined;
}

/**
 * The first occurrence on or after `after`: given a date, the first on that
 * London day or later; given an instant, the first that starts then or later
 * (an untimed one counts on its whole day). Looks about ten years ahead.
 */
export function nextOccurrence(schedules: Schedule | readonly Schedule[], after: string): Occurrence | undefined {
  const moment = readMoment(after);
  if (!moment) return undefined;
  const list: readonly Schedule[] = Array.isArray(schedules) ? schedules : [schedules as Schedule];
  let best: Occurrence | undefined;
  for (const schedule of list) {
    const next = nextOfSchedule(schedule, moment);
    if (next && (!best || compareOccurrences(next, best) < 0)) best = next;
  }
  return best;
}

/** For a "day of the week" filter: whether the rule names that day (month-day-only rules and no rule: false). */
export function runsOnDay(schedule: Schedule, weekday: Weekday): boolean {
  return schedule.rule?.byDay.some((d) => d.day === weekday) ?? false;
}
