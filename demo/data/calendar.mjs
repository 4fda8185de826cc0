// @ts-check
/**
 * Calendar dates for the demo data, as "YYYY-MM-DD" text. Everything counts from one fixed reference date,
 * never from today, so the directory is the same whenever it is built.
 */

/** The day the demo directory describes: "last checked" dates and sessions count from here. */
export const REFERENCE_DATE = '2026-11-01';

/** @typedef {import('./catalogue.mjs').DayCode} DayCode */

/** Days as RFC 5545 names them, Sunday first, as Date.getUTCDay() counts. */
export const DAY_CODES = /** @type {const} */ (['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']);

/** @type {Record<DayCode, string>} */
export const DAY_NAMES = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** @param {string} date YYYY-MM-DD */
function toUtc(date) {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * @param {string} date YYYY-MM-DD
 * @param {number} days may be negative
 */
export function addDays(date, days) {
  const moment = toUtc(date);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** @param {string} date YYYY-MM-DD */
export function dayOf(date) {
  return DAY_CODES[toUtc(date).getUTCDay()];
}

/**
 * The first date on or after `date` that falls on `day`.
 * @param {string} date YYYY-MM-DD
 * @param {DayCode} day
 */
export function onOrAfter(date, day) {
  const ahead = (DAY_CODES.indexOf(day) - toUtc(date).getUTCDay() + 7) % 7;
  return addDays(date, ahead);
}

/**
 * "14 January 2027", or "14 January" when the year goes without saying.
 * @param {string} date YYYY-MM-DD
 * @param {{ withYear?: boolean }} [options]
 */
export function spokenDate(date, { withYear = true } = {}) {
  const moment = toUtc(date);
  const dayAndMonth = `${moment.getUTCDate()} ${MONTH_NAMES[moment.getUTCMonth()]}`;
  return withYear ? `${dayAndMonth} ${moment.getUTCFullYear()}` : dayAndMonth;
}

/** @param {string} date YYYY-MM-DD, spoken as "March 2027" */
export function spokenMonth(date) {
  const moment = toUtc(date);
  return `${MONTH_NAMES[moment.getUTCMonth()]} ${moment.getUTCFullYear()}`;
}
