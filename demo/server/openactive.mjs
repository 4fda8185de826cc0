// @ts-check
/**
 * The same events as an OpenActive RPDE feed of SessionSeries at `/openactive/session-series`,
 * paged by `afterTimestamp` + `afterId`: following `next` ends with a page of no items.
 */
import { TAXONOMY_IDS } from '../data/taxonomy.mjs';
import { demoCancellations, eventSeries } from './event-series.mjs';
import { HttpProblem, json } from './replies.mjs';

/** @typedef {import('./event-series.mjs').EventSeries} EventSeries */
/** @typedef {import('./event-series.mjs').Rule} Rule */
/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */

export const RPDE_PAGE_SIZE = 500;
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const DAY_URLS = /** @type {Record<string, string>} */ ({
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
});

/**
 * @param {DirectoryStore} store
 * @param {{ today: string }} options `today` places the demo cancellations, as in the iCalendar feed
 * @returns {import('./router.mjs').Handler}
 */
export function sessionSeriesHandler(store, { today }) {
  /** @type {Map<string, string[]> | undefined} dates each schedule does not meet */
  let exceptDates;

  return ({ query, origin, url }) => {
    const series = eventSeries(store);
    const skippedDates = (exceptDates ??= exceptDatesOf(demoCancellations(series, today)));
    const after = readAfter(query);
    const limit = readLimit(query);
    const start = after ? series.findIndex((one) => isAfter(one, after)) : 0;
    const page = start < 0 ? [] : series.slice(start, start + limit);
    const last = page.at(-1);
    const next = new URL(url.pathname, origin);
    if (query.has('limit')) next.searchParams.set('limit', String(limit));
    // On the last page, `next` repeats this page's position, so a consumer can poll it for changes.
    const position = last ? { timestamp: last.modified, id: last.entry.service.id } : after;
    if (position) {
      next.searchParams.set('afterTimestamp', String(position.timestamp));
      next.searchParams.set('afterId', position.id);
    }
    return json(200, {
      next: next.href,
      items: page.map((one) => ({
        state: 'updated',
        kind: 'SessionSeries',
        id: one.entry.service.id,
        modified: one.modified,
        data: sessionSeries(one, skippedDates),
      })),
      license: LICENSE,
    });
  };
}

/**
 * @param {ReturnType<typeof demoCancellations>} cancellations
 */
function exceptDatesOf({ skipped, cancelled }) {
  /** @type {Map<string, string[]>} */
  const dates = new Map();
  for (const cancellation of [skipped, cancelled]) {
    if (cancellation)
      dates.set(cancellation.scheduleId, [...(dates.get(cancellation.scheduleId) ?? []), cancellation.date]);
  }
  return dates;
}

/**
 * @param {URLSearchParams} query
 * @returns {{ timestamp: number, id: string } | undefined}
 */
function readAfter(query) {
  const timestamp = query.get('afterTimestamp');
  const id = query.get('afterId');
  if (timestamp === null && id === null) return undefined;
  if (timestamp === null || id === null || !/^-?\d+$/.test(timestamp)) {
    throw new HttpProblem(400, 'afterTimestamp (a whole number) and afterId must be given together');
  }
  return { timestamp: Number(timestamp), id };
}

/** @param {URLSearchParams} query */
function readLimit(query) {
  const text = query.get('limit');
  if (text === null) return RPDE_PAGE_SIZE;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new HttpProblem(400, 'limit must be a whole number, 1 or more');
  return Math.min(Number(text), RPDE_PAGE_SIZE);
}

/**
 * RPDE order: by modified, then by id.
 * @param {EventSeries} one
 * @param {{ timestamp: number, id: string }} after
 */
function isAfter(one, after) {
  return one.modified > after.timestamp || (one.modified === after.timestamp && one.entry.service.id > after.id);
}

/**
 * @param {EventSeries} series
 * @param {Map<string, string[]>} exceptDates
 */
function sessionSeries({ entry, location, rules }, exceptDates) {
  const { service, organization } = entry;
  const address = location.addresses?.[0];
  const prices = (service.cost_options ?? []).filter((cost) => typeof cost.amount === 'number');
  const accessibility = (location.accessibility ?? []).map((item) => item.description).filter(Boolean);
  const categories = entry.terms
    .filter((term) => term.taxonomy_id === TAXONOMY_IDS.categories)
    .map((term) => term.name);
  return {
    '@context': 'https://openactive.io/',
    '@type': 'SessionSeries',
    identifier: service.id,
    name: service.name,
    description: service.description,
    url: service.url,
    category: categories.length ? categories : undefined,
    organizer: organization && {
      '@type': 'Organization',
      name: organization.name,
      url: organization.website,
      email: organization.email,
    },
    location: {
      '@type': 'Place',
      identifier: location.id,
      name: location.name,
      address: address && {
        '@type': 'PostalAddress',
        streetAddress: [address.address_1, address.address_2].filter(Boolean).join(', '),
        addressLocality: address.city,
        addressRegion: address.state_province,
        postalCode: address.postal_code,
        addressCountry: address.country,
      },
      geo: { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude },
    },
    offers: prices.map((cost) => ({
      '@type': 'Offer',
      identifier: cost.id,
      name: cost.option,
      description: cost.amount_description,
      price: cost.amount,
      priceCurrency: cost.currency ?? 'GBP',
    })),
    isAccessibleForFree: prices.length > 0 && prices.every((cost) => cost.amount === 0),
    ageRange: ageRange(service.minimum_age, service.maximum_age),
    accessibilityInformation: accessibility.length ? accessibility.join('. ') : undefined,
    eventSchedule: rules.map((rule) => partialSchedule(rule, exceptDates.get(rule.schedule.id))),
  };
}

/**
 * @param {Rule} rule
 * @param {string[] | undefined} exceptDate
 */
function partialSchedule(rule, exceptDate) {
  const monthly = rule.freq === 'MONTHLY';
  return {
    '@type': 'PartialSchedule',
    repeatFrequency: monthly ? `P${rule.interval}M` : `P${rule.interval}W`,
    // Weekly days as schema.org URLs; monthly "second Tuesday" stays in iCal's BYDAY form, which OpenActive allows.
    byDay: rule.byday.length ? rule.byday.map((token) => DAY_URLS[token] ?? token) : undefined,
    byMonthDay: rule.bymonthday.length ? rule.bymonthday : undefined,
    startDate: rule.firstDate,
    endDate: rule.lastDate,
    startTime: rule.opensAt,
    endTime: rule.closesAt,
    scheduleTimezone: 'Europe/London',
    exceptDate,
  };
}

/**
 * @param {number | undefined} minimum
 * @param {number | undefined} maximum
 */
function ageRange(minimum, maximum) {
  if (minimum === undefined && maximum === undefined) return undefined;
  return { '@type': 'QuantitativeValue', minValue: minimum, maxValue: maximum };
}
