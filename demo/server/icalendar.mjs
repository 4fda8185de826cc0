// @ts-check
/**
 * The what's-on feed as iCalendar (RFC 5545) at `/events.ics`: the kind of file community
 * magazines, churches and charities publish, with one skipped meeting (EXDATE) and one
 * cancelled meeting (RECURRENCE-ID + STATUS:CANCELLED) for calendars to cope with.
 */
import { TAXONOMY_IDS } from '../data/taxonomy.mjs';
import { demoCancellations, eventSeries } from './event-series.mjs';

/** @typedef {import('./event-series.mjs').EventSeries} EventSeries */
/** @typedef {import('./event-series.mjs').Rule} Rule */
/** @typedef {import('./event-series.mjs').Cancellation} Cancellation */
/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */

const TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * @param {DirectoryStore} store
 * @param {{ today: string, calendarName?: string }} options `today` places the demo cancellations
 * @returns {import('./router.mjs').Handler}
 */
export function icalendarHandler(store, { today, calendarName }) {
  /** @type {Map<string, string>} */
  const byOrigin = new Map();
  return ({ origin }) => {
    let text = byOrigin.get(origin);
    if (text === undefined) {
      const series = eventSeries(store);
      const cancellations = demoCancellations(series, today);
      text = writeCalendar(series, { origin, ...cancellations, calendarName: calendarName ?? 'What’s on' });
      if (byOrigin.size < 16) byOrigin.set(origin, text);
    }
    return { status: 200, type: 'text/calendar; charset=utf-8', body: text };
  };
}

/**
 * @param {EventSeries[]} series
 * @param {{ origin: string, calendarName: string, skipped?: Cancellation, cancelled?: Cancellation }} options
 */
export function writeCalendar(series, { origin, calendarName, skipped, cancelled }) {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waymark//Demo directory//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...TIMEZONE,
  ];
  for (const one of series) {
    for (const rule of one.rules) {
      const id = rule.schedule.id;
      lines.push(...eventLines(one, rule, origin, skipped?.scheduleId === id ? skipped.date : undefined));
      if (cancelled?.scheduleId === id) lines.push(...cancelledLines(one, rule, cancelled.date));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * @param {EventSeries} series
 * @param {Rule} rule
 * @param {string} origin
 * @param {string} [skippedDate]
 */
function eventLines({ entry, location, modified }, rule, origin, skippedDate) {
  const { service } = entry;
  const address = location.addresses?.[0];
  const where = [location.name, address?.address_1, address?.address_2, address?.city, address?.postal_code];
  const description = [rule.schedule.description, service.description].filter(Boolean).join('\n\n');
  const categories = entry.terms.filter((term) => term.taxonomy_id === TAXONOMY_IDS.categories);
  return [
    'BEGIN:VEVENT',
    `UID:${uid(rule)}`,
    `DTSTAMP:${utcStamp(modified)}`,
    `LAST-MODIFIED:${utcStamp(modified)}`,
    `DTSTART;TZID=Europe/London:${localStamp(rule.firstDate, rule.opensAt)}`,
    `DTEND;TZID=Europe/London:${localStamp(rule.firstDate, rule.closesAt)}`,
    `RRULE:${recurrenceRule(rule)}`,
    ...(skippedDate ? [`EXDATE;TZID=Europe/London:${localStamp(skippedDate, rule.opensAt)}`] : []),
    `SUMMARY:${escapeText(service.name)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `LOCATION:${escapeText(where.filter(Boolean).join(', '))}`,
    `GEO:${location.latitude};${location.longitude}`,
    `URL:${service.url ?? entry.organization?.website ?? `${origin}/api/v3/services/${encodeURIComponent(service.id)}`}`,
    ...(categories.length ? [`CATEGORIES:${categories.map((term) => escapeText(term.name)).join(',')}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/**
 * One meeting of a series, published as cancelled (an override of that occurrence).
 * @param {EventSeries} series
 * @param {Rule} rule
 * @param {string} date
 */
function cancelledLines({ entry, modified }, rule, date) {
  return [
    'BEGIN:VEVENT',
    `UID:${uid(rule)}`,
    `RECURRENCE-ID;TZID=Europe/London:${localStamp(date, rule.opensAt)}`,
    `DTSTAMP:${utcStamp(modified)}`,
    `DTSTART;TZID=Europe/London:${localStamp(date, rule.opensAt)}`,
    `DTEND;TZID=Europe/London:${localStamp(date, rule.closesAt)}`,
    `SUMMARY:${escapeText(`Cancelled: ${entry.service.name}`)}`,
    `DESCRIPTION:${escapeText('This meeting is cancelled. The group meets as usual after it.')}`,
    'STATUS:CANCELLED',
    'END:VEVENT',
  ];
}

/** @param {Rule} rule */
function uid(rule) {
  return `${rule.schedule.id}@waymark.demo`;
}

/**
 * `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`, `FREQ=MONTHLY;BYDAY=2TU`, with `UNTIL` when the rule ends.
 * @param {Rule} rule
 */
export function recurrenceRule(rule) {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byday.length) parts.push(`BYDAY=${rule.byday.join(',')}`);
  if (rule.bymonthday.length) parts.push(`BYMONTHDAY=${rule.bymonthday.join(',')}`);
  // UNTIL is UTC when DTSTART has a TZID; the end of the last day is late enough in either clock.
  if (rule.lastDate) parts.push(`UNTIL=${rule.lastDate.replaceAll('-', '')}T235959Z`);
  return parts.join(';');
}

/**
 * @param {string} date `YYYY-MM-DD`
 * @param {string} time `HH:MM`
 */
function localStamp(date, time) {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** @param {number} seconds since 1970 */
function utcStamp(seconds) {
  return new Date(seconds * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
 * @param {string} text
 */
export function escapeText(text) {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets continue on lines that start with a space (RFC 5545 3.1),
 * never splitting a UTF-8 character.
 * @param {string} line
 */
export function foldLine(line) {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts = [];
  let part = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
