/**
 * Expands schedules into dated occurrences in Europe/London.
 *
 * Works on day numbers (see london-time.ts) and jumps straight to candidate
 * days: a weekly rule steps by 7 × interval from its first matching day, a
 * monthly rule computes the nth weekday or the month day of each month in
 * phase. Nothing walks day by day, so a 2005 start costs no more than a 2026 one.
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
  dayOfCivil,
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
/**
 * How many of a monthly rule's months (a century of an every-month rule) are walked to find where its
 * `count` runs out before calling it endless: a rule that rarely or never matches costs no more, once a schedule.
 */
const COUNT_MONTHS_LIMIT = 1_200;

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function optionalDay(date: string | undefined): number | undefined {
  return date === undefined ? undefined : dayNumber(date);
}

function monthIndexOf(day: number): number {
  const { year, month } = civilOfDay(day);
  return year * 12 + month - 1;
}

/** A schedule read once into day numbers and minutes, so each expansion is only arithmetic. */
interface Plan {
  readonly rule: RecurrenceRule;
  readonly every: number;
  readonly anchor: number | undefined;
  /** Nothing before this day or after `last` (dtstart, validFrom; until, validTo, and where `count` runs out). */
  readonly first: number;
  readonly last: number;
  /** Where the rule itself ends, by `until` or `count`, whatever the period of validity. */
  readonly ruleLast: number;
  /** Weekly rules: the weekdays (0 = Monday), in order. */
  readonly weekdays: readonly number[];
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
  const plan: Plan = {
    rule,
    every,
    anchor,
    first: Math.max(dtstart ?? -Infinity, validFrom ?? -Infinity),
    last: Math.min(optionalDay(rule.until) ?? Infinity, optionalDay(schedule.validTo) ?? Infinity),
    ruleLast: optionalDay(rule.until) ?? Infinity,
    weekdays: [...new Set(rule.byDay.map((d) => WEEKDAY_INDEX[d.day]))].sort((a, b) => a - b),
    anchorWeek: anchor === undefined ? 0 : anchor - weekdayIndex(anchor),
    anchorMonth: anchor === undefined ? 0 : monthIndexOf(anchor),
    opens,
    closes,
  };
  if (rule.count === undefined || anchor === undefined) return plan;
  const countEnd =
    rule.freq === 'WEEKLY' ? weeklyCountEnd(plan, anchor, rule.count) : monthlyCountEnd(plan, anchor, rule.count);
  return { ...plan, last: Math.min(plan.last, countEnd), ruleLast: Math.min(plan.ruleLast, countEnd) };
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

/** The day of the `count`th weekly occurrence from the anchor, found arithmetically. */
function weeklyCountEnd(plan: Plan, anchor: number, count: number): number {
  const { weekdays, anchorWeek, every } = plan;
  if (weekdays.length === 0) return -Infinity;
  const firstWeek = weekdays.map((w) => anchorWeek + w).filter((day) => day >= anchor);
  if (count <= firstWeek.length) return firstWeek[count - 1] ?? -Infinity;
  const rest = count - firstWeek.length - 1;
  const week = 1 + Math.floor(rest / weekdays.length);
  return anchorWeek + 7 * every * week + (weekdays[rest % weekdays.length] ?? 0);
}

/** How many days a monthly rule picks in every month, when that never varies (1st and 15th; 2nd Monday). */
function daysInEveryMonth(rule: RecurrenceRule): number | undefined {
  // Days up to 28 and weeks up to 4 exist in every month, from either end; a day counted from the
  // start and one from the end can meet only when together they reach past the shortest month.
  const fits = (values: readonly number[], limit: number) => {
    const fromStart = Math.max(0, ...values);
    const fromEnd = Math.max(0, ...values.map((v) => -v));
    return values.every((v) => v !== 0) && fromStart + fromEnd <= limit;
  };
  if (rule.byDay.length === 0) {
    const distinct = new Set(rule.byMonthDay).size;
    return distinct === rule.byMonthDay.length && fits(rule.byMonthDay, 28) ? distinct : undefined;
  }
  if (rule.byMonthDay.length > 0) return undefined;
  const distinct = new Set(rule.byDay.map((d) => `${d.ordinal ?? ''}${d.day}`)).size;
  const ordinals = rule.byDay.map((d) => d.ordinal ?? 0);
  return distinct === rule.byDay.length && fits(ordinals, 4) ? distinct : undefined;
}

/** The day of the `count`th monthly occurrence, by arithmetic when each month has as many, else month by month. */
function monthlyCountEnd(plan: Plan, anchor: number, count: number): number {
  const days: number[] = [];
  daysOfMonth(plan.rule, plan.anchorMonth, days);
  const firstMonth = days.filter((day) => day >= anchor);
  if (count <= firstMonth.length) return firstMonth[count - 1] ?? -Infinity;
  const perMonth = daysInEveryMonth(plan.rule);
  let seen = firstMonth.length;
  let month = plan.anchorMonth + plan.every;
  if (perMonth !== undefined && perMonth > 0) {
    // Jump to the month holding the last counted day.
    const rest = count - seen - 1;
    daysOfMonth(plan.rule, month + plan.every * Math.floor(rest / perMonth), days);
    return days[rest % perMonth] ?? -Infinity;
  }
  for (let i = 0; i < COUNT_MONTHS_LIMIT; i += 1, month += plan.every) {
    daysOfMonth(plan.rule, month, days);
    if (seen + days.length >= count) return days[count - seen - 1] ?? -Infinity;
    seen += days.length;
  }
  return Infinity;
}

/** The day numbers, in order, on which a plan meets between `from` and `to` inclusive. */
function meetingDays(plan: Plan, from: number, to: number): number[] {
  const lo = Math.max(from, plan.first);
  const hi = Math.min(to, plan.last);
  if (lo > hi) return [];
  return plan.rule.freq === 'WEEKLY' ? weeklyDays(plan, lo, hi) : monthlyDays(plan, lo, hi);
}

function weeklyDays({ weekdays, every, anchorWeek }: Plan, lo: number, hi: number): number[] {
  const step = 7 * every;
  const days: number[] = [];
  for (const weekday of weekdays) {
    let day = lo + mod(weekday - weekdayIndex(lo), 7);
    if (every > 1) {
      // Weeks start on Monday (RFC 5545 WKST=MO); the anchor's week is week 0.
      const behind = mod((day - weekday - anchorWeek) / 7, every);
      if (behind !== 0) day += 7 * (every - behind);
    }
    for (; day <= hi; day += step) days.push(day);
  }
  if (weekdays.length > 1) days.sort((a, b) => a - b);
  return days;
}

function monthlyDays({ rule, every, anchorMonth }: Plan, lo: number, hi: number): number[] {
  const lastMonth = monthIndexOf(hi);
  let month = monthIndexOf(lo);
  month += mod(anchorMonth - month, every);
  const days: number[] = [];
  const inMonth: number[] = [];
  for (; month <= lastMonth; month += every) {
    daysOfMonth(rule, month, inMonth);
    for (const day of inMonth) if (day >= lo && day <= hi) days.push(day);
  }
  return days;
}

/** Puts into `days`, in order, the days a monthly rule picks in one month (counted as year × 12 + month − 1). */
function daysOfMonth(rule: RecurrenceRule, monthIndex: number, days: number[]): void {
  days.length = 0;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const length = daysInMonth(year, month);
  const first = dayOfCivil(year, month, 1);
  const last = first + length - 1;
  if (rule.byMonthDay.length > 0) {
    for (const monthDay of rule.byMonthDay) {
      const n = monthDay > 0 ? monthDay : length + monthDay + 1;
      // A day the month does not have (the 31st of April) is skipped, as RFC 5545 says.
      if (n < 1 || n > length) continue;
      const day = first + n - 1;
      if (rule.byDay.length === 0 || rule.byDay.some((d) => isWeekdayNum(d, day, first, last))) insertDay(days, day);
    }
    return;
  }
  for (const { day: weekday, ordinal } of rule.byDay) {
    const w = WEEKDAY_INDEX[weekday];
    const firstOfMonth = first + mod(w - weekdayIndex(first), 7);
    if (!ordinal) {
      for (let day = firstOfMonth; day <= last; day += 7) insertDay(days, day);
    } else if (ordinal > 0) {
      const day = firstOfMonth + 7 * (ordinal - 1);
      if (day <= last) insertDay(days, day);
    } else {
      const day = last - mod(weekdayIndex(last) - w, 7) + 7 * (ordinal + 1);
      if (day >= first) insertDay(days, day);
    }
  }
}

/** Adds a day to a short sorted list, once. */
function insertDay(days: number[], day: number): void {
  let i = days.length;
  while (i > 0 && (days[i - 1] ?? 0) > day) i -= 1;
  if (i > 0 && days[i - 1] === day) return;
  if (i === days.length) days.push(day);
  else days.splice(i, 0, day);
}

function isWeekdayNum({ day: weekday, ordinal }: WeekdayNum, day: number, first: number, last: number): boolean {
  if (weekdayIndex(day) !== WEEKDAY_INDEX[weekday]) return false;
  if (!ordinal) return true;
  return ordinal > 0 ? Math.floor((day - first) / 7) + 1 === ordinal : Math.floor((last - day) / 7) + 1 === -ordinal;
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
  const text = new OccurrenceText();
  // Small windows first: most groups meet within weeks; rare rules widen the search.
  for (
    let lo = moment.day, size = 64;
    lo <= plan.last && lo - moment.day <= SEARCH_HORIZON_DAYS;
    lo += size, size *= 2
  ) {
    for (const day of meetingDays(plan, lo, lo + size - 1)) {
      const { opens } = plan;
      if (moment.instant !== undefined && opens !== undefined && londonInstant(day, opens) < moment.instant) continue;
      return occurrenceOn(schedule, plan, day, text);
    }
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
