/**
 * iCalendar (RFC 5545) feeds, read with ical.js. Loaded with `import()` only
 * when a page shows an `.ics` source, so ical.js stays out of the calendar's
 * first download.
 *
 * ical.js parses (folded lines included) and expands each series (RRULE,
 * RDATE, EXDATE however many lines, RECURRENCE-ID overrides); this module
 * places every occurrence in Europe/London and turns each event into the
 * model's plain, checked `EventDetails`. Times with `TZID=Europe/London` use
 * the feed's VTIMEZONE, or a built-in one when the feed left it out; a time
 * with no zone ("floating") is read as London time, as a UK feed means it.
 */
import ICAL from 'ical.js';
import {
  compact,
  type Category,
  type Contact,
  type DataProblem,
  type Location,
  type RecurrenceRule,
  type WeekdayNum,
} from '../model.js';
import { ProblemLog, type ItemProblems } from '../problems.js';
import { normalisePostcode } from '../search/postcode.js';
import { preview, readEmail, readName, readPoint, readPlainText, readUrl, safeUrl } from '../text/read.js';
import { dateOfDay, dayNumber, dayOfCivil, londonInstant, MINUTES_PER_DAY } from '../time/london-time.js';
import type { CalendarEvent, DateRange, EventDetails, EventFeed, EventStatus } from './event-model.js';
import { sortEvents, type Mutable } from './expanding-feed.js';
import { momentAtInstant, type LondonMoment } from './event-time.js';
import { LONDON_VTIMEZONE_LINES } from './london-zone.js';
import { useTextReader } from '../text/markup-check.js';
import { textReader } from '../text/rich-text.js';

// Read synchronously from whole feeds: the markup reader is always in use here.
useTextReader(textReader);

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

/** Europe/London, for feeds that name the zone without describing it. */
const LONDON_VTIMEZONE = ['BEGIN:VCALENDAR', ...LONDON_VTIMEZONE_LINES, 'END:VCALENDAR'].join('\r\n');

/** Names Windows and old systems give London time. */
const LONDON_ALIASES = ['Europe/London', 'GMT Standard Time', 'Europe/Belfast', 'GB', 'GB-Eire'];

/** Most occurrences one series may give for one range: a broken rule must not hang the page. */
const MAX_STEPS = 20_000;

/** Why an `.ics` text could not be read at all. */
export class IcalReadError extends Error {
  override readonly name = 'IcalReadError';
  constructor(
    readonly reason: 'not-icalendar' | 'unparsable',
    options?: { cause?: unknown },
  ) {
    super(reason === 'not-icalendar' ? 'not an iCalendar file' : 'an iCalendar file that cannot be read', options);
  }
}

function registerZones(calendar: IcalComponent, log: ProblemLog): void {
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(vtimezone);
    } catch (cause) {
      log
        .for('calendar')
        .report('invalid-value', 'VTIMEZONE', `a time zone could not be read (${preview(String(cause))}).`);
    }
  }
  let london = ICAL.TimezoneService.get('Europe/London');
  if (!london) {
    const builtIn = new ICAL.Component(ICAL.parse(LONDON_VTIMEZONE)).getFirstSubcomponent('vtimezone');
    if (builtIn) {
      london = new ICAL.Timezone(builtIn);
      ICAL.TimezoneService.register(london, 'Europe/London');
    }
  }
  if (!london) return;
  for (const alias of LONDON_ALIASES)
    if (!ICAL.TimezoneService.has(alias)) ICAL.TimezoneService.register(london, alias);
}

/** Where a time from the feed falls in London. Floating times (no zone) are London wall-clock times. */
function londonMomentOf(time: IcalTime): LondonMoment | undefined {
  if (time.zone === ICAL.Timezone.localTimezone) {
    const day = dayOfCivil(time.year, time.month, time.day);
    return momentAtInstant(londonInstant(day, time.hour * 60 + time.minute));
  }
  return momentAtInstant(time.toUnixTime() * 1000);
}

function dateOfTime(time: IcalTime): string {
  return dateOfDay(dayOfCivil(time.year, time.month, time.day));
}

/** The instant a slot starts, for ordering and windows (all-day: London midnight). */
function instantOf(time: IcalTime): number {
  if (time.isDate) return londonInstant(dayOfCivil(time.year, time.month, time.day), 0);
  return londonMomentOf(time)?.instant ?? Number.NaN;
}

function textValues(component: IcalComponent, name: string): string[] {
  const values: string[] = [];
  for (const property of component.getAllProperties(name)) {
    for (const value of property.getValues()) if (typeof value === 'string') values.push(value);
  }
  return values;
}

function firstText(component: IcalComponent, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
}

/** LOCATION as one line of text: "Hall name, Street, Town, NG18 1AB" becomes a name and an address. */
function readLocation(component: IcalComponent, problems: ItemProblems, uid: string): Location | undefined {
  const text = readName(firstText(component, 'location'), problems, 'LOCATION');
  const geo = component.getFirstPropertyValue('geo');
  const point = Array.isArray(geo) ? readPoint(geo[0], geo[1], problems, 'GEO') : undefined;
  if (!text && !point) return undefined;
  if (text && safeUrl(text)) {
    return { id: `${uid}#online`, kind: 'virtual', name: text, accessibility: [], access: [] };
  }
  const parts = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const last = parts.at(-1);
  const postcode = last === undefined ? undefined : normalisePostcode(last);
  if (postcode) parts.pop();
  const [name, ...lines] = parts;
  const address = lines.length > 0 || postcode ? compact({ lines, postcode }) : undefined;
  return compact({
    id: `${uid}#place`,
    kind: 'physical' as const,
    name,
    address,
    point,
    accessibility: [],
    access: [],
  });
}

function readOrganizer(component: IcalComponent, problems: ItemProblems): { name?: string; email?: string } {
  const property = component.getFirstProperty('organizer');
  if (!property) return {};
  const cn = property.getParameter('cn');
  const value = property.getFirstValue();
  const name = readName(typeof cn === 'string' ? cn : undefined, problems, 'ORGANIZER;CN');
  const email =
    typeof value === 'string' && /^mailto:/i.test(value) ? readEmail(value, problems, 'ORGANIZER') : undefined;
  return compact({ name, email });
}

function readDetails(
  component: IcalComponent,
  problems: ItemProblems,
  uid: string,
  master?: EventDetails,
): EventDetails | undefined {
  const title = readName(firstText(component, 'summary'), problems, 'SUMMARY') ?? master?.title;
  if (!title) {
    problems.report('missing-name', 'SUMMARY', 'an event with no SUMMARY was left out.');
    return undefined;
  }
  const categories: Category[] = [];
  for (const value of textValues(component, 'categories')) {
    const name = readName(value, problems, 'CATEGORIES');
    if (name && !categories.some((c) => c.name.toLowerCase() === name.toLowerCase()))
      categories.push({ id: `category:${name.toLowerCase()}`, name });
  }
  const location = readLocation(component, problems, uid) ?? master?.location;
  const organizer = readOrganizer(component, problems);
  const contacts: Contact[] = [];
  for (const value of textValues(component, 'contact')) {
    const name = readName(value, problems, 'CONTACT');
    if (name) contacts.push({ name, phones: [] });
  }
  const attending = location ? [location.kind === 'virtual' ? ('online' as const) : ('in-person' as const)] : [];
  return compact({
    title,
    description: readPlainText(firstText(component, 'description'), problems, 'DESCRIPTION') ?? master?.description,
    organizer: organizer.name ?? master?.organizer,
    location,
    categories: categories.length > 0 ? categories : (master?.categories ?? []),
    costs: master?.costs ?? [],
    access: location?.access ?? [],
    attending: attending.length > 0 ? attending : (master?.attending ?? []),
    howToJoin: master?.howToJoin ?? [],
    contacts: contacts.length > 0 ? contacts : (master?.contacts ?? []),
    url: readUrl(firstText(component, 'url'), problems, 'URL') ?? master?.url,
    email: organizer.email ?? master?.email,
  });
}

function readStatus(component: IcalComponent): EventStatus {
  const status = firstText(component, 'status');
  return status?.trim().toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
}

const WEEKDAY_OF_ICAL: Readonly<Record<string, WeekdayNum['day']>> = {
  MO: 'MO',
  TU: 'TU',
  WE: 'WE',
  TH: 'TH',
  FR: 'FR',
  SA: 'SA',
  SU: 'SU',
};

/** The RRULE as the model's rule, for "Every Wednesday" and "add the whole series"; undefined when it cannot say so. */
function modelRule(event: IcalEvent): RecurrenceRule | undefined {
  const property = event.component.getFirstPropertyValue('rrule');
  if (!(property instanceof ICAL.Recur)) return undefined;
  const days: WeekdayNum[] = [];
  for (const token of (property.parts['BYDAY'] as unknown[] | undefined) ?? []) {
    const m = typeof token === 'string' ? /^([+-]?\d)?([A-Z]{2})$/.exec(token) : null;
    const day = m?.[2] === undefined ? undefined : WEEKDAY_OF_ICAL[m[2]];
    if (day) days.push(m?.[1] === undefined ? { day } : { day, ordinal: Number(m[1]) });
  }
  const monthDays = ((property.parts['BYMONTHDAY'] as unknown[] | undefined) ?? []).filter(
    (n): n is number => typeof n === 'number',
  );
  const start = event.startDate;
  const firstDay = (start.isDate ? undefined : londonMomentOf(start)?.date) ?? dateOfTime(start);
  let rule: RecurrenceRule;
  if (property.freq === 'DAILY') {
    rule = {
      freq: 'WEEKLY',
      interval: 1,
      byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((day) => ({ day: day as WeekdayNum['day'] })),
      byMonthDay: [],
    };
    if (property.interval > 1) return undefined;
  } else if (property.freq === 'WEEKLY') {
    const weekday = (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const)[
      ((((dayNumber(firstDay) ?? 0) + 3) % 7) + 7) % 7
    ];
    rule = {
      freq: 'WEEKLY',
      interval: property.interval,
      byDay: days.length > 0 ? days : weekday ? [{ day: weekday }] : [],
      byMonthDay: [],
    };
  } else if (property.freq === 'MONTHLY') {
    rule = {
      freq: 'MONTHLY',
      interval: property.interval,
      byDay: days,
      byMonthDay: days.length === 0 && monthDays.length === 0 ? [Number(firstDay.slice(8))] : monthDays,
    };
  } else return undefined;
  const until = property.until
    ? property.until.isDate
      ? dateOfTime(property.until)
      : londonMomentOf(property.until)?.date
    : undefined;
  return compact({ ...rule, dtstart: firstDay, until, count: property.count ?? undefined });
}

/** The value, or undefined when ical.js throws reading a bad one. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

interface Series {
  readonly uid: string;
  readonly event: IcalEvent;
  readonly details: EventDetails;
  readonly status: EventStatus;
  readonly rule?: RecurrenceRule;
  /** Details of each override, by the slot it replaces. */
  readonly overrides: Map<string, { details: EventDetails; status: EventStatus }>;
  /** The furthest an override moves from its slot, in ms: how far outside a range to look. */
  shift: number;
}

export class IcalFeed implements EventFeed {
  readonly dialect = 'ical' as const;
  readonly problems: readonly DataProblem[];
  readonly #series: readonly Series[];
  readonly #sourceName: string | undefined;
  readonly #log: ProblemLog;

  constructor(series: readonly Series[], log: ProblemLog, sourceName?: string) {
    this.#series = series;
    this.#log = log;
    this.problems = log.problems;
    this.#sourceName = sourceName;
  }

  get size(): number {
    return this.#series.length;
  }

  occurrences({ from, to }: DateRange): readonly CalendarEvent[] {
    const fromDay = dayNumber(from);
    const toDay = dayNumber(to);
    if (fromDay === undefined || toDay === undefined || fromDay > toDay) return [];
    const events: CalendarEvent[] = [];
    for (const series of this.#series) this.#expand(series, from, to, fromDay, toDay, events);
    return sortEvents(events);
  }

  nextDateWithEvents(after: string, withinDays: number): string | undefined {
    const first = dayNumber(after);
    if (first === undefined || withinDays < 1) return undefined;
    for (let lo = first + 1; lo <= first + withinDays; lo += 31) {
      const hi = Math.min(lo + 30, first + withinDays);
      const found = this.occurrences({ from: dateOfDay(lo), to: dateOfDay(hi) }).find((e) => e.status !== 'cancelled');
      if (found) return found.date;
    }
    return undefined;
  }

  #expand(series: Series, from: string, to: string, fromDay: number, toDay: number, out: CalendarEvent[]): void {
    try {
      this.#expandSeries(series, from, to, fromDay, toDay, out);
    } catch (error) {
      // A rule ical.js cannot follow (an UNTIL that is not a date) must not take the other events with it.
      this.#log
        .for('event', series.uid)
        .report('unreadable-schedule', 'RRULE', `cannot be followed (${preview(String(error))}).`);
    }
  }

  #expandSeries(series: Series, from: string, to: string, fromDay: number, toDay: number, out: CalendarEvent[]): void {
    const { event } = series;
    // Slots from a day (and any override's shift) before the range to a day after, so moved ones are found.
    const lowest = londonInstant(fromDay, 0) - series.shift - MINUTES_PER_DAY * 60_000;
    const highest = londonInstant(toDay + 1, 0) + series.shift + MINUTES_PER_DAY * 60_000;
    if (!event.isRecurring()) {
      this.#add(series, event.startDate, from, to, out);
      return;
    }
    const expansion = event.iterator();
    for (let step = 0; step < MAX_STEPS; step++) {
      const slot = expansion.next();
      if (!slot) return;
      const at = instantOf(slot);
      if (at > highest) return;
      if (at < lowest) continue;
      this.#add(series, slot, from, to, out);
    }
  }

  #add(series: Series, slot: IcalTime, from: string, to: string, out: CalendarEvent[]): void {
    const details = series.event.isRecurring() ? series.event.getOccurrenceDetails(slot) : undefined;
    const start = details ? details.startDate : series.event.startDate;
    const end = details ? details.endDate : series.event.endDate;
    const override =
      details && details.item !== series.event ? series.overrides.get(details.item.recurrenceId.toString()) : undefined;
    const allDay = start.isDate;
    const startMoment = allDay ? undefined : londonMomentOf(start);
    const date = allDay ? dateOfTime(start) : startMoment?.date;
    if (date === undefined || date < from || date > to) return;
    let endDate: string | undefined;
    let endText: string | undefined;
    if (allDay) {
      const last = end && end.isDate ? dateOfTime(end) : undefined;
      const firstDay = dayNumber(date) ?? 0;
      if (last !== undefined && (dayNumber(last) ?? 0) > firstDay + 1) endDate = last;
    } else if (end && !end.isDate) {
      const endMoment = londonMomentOf(end);
      if (endMoment && startMoment && endMoment.instant > startMoment.instant) endText = endMoment.dateTime;
    }
    const moved = override !== undefined && (start.isDate !== slot.isDate || instantOf(start) !== instantOf(slot));
    let status: EventStatus = series.status;
    if (override?.status === 'cancelled') status = 'cancelled';
    else if (status !== 'cancelled' && moved) status = 'changed';
    const startText = startMoment?.dateTime;
    const event = Object.assign({}, override?.details ?? series.details) as Mutable<CalendarEvent>;
    event.id = `${series.uid}@${startText ?? date}`;
    event.seriesId = series.uid;
    event.date = date;
    if (startText !== undefined) event.start = startText;
    if (endText !== undefined) event.end = endText;
    if (endDate !== undefined) event.endDate = endDate;
    event.allDay = allDay;
    event.status = status;
    if (series.rule) event.rule = series.rule;
    if (this.#sourceName !== undefined) event.sourceName = this.#sourceName;
    out.push(event);
  }
}

function componentOf(text: string): IcalComponent {
  const parsed: unknown = ICAL.parse(text);
  // Several VCALENDARs in one file parse to a list of them: the first holds the events.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed[0] as unknown) : parsed;
  return new ICAL.Component(first as ConstructorParameters<typeof ICAL.Component>[0]);
}

/**
 * The calendar, parsed. ical.js rejects a whole file for one bad value (an RRULE with
 * BYDAY=XX); then each event is parsed on its own and the ones that fail are left out.
 */
function parseCalendar(text: string, log: ProblemLog): IcalComponent {
  try {
    return componentOf(text);
  } catch (cause) {
    const outside: string[] = [];
    const blocks: string[][] = [];
    let block: string[] | undefined;
    for (const line of text.split(/\r?\n/)) {
      if (/^BEGIN:VEVENT\s*$/i.test(line)) block = [line];
      else if (block) {
        block.push(line);
        if (/^END:VEVENT\s*$/i.test(line)) {
          blocks.push(block);
          block = undefined;
        }
      } else outside.push(line);
    }
    let calendar: IcalComponent;
    try {
      calendar = componentOf(outside.join('\r\n'));
    } catch {
      throw new IcalReadError('unparsable', { cause });
    }
    if (blocks.length === 0) throw new IcalReadError('unparsable', { cause });
    const target = calendar.name === 'vcalendar' ? calendar : (calendar.getFirstSubcomponent('vcalendar') ?? calendar);
    for (const lines of blocks) {
      try {
        const event = componentOf(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')).getFirstSubcomponent(
          'vevent',
        );
        if (event) target.addSubcomponent(event);
      } catch (error) {
        const uid = lines
          .find((line) => /^UID:/i.test(line))
          ?.slice(4)
          .trim();
        log
          .for('event', uid)
          .report('invalid-value', undefined, `an event that cannot be read was left out (${preview(String(error))}).`);
      }
    }
    return calendar;
  }
}

/** The events of an `.ics` text. Throws `IcalReadError` when it is not iCalendar or cannot be parsed at all. */
export function readIcal(text: string, sourceName?: string): IcalFeed {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 2000))) throw new IcalReadError('not-icalendar');
  const log = new ProblemLog();
  let calendar = parseCalendar(text, log);
  if (calendar.name !== 'vcalendar') {
    const inner = calendar.getFirstSubcomponent('vcalendar');
    if (!inner) throw new IcalReadError('not-icalendar');
    calendar = inner;
  }
  registerZones(calendar, log);

  const masters = new Map<string, IcalEvent>();
  const exceptions: IcalEvent[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    let event: IcalEvent;
    try {
      event = new ICAL.Event(component);
    } catch (cause) {
      log.for('event').report('invalid-value', undefined, `an event could not be read (${preview(String(cause))}).`);
      continue;
    }
    const uid = firstText(component, 'uid')?.trim();
    if (!uid) {
      log
        .for('event', firstText(component, 'summary'))
        .report('missing-id', 'UID', 'an event with no UID was left out.');
      continue;
    }
    if (!component.getFirstPropertyValue('dtstart')) {
      log.for('event', uid).report('invalid-value', 'DTSTART', 'an event with no start was left out.');
      continue;
    }
    if (component.hasProperty('recurrence-id')) exceptions.push(event);
    else if (masters.has(uid))
      log.for('event', uid).report('duplicate-id', 'UID', 'a second event with the same UID was left out.');
    else masters.set(uid, event);
  }

  const series = new Map<string, Series>();
  for (const [uid, event] of masters) {
    const problems = log.for('event', uid);
    const details = readDetails(event.component, problems, uid);
    if (!details) continue;
    const rule = event.isRecurring() ? safely(() => modelRule(event)) : undefined;
    series.set(
      uid,
      compact({ uid, event, details, status: readStatus(event.component), rule, overrides: new Map(), shift: 0 }),
    );
  }
  for (const exception of exceptions) {
    const uid = exception.uid;
    const problems = log.for('event', uid);
    const master = series.get(uid);
    if (!master || !master.event.isRecurring()) {
      // An override of a series the feed does not hold: an event of its own.
      const details = readDetails(exception.component, problems, uid);
      const id = `${uid}@${exception.recurrenceId.toString()}`;
      if (details && !series.has(id))
        series.set(id, {
          uid: id,
          event: exception,
          details,
          status: readStatus(exception.component),
          overrides: new Map(),
          shift: 0,
        });
      continue;
    }
    master.event.relateException(exception);
    const details = readDetails(exception.component, problems, uid, master.details);
    if (!details) continue;
    master.overrides.set(exception.recurrenceId.toString(), { details, status: readStatus(exception.component) });
    const shift = Math.abs(instantOf(exception.startDate) - instantOf(exception.recurrenceId));
    if (Number.isFinite(shift)) master.shift = Math.max(master.shift, shift);
  }
  return new IcalFeed([...series.values()], log, sourceName);
}
