/**
 * OpenActive, read from RPDE pages: `{items: [{state, kind, id, modified, data}], next}`.
 *
 * `RpdeItems` keeps the newest version of each item by `modified` (a deleted
 * item removes it) however the pages arrive; `openActiveFeed` then reads what
 * is left: SessionSeries with their `eventSchedule` (PartialSchedule) and
 * embedded `subEvent`s, ScheduledSessions joined to their series when
 * `superEvent` is only a URL or an id, and one-off Events.
 *
 * Real feeds differ from the specification's examples, and all of these are
 * read: `type`/`id` without the `@`; a `@type` with spaces around it; days as
 * `https://schema.org/Monday`, `http://schema.org/Monday`, `schema:Monday` or
 * iCal's `MO`/`2TU`; `repeatFrequency` as `P1W`, `P7D`, `P1D` or `P1M`;
 * `beta:timeZone` for `scheduleTimezone`; `exceptDate` as dates or as UTC
 * date-times; `endTime` missing but `duration` given; a place whose name is
 * its coordinates.
 */
import { isObject, type JsonObject } from '../json.js';
import {
  compact,
  type AccessibilityNote,
  type AttendingType,
  type Category,
  type Contact,
  type Cost,
  type GeoPoint,
  type JoinMethod,
  type Location,
  type RecurrenceRule,
  type Schedule,
  type Weekday,
  type WeekdayNum,
} from '../model.js';
import { ProblemLog, type ItemProblems } from '../problems.js';
import { normalisePostcode } from '../search/postcode.js';
import { readAccessFeatures } from '../text/access-features.js';
import {
  preview,
  readArray,
  readDate,
  readEmail,
  readId,
  readName,
  readNumber,
  readPhoneNumber,
  readPoint,
  readPlainText,
  readTime,
  readUrl,
} from '../text/read.js';
import { dateOfDay, dayNumber, minutesOfTime, weekdayIndex } from '../time/london-time.js';
import type { EventDetails, EventStatus } from './event-model.js';
import { isDateOnly, readLondonDate, readMoment } from './event-time.js';
import { ExpandingFeed, type EventSeries, type SeriesSchedule, type SingleEvent } from './expanding-feed.js';
import { useTextReader } from '../text/markup-check.js';
import { textReader } from '../text/rich-text.js';

// Read synchronously from whole feeds: the markup reader is always in use here.
useTextReader(textReader);

/** One RPDE item as the feed sent it, checked only as far as paging needs. */
export interface RpdeItem {
  readonly state: 'updated' | 'deleted';
  readonly kind: string;
  readonly id: string;
  readonly modified: number | string;
  readonly data?: JsonObject;
}

export interface RpdePage {
  readonly items: readonly RpdeItem[];
  /** The next page's address, absolute; absent when the feed gives none. */
  readonly next?: string;
}

/**
 * One RPDE page, or undefined when the payload is not one (no `items` list).
 * Items without an id are reported and left out; `next` resolves against `pageUrl`.
 */
export function readRpdePage(payload: unknown, pageUrl: string, log: ProblemLog): RpdePage | undefined {
  if (!isObject(payload) || !Array.isArray(payload['items'])) return undefined;
  const problems = log.for('page', pageUrl);
  const items: RpdeItem[] = [];
  payload['items'].forEach((raw: unknown, i: number) => {
    if (!isObject(raw)) {
      problems.report('wrong-type', `items[${i}]`, 'an item is not an object.');
      return;
    }
    const id = readId(raw['id']);
    if (id === undefined) {
      problems.report('missing-id', `items[${i}].id`, 'an item with no id was left out.');
      return;
    }
    const state =
      typeof raw['state'] === 'string' && raw['state'].trim().toLowerCase() === 'deleted' ? 'deleted' : 'updated';
    const modified = raw['modified'];
    const data = raw['data'];
    items.push({
      state,
      kind: typeof raw['kind'] === 'string' ? raw['kind'].trim() : '',
      id,
      modified: typeof modified === 'number' || typeof modified === 'string' ? modified : 0,
      ...(state === 'updated' && isObject(data) ? { data } : {}),
    });
  });
  let next: string | undefined;
  if (typeof payload['next'] === 'string' && payload['next'].trim() !== '') {
    try {
      const url = new URL(payload['next'].trim(), pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') next = url.href;
      else problems.report('unsafe-url', 'next', `"${preview(payload['next'])}" is not a web address to follow.`);
    } catch {
      problems.report('invalid-value', 'next', `"${preview(payload['next'])}" is not a web address.`);
    }
  }
  return next === undefined ? { items } : { items, next };
}

/** Whether `a` was modified after `b`: numbers as numbers, anything else as text (ISO dates sort so). */
function isNewer(a: number | string, b: number | string): boolean {
  const na = typeof a === 'number' ? a : Number(a);
  const nb = typeof b === 'number' ? b : Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na >= nb;
  return String(a) >= String(b);
}

/** The live items of a feed: for each kind and id, the version with the latest `modified`; deletions remove. */
export class RpdeItems {
  readonly #items = new Map<string, RpdeItem>();
  /** The keys each id is held under, for an item that names no kind. */
  readonly #keysById = new Map<string, Set<string>>();

  add(item: RpdeItem): void {
    const held = item.kind === '' ? this.#keysById.get(item.id) : undefined;
    if (held) {
      // An item with no kind (some feeds' deletions) stands for that id whatever its kind.
      for (const key of held) this.#add(key, item);
      return;
    }
    // Kinds name the same item differently ("SessionSeries" and "SessionSeries.ScheduledSession"): the first word keys it.
    this.#add(`${item.kind.split('.')[0] ?? ''}|${item.id}`, item);
  }

  #add(key: string, item: RpdeItem): void {
    const seen = this.#items.get(key);
    if (seen && !isNewer(item.modified, seen.modified)) return;
    this.#items.set(key, item);
    let keys = this.#keysById.get(item.id);
    if (!keys) this.#keysById.set(item.id, (keys = new Set()));
    keys.add(key);
  }

  get size(): number {
    return this.#items.size;
  }

  /** The data of every item that is not deleted. */
  *live(): Iterable<{ readonly kind: string; readonly id: string; readonly data: JsonObject }> {
    for (const item of this.#items.values()) {
      if (item.state === 'updated' && item.data) yield { kind: item.kind, id: item.id, data: item.data };
    }
  }
}

// ---- reading OpenActive's JSON-LD, whichever way a feed spells it ----

/** A property by its JSON-LD name or the same name without the `@` (`type`, `id`). */
function ld(raw: JsonObject, name: 'type' | 'id'): unknown {
  return raw[`@${name}`] ?? raw[name];
}

/** `@type` trimmed, without a vocabulary prefix: "SessionSeries " → "SessionSeries", "schema:Event" → "Event". */
export function typeOf(raw: JsonObject): string {
  let value = ld(raw, 'type');
  if (Array.isArray(value)) value = value.find((v) => typeof v === 'string');
  if (typeof value !== 'string') return '';
  return value
    .trim()
    .replace(/^(?:https?:\/\/schema\.org\/|schema:|oa:|https?:\/\/openactive\.io\/)/i, '')
    .trim();
}

/**
 * Every name an item is known by, so a session's `superEvent` can find its series. Not its
 * `url`: many series share one booking page.
 */
function namesOf(raw: JsonObject): string[] {
  const names: string[] = [];
  for (const value of [ld(raw, 'id'), raw['identifier']]) {
    const id = readId(value);
    if (id !== undefined) names.push(id);
  }
  return names;
}

const DAY_NAMES: Readonly<Record<string, Weekday>> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};
const ICAL_DAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** A day from `https://schema.org/Monday`, `http://schema.org/Monday`, `schema:Monday`, `Monday`, `MO` or `2TU`. */
export function readDay(value: unknown): WeekdayNum | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const ical = ICAL_DAY.exec(text.toUpperCase());
  if (ical) {
    const day = ical[2] as Weekday;
    return ical[1] === undefined ? { day } : { day, ordinal: Number(ical[1]) };
  }
  const name = /([a-z]+)\/?$/i.exec(text.replace(/^schema:/i, ''))?.[1]?.toLowerCase();
  const day = name === undefined ? undefined : DAY_NAMES[name];
  return day === undefined ? undefined : { day };
}

/** ISO 8601 durations as OpenActive uses them: "PT1H30M", "P7D", "P1W", "P1M". */
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  readonly minutes: number;
}

function readDuration(value: unknown): Duration | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim().toUpperCase() === 'PT') return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), days: n(3) * 7 + n(4), minutes: n(5) * 60 + n(6) + Math.floor(n(7) / 60) };
}

const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function timeOfMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A value or a list of them, as a list. */
function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A PartialSchedule (or Schedule) as a `Schedule` the recurrence code expands,
 * with the London dates it skips. Undefined, reported, when it cannot be read.
 */
export function readPartialSchedule(
  raw: JsonObject,
  problems: ItemProblems,
  fallbackDuration?: unknown,
): SeriesSchedule | undefined {
  const frequencyText = raw['repeatFrequency'];
  const frequency = readDuration(frequencyText);
  const startDate = readDate(raw['startDate'], problems, 'startDate');
  const endDate = readDate(raw['endDate'], problems, 'endDate');
  const byDay: WeekdayNum[] = [];
  for (const value of listOf(raw['byDay'])) {
    const day = readDay(value);
    if (day) byDay.push(day);
    else problems.report('invalid-value', 'byDay', `"${preview(value)}" is not a day of the week.`);
  }
  const byMonthDay: number[] = [];
  for (const value of listOf(raw['byMonthDay'])) {
    const n = readNumber(value, problems, 'byMonthDay', { min: -31, max: 31, integer: true });
    if (n !== undefined && n !== 0) byMonthDay.push(n);
  }

  let rule: RecurrenceRule | undefined;
  const startDay = startDate === undefined ? undefined : dayNumber(startDate);
  const startWeekday = startDay === undefined ? undefined : WEEKDAY_CODES[weekdayIndex(startDay)];
  const weekly = (interval: number, days: readonly WeekdayNum[]): RecurrenceRule | undefined => {
    const onDays = days.length > 0 ? days.map(({ day }) => ({ day })) : startWeekday ? [{ day: startWeekday }] : [];
    return onDays.length === 0 ? undefined : { freq: 'WEEKLY', interval, byDay: onDays, byMonthDay: [] };
  };
  if (!frequency) {
    // No frequency but named days: weekly is the only reading that makes sense of them.
    if (frequencyText !== undefined)
      problems.report('unreadable-schedule', 'repeatFrequency', `"${preview(frequencyText)}" is not a repeat we read.`);
    else if (byDay.length > 0) rule = weekly(1, byDay);
  } else if (frequency.years === 0 && frequency.months === 0 && frequency.minutes === 0 && frequency.days > 0) {
    if (frequency.days === 1)
      rule = weekly(
        1,
        WEEKDAY_CODES.map((day) => ({ day })),
      );
    else if (frequency.days % 7 === 0) rule = weekly(frequency.days / 7, byDay);
  } else if (frequency.years === 0 && frequency.months > 0 && frequency.days === 0 && frequency.minutes === 0) {
    const monthDays = byMonthDay.length === 0 && byDay.length === 0 && startDate ? [Number(startDate.slice(8))] : [];
    rule = {
      freq: 'MONTHLY',
      interval: frequency.months,
      byDay,
      byMonthDay: byMonthDay.length > 0 ? byMonthDay : monthDays,
    };
    if (rule.byDay.length === 0 && rule.byMonthDay.length === 0) rule = undefined;
  }
  if (!rule) {
    problems.report(
      'unreadable-schedule',
      'eventSchedule',
      `a repeat of "${preview(frequencyText)}" on ${byDay.length === 0 ? 'no named day' : 'the days given'} cannot be shown as dates.`,
    );
    return undefined;
  }
  if (startDate) rule = { ...rule, dtstart: startDate };
  if (endDate) rule = { ...rule, until: endDate };
  if (rule.interval > 1 && !startDate) {
    problems.report(
      'unreadable-schedule',
      'startDate',
      'a repeat every few weeks or months needs a startDate to count from.',
    );
    return undefined;
  }

  const zone = raw['scheduleTimezone'] ?? raw['beta:timeZone'] ?? raw['timeZone'];
  if (typeof zone === 'string' && zone.trim() !== '' && zone.trim() !== 'Europe/London') {
    problems.report(
      'invalid-value',
      'scheduleTimezone',
      `"${preview(zone)}" read as Europe/London, the time of UK feeds.`,
    );
  }
  const opensAt = readTime(raw['startTime'], problems, 'startTime');
  let closesAt = readTime(raw['endTime'], problems, 'endTime');
  if (opensAt !== undefined && closesAt === undefined) {
    const duration = readDuration(raw['duration'] ?? fallbackDuration);
    const opens = minutesOfTime(opensAt);
    if (duration && opens !== undefined && duration.minutes > 0 && duration.days === 0)
      closesAt = timeOfMinutes(opens + duration.minutes);
  }

  const exceptDates = new Set<string>();
  for (const value of listOf(raw['exceptDate'])) {
    // A date, or a date-time (often UTC): the London date it falls on is the meeting that does not happen.
    const text = typeof value === 'string' ? value.trim() : '';
    const date = isDateOnly(text) && dayNumber(text) !== undefined ? text : readLondonDate(text);
    if (date) exceptDates.add(date);
    else problems.report('invalid-value', 'exceptDate', `"${preview(value)}" is not a date.`);
  }
  const schedule: Schedule = compact({
    id: readId(ld(raw, 'id')) ?? readId(raw['identifier']),
    rule,
    opensAt,
    closesAt: opensAt === undefined ? undefined : closesAt,
  });
  return { schedule, exceptDates };
}

// ---- the details of an event ----

const COORDINATES = /^\s*\(?\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?\s*$/;

function conceptLabel(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim() || undefined;
  if (!isObject(raw)) return undefined;
  const label = raw['prefLabel'] ?? raw['name'];
  return typeof label === 'string' ? label.trim() || undefined : undefined;
}

function readCategories(data: JsonObject, problems: ItemProblems): Category[] {
  const categories: Category[] = [];
  const seen = new Set<string>();
  const add = (id: string | undefined, name: string | undefined, field: string) => {
    const clean = readName(name, problems, field);
    if (!clean || seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    categories.push({ id: id ?? `category:${clean.toLowerCase()}`, name: clean });
  };
  readArray(listOf(data['activity']), problems, 'activity').forEach((raw, i) => {
    add(isObject(raw) ? readId(ld(raw, 'id')) : undefined, conceptLabel(raw), `activity[${i}]`);
  });
  readArray(listOf(data['category']), problems, 'category').forEach((raw, i) => {
    add(isObject(raw) ? readId(ld(raw, 'id')) : undefined, conceptLabel(raw), `category[${i}]`);
  });
  return categories;
}

function readOffers(data: JsonObject, problems: ItemProblems): { costs: Cost[]; free?: boolean } {
  const costs: Cost[] = [];
  readArray(listOf(data['offers']), problems, 'offers').forEach((raw, i) => {
    if (!isObject(raw)) return;
    const field = `offers[${i}]`;
    const amount = readNumber(raw['price'], problems, `${field}.price`, { min: 0 });
    const currency = typeof raw['priceCurrency'] === 'string' ? raw['priceCurrency'].trim().toUpperCase() : 'GBP';
    costs.push(
      compact({
        option: readName(raw['name'], problems, `${field}.name`),
        amount,
        currency: /^[A-Z]{3}$/.test(currency) ? currency : 'GBP',
        description: readPlainText(raw['description'], problems, `${field}.description`),
      }),
    );
  });
  const declared = data['isAccessibleForFree'];
  let free: boolean | undefined;
  if (declared === true) free = true;
  else if (costs.some((c) => c.amount !== undefined && c.amount > 0)) free = false;
  else if (costs.length > 0 && costs.every((c) => c.amount === 0)) free = true;
  else if (declared === false) free = false;
  return free === undefined ? { costs } : { costs, free };
}

function readPlace(raw: unknown, problems: ItemProblems, fallbackId: string): Location | undefined {
  // Some feeds give only the place's name.
  if (typeof raw === 'string') return readPlace({ name: raw }, problems, fallbackId);
  if (!isObject(raw)) return undefined;
  const type = typeOf(raw);
  const at = problems.nested('location');
  if (type === 'VirtualLocation') {
    return compact({
      id: readId(ld(raw, 'id')) ?? readId(raw['identifier']) ?? `${fallbackId}#online`,
      kind: 'virtual' as const,
      name: readName(raw['name'], at, 'name'),
      accessibility: [],
      access: [],
    });
  }
  let name = readName(raw['name'], at, 'name');
  let point: GeoPoint | undefined;
  const geo = isObject(raw['geo']) ? raw['geo'] : undefined;
  if (geo) point = readPoint(geo['latitude'], geo['longitude'], at, 'geo');
  const coordinates = name === undefined ? null : COORDINATES.exec(name);
  if (coordinates) {
    // Some booking systems fill in the place's name with its position: not a name to show.
    point ??= readPoint(coordinates[1], coordinates[2], at, 'name');
    at.report('invalid-value', 'name', `"${preview(name)}" is a position, not a place's name; shown on the map only.`);
    name = undefined;
  }
  const address = readPostalAddress(raw['address'], at.nested('address'));
  const notes: AccessibilityNote[] = [];
  for (const value of listOf(raw['accessibilityInformation'] ?? raw['beta:accessibilityInformation'])) {
    const description = readPlainText(value, at, 'accessibilityInformation');
    if (description) notes.push({ description });
  }
  const id = readId(raw['identifier']) ?? readId(ld(raw, 'id')) ?? readId(raw['url']) ?? `${fallbackId}#place`;
  if (!name && !address && !point) return undefined;
  return compact({
    id,
    kind: 'physical' as const,
    name,
    description: readPlainText(raw['description'], at, 'description'),
    address,
    point,
    accessibility: notes,
    access: readAccessFeatures(notes.map((n) => n.description)),
  });
}

function readPostalAddress(raw: unknown, problems: ItemProblems): Location['address'] {
  if (typeof raw === 'string') {
    const text = readName(raw, problems, 'address');
    return text ? { lines: [text] } : undefined;
  }
  if (!isObject(raw)) return undefined;
  const street = readName(raw['streetAddress'], problems, 'streetAddress');
  const postcodeText = readName(raw['postalCode'], problems, 'postalCode');
  const address = compact({
    lines: street ? [street] : [],
    town: readName(raw['addressLocality'], problems, 'addressLocality'),
    region: readName(raw['addressRegion'], problems, 'addressRegion'),
    postcode: postcodeText === undefined ? undefined : (normalisePostcode(postcodeText) ?? postcodeText),
    country: readName(raw['addressCountry'], problems, 'addressCountry'),
  });
  return address.lines.length > 0 || address.town || address.postcode ? address : undefined;
}

/** `advanceBooking` and `attendeeInstructions`, as how a person goes. */
function readHowToJoin(data: JsonObject): JoinMethod[] {
  const methods = new Set<JoinMethod>();
  for (const offer of listOf(data['offers'])) {
    if (!isObject(offer)) continue;
    const booking = typeof offer['advanceBooking'] === 'string' ? offer['advanceBooking'] : '';
    if (/Required$/i.test(booking)) methods.add('appointment');
    else if (/Unavailable$/i.test(booking)) methods.add('drop-in');
  }
  return [...methods];
}

function isOnline(data: JsonObject): boolean {
  const mode = data['eventAttendanceMode'] ?? data['attendanceMode'];
  if (typeof mode === 'string' && /(?:Online|Mixed)/i.test(mode)) return true;
  return isObject(data['beta:virtualLocation']) || isObject(data['virtualLocation']);
}

/** The details of a series or event; a session passes its series' details as `inherited`. */
export function readEventDetails(
  data: JsonObject,
  problems: ItemProblems,
  fallbackId: string,
  inherited?: EventDetails,
): EventDetails | undefined {
  const title = readName(data['name'], problems, 'name') ?? inherited?.title;
  if (!title) {
    problems.report('missing-name', 'name', 'an event with no name (and no series to take one from) was left out.');
    return undefined;
  }
  const organizer = isObject(data['organizer']) ? data['organizer'] : undefined;
  const organizerName = organizer ? readName(organizer['name'], problems, 'organizer.name') : undefined;
  const email = organizer ? readEmail(organizer['email'], problems, 'organizer.email') : undefined;
  const phone = organizer ? readPhoneNumber(organizer['telephone'], problems, 'organizer.telephone') : undefined;
  const contacts: Contact[] =
    email || phone ? [compact({ name: organizerName, email, phones: phone ? [{ number: phone }] : [] })] : [];
  let location = readPlace(data['location'], problems, fallbackId);
  const online = isOnline(data);
  if (!location && online) {
    const virtual = data['beta:virtualLocation'] ?? data['virtualLocation'];
    location = readPlace(
      isObject(virtual) ? { ...virtual, '@type': 'VirtualLocation' } : undefined,
      problems,
      fallbackId,
    );
  }
  const supportNotes: AccessibilityNote[] = [];
  for (const value of listOf(data['accessibilitySupport'])) {
    const description = readName(conceptLabel(value), problems, 'accessibilitySupport');
    if (description) supportNotes.push({ description });
  }
  const information = readPlainText(
    data['accessibilityInformation'] ?? data['beta:accessibilityInformation'],
    problems,
    'accessibilityInformation',
  );
  if (information) supportNotes.push({ description: information });
  if (location && supportNotes.length > 0) {
    const accessibility = [...location.accessibility, ...supportNotes];
    location = { ...location, accessibility, access: readAccessFeatures(accessibility.map((n) => n.description)) };
  }
  const attending = new Set<AttendingType>();
  if (location?.kind === 'physical') attending.add('in-person');
  if (online || location?.kind === 'virtual') attending.add('online');
  const { costs, free } = readOffers(data, problems);
  const ages = isObject(data['ageRange']) ? data['ageRange'] : undefined;
  const own = compact({
    title,
    description: readPlainText(data['description'], problems, 'description'),
    organizer: organizerName,
    location,
    categories: readCategories(data, problems),
    costs,
    free,
    access: location?.access ?? [],
    attending: [...attending],
    howToJoin: readHowToJoin(data),
    contacts,
    url:
      readUrl(data['url'], problems, 'url') ??
      (organizer ? readUrl(organizer['url'], problems, 'organizer.url') : undefined),
    email,
    phone,
    minimumAge: ages ? readNumber(ages['minValue'], problems, 'ageRange.minValue', { min: 0, max: 130 }) : undefined,
    maximumAge: ages ? readNumber(ages['maxValue'], problems, 'ageRange.maxValue', { min: 0, max: 130 }) : undefined,
  });
  if (!inherited) return own;
  // A session says what differs from its series: keep the series' value where the session has none.
  return {
    ...inherited,
    ...own,
    location: own.location ?? inherited.location,
    categories: own.categories.length > 0 ? own.categories : inherited.categories,
    costs: own.costs.length > 0 ? own.costs : inherited.costs,
    access: own.location ? own.access : inherited.access,
    attending: own.attending.length > 0 ? own.attending : inherited.attending,
    howToJoin: own.howToJoin.length > 0 ? own.howToJoin : inherited.howToJoin,
    contacts: own.contacts.length > 0 ? own.contacts : inherited.contacts,
  };
}

const CANCELLED = /EventCancelled$/i;
const CHANGED = /Event(?:Rescheduled|Postponed|MovedOnline)$/i;

export function readEventStatus(value: unknown): EventStatus {
  if (typeof value !== 'string') return 'scheduled';
  if (CANCELLED.test(value.trim())) return 'cancelled';
  if (CHANGED.test(value.trim())) return 'changed';
  return 'scheduled';
}

// ---- the feed ----

const SERIES_TYPES = new Set(['SessionSeries', 'EventSeries', 'CourseInstance', 'Course', 'HeadlineEvent']);
const SESSION_TYPES = new Set(['ScheduledSession', 'Event', 'OnDemandEvent']);

interface ReadSeries {
  readonly seriesId: string;
  readonly details: EventDetails;
  readonly status: EventStatus;
  readonly schedules: SeriesSchedule[];
  readonly rule?: RecurrenceRule;
}

/** A session's start and end in London, or undefined (reported) when it has no readable start. */
function readSessionTimes(
  data: JsonObject,
  problems: ItemProblems,
): Pick<SingleEvent, 'date' | 'start' | 'end' | 'endDate' | 'allDay'> | undefined {
  const startText = typeof data['startDate'] === 'string' ? data['startDate'].trim() : '';
  const endText = typeof data['endDate'] === 'string' ? data['endDate'].trim() : '';
  if (isDateOnly(startText) && dayNumber(startText) !== undefined) {
    const lastDay = isDateOnly(endText) ? dayNumber(endText) : undefined;
    const first = dayNumber(startText) ?? 0;
    // OpenActive's endDate of an all-day event is its last day; the model's is the day after.
    const endDate = lastDay !== undefined && lastDay > first ? dateOfDay(lastDay + 1) : undefined;
    return compact({ date: startText, allDay: true, endDate });
  }
  const start = readMoment(startText);
  if (!start) {
    problems.report('invalid-value', 'startDate', `"${preview(data['startDate'])}" is not a date and time.`);
    return undefined;
  }
  let end = readMoment(endText);
  if (!end) {
    const duration = readDuration(data['duration']);
    if (duration && duration.minutes + duration.days > 0) {
      end = readMoment(new Date(start.instant + (duration.minutes + duration.days * 1440) * 60_000).toISOString());
    }
  }
  return compact({
    date: start.date,
    start: start.dateTime,
    end: end && end.instant > start.instant ? end.dateTime : undefined,
    allDay: false,
  });
}

/**
 * The feed from every live item: series first, so that sessions anywhere in
 * the feed can be joined to them by `superEvent`.
 */
export function openActiveFeed(
  items: Iterable<{ readonly kind: string; readonly id: string; readonly data: JsonObject }>,
  log: ProblemLog = new ProblemLog(),
  sourceName?: string,
): ExpandingFeed {
  const seriesList: ReadSeries[] = [];
  const seriesByName = new Map<string, ReadSeries>();
  const sessions: { id: string; data: JsonObject; parent?: ReadSeries }[] = [];

  const addSeries = (data: JsonObject, itemId: string): ReadSeries | undefined => {
    const seriesId = readId(data['identifier']) ?? readId(ld(data, 'id')) ?? itemId;
    const known = namesOf(data)
      .map((name) => seriesByName.get(name))
      .find(Boolean);
    if (known) return known;
    const problems = log.for(typeOf(data) || 'SessionSeries', seriesId);
    const details = readEventDetails(data, problems, seriesId);
    if (!details) return undefined;
    const schedules: SeriesSchedule[] = [];
    readArray(listOf(data['eventSchedule']), problems, 'eventSchedule').forEach((rawSchedule, i) => {
      if (!isObject(rawSchedule)) return;
      const schedule = readPartialSchedule(rawSchedule, problems.nested(`eventSchedule[${i}]`), data['duration']);
      if (schedule) schedules.push(schedule);
    });
    const series: ReadSeries = { seriesId, details, status: readEventStatus(data['eventStatus']), schedules };
    seriesList.push(series);
    for (const name of [itemId, ...namesOf(data)]) if (!seriesByName.has(name)) seriesByName.set(name, series);
    for (const sub of listOf(data['subEvent'])) {
      if (isObject(sub))
        sessions.push({ id: readId(ld(sub, 'id')) ?? readId(sub['identifier']) ?? '', data: sub, parent: series });
    }
    return series;
  };

  const unread = new Set<string>();
  for (const { kind, id, data } of items) {
    const type = typeOf(data) || kind.split('.')[0] || '';
    const hasSchedule = data['eventSchedule'] !== undefined;
    if (SERIES_TYPES.has(type) && (hasSchedule || data['subEvent'] !== undefined || type === 'SessionSeries')) {
      addSeries(data, id);
    } else if (SESSION_TYPES.has(type) || SERIES_TYPES.has(type)) {
      if (hasSchedule) addSeries(data, id);
      else sessions.push({ id, data });
    } else if (!unread.has(type)) {
      // Facility slots and the like are not events a person goes to.
      unread.add(type);
      log
        .for('item', id)
        .report('unknown-format', '@type', `items of type "${preview(type)}" are not events; left out.`);
    }
  }

  const singles: SingleEvent[] = [];
  for (const session of sessions) {
    const { data } = session;
    let parent = session.parent;
    const superEvent = data['superEvent'];
    if (!parent && isObject(superEvent)) parent = addSeries(superEvent, readId(ld(superEvent, 'id')) ?? session.id);
    else if (!parent && superEvent !== undefined) parent = seriesByName.get(readId(superEvent) ?? '');
    const sessionId = readId(data['identifier']) ?? readId(ld(data, 'id')) ?? session.id;
    const problems = log.for(typeOf(data) || 'ScheduledSession', sessionId);
    if (!parent && superEvent !== undefined && !isObject(superEvent)) {
      problems.report(
        'invalid-value',
        'superEvent',
        `its series "${preview(superEvent)}" is not in this feed; shown on its own.`,
      );
    }
    const details = readEventDetails(data, problems, sessionId, parent?.details);
    const times = details && readSessionTimes(data, problems);
    if (!details || !times) continue;
    const status = readEventStatus(data['eventStatus']);
    const rule = parent?.schedules[0]?.schedule.rule;
    singles.push(
      compact({
        seriesId: parent?.seriesId ?? sessionId,
        details,
        ...times,
        status: parent?.status === 'cancelled' ? 'cancelled' : status,
        rule,
        replacesSeries: parent !== undefined,
      }),
    );
  }
  const series: EventSeries[] = seriesList.filter((s) => s.schedules.length > 0);
  return new ExpandingFeed('openactive', series, singles, log.problems, sourceName);
}
