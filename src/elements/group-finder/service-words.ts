/**
 * A service's facts in the words a person reads: when it next meets, its
 * schedules, cost, distance, address and how fresh the listing is. Strings
 * only, no markup, so the list, the details and the printed page agree.
 */
import {
  describeScheduleIn,
  describeValidityIn,
  formatDateIn,
  formatTimeIn,
  weekdayNameIn,
} from '../../data/time/schedule-phrases.js';
import { nextOccurrence } from '../../data/time/recurrence.js';
import { dateOfDay, londonWallClockAt } from '../../data/time/london-time.js';
import type { Address, Cost, Location, Schedule, Service, ServiceLocation, Weekday } from '../../data/model.js';
import { intlLocale, translator, type Locale } from '../../i18n/catalogue.js';
import { finder, finderWordsReady, loadFinderWords, type FinderKey } from '../../i18n/finder.js';
import { loadScheduleWords, scheduleAsLoaded, scheduleWordsReady } from '../../i18n/schedule.js';

export type Translate = ReturnType<typeof translator<FinderKey>>;

export function finderWords(locale: Locale): Translate {
  return translator(finder, locale);
}

/** A weekday's name as a label ("Monday", "Dydd Llun"), from the schedule phrases: the one list of day names. */
export function dayName(day: Weekday, locale: Locale): string {
  return weekdayNameIn(scheduleAsLoaded, day, locale);
}

/** Whether the finder's words and schedule phrases in `locale` are here (English always is). */
export function wordsReady(locale: Locale): boolean {
  return finderWordsReady(locale) && scheduleWordsReady(locale);
}

/** Brings the finder's words and schedule phrases in `locale` (Welsh: two small chunks, fetched side by side). */
export async function loadWords(locale: Locale): Promise<void> {
  await Promise.all([loadFinderWords(locale), loadScheduleWords(locale)]);
}

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const METRES_PER_MILE = 1609.344;

/** Today in Europe/London, YYYY-MM-DD (arithmetic from the London clock rules the schedules use: quick at every render). */
export function londonToday(now: number = Date.now()): string {
  return dateOfDay(londonWallClockAt(now).day);
}

export interface RowWords {
  readonly next?: string;
  readonly schedules: readonly string[];
  readonly cost: string;
}

const rowWords = new WeakMap<Service, { readonly key: string; readonly words: RowWords }>();

/**
 * What a list row says about when and how much, worked out once per group, language and day:
 * a keystroke re-renders the list, and schedules in words are the costly part of a row.
 */
export function wordsForRow(service: Service, locale: Locale, today: string): RowWords {
  const key = `${locale}${today}`;
  const known = rowWords.get(service);
  if (known?.key === key) return known.words;
  const words = {
    next: nextMeetingWords(service, locale, today),
    schedules: scheduleLines(service, locale),
    cost: costWords(service, locale),
  };
  rowWords.set(service, { key, words });
  return words;
}

/** Every schedule of a service: its own and each place's. */
export function allSchedules(service: Service): Schedule[] {
  return [...service.schedules, ...service.locations.flatMap((place) => place.schedules)];
}

/** Each schedule in words, once each ("Every Tuesday, 2pm to 4pm", "From 1 September 2026"). */
export function scheduleLines(service: Service, locale: Locale): string[] {
  const lines = new Set<string>();
  for (const schedule of allSchedules(service)) {
    const words = describeScheduleIn(scheduleAsLoaded, schedule, locale);
    if (!words) continue;
    const validity = describeValidityIn(scheduleAsLoaded, schedule, locale);
    lines.add(validity ? `${words} (${validity})` : words);
  }
  return [...lines];
}

/** "Thursday 10 December, 6pm", or undefined when it has no dated meetings ahead. */
export function nextMeetingWords(service: Service, locale: Locale, today: string = londonToday()): string | undefined {
  const schedules = allSchedules(service);
  if (!schedules.length) return undefined;
  let next;
  try {
    next = nextOccurrence(schedules, today);
  } catch {
    return undefined;
  }
  if (!next) return undefined;
  const date = formatDateIn(scheduleAsLoaded, next.date, locale, 'dayDate');
  if (!date) return undefined;
  // The start carries London's own offset, so its clock time is London's.
  const time = next.start?.slice(11, 16);
  return time ? `${date}, ${formatTimeIn(scheduleAsLoaded, time, locale)}` : date;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are slow to make and quick to use: one per locale and options. */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

function money(cost: Cost, locale: Locale): string | undefined {
  if (cost.amount === undefined) return cost.description;
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: cost.currency || 'GBP',
      minimumFractionDigits: Number.isInteger(cost.amount) ? 0 : 2,
    }).format(cost.amount);
  } catch {
    return String(cost.amount);
  }
}

/** "Free", "£2 (Adults), £1 (Concessions)", the feed's own words, or "Ask about cost". */
export function costWords(service: Service, locale: Locale): string {
  const t = finderWords(locale);
  const priced = service.costs
    .map((cost) => {
      if (cost.amount === 0) return t('free');
      const amount = money(cost, locale);
      if (!amount) return undefined;
      return cost.option ? `${amount} (${cost.option})` : amount;
    })
    .filter((text): text is string => text !== undefined);
  const parts = [...new Set(priced)];
  if (service.feesDescription && !parts.includes(service.feesDescription)) parts.push(service.feesDescription);
  if (parts.length) return parts.join(', ');
  if (service.free) return t('free');
  return t('costUnknown');
}

/** "1.2 miles away" (UK readers think in miles), or "Less than 1 mile away". */
export function distanceWords(metres: number, locale: Locale): string {
  const t = finderWords(locale);
  const miles = metres / METRES_PER_MILE;
  if (miles < 1) return t('distanceUnderOne');
  const rounded = numberFormat(locale, { maximumFractionDigits: miles < 10 ? 1 : 0 }).format(miles);
  return t('distance', { miles: rounded });
}

export function addressWords(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const parts = [...address.lines, address.town, address.postcode].filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : undefined;
}

/** "Village hall, 1 Church Street, Mansfield, NG18 1AB". */
export function placeWords(location: Location): string | undefined {
  const address = addressWords(location.address);
  const name = location.name && !address?.startsWith(location.name) ? location.name : undefined;
  const parts = [name, address].filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : undefined;
}

/** The place to show in a list row: the nearest when known, else the first with an address. */
export function mainPlace(service: Service, nearest?: ServiceLocation): Location | undefined {
  if (nearest) return nearest.location;
  return (
    service.locations.find((place) => place.location.kind === 'physical')?.location ?? service.locations[0]?.location
  );
}

/** Dates already put in words: a list shows the same few "last checked" dates at every keystroke. */
const datesInWords = new Map<string, string>();

/** A YYYY-MM-DD date as "3 March 2025" (or the Welsh). */
export function dateWords(date: string, locale: Locale): string {
  const key = `${locale} ${date}`;
  let words = datesInWords.get(key);
  if (words === undefined) {
    if (datesInWords.size >= 1000) datesInWords.clear();
    words = formatDate(date, locale);
    datesInWords.set(key, words);
  }
  return words;
}

function formatDate(date: string, locale: Locale): string {
  return formatDateIn(scheduleAsLoaded, date, locale) ?? date;
}

/** Whether a listing was last checked more than a year before `now`. */
export function isStale(lastChecked: string | undefined, now: number = Date.now()): boolean {
  if (!lastChecked) return false;
  const checked = Date.parse(`${lastChecked.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(checked) && now - checked > ONE_YEAR_MS;
}
