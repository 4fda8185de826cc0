/**
 * Dates and times of the event calendar in plain words, in English or Welsh:
 * "Wednesday 3 December, 10am to 12pm", "Rhagfyr 2026". The names come from
 * the `calendar` catalogue, never from `Intl`, so Welsh reads as Welsh even in
 * a browser with no Welsh date data. Everything is a London date.
 */
import { calendar, type CalendarKey } from '../../i18n/calendar.js';
import { translator, type Locale } from '../../i18n/catalogue.js';
import { civilOfDay, dayNumber, minutesOfTime, weekdayIndex } from '../time/london-time.js';
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

/** "10am", "10:30am", "7pm", "midnight" / "10yb", "7yh": as `formatTime` in schedule-words says them. */
export function formatClock(time: string, locale: Locale): string {
  const minutes = minutesOfTime(time);
  if (minutes === undefined) return time;
  const t = translator(calendar, locale);
  if (minutes === 0 || minutes === 1440) return t('midnight');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const clock = `${hours % 12 || 12}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
  return t(hours < 12 ? 'timeMorning' : hours < 18 ? 'timeAfternoon' : 'timeEvening', { time: clock });
}

/** "HH:MM" of an ISO instant with its London offset: the wall-clock time it carries. */
export function wallClockTime(instant: string): string {
  return instant.slice(11, 16);
}

/** "10am to 12pm", "from 7pm", or '' for an all-day event. */
export function formatTimes(event: CalendarEvent, locale: Locale): string {
  if (event.allDay || !event.start) return '';
  const from = formatClock(wallClockTime(event.start), locale);
  if (!event.end) return from;
  const t = translator(calendar, locale);
  return t('weekRange', { from, to: formatClock(wallClockTime(event.end), locale) });
}

/** "Wednesday 3 December, 10am to 12pm" or "Wednesday 3 December, all day". */
export function describeWhen(event: CalendarEvent, locale: Locale): string {
  const t = translator(calendar, locale);
  const date = formatDay(event.date, locale);
  const times = formatTimes(event, locale);
  return times ? t('whenTimed', { date, times }) : t('whenAllDay', { date });
}
