// @ts-check
import { DAY_CODES, DAY_NAMES, REFERENCE_DATE, addDays, onOrAfter, spokenDate } from './calendar.mjs';

/** @typedef {import('./random.mjs').SeededRandom} SeededRandom */
/** @typedef {import('./catalogue.mjs').DayCode} DayCode */
/** @typedef {import('./catalogue.mjs').ScheduleShape} ScheduleShape */
/** @typedef {import('./catalogue.mjs').SchedulePattern} SchedulePattern */
/** @typedef {import('./directory-format.mjs').Schedule} Schedule */

/** A schedule without its id, and the single weekday it meets on, for names like "Tuesday Lunch Club". */
/** @typedef {{ schedule: Omit<Schedule, 'id'>, day?: string, days: DayCode[] }} PlannedSchedule */

/** ORUK/RFC 5545 ordinals for "the second Tuesday", with their words; last is "-1". */
const ORDINALS = {
  first: { byday: '1', words: 'First' },
  second: { byday: '2', words: 'Second' },
  third: { byday: '3', words: 'Third' },
  fourth: { byday: '4', words: 'Fourth' },
  last: { byday: '-1', words: 'Last' },
};
/** How often each ordinal occurs: groups meet on the first or last more often than the fourth. */
const ORDINAL_WEIGHTS = { first: 4, second: 3, third: 3, fourth: 1, last: 2 };

const WEEKDAY_RUN = 'MO,TU,WE,TH,FR';
const DEFAULT_FREE_TEXT = 'Dates change through the year: ring or email for the next one';

/**
 * "10am", "1:30pm", "midday": how the times read in GOV.UK style.
 * @param {string} time HH:MM
 */
export function spokenTime(time) {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** @param {DayCode[]} days in week order */
function spokenDays(days) {
  const names = days.map((day) => DAY_NAMES[day]);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** @param {number} day 1 to 31 */
function spokenDayOfMonth(day) {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${suffix}`;
}

/** @param {DayCode[]} days */
function inWeekOrder(days) {
  // Monday first, as British calendars print the week.
  const order = [...DAY_CODES.slice(1), DAY_CODES[0]];
  return [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * Plans one schedule of a given pattern: an RFC 5545-style rule and the plain words that say the same.
 * @param {SeededRandom} random
 * @param {SchedulePattern} pattern
 * @param {{ shape?: ScheduleShape, avoid?: DayCode[] }} [choices] a forced shape; days another schedule already uses
 * @returns {PlannedSchedule}
 */
export function planSchedule(random, pattern, choices = {}) {
  const shape = choices.shape ?? random.weighted(pattern.shapes);
  const free = pattern.days.filter((day) => !(choices.avoid ?? []).includes(day));
  const days = free.length > 0 ? free : pattern.days;
  const [opens, closes] = random.pick(pattern.times);
  const hours = `${spokenTime(opens)} to ${spokenTime(closes)}`;
  const times = { opens_at: `${opens}:00`, closes_at: `${closes}:00` };
  const termTime = random.chance(pattern.termTime ?? 0);
  const termWords = termTime ? ', term time only' : '';
  const termNotes = termTime ? { notes: 'No sessions in the Nottinghamshire school holidays.' } : {};

  switch (shape) {
    case 'weekly': {
      const day = random.pick(days);
      return {
        schedule: {
          freq: 'WEEKLY',
          interval: 1,
          byday: day,
          ...times,
          description: `Every ${DAY_NAMES[day]}, ${hours}${termWords}`,
          ...termNotes,
        },
        day: DAY_NAMES[day],
        days: [day],
      };
    }
    case 'several': {
      if (days.length < 2) return planSchedule(random, pattern, { ...choices, shape: 'weekly' });
      const chosen = inWeekOrder(random.sample(days, random.chance(0.75) || days.length < 3 ? 2 : 3));
      return {
        schedule: {
          freq: 'WEEKLY',
          interval: 1,
          byday: chosen.join(','),
          ...times,
          description: `Every ${spokenDays(chosen)}, ${hours}${termWords}`,
          ...termNotes,
        },
        days: chosen,
      };
    }
    case 'weekdays':
      return {
        schedule: {
          freq: 'WEEKLY',
          interval: 1,
          byday: WEEKDAY_RUN,
          ...times,
          description: `Monday to Friday, ${hours}`,
        },
        days: ['MO', 'TU', 'WE', 'TH', 'FR'],
      };
    case 'fortnightly': {
      const day = random.pick(days);
      // The first meeting of the fortnightly run falls some weeks before the reference date.
      const dtstart = onOrAfter(addDays(REFERENCE_DATE, -random.int(7, 70)), day);
      return {
        schedule: {
          freq: 'WEEKLY',
          interval: 2,
          byday: day,
          dtstart,
          ...times,
          description: `Every other ${DAY_NAMES[day]}, ${hours}${termWords}`,
          notes: `Every two weeks, counting from ${spokenDate(dtstart)}.${termTime ? ' No sessions in the school holidays.' : ''}`,
        },
        day: DAY_NAMES[day],
        days: [day],
      };
    }
    case 'monthly': {
      const day = random.pick(days);
      const ordinal = ORDINALS[random.weighted(ORDINAL_WEIGHTS)];
      return {
        schedule: {
          freq: 'MONTHLY',
          interval: 1,
          byday: `${ordinal.byday}${day}`,
          ...times,
          description: `${ordinal.words} ${DAY_NAMES[day]} of the month, ${hours}`,
        },
        day: DAY_NAMES[day],
        days: [day],
      };
    }
    case 'monthday': {
      const dayOfMonth = random.int(1, 28);
      return {
        schedule: {
          freq: 'MONTHLY',
          interval: 1,
          bymonthday: String(dayOfMonth),
          ...times,
          description: `On the ${spokenDayOfMonth(dayOfMonth)} of every month, ${hours}`,
        },
        days: [],
      };
    }
    case 'course': {
      const day = random.pick(days);
      const weeks = random.pick([6, 8, 10]);
      const from = onOrAfter(addDays(REFERENCE_DATE, random.int(-28, 110)), day);
      const to = addDays(from, 7 * (weeks - 1));
      const sameYear = from.slice(0, 4) === to.slice(0, 4);
      return {
        schedule: {
          freq: 'WEEKLY',
          interval: 1,
          byday: day,
          valid_from: from,
          valid_to: to,
          ...times,
          description: `Every ${DAY_NAMES[day]} for ${weeks} weeks, ${hours}, from ${spokenDate(from, { withYear: !sameYear })} to ${spokenDate(to)}`,
          notes: 'A course: please book, as places are limited.',
        },
        day: DAY_NAMES[day],
        days: [day],
      };
    }
    case 'text':
      return { schedule: { description: random.pick(pattern.freeText ?? [DEFAULT_FREE_TEXT]) }, days: [] };
  }
}

/**
 * The same words without the rule, as many real feeds publish them: "Every other Tuesday, 10am to midday".
 * @param {PlannedSchedule} planned
 * @returns {PlannedSchedule}
 */
export function wordsOnly(planned) {
  const { description, notes } = planned.schedule;
  return { schedule: { description, ...(notes ? { notes } : {}) }, day: planned.day, days: planned.days };
}
