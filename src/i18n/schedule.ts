import type { Locale, Message } from './catalogue.js';

/**
 * Words for saying when a group meets: "Every Wednesday, 10am to 12pm",
 * "Ail ddydd Llun y mis, 7yh i 9yh".
 *
 * Welsh day phrases carry their own "dydd", so each construction chooses the
 * radical ("dydd Llun") or the soft-mutated form ("ddydd Llun", after "ail"
 * and "i"). Times follow GOV.UK style in English (10am, 10:30am, 12pm,
 * midnight) and yb / yp / yh in Welsh (y bore, y prynhawn from 12pm, yr hwyr
 * from 6pm).
 *
 * The Welsh phrases are in `schedule-cy.ts`: the data API's `describeSchedule`
 * carries both languages, while the widgets load the Welsh only for a Welsh page.
 */
export type ScheduleKey =
  | 'monday'
  | 'tuesday'
  | 'wednesday'
  | 'thursday'
  | 'friday'
  | 'saturday'
  | 'sunday'
  | 'day'
  | 'daySoft'
  | 'dayRange'
  | 'everyDay'
  | 'everyWeek'
  | 'everyOtherWeekOneDay'
  | 'everyOtherWeek'
  | 'everyWeeks'
  | 'ordinal1'
  | 'ordinal2'
  | 'ordinal3'
  | 'ordinal4'
  | 'ordinal5'
  | 'ordinalLast1'
  | 'ordinalLast2'
  | 'ordinalLast3'
  | 'ordinalLast4'
  | 'ordinalLast5'
  | 'everyDayOfMonth'
  | 'ofTheMonth'
  | 'ofEveryOtherMonth'
  | 'ofEveryMonths'
  | 'inEveryOtherMonth'
  | 'inEveryMonths'
  | 'onMonthDays'
  | 'onMonthDaysEveryOtherMonth'
  | 'onMonthDaysEveryMonths'
  | 'onlyOnMonthDays'
  | MonthDayKey
  | 'monthDayLast'
  | 'monthDayLast2'
  | 'monthDayFromLast'
  | 'timeMorning'
  | 'timeAfternoon'
  | 'timeEvening'
  | 'midnight'
  | 'timeRange'
  | 'timeFrom'
  | 'timeUntil'
  | 'withTimes'
  | 'untilDate'
  | 'untilDateAfterTimes'
  | 'countTimes'
  | 'ended'
  | 'validFromTo'
  | 'validFrom'
  | 'validUntil';

type Digit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** "1st" to "31st": a key per day, since Welsh date ordinals follow no simple suffix rule. */
export type MonthDayKey = `monthDay${Digit | `1${0 | Digit}` | `2${0 | Digit}` | 30 | 31}`;

/** The schedule phrases in one language. */
export type ScheduleMessages = { readonly [key in ScheduleKey]: Message };

/**
 * A date written out by pattern ("{day} {month} {year}") and month names: for browsers whose Intl has
 * no Welsh dates, so Welsh only. English dates always come from the browser's Intl.
 */
export type DateWordKey = 'date' | 'dayDate' | `month${Digit | 10 | 11 | 12}`;
export type DateWords = { readonly [key in DateWordKey]: string };

/** The phrases of each language as far as they have loaded, with the date words where a language has them. */
export type ScheduleWords = { readonly [L in Locale]: ScheduleMessages & Partial<DateWords> };

/**
 * "1st" to "31st": English ordinals follow one rule (1st, 2nd, 3rd, then th, and 11th to 13th), so
 * they are written by it rather than listed; the Welsh ones follow none and are listed.
 */
function englishMonthDays(): Record<MonthDayKey, string> {
  const days: Partial<Record<MonthDayKey, string>> = {};
  for (let n = 1; n <= 31; n++) {
    const last = n % 10;
    days[`monthDay${n}` as MonthDayKey] =
      `${n}${(n > 10 && n < 14) || last > 3 ? 'th' : ['th', 'st', 'nd', 'rd'][last]}`;
  }
  return days as Record<MonthDayKey, string>;
}

export const scheduleEn = {
  ...englishMonthDays(),
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
  day: '{name}',
  daySoft: '{name}',
  dayRange: '{from} to {to}',
  everyDay: 'Every day',
  everyWeek: 'Every {days}',
  everyOtherWeekOneDay: 'Every other {day}',
  everyOtherWeek: 'Every other week on {days}',
  everyWeeks: 'Every {count} weeks on {days}',
  ordinal1: 'first {day}',
  ordinal2: 'second {day}',
  ordinal3: 'third {day}',
  ordinal4: 'fourth {day}',
  ordinal5: 'fifth {day}',
  ordinalLast1: 'last {day}',
  ordinalLast2: 'second to last {day}',
  ordinalLast3: 'third to last {day}',
  ordinalLast4: 'fourth to last {day}',
  ordinalLast5: 'fifth to last {day}',
  everyDayOfMonth: 'every {day}',
  ofTheMonth: '{days} of the month',
  ofEveryOtherMonth: 'Every other month on the {days}',
  ofEveryMonths: 'Every {count} months on the {days}',
  inEveryOtherMonth: '{when}, every other month',
  inEveryMonths: '{when}, every {count} months',
  onMonthDays: 'On the {dates} of the month',
  onMonthDaysEveryOtherMonth: 'Every other month on the {dates}',
  onMonthDaysEveryMonths: 'Every {count} months on the {dates}',
  onlyOnMonthDays: '{when}, only on the {dates} of the month',
  monthDayLast: 'last day',
  monthDayLast2: 'second to last day',
  monthDayFromLast: '{nth} to last day',
  timeMorning: '{time}am',
  timeAfternoon: '{time}pm',
  timeEvening: '{time}pm',
  midnight: 'midnight',
  timeRange: '{from} to {to}',
  timeFrom: 'from {time}',
  timeUntil: 'until {time}',
  withTimes: '{when}, {times}',
  untilDate: '{text} until {date}',
  untilDateAfterTimes: '{text}, until {date}',
  countTimes: { one: '{text}, once', other: '{text}, {count} times' },
  ended: '{text}. This has ended.',
  validFromTo: 'From {from} to {to}',
  validFrom: 'From {from}',
  validUntil: 'Until {to}',
} as const satisfies ScheduleMessages;

/** English at once; Welsh once `loadScheduleWords('cy')` has brought it (until then, the English). */
const loaded: { en: ScheduleMessages; cy: ScheduleMessages & Partial<DateWords> } = { en: scheduleEn, cy: scheduleEn };

/** The phrases as far as they have loaded: what the widgets use, after `loadScheduleWords`. */
export const scheduleAsLoaded: ScheduleWords = loaded;

/** Whether the phrases of `locale` are here (English always is). */
export function scheduleWordsReady(locale: Locale): boolean {
  return locale === 'en' || loaded.cy !== scheduleEn;
}

let welsh: Promise<void> | undefined;

/** Brings the phrases of `locale`: Welsh from its own chunk, once; a failed load can be tried again. */
export function loadScheduleWords(locale: Locale): Promise<void> {
  if (scheduleWordsReady(locale)) return Promise.resolve();
  welsh ??= import('./schedule-cy.js').then(
    (module) => {
      useWelshAnd(module.andBeforeCy);
      loaded.cy = module.scheduleCy;
    },
    (error: unknown) => {
      welsh = undefined;
      throw error;
    },
  );
  return welsh;
}

let welshAnd: ((next: string) => string) | undefined;

/**
 * Gives the Welsh "and" before a word, with the mutation it takes (`andBeforeCy` in `schedule-cy.ts`,
 * which carries the Welsh grammar with the Welsh words): called as the Welsh phrases load, so that an
 * English page never downloads it.
 */
export function useWelshAnd(andBefore: (next: string) => string): void {
  welshAnd = andBefore;
}

/** The word for "and" before `next`: in Welsh once its phrases are here (until then, as the words are, English). */
function andBefore(next: string, locale: Locale): string {
  return locale === 'cy' && welshAnd ? welshAnd(next) : `and ${next}`;
}

/** "A", "A and B", "A, B and C" (no serial comma, as GOV.UK and Welsh both write). */
export function joinWithAnd(items: readonly string[], locale: Locale): string {
  const last = items[items.length - 1];
  if (last === undefined) return '';
  if (items.length === 1) return last;
  return `${items.slice(0, -1).join(', ')} ${andBefore(last, locale)}`;
}
