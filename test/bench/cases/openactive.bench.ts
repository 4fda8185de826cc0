/**
 * The event-feed loader on a generated OpenActive RPDE feed of 5,000 items, in the shapes real
 * feeds send (see demo/server/openactive.mjs): SessionSeries with PartialSchedules weekly,
 * fortnightly and monthly, exceptDates as UTC date-times, ScheduledSessions joined to their
 * series by URL, and deleted items. The pages are served from memory as JSON text, so the
 * figure is the reader's work (parse, read, join, expand) and not the network's.
 */
import type { EventFeed } from '../../../src/data/events/event-model.js';
import { loadEventFeed } from '../../../src/data/events/load-event-feed.js';
import { benchCase } from '../bench-case.js';

const ITEMS = 5000;
const PAGE_SIZE = 500;
const FEED = 'https://feeds.example.org/rpde/sessions';
const MONTH = { from: '2026-03-01', to: '2026-03-31' };
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ACTIVITIES = ['Walking Football', 'Chair Yoga', 'Swimming', 'Badminton', 'Tai Chi', 'Health Walk', 'Pilates'];

/** A small deterministic generator, so every run reads the same feed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function seriesData(i: number, next: () => number): Record<string, unknown> {
  const day = Math.floor(next() * 7);
  const hour = 8 + Math.floor(next() * 12);
  const kind = next();
  const schedule =
    kind < 0.6
      ? { repeatFrequency: next() < 0.5 ? 'P1W' : 'P7D', byDay: [`https://schema.org/${DAYS[day]}`] }
      : kind < 0.85
        ? { repeatFrequency: 'P2W', byDay: [`http://schema.org/${DAYS[day]}`] }
        : {
            repeatFrequency: 'P1M',
            byDay: [`${1 + Math.floor(next() * 4)}${['MO', 'TU', 'WE', 'TH', 'FR'][day % 5]}`],
          };
  return {
    '@context': 'https://openactive.io/',
    '@type': next() < 0.1 ? 'SessionSeries ' : 'SessionSeries',
    '@id': `${FEED}/series/${i}`,
    identifier: `series-${i}`,
    name: `${ACTIVITIES[i % ACTIVITIES.length]} group ${i}`,
    description: `A friendly ${ACTIVITIES[i % ACTIVITIES.length]?.toLowerCase()} session for all abilities. Session ${i}.`,
    url: `https://leisure.example.org/sessions/${i}`,
    activity: [
      { '@type': 'Concept', '@id': `https://openactive.io/activity-list#${i % 50}`, prefLabel: ACTIVITIES[i % 7] },
    ],
    organizer: { '@type': 'Organization', name: `Leisure trust ${i % 40}`, email: `hello${i % 40}@example.org` },
    location: {
      '@type': 'Place',
      identifier: `place-${i % 300}`,
      name: `Community centre ${i % 300}`,
      address: {
        '@type': 'PostalAddress',
        streetAddress: `${i % 90} High Street`,
        addressLocality: 'Mansfield',
        postalCode: 'NG18 1AB',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 53.1 + next() * 0.1, longitude: -1.25 + next() * 0.1 },
    },
    offers: [{ '@type': 'Offer', name: 'Adult', price: Math.round(next() * 6 * 2) / 2, priceCurrency: 'GBP' }],
    ageRange: { '@type': 'QuantitativeValue', minValue: 16 },
    eventSchedule: [
      {
        '@type': 'PartialSchedule',
        ...schedule,
        startDate: `2026-01-${two(1 + day)}`,
        endDate: '2026-12-31',
        startTime: `${two(hour)}:00`,
        endTime: `${two(hour + 1)}:00`,
        scheduleTimezone: 'Europe/London',
        exceptDate: [`2026-03-${two(9 + day)}T${two(hour)}:00:00Z`],
      },
    ],
  };
}

/** The feed as RPDE pages of JSON text, keyed by address: 90% series, 8% sessions, 2% deletions. */
function generateFeed(): Map<string, string> {
  const next = random(20_260_301);
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const modified = 1_767_225_600 + i;
    if (i % 50 === 49) {
      items.push({ state: 'deleted', kind: 'SessionSeries', id: `series-${i - 40}`, modified });
    } else if (i % 12 === 11) {
      const series = i - 5;
      items.push({
        state: 'updated',
        kind: 'ScheduledSession',
        id: `session-${i}`,
        modified,
        data: {
          '@type': 'ScheduledSession',
          identifier: `session-${i}`,
          superEvent: `${FEED}/series/${series}`,
          startDate: `2026-03-${two(1 + (i % 28))}T18:00:00Z`,
          endDate: `2026-03-${two(1 + (i % 28))}T19:00:00Z`,
          eventStatus: next() < 0.5 ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
        },
      });
    } else {
      items.push({ state: 'updated', kind: 'SessionSeries', id: `series-${i}`, modified, data: seriesData(i, next) });
    }
  }
  const pages = new Map<string, string>();
  let url = FEED;
  for (let start = 0; start <= items.length; start += PAGE_SIZE) {
    const page = items.slice(start, start + PAGE_SIZE);
    const last = page.at(-1) as { modified: number; id: string } | undefined;
    const nextUrl = last ? `${FEED}?afterTimestamp=${last.modified}&afterId=${last.id}` : url;
    pages.set(
      url,
      JSON.stringify({ next: nextUrl, items: page, license: 'https://creativecommons.org/licenses/by/4.0/' }),
    );
    url = nextUrl;
  }
  return pages;
}

function servedFrom(pages: Map<string, string>): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = pages.get(url);
    return Promise.resolve(body === undefined ? new Response('', { status: 404 }) : new Response(body));
  };
}

export default [
  benchCase({
    name: 'read an OpenActive feed of 5,000 items (11 RPDE pages) and expand one month',
    maxIterations: 30,
    setup: () => servedFrom(generateFeed()),
    run: async (fetchPages) => {
      const feed = await loadEventFeed(FEED, 'openactive', { fetch: fetchPages });
      return feed.occurrences(MONTH).length;
    },
  }),

  benchCase<EventFeed>({
    name: 'expand one month of a 5,000-item OpenActive feed already read (a change of month)',
    setup: () => loadEventFeed(FEED, 'openactive', { fetch: servedFrom(generateFeed()) }),
    run: (feed) => feed.occurrences(MONTH).length,
  }),
];
