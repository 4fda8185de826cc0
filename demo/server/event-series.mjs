// @ts-check
/**
 * The events both event feeds (OpenActive and iCalendar) publish: every active service
 * that meets at a physical place on a rule a calendar can read (weekly or monthly, on
 * named days, with opening and closing times), leaving out sessions held online or by phone. Plus the calendar arithmetic the feeds
 * need: each rule's first date, and the next dates after a given day.
 */
import { isPossiblePoint } from './distance.mjs';
import { clockTime } from './directory-query.mjs';

/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */
/** @typedef {import('./directory-store.mjs').ServiceEntry} ServiceEntry */
/** @typedef {import('./directory-file.mjs').Schedule} Schedule */
/** @typedef {import('./directory-file.mjs').Location} Location */

/**
 * @typedef {object} Rule
 * @property {Schedule} schedule
 * @property {'WEEKLY' | 'MONTHLY'} freq
 * @property {number} interval
 * @property {string[]} byday `TU`, or with a month ordinal `2TU`, `-1FR`
 * @property {number[]} bymonthday
 * @property {string} opensAt `HH:MM`
 * @property {string} closesAt `HH:MM`
 * @property {string} firstDate `YYYY-MM-DD`: the first meeting on or after the rule starts
 * @property {string} [lastDate] `YYYY-MM-DD`: the rule's `valid_to`
 */

/**
 * @typedef {object} EventSeries
 * @property {ServiceEntry} entry
 * @property {Location} location
 * @property {Rule[]} rules
 * @property {number} modified seconds since 1970, from the service's `last_modified`
 */

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_MS = 86_400_000;

/** @type {WeakMap<DirectoryStore, EventSeries[]>} */
const seriesByStore = new WeakMap();

/**
 * Every series, ordered by `modified` then id (the order an RPDE feed needs). Worked out once
 * per directory, when a feed is first asked for, so starting the server stays quick.
 * @param {DirectoryStore} store
 * @returns {EventSeries[]}
 */
export function eventSeries(store) {
  let series = seriesByStore.get(store);
  if (!series) {
    series = findEventSeries(store);
    seriesByStore.set(store, series);
  }
  return series;
}

/**
 * @param {DirectoryStore} store
 * @returns {EventSeries[]}
 */
function findEventSeries(store) {
  const fallbackStart = /^\d{4}-\d{2}-\d{2}$/.test(store.meta.generated ?? '') ? store.meta.generated : '2026-01-01';
  /** @type {EventSeries[]} */
  const series = [];
  for (const entry of store.services) {
    if (entry.service.status !== 'active') continue;
    const location = entry.placeIndexes
      .map((index) => store.places[index].location)
      .find((place) => place?.location_type === 'physical' && isPossiblePoint(place.latitude, place.longitude));
    if (!location) continue;
    const rules = (entry.service.schedules ?? []).flatMap((schedule) => {
      // A hybrid group's online or phone sessions are not events at its venue.
      if (schedule.attending_type && schedule.attending_type !== 'venue') return [];
      const rule = readRule(schedule, /** @type {string} */ (fallbackStart));
      return rule ? [rule] : [];
    });
    if (rules.length === 0) continue;
    const modified = Math.floor((Date.parse(entry.service.last_modified ?? '') || 0) / 1000);
    series.push({ entry, location, rules, modified });
  }
  return series.sort((a, b) => a.modified - b.modified || compareText(a.entry.service.id, b.entry.service.id));
}

/**
 * A schedule a calendar can repeat, or undefined for one that only has words ("term time only").
 * @param {Schedule} schedule
 * @param {string} fallbackStart when the schedule names no start
 * @returns {Rule | undefined}
 */
export function readRule(schedule, fallbackStart) {
  const freq = schedule.freq;
  const opensAt = clockTime(schedule.opens_at);
  const closesAt = clockTime(schedule.closes_at);
  if ((freq !== 'WEEKLY' && freq !== 'MONTHLY') || !opensAt || !closesAt || closesAt <= opensAt) return undefined;
  const interval =
    Number.isInteger(schedule.interval) && Number(schedule.interval) >= 1 ? Number(schedule.interval) : 1;
  const byday = schedule.byday
    ? String(schedule.byday)
        .split(',')
        .map((token) => token.trim().toUpperCase())
    : [];
  const bymonthday = schedule.bymonthday
    ? String(schedule.bymonthday)
        .split(',')
        .map(Number)
        .filter((day) => Number.isInteger(day) && day !== 0 && Math.abs(day) <= 31)
    : [];
  const start = [schedule.dtstart, schedule.valid_from].find((date) => date && /^\d{4}-\d{2}-\d{2}/.test(date));
  const startDate = start ? start.slice(0, 10) : fallbackStart;
  const lastDate =
    schedule.valid_to && /^\d{4}-\d{2}-\d{2}/.test(schedule.valid_to) ? schedule.valid_to.slice(0, 10) : undefined;

  if (freq === 'WEEKLY') {
    if (byday.length === 0) byday.push(WEEKDAYS[weekdayOf(startDate)]);
    if (!byday.every((token) => WEEKDAYS.includes(token))) return undefined;
  } else if (byday.length === 0 && bymonthday.length === 0) {
    return undefined;
  } else if (!byday.every((token) => /^[+-]?[1-5]?(SU|MO|TU|WE|TH|FR|SA)$/.test(token))) {
    return undefined;
  }
  /** @type {Omit<Rule, 'firstDate'>} */
  const partial = { schedule, freq, interval, byday, bymonthday, opensAt, closesAt, lastDate };
  const firstDate = firstMatchOnOrAfter(partial, startDate);
  if (!firstDate || (lastDate && firstDate > lastDate)) return undefined;
  return { ...partial, firstDate };
}

/**
 * The rule's dates after `day` (exclusive), at most `count` of them.
 * @param {Rule} rule
 * @param {string} day `YYYY-MM-DD`
 * @param {number} count
 */
export function datesAfter(rule, day, count) {
  /** @type {string[]} */
  const dates = [];
  const from = Math.max(dayNumber(rule.firstDate), dayNumber(day) + 1);
  const last = rule.lastDate ? dayNumber(rule.lastDate) : from + 800;
  for (let n = from; n <= last && dates.length < count; n++) {
    const date = isoDate(n);
    if (isMeeting(rule, date)) dates.push(date);
  }
  return dates;
}

/**
 * True when the rule meets on the date (counting its interval from its first date).
 * @param {Omit<Rule, 'firstDate'> & { firstDate?: string }} rule
 * @param {string} date
 */
export function isMeeting(rule, date) {
  if (rule.lastDate && date > rule.lastDate) return false;
  if (rule.firstDate && date < rule.firstDate) return false;
  const weekday = WEEKDAYS[weekdayOf(date)];
  if (rule.freq === 'WEEKLY') {
    if (!rule.byday.includes(weekday)) return false;
    if (!rule.firstDate || rule.interval === 1) return true;
    const weeks = Math.round((mondayOf(date) - mondayOf(rule.firstDate)) / 7);
    return weeks % rule.interval === 0;
  }
  if (rule.firstDate && (monthIndex(date) - monthIndex(rule.firstDate)) % rule.interval !== 0) return false;
  const dayOfMonth = Number(date.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  if (rule.bymonthday.some((d) => d === dayOfMonth || d === dayOfMonth - daysInMonth - 1)) return true;
  return rule.byday.some((token) => {
    const match = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(token);
    if (!match || match[2] !== weekday) return false;
    if (!match[1]) return true;
    const nth = Number(match[1]);
    return nth > 0 ? Math.ceil(dayOfMonth / 7) === nth : Math.ceil((daysInMonth - dayOfMonth + 1) / 7) === -nth;
  });
}

/**
 * @param {Omit<Rule, 'firstDate'>} rule
 * @param {string} startDate
 */
function firstMatchOnOrAfter(rule, startDate) {
  const start = dayNumber(startDate);
  for (let n = start; n < start + 400; n++) {
    const date = isoDate(n);
    if (isMeeting(rule, date)) return date;
  }
  return undefined;
}

/** @param {string} date `YYYY-MM-DD` → days since 1970-01-01 */
function dayNumber(date) {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS,
  );
}

/** @param {number} n days since 1970-01-01 */
function isoDate(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** @param {string} date 0 = Sunday */
function weekdayOf(date) {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

/** @param {string} date the day number of the Monday that starts its week (weeks start on Monday, as RRULE's WKST) */
function mondayOf(date) {
  return dayNumber(date) - ((weekdayOf(date) + 6) % 7);
}

/** @param {string} date */
function monthIndex(date) {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * @param {string} a
 * @param {string} b
 */
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @typedef {object} Cancellation
 * @property {string} scheduleId
 * @property {string} date `YYYY-MM-DD`
 */

/**
 * The demo's two cancellations, soon after `today` so a calendar shows them: one meeting
 * simply taken out of a series (iCalendar EXDATE) and one published as cancelled (STATUS:CANCELLED).
 * @param {EventSeries[]} series
 * @param {string} today `YYYY-MM-DD`
 * @returns {{ skipped?: Cancellation, cancelled?: Cancellation }}
 */
export function demoCancellations(series, today) {
  const [first, second] = series;
  if (!first) return {};
  const firstRule = first.rules[0];
  const [, skippedDate, spareDate] = datesAfter(firstRule, today, 3);
  const skipped = skippedDate ? { scheduleId: firstRule.schedule.id, date: skippedDate } : undefined;
  if (!second)
    return { skipped, cancelled: spareDate ? { scheduleId: firstRule.schedule.id, date: spareDate } : undefined };
  const secondRule = second.rules[0];
  const [cancelledDate] = datesAfter(secondRule, today, 1);
  return {
    skipped,
    cancelled: cancelledDate ? { scheduleId: secondRule.schedule.id, date: cancelledDate } : undefined,
  };
}
