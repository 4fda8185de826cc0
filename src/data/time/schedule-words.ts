/**
 * Says a schedule in plain words, in English or Welsh: "Every Wednesday,
 * 10am to 12pm", "Second Monday of the month", "Bob yn ail ddydd Mawrth".
 * The data API's functions, with both languages at hand (synchronous);
 * `schedule-phrases.ts` does the work, and the widgets call it with the
 * Welsh loaded on demand. When a period applies ("from 1 September")
 * widgets add `describeValidity` separately.
 */
import { scheduleEn, useWelshAnd } from '../../i18n/schedule.js';
import { andBeforeCy, scheduleCy } from '../../i18n/schedule-cy.js';
import type { Schedule } from '../model.js';
import {
  describeScheduleIn,
  describeValidityIn,
  formatTimeIn,
  type DescribeOptions,
  type LocaleTag,
  type ScheduleWords,
} from './schedule-phrases.js';

export type { DescribeOptions } from './schedule-phrases.js';

const both: ScheduleWords = { en: scheduleEn, cy: scheduleCy };
// Both languages are here, so Welsh lists join with the Welsh "and" at once.
useWelshAnd(andBeforeCy);

/** "7pm" / "7yh", "10:30am" / "10:30yb", "12pm" / "12yp", and midnight in words; other text unchanged. */
export function formatTime(time: string, localeTag: LocaleTag): string {
  return formatTimeIn(both, time, localeTag);
}

/**
 * When a group meets, in a sentence: "Every Monday, 10am to 12pm", "Every
 * Monday until 6 January 2025". A rule that ended before today (London) says
 * so. Without a readable rule, the feed's own description unchanged; with
 * neither, an empty string. The period of validity is left to
 * `describeValidity`, except that a schedule past its `validTo` is said to
 * have ended. Takes any locale tag ("cy-GB", "cy", "en-GB", none).
 */
export function describeSchedule(schedule: Schedule, localeTag: LocaleTag, options: DescribeOptions = {}): string {
  return describeScheduleIn(both, schedule, localeTag, options);
}

/** "From 1 September 2026 to 31 July 2027", "From 1 September 2026", "Until 31 July 2027", or ''. */
export function describeValidity(schedule: Schedule, localeTag: LocaleTag): string {
  return describeValidityIn(both, schedule, localeTag);
}
