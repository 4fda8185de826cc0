/**
 * "Add to my calendar": an iCalendar file (RFC 5545) for one occurrence or
 * for the whole series, and links that open Google Calendar and Outlook on
 * the web with the event filled in.
 *
 * Times are written as London wall-clock times with `TZID=Europe/London` and
 * the zone's own VTIMEZONE, so a calendar app anywhere keeps a 10am group at
 * 10am on both sides of the clock changes. UIDs come from the event's stable
 * ids, so adding the same thing twice updates it rather than copying it.
 */
import type { RecurrenceRule, WeekdayNum } from '../model.js';
import { dateOfDay, dayNumber, londonInstant } from '../time/london-time.js';
import { nextOccurrence } from '../time/recurrence.js';
import type { CalendarEvent } from './event-model.js';
import { LONDON_VTIMEZONE_LINES } from './london-zone.js';

export type CalendarFileScope = 'occurrence' | 'series';

export interface CalendarFileOptions {
  /** When the file was made (DTSTAMP); now by default. */
  readonly now?: Date;
}

const CRLF = '\r\n';
const UID_DOMAIN = 'waymark.calendar';

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, never inside a character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

/** "20260330T100000" from "2026-03-30T10:00:00+01:00": the London wall-clock time the instant carries. */
function wallClock(instant: string): string {
  return instant.slice(0, 19).replace(/[-:]/g, '');
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dayAfter(date: string): string {
  const day = dayNumber(date);
  return day === undefined ? date : dateOfDay(day + 1);
}

function weekdayNum({ day, ordinal }: WeekdayNum): string {
  return `${ordinal ?? ''}${day}`;
}

/** The RRULE for a rule and its last date (inclusive, London), with UNTIL in UTC as RFC 5545 asks when DTSTART has a TZID. */
export function recurrenceRuleText(rule: RecurrenceRule, until: string | undefined, allDay: boolean): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map(weekdayNum).join(',')}`);
  if (rule.freq === 'MONTHLY' && rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  const last = until === undefined ? undefined : dayNumber(until);
  if (last !== undefined) {
    // The end of that London day: any occurrence on it is kept.
    parts.push(`UNTIL=${allDay ? compactDate(until ?? '') : utcStamp(londonInstant(last, 1439) + 59_000)}`);
  } else if (rule.count !== undefined) {
    parts.push(`COUNT=${rule.count}`);
  }
  if (rule.interval > 1 && rule.freq === 'WEEKLY') parts.push('WKST=MO');
  return parts.join(';');
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

function locationText(event: CalendarEvent): string | undefined {
  const location = event.location;
  if (!location) return undefined;
  const address = location.address;
  const parts = [location.name, ...(address?.lines ?? []), address?.town, address?.postcode].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.length > 0 ? [...new Set(parts)].join(', ') : undefined;
}

function isWebAddress(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

function uidPart(text: string): string {
  // Kept readable but safe for any calendar: only letters, digits and a few marks.
  return text.replace(/[^A-Za-z0-9._/@+-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Where the series' file starts: its first meeting when it counts meetings, else the chosen occurrence. */
function seriesStart(event: CalendarEvent): CalendarEvent {
  const schedule = event.schedule;
  const anchor = event.rule?.dtstart ?? schedule?.validFrom;
  if (!schedule || event.rule?.count === undefined || anchor === undefined) return event;
  const first = nextOccurrence(schedule, anchor);
  if (!first) return event;
  return {
    ...event,
    date: first.date,
    ...(first.start === undefined ? {} : { start: first.start }),
    ...(first.end === undefined ? {} : { end: first.end }),
  };
}

/** What a calendar app shows as the event's notes: the description, then where to find out more. */
function notes(event: CalendarEvent): string | undefined {
  const lines = [event.statusNote, event.description, event.url, event.phone, event.email].filter(
    (line): line is string => line !== undefined,
  );
  return lines.length > 0 ? lines.join('\n\n') : undefined;
}

/**
 * An `.ics` file for one occurrence or the whole series (falling back to the
 * occurrence when it has no rule). Lines end in CRLF and are folded at 75 octets.
 */
export function calendarFile(
  event: CalendarEvent,
  scope: CalendarFileScope = 'occurrence',
  options: CalendarFileOptions = {},
): string {
  const series = scope === 'series' && event.rule !== undefined;
  const shown = series ? seriesStart(event) : event;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waymark//Event calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (!shown.allDay && shown.start) lines.push(...LONDON_VTIMEZONE_LINES);
  lines.push(
    'BEGIN:VEVENT',
    `UID:${uidPart(series ? event.seriesId : event.id)}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp((options.now ?? new Date()).getTime())}`,
  );
  if (shown.allDay || !shown.start) {
    lines.push(
      `DTSTART;VALUE=DATE:${compactDate(shown.date)}`,
      `DTEND;VALUE=DATE:${compactDate(shown.endDate ?? dayAfter(shown.date))}`,
    );
  } else {
    lines.push(`DTSTART;TZID=Europe/London:${wallClock(shown.start)}`);
    if (shown.end) lines.push(`DTEND;TZID=Europe/London:${wallClock(shown.end)}`);
  }
  if (series && event.rule) {
    const until = earlier(event.rule.until, event.schedule?.validTo);
    lines.push(`RRULE:${recurrenceRuleText(event.rule, until, shown.allDay || !shown.start)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  const description = notes(event);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const where = locationText(event);
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  if (isWebAddress(event.url)) lines.push(`URL:${event.url}`);
  if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name a person recognises: "lunch-club-2026-03-30.ics". */
export function calendarFileName(event: CalendarEvent, scope: CalendarFileScope = 'occurrence'): string {
  const slug =
    event.title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event';
  return scope === 'series' && event.rule ? `${slug}.ics` : `${slug}-${event.date}.ics`;
}

/** Start and end as Google wants them: London wall-clock times with `ctz`, or dates for all-day events. */
function googleDates(event: CalendarEvent): string {
  if (event.allDay || !event.start) {
    return `${compactDate(event.date)}/${compactDate(event.endDate ?? dayAfter(event.date))}`;
  }
  return `${wallClock(event.start)}/${wallClock(event.end ?? event.start)}`;
}

/** Opens Google Calendar with this occurrence filled in. */
export function googleCalendarLink(event: CalendarEvent): string {
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates: googleDates(event) });
  params.set('ctz', 'Europe/London');
  const description = notes(event);
  if (description) params.set('details', description);
  const where = locationText(event);
  if (where) params.set('location', where);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Opens Outlook on the web with this occurrence filled in. */
export function outlookCalendarLink(event: CalendarEvent): string {
  const timed = !event.allDay && event.start !== undefined;
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: timed ? (event.start ?? event.date) : event.date,
    enddt: timed ? (event.end ?? event.start ?? event.date) : (event.endDate ?? dayAfter(event.date)),
    allday: String(!timed),
  });
  const description = notes(event);
  if (description) params.set('body', description);
  const where = locationText(event);
  if (where) params.set('location', where);
  return `https://outlook.live.com/calendar/0/action/compose?${params.toString()}`;
}
