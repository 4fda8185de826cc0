/**
 * Says a schedule in plain words, in English or Welsh: "Every Wednesday,
 * 10am to 12pm", "Second Monday of the month", "Bob yn ail ddydd Mawrth".
 * All the words come from a `schedule` catalogue given to each function;
 * this module only chooses and combines them. `schedule-words.ts` gives them
 * both languages at once (the data API); the widgets give the phrases as
 * loaded, with Welsh on demand. When a period applies ("from 1 September")
 * widgets add `describeValidityIn` separately.
 */
import {
  intlLocale,
  resolveLocale,
  translate,
  translator,
  type Locale,
  type MessageValues,
} from '../../i18n/catalogue.js';
import {
  joinWithAnd,
  type DateWordKey,
  type MonthDayKey,
  type ScheduleKey,
  type ScheduleWords,
} from '../../i18n/schedule.js';
import { WEEKDAYS, type RecurrenceRule, type Schedule, type Weekday, type WeekdayNum } from '../model.js';
import { dayNumber, civilOfDay, londonWallClockAt, minutesOfTime } from './london-time.js';
import { ruleEndDate } from './recurrence.js';
import { WEEKDAY_NAME, weekdayOfDay } from './weekdays.js';

type Translate = (key: ScheduleKey, values?: MessageValues) => string;
/** The schedule phrases in English and Welsh (or as far as they have loaded). */
export type { ScheduleWords } from '../../i18n/schedule.js';

function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}

/**
 * A locale tag as given ("cy-GB", "cy", "en", none) resolved to a catalogue
 * locale: widgets pass their element's `lang`, which may be any of them.
 */
export type LocaleTag = Locale | string | null | undefined;

/** "7pm" / "7yh", "10:30am" / "10:30yb", "12pm" / "12yp", and midnight in words; other text unchanged. */
export function formatTimeIn(words: ScheduleWords, time: string, localeTag: LocaleTag): string {
  const locale = resolveLocale(localeTag);
  const minutes = minutesOfTime(time);
  if (minutes === undefined) return time;
  const t = translator<ScheduleKey>(words, locale);
  if (minutes === 0 || minutes === 1440) return t('midnight');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const clock = `${hours % 12 || 12}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
  return t(hours < 12 ? 'timeMorning' : hours < 18 ? 'timeAfternoon' : 'timeEvening', { time: clock });
}

/** A weekday's name standing alone, as a label: "Monday" / "Dydd Llun". */
export function weekdayNameIn(words: ScheduleWords, weekday: Weekday, localeTag: LocaleTag): string {
  const locale = resolveLocale(localeTag);
  return capitalise(dayValues(translator<ScheduleKey>(words, locale), weekday).day, locale);
}

function dayValues(t: Translate, weekday: Weekday): { day: string; daySoft: string } {
  const name = t(WEEKDAY_NAME[weekday]);
  return { day: t('day', { name }), daySoft: t('daySoft', { name }) };
}

/** Days in week order, three or more in a row as a range: "Monday to Friday", "Monday, Wednesday and Friday". */
function weekdayList(t: Translate, locale: Locale, days: readonly Weekday[]): string {
  let run: Weekday[] = [];
  const runs = [run];
  for (const day of WEEKDAYS) {
    if (days.includes(day)) run.push(day);
    else if (run.length > 0) runs.push((run = []));
  }
  const items = runs.flatMap((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    if (r.length < 3 || !first || !last) return r.map((day) => dayValues(t, day).day);
    return [t('dayRange', { from: t(WEEKDAY_NAME[first]), to: t(WEEKDAY_NAME[last]) })];
  });
  return joinWithAnd(items, locale);
}

function weeklyWords(t: Translate, locale: Locale, rule: RecurrenceRule): string | undefined {
  const days = [...new Set(rule.byDay.map((d) => d.day))];
  const first = days[0];
  if (first === undefined) return undefined;
  if (rule.interval <= 1) {
    return days.length === 7 ? t('everyDay') : t('everyWeek', { days: weekdayList(t, locale, days) });
  }
  if (rule.interval === 2) {
    return days.length === 1
      ? t('everyOtherWeekOneDay', dayValues(t, first))
      : t('everyOtherWeek', { days: weekdayList(t, locale, days) });
  }
  return t('everyWeeks', { count: rule.interval, days: weekdayList(t, locale, days) });
}

function monthlyDayItem(t: Translate, { day, ordinal }: WeekdayNum): string {
  const values = dayValues(t, day);
  // "first" to "fifth" (ordinal1...) from the start of the month, "last" (ordinalLast1...) from its end.
  const nth = Math.abs(ordinal ?? 0);
  if (![1, 2, 3, 4, 5].includes(nth)) return t('everyDayOfMonth', values);
  return t(`${(ordinal ?? 0) > 0 ? 'ordinal' : 'ordinalLast'}${nth}` as ScheduleKey, values);
}

function monthDayItem(t: Translate, monthDay: number): string {
  if (monthDay > 0) return t(`monthDay${monthDay}` as MonthDayKey);
  if (monthDay === -1) return t('monthDayLast');
  if (monthDay === -2) return t('monthDayLast2');
  const fromEnd = -monthDay;
  return t('monthDayFromLast', { nth: t(`monthDay${fromEnd}` as MonthDayKey), count: fromEnd - 1 });
}

function monthlyByDayWords(t: Translate, locale: Locale, rule: RecurrenceRule): string {
  const everyInterval = (when: string) =>
    rule.interval <= 1
      ? when
      : rule.interval === 2
        ? t('inEveryOtherMonth', { when })
        : t('inEveryMonths', { when, count: rule.interval });
  // Every Monday of every month is simply every Monday.
  if (rule.byDay.every((d) => d.ordinal === undefined)) {
    return everyInterval(weeklyWords(t, locale, { ...rule, interval: 1 }) ?? '');
  }
  const days = joinWithAnd(
    rule.byDay.map((d) => monthlyDayItem(t, d)),
    locale,
  );
  if (rule.interval <= 1) return t('ofTheMonth', { days });
  if (rule.byDay.some((d) => d.ordinal === undefined)) return everyInterval(t('ofTheMonth', { days }));
  return rule.interval === 2 ? t('ofEveryOtherMonth', { days }) : t('ofEveryMonths', { days, count: rule.interval });
}

function monthlyWords(t: Translate, locale: Locale, rule: RecurrenceRule): string | undefined {
  const monthDays = rule.byMonthDay.filter((d) => Number.isInteger(d) && d !== 0 && d >= -31 && d <= 31);
  if (monthDays.length === 0) return rule.byDay.length > 0 ? monthlyByDayWords(t, locale, rule) : undefined;
  // Positive days in calendar order, then those counted from the end.
  const ordered = [
    ...monthDays.filter((d) => d > 0).sort((a, b) => a - b),
    ...monthDays.filter((d) => d < 0).sort((a, b) => a - b),
  ];
  const dates = joinWithAnd(
    ordered.map((d) => monthDayItem(t, d)),
    locale,
  );
  if (rule.byDay.length > 0) return t('onlyOnMonthDays', { when: monthlyByDayWords(t, locale, rule), dates });
  if (rule.interval <= 1) return t('onMonthDays', { dates });
  return rule.interval === 2
    ? t('onMonthDaysEveryOtherMonth', { dates })
    : t('onMonthDaysEveryMonths', { dates, count: rule.interval });
}

function timeWords(words: ScheduleWords, t: Translate, locale: Locale, schedule: Schedule): string | undefined {
  const { opensAt, closesAt } = schedule;
  const time = (at: string): string => formatTimeIn(words, at, locale);
  if (opensAt && closesAt) return t('timeRange', { from: time(opensAt), to: time(closesAt) });
  if (opensAt) return t('timeFrom', { time: time(opensAt) });
  if (closesAt) return t('timeUntil', { time: time(closesAt) });
  return undefined;
}

export interface DescribeOptions {
  /** The moment to judge whether the schedule has ended, in ms since the epoch; now when absent. */
  readonly now?: number;
}

/**
 * When a group meets, in a sentence: "Every Monday, 10am to 12pm", "Every
 * Monday until 6 January 2025". A rule that ended before today (London) says
 * so. Without a readable rule, the feed's own description unchanged; with
 * neither, an empty string. The period of validity is left to
 * `describeValidity`, except that a schedule past its `validTo` is said to
 * have ended. Takes any locale tag ("cy-GB", "cy", "en-GB", none).
 */
export function describeScheduleIn(
  words: ScheduleWords,
  schedule: Schedule,
  localeTag: LocaleTag,
  { now }: DescribeOptions = {},
): string {
  const locale = resolveLocale(localeTag);
  const rule = schedule.rule;
  if (!rule) return schedule.description ?? '';
  const t = translator<ScheduleKey>(words, locale);
  const when = rule.freq === 'WEEKLY' ? weeklyWords(t, locale, rule) : monthlyWords(t, locale, rule);
  if (!when) return schedule.description ?? '';
  const times = timeWords(words, t, locale, schedule);
  let text = times ? t('withTimes', { when, times }) : when;
  const end = ruleEndDate(schedule);
  const endWords = end === undefined ? undefined : formatDate(words, end, locale);
  if (endWords !== undefined) text = t(times ? 'untilDateAfterTimes' : 'untilDate', { text, date: endWords });
  else if (rule.count !== undefined) text = t('countTimes', { text, count: rule.count });
  const lastDay = [end, schedule.validTo].filter((d) => d !== undefined).sort()[0];
  if (lastDay !== undefined && hasPassed(lastDay, now ?? Date.now())) {
    const validTo = schedule.validTo === undefined ? undefined : formatDate(words, schedule.validTo, locale);
    if (endWords === undefined && validTo !== undefined) {
      text = t(times ? 'untilDateAfterTimes' : 'untilDate', { text, date: validTo });
    }
    text = t('ended', { text });
  }
  return capitalise(text, locale);
}

/** Whether the London date is before today in London. */
function hasPassed(date: string, now: number): boolean {
  const day = dayNumber(date);
  return day !== undefined && day < londonWallClockAt(now).day;
}

/** How a date is written: "10 December 2026", or "Thursday 10 December" for the next meeting. */
export type DateStyle = 'date' | 'dayDate';

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' },
  dayDate: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The browser's date format for `locale`, or null when its Intl has no data for the language. */
function dateFormat(locale: Locale, style: DateStyle): Intl.DateTimeFormat | null {
  const key = `${locale} ${style}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const tag = intlLocale(locale);
    // Some Chromium builds carry no Welsh date data and would quietly write "Thursday, December 10"; every one has English.
    format =
      locale === 'en' || Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
        ? new Intl.DateTimeFormat(tag, DATE_OPTIONS[style])
        : null;
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A London date (YYYY-MM-DD) in words: the browser's own format where it knows the language,
 * else the catalogue's pattern, so a Welsh page never falls back to American English.
 * Undefined for a date that is not one.
 */
export function formatDateIn(
  words: ScheduleWords,
  date: string,
  localeTag: LocaleTag,
  style: DateStyle = 'date',
): string | undefined {
  const locale = resolveLocale(localeTag);
  const day = dayNumber(date.slice(0, 10));
  if (day === undefined) return undefined;
  const { year, month, day: dayOfMonth } = civilOfDay(day);
  const format = dateFormat(locale, style);
  const own = words[locale];
  const pattern = format ? undefined : own[style];
  // Midday UTC is the same date in London whatever the season. Welsh dates before the Welsh words load: English.
  if (pattern === undefined)
    return (format ?? new Intl.DateTimeFormat('en-GB', DATE_OPTIONS[style])).format(
      new Date(Date.UTC(year, month - 1, dayOfMonth, 12)),
    );
  const values: Readonly<Record<string, string | undefined>> = {
    weekday: translate(words, locale, WEEKDAY_NAME[weekdayOfDay(day)]),
    day: String(dayOfMonth),
    month: own[`month${month}` as DateWordKey],
    year: String(year),
  };
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

function formatDate(words: ScheduleWords, date: string, locale: Locale): string | undefined {
  return formatDateIn(words, date, locale);
}

/** "From 1 September 2026 to 31 July 2027", "From 1 September 2026", "Until 31 July 2027", or ''. */
export function describeValidityIn(words: ScheduleWords, schedule: Schedule, localeTag: LocaleTag): string {
  const locale = resolveLocale(localeTag);
  const t = translator<ScheduleKey>(words, locale);
  const from = schedule.validFrom === undefined ? undefined : formatDate(words, schedule.validFrom, locale);
  const to = schedule.validTo === undefined ? undefined : formatDate(words, schedule.validTo, locale);
  if (from && to) return t('validFromTo', { from, to });
  if (from) return t('validFrom', { from });
  if (to) return t('validUntil', { to });
  return '';
}
