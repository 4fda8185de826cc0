/**
 * Dates and times of the event calendar in plain words, in English or Welsh:
 * "Wednesday 3 December, 10am to 12pm", "Rhagfyr 2026". The names come from
 * the `calendar` catalogue, never from `Intl`, so Welsh reads as Welsh even in
 * a browser with no Welsh date data. Everything is a London date.
 */
import { calendar, type CalendarKey } from '../../i18n/calendar.js';
import { translator, type Locale } from '../../i18n/catalogue.js';
import { civilOfDay, dayNumber, weekdayIndex } from '../time/london-time.js';
import { formatTime } from '../time/schedule-words.js';
import type { CalendarEvent } from './event-model.js';

/** "Wednesday 3 December", or with the year: "Wednesday 3 December 2026". */
export function formatDay(date: string, locale: Locale, withYear = false): string {
  const day = dayNumber(date);
  if (day === undefined) return date;
  const t = translator(calendar, locale);
  const civil = civilOfDay(day);
  return t(withYear ? 'dateWithYear' : 'date', {
    weekday: t(`weekday${weekdayIndex(day) + 1}` as CalendarKey),
    day: String(civil.day),
    month: t(`month${civil.month}` as CalendarKey),
    year: String(civil.year),
  });
}

/** "March 2026" / "Mawrth 2026". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  const t = translator(calendar, locale);
  return t('monthYear', { month: t(`month${month}` as CalendarKey), year: String(year) });
}

/** "HH:MM" of an ISO instant with its London offset: the wall-clock time it carries. */
export function wallClockTime(instant: string): string {
  return instant.slice(11, 16);
}

/** "10am to 12pm", "from 7pm", or '' for an all-day event. */
export function formatTimes(event: CalendarEvent, locale: Locale): string {
  if (event.allDay || !event.start) return '';
  const from = formatTime(wallClockTime(event.start), locale);
  if (!event.end) return from;
  const t = translator(calendar, locale);
  return t('weekRange', { from, to: formatTime(wallClockTime(event.end), locale) });
}

/** "Wednesday 3 December, 10am to 12pm" or "Wednesday 3 December, all day". */
export function describeWhen(event: CalendarEvent, locale: Locale): string {
  const t = translator(calendar, locale);
  const date = formatDay(event.date, locale);
  const times = formatTimes(event, locale);
  return times ? t('whenTimed', { date, times }) : t('whenAllDay', { date });
}
