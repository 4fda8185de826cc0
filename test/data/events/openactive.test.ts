import { expect } from '@open-wc/testing';
import { DirectoryError } from '../../../src/data/directory/directory-error.js';
import type { CalendarEvent, EventFeed, EventFeedProgress } from '../../../src/data/events/event-model.js';
import { loadEventFeed } from '../../../src/data/events/load-event-feed.js';
import { openActiveFeed, readDay, readRpdePage, RpdeItems } from '../../../src/data/events/openactive.js';
import { ProblemLog } from '../../../src/data/problems.js';

const FEED = 'https://feeds.example.org/rpde/sessions';

async function fixture(name: string): Promise<unknown> {
  return (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json();
}

const pages = {
  [FEED]: await fixture('openactive-page-1.json'),
  'https://feeds.example.org/rpde/sessions?afterTimestamp=1767225600&afterId=wed-walk':
    await fixture('openactive-page-2.json'),
  'https://feeds.example.org/rpde/sessions?afterTimestamp=1767226000&afterId=session-rescheduled':
    await fixture('openactive-page-3.json'),
} as Record<string, unknown>;

/** A fetch that serves the fixture pages by address and records what was asked. */
function fakeFetch(served: Record<string, unknown> = pages, asked: string[] = []): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    asked.push(url);
    const body = served[url];
    if (body === undefined) return Promise.resolve(new Response('not here', { status: 404 }));
    if (typeof body === 'string') return Promise.resolve(new Response(body, { status: 200 }));
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
}

let feed: EventFeed;
const progress: EventFeedProgress[] = [];
const asked: string[] = [];
before(async () => {
  feed = await loadEventFeed(FEED, 'openactive', {
    fetch: fakeFetch(pages, asked),
    onProgress: (p) => progress.push(p),
    sourceName: 'Leisure centre sessions',
  });
});

function on(date: string, title?: string): CalendarEvent[] {
  return feed.occurrences({ from: date, to: date }).filter((e) => title === undefined || e.title === title);
}

function one(date: string, title: string): CalendarEvent {
  const found = on(date, title);
  expect(found, `${title} on ${date}`).to.have.length(1);
  return found[0]!;
}

describe('OpenActive: following an RPDE feed', () => {
  it('follows next (absolute and relative) until a page has no items, reporting progress', () => {
    expect(asked).to.deep.equal(Object.keys(pages));
    expect(progress).to.deep.equal([
      { pages: 1, items: 4 },
      { pages: 2, items: 10 },
      { pages: 3, items: 10 },
    ]);
    expect(feed.dialect).to.equal('openactive');
  });

  it('removes an item a later page marks deleted', () => {
    expect(feed.occurrences({ from: '2026-03-01', to: '2026-04-30' }).some((e) => e.title.startsWith('Chair yoga'))).to
      .be.false;
  });

  it('keeps the version with the latest modified, whatever order the pages give', () => {
    expect(on('2026-03-09', 'Walking football')).to.have.length(1);
    expect(on('2026-03-09', 'An older copy that must not win')).to.have.length(0);
    expect(on('2026-03-14').map((e) => e.title)).to.deep.equal(['Knit and natter']);
  });

  it('stops at the page cap and says so', async () => {
    const capped = await loadEventFeed(FEED, 'openactive', { fetch: fakeFetch(), maxPages: 1 });
    expect(capped.occurrences({ from: '2026-03-09', to: '2026-03-09' }).map((e) => e.title)).to.deep.equal([
      'Walking football',
    ]);
    expect(capped.problems.some((p) => p.code === 'repeated-page' && p.message.includes('1 pages'))).to.be.true;
  });

  it('stops when a page with items points back to itself', async () => {
    const selfish = { ...(pages[FEED] as object), next: FEED };
    const asked: string[] = [];
    const looped = await loadEventFeed(FEED, 'openactive', { fetch: fakeFetch({ [FEED]: selfish }, asked) });
    expect(asked).to.deep.equal([FEED]);
    expect(looped.problems.some((p) => p.code === 'repeated-page')).to.be.true;
    expect(looped.occurrences({ from: '2026-03-09', to: '2026-03-09' })).to.have.length(1);
  });

  it('reads a relative src against the page address', async () => {
    const here = new URL('/feeds/oa', location.href).href;
    const asked: string[] = [];
    await loadEventFeed('/feeds/oa', 'openactive', {
      fetch: fakeFetch({ [here]: { items: [], next: here } }, asked),
    });
    expect(asked).to.deep.equal([here]);
  });

  it('reads split feeds named together in src, joining sessions to series across them', async () => {
    const series = 'https://feeds.example.org/series';
    const sessions = 'https://feeds.example.org/sessions';
    const seriesItem = (pages[FEED] as { items: unknown[] }).items[0];
    const sessionItem = (pages[Object.keys(pages)[1]!] as { items: unknown[] }).items[4];
    const split = await loadEventFeed(`${series} ${sessions}`, 'openactive', {
      fetch: fakeFetch({
        [series]: { items: [seriesItem], next: `${series}?page=2` },
        [`${series}?page=2`]: { items: [], next: `${series}?page=2` },
        [sessions]: { items: [sessionItem], next: `${sessions}?page=2` },
        [`${sessions}?page=2`]: { items: [], next: `${sessions}?page=2` },
      }),
    });
    const cancelled = split.occurrences({ from: '2026-03-16', to: '2026-03-16' });
    expect(cancelled.map((e) => [e.title, e.status])).to.deep.equal([['Walking football', 'cancelled']]);
  });
});

describe('OpenActive: when a feed cannot be read', () => {
  async function failure(served: Record<string, unknown>, src = FEED): Promise<DirectoryError> {
    try {
      await loadEventFeed(src, 'openactive', { fetch: fakeFetch(served) });
    } catch (error) {
      expect(error).to.be.instanceOf(DirectoryError);
      return error as DirectoryError;
    }
    throw new Error('expected a failure');
  }

  it('says nothing was found at a 404', async () => {
    expect((await failure({})).kind).to.equal('not-found');
  });

  it('says a JSON answer that is not RPDE is not a feed it reads', async () => {
    expect((await failure({ [FEED]: { services: [] } })).kind).to.equal('not-directory');
  });

  it('says an HTML page is unreadable', async () => {
    expect((await failure({ [FEED]: '<!doctype html><p>Sign in</p>' })).kind).to.equal('unreadable');
  });

  it('says an address it cannot use is not found', async () => {
    expect((await failure({}, 'javascript:alert(1)')).kind).to.equal('not-found');
  });

  it('keeps what it read when a later page fails, and reports the page', async () => {
    const first = { ...(pages[FEED] as object), next: `${FEED}?broken` };
    const partial = await loadEventFeed(FEED, 'openactive', { fetch: fakeFetch({ [FEED]: first }) });
    expect(partial.occurrences({ from: '2026-03-09', to: '2026-03-09' })).to.have.length(1);
    expect(partial.problems.some((p) => p.code === 'unreadable-page')).to.be.true;
  });

  it('rejects with an AbortError when stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    try {
      await loadEventFeed(FEED, 'openactive', { fetch: fakeFetch(), signal: controller.signal });
      expect.fail('expected to be stopped');
    } catch (error) {
      expect((error as Error).name).to.equal('AbortError');
    }
  });
});

describe('OpenActive: series and their schedules, in Europe/London', () => {
  it('keeps a weekly 10:00 session at 10:00 on both sides of the March clock change', () => {
    expect(one('2026-03-23', 'Walking football').start).to.equal('2026-03-23T10:00:00+00:00');
    expect(one('2026-03-30', 'Walking football').start).to.equal('2026-03-30T10:00:00+01:00');
    expect(one('2026-03-30', 'Walking football').end).to.equal('2026-03-30T11:00:00+01:00');
  });

  it('keeps a weekly 10:00 session at 10:00 on both sides of the October clock change', () => {
    expect(one('2026-10-19', 'Walking football').start).to.equal('2026-10-19T10:00:00+01:00');
    expect(one('2026-10-26', 'Walking football').start).to.equal('2026-10-26T10:00:00+00:00');
  });

  it('stops at the schedule endDate and starts at its startDate', () => {
    expect(on('2026-11-30', 'Walking football')).to.have.length(1);
    expect(on('2026-12-07', 'Walking football')).to.have.length(0);
    expect(on('2026-02-23', 'Walking football')).to.have.length(0);
  });

  it('skips exceptDate given as UTC date-times (10:00 BST written 09:00Z; London midnight written 23:00Z)', () => {
    expect(on('2026-04-06', 'Walking football')).to.have.length(0);
    expect(on('2026-06-01', 'Walking football')).to.have.length(0);
    expect(on('2026-04-13', 'Walking football')).to.have.length(1);
    expect(on('2026-06-08', 'Walking football')).to.have.length(1);
  });

  it('reads type and id without @, http://schema.org days, P7D, beta:timeZone and an endTime from duration', () => {
    const walk = one('2026-03-11', 'Health walk');
    expect(walk.start).to.equal('2026-03-11T14:00:00+00:00');
    expect(walk.end).to.equal('2026-03-11T15:30:00+00:00');
    expect(walk.rule).to.deep.include({ freq: 'WEEKLY', interval: 1, byDay: [{ day: 'WE' }] });
  });

  it('reads every other week from its startDate, and the second Tuesday of each month', () => {
    expect(on('2026-03-06', 'Quiet swim').map((e) => e.start)).to.deep.equal(['2026-03-06T09:30:00+00:00']);
    expect(on('2026-03-13', 'Quiet swim')).to.have.length(0);
    expect(on('2026-03-20', 'Quiet swim')).to.have.length(1);
    expect(on('2026-03-10', 'Quiet swim').map((e) => e.start)).to.deep.equal(['2026-03-10T18:00:00+00:00']);
    expect(on('2026-04-14', 'Quiet swim').map((e) => e.start)).to.deep.equal(['2026-04-14T18:00:00+01:00']);
    expect(on('2026-04-07', 'Quiet swim')).to.have.length(0);
  });

  it('returns occurrences sorted by start, with stable ids', () => {
    const week = feed.occurrences({ from: '2026-03-09', to: '2026-03-15' });
    expect(week.map((e) => `${e.date} ${e.title}`)).to.deep.equal([
      '2026-03-09 Walking football',
      '2026-03-10 Quiet swim',
      '2026-03-11 Health walk',
      '2026-03-14 Knit and natter',
    ]);
    expect(week[0]!.id).to.equal('mon-football@2026-03-09T10:00:00+00:00');
    expect(week[0]!.seriesId).to.equal('mon-football');
    expect(feed.occurrences({ from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id)).to.deep.equal(
      week.map((e) => e.id),
    );
  });

  it('answers an empty list for a backwards or unreadable range', () => {
    expect(feed.occurrences({ from: '2026-03-15', to: '2026-03-09' })).to.deep.equal([]);
    expect(feed.occurrences({ from: 'March', to: '2026-03-09' })).to.deep.equal([]);
  });

  it('finds the next date with something on, skipping cancelled sessions', () => {
    expect(feed.nextDateWithEvents?.('2026-03-15', 60)).to.equal('2026-03-18');
    expect(feed.nextDateWithEvents?.('2026-12-31', 60)).to.equal('2027-01-02');
    // 8 April has only the rescheduled session, in place of the walk's usual time.
    expect(feed.nextDateWithEvents?.('2026-04-07', 10)).to.equal('2026-04-08');
    expect(feed.nextDateWithEvents?.('2026-03-15', 1)).to.equal(undefined);
  });
});

describe('OpenActive: sessions', () => {
  it('joins a ScheduledSession whose superEvent is a URL to its series, and marks it cancelled', () => {
    const cancelled = on('2026-03-16', 'Walking football');
    expect(cancelled).to.have.length(1);
    expect(cancelled[0]).to.deep.include({
      status: 'cancelled',
      start: '2026-03-16T10:00:00+00:00',
      end: '2026-03-16T11:00:00+00:00',
      seriesId: 'mon-football',
      organizer: 'Mansfield Leisure Trust',
    });
  });

  it('joins a session whose superEvent is an id, shows it as changed, in place of the scheduled one', () => {
    const moved = on('2026-04-08', 'Health walk');
    expect(moved.map((e) => [e.start, e.status])).to.deep.equal([['2026-04-08T15:00:00+01:00', 'changed']]);
    expect(moved[0]!.rule?.freq).to.equal('WEEKLY');
  });
});

describe('OpenActive: what an event says', () => {
  it('maps place, cost, accessibility, categories, ages, organiser, contact and link', () => {
    const football = one('2026-03-09', 'Walking football');
    expect(football.description).to.equal('Gentle football for all ages & abilities.');
    expect(football.location).to.deep.include({ id: 'forest-town-arena', kind: 'physical', name: 'Forest Town Arena' });
    expect(football.location?.address).to.deep.equal({
      lines: ['Main Road'],
      town: 'Forest Town',
      region: 'Nottinghamshire',
      postcode: 'NG19 0EE',
      country: 'GB',
    });
    expect(football.location?.point).to.deep.equal({ latitude: 53.1502, longitude: -1.1689 });
    expect(football.categories.map((c) => c.name)).to.deep.equal(['Walking Football', 'Football']);
    expect(football.categories[0]!.id).to.equal('https://openactive.io/activity-list#walking-football');
    expect(football.costs).to.deep.equal([{ option: 'Adult', amount: 3.5, currency: 'GBP' }]);
    expect(football.free).to.equal(false);
    expect(football.access).to.include('wheelchair');
    expect(football.location?.accessibility.map((n) => n.description)).to.deep.equal(['Wheelchair accessible']);
    expect(football.minimumAge).to.equal(50);
    expect(football.maximumAge).to.equal(undefined);
    expect(football.email).to.equal('hello@leisure.example.org');
    expect(football.phone).to.equal('01623 000 111');
    expect(football.contacts).to.deep.equal([
      { name: 'Mansfield Leisure Trust', email: 'hello@leisure.example.org', phones: [{ number: '01623 000 111' }] },
    ]);
    expect(football.url).to.equal('https://leisure.example.org/walking-football');
    expect(football.howToJoin).to.deep.equal(['drop-in']);
    expect(football.attending).to.deep.equal(['in-person']);
    expect(football.sourceName).to.equal('Leisure centre sessions');
    expect(football.allDay).to.equal(false);
  });

  it('reads a place whose name is its coordinates as a point with no name, and says so', () => {
    const walk = one('2026-03-04', 'Health walk');
    expect(walk.location?.name).to.equal(undefined);
    expect(walk.location?.point).to.deep.equal({ latitude: 53.1453, longitude: -1.1982 });
    expect(walk.free).to.equal(true);
    expect(feed.problems.some((p) => p.itemId === 'wed-walk' && p.field === 'location.name')).to.be.true;
  });
});

describe('OpenActive: reading the parts', () => {
  it('reads days written every way feeds write them', () => {
    for (const text of ['https://schema.org/Monday', 'http://schema.org/Monday', 'schema:Monday', 'Monday', 'MO']) {
      expect(readDay(text), text).to.deep.equal({ day: 'MO' });
    }
    expect(readDay('-1FR')).to.deep.equal({ day: 'FR', ordinal: -1 });
    expect(readDay('https://schema.org/PublicHolidays')).to.equal(undefined);
  });

  it('treats P1W and P7D alike, and P1D as every day', () => {
    const series = (repeatFrequency: string) => ({
      kind: 'SessionSeries',
      id: repeatFrequency,
      data: {
        '@type': 'SessionSeries',
        identifier: repeatFrequency,
        name: repeatFrequency,
        eventSchedule: [{ repeatFrequency, startDate: '2026-03-02', startTime: '10:00', endTime: '11:00' }],
      },
    });
    const read = openActiveFeed([series('P1W'), series('P7D'), series('P1D')]);
    const count = (title: string) =>
      read.occurrences({ from: '2026-03-02', to: '2026-03-15' }).filter((e) => e.title === title).length;
    expect(count('P1W')).to.equal(2);
    expect(count('P7D')).to.equal(2);
    expect(count('P1D')).to.equal(14);
  });

  it('keeps two series that share a booking page apart, and reads a place given only as its name', () => {
    const series = (id: string, location: unknown) => ({
      kind: 'SessionSeries',
      id,
      data: {
        '@type': 'SessionSeries',
        '@id': `https://feeds.example.org/series/${id}`,
        name: id,
        url: 'https://leisure.example.org/book',
        location,
        eventSchedule: [{ repeatFrequency: 'P1W', byDay: 'https://schema.org/Monday', startTime: '10:00' }],
      },
    });
    const read = openActiveFeed([series('Pilates', 'Sports hall'), series('Yoga', undefined)]);
    const monday = read.occurrences({ from: '2026-03-02', to: '2026-03-02' });
    expect(monday.map((e) => e.title)).to.deep.equal(['Pilates', 'Yoga']);
    expect(monday[0]!.location?.name).to.equal('Sports hall');
    expect(monday[0]!.end).to.equal(undefined);
  });

  it('applies a deletion that names no kind, and ignores one older than the update', () => {
    const items = new RpdeItems();
    const data = { '@type': 'SessionSeries', name: 'Kept' };
    items.add({ state: 'updated', kind: 'SessionSeries', id: 'a', modified: 5, data });
    items.add({ state: 'updated', kind: 'SessionSeries', id: 'b', modified: 5, data });
    items.add({ state: 'deleted', kind: '', id: 'a', modified: 6 });
    items.add({ state: 'deleted', kind: 'SessionSeries', id: 'b', modified: 4 });
    expect([...items.live()].map((item) => item.id)).to.deep.equal(['b']);
  });

  it('reads the page, leaving out items it cannot use, without breaking', () => {
    const log = new ProblemLog();
    const page = readRpdePage(
      {
        items: [
          null,
          42,
          { state: 'updated', kind: 'SessionSeries', modified: 1 },
          { state: 'updated', kind: 'SessionSeries', id: 'a', modified: 2, data: { '@type': 'SessionSeries' } },
          { state: 'updated', kind: 'Slot', id: 'slot', modified: 3, data: { '@type': 'Slot', startDate: 'x' } },
          {
            state: 'updated',
            kind: 'SessionSeries',
            id: 'b',
            modified: 4,
            data: {
              '@type': 'SessionSeries',
              name: 'Broken schedule',
              eventSchedule: [{ repeatFrequency: 'P3D' }, 'nonsense', { repeatFrequency: 'P1W', byDay: 'Funday' }],
            },
          },
          {
            state: 'updated',
            kind: 'ScheduledSession',
            id: 'c',
            modified: 5,
            data: { '@type': 'ScheduledSession', name: 'No date', startDate: 'soon' },
          },
          {
            state: 'updated',
            kind: 'ScheduledSession',
            id: 'd',
            modified: 6,
            data: {
              '@type': 'ScheduledSession',
              name: 'One-off <b>taster</b>',
              url: 'javascript:alert(1)',
              startDate: '2026-03-05T18:00:00Z',
              endDate: '2026-03-05T19:00:00Z',
              superEvent: 'https://elsewhere.example.org/series/9',
            },
          },
        ],
        next: 'javascript:alert(1)',
      },
      FEED,
      log,
    );
    expect(page?.next).to.equal(undefined);
    const items = new RpdeItems();
    for (const item of page?.items ?? []) items.add(item);
    const read = openActiveFeed(items.live(), log);
    const events = read.occurrences({ from: '2026-03-01', to: '2026-03-31' });
    expect(events.map((e) => [e.title, e.start, e.url])).to.deep.equal([
      ['One-off taster', '2026-03-05T18:00:00+00:00', undefined],
    ]);
    const codes = new Set(read.problems.map((p) => p.code));
    for (const code of [
      'wrong-type',
      'missing-id',
      'missing-name',
      'unknown-format',
      'unreadable-schedule',
      'unsafe-url',
    ])
      expect(codes.has(code as never), code).to.be.true;
  });
});

describe('OpenActive: the official examples', () => {
  async function official(name: string): Promise<unknown> {
    const response = await fetch(`/__fixtures/openactive/${name}`);
    expect(response.ok, `${name} is served from ../shared/fixtures`).to.be.true;
    return response.json();
  }

  function feedOf(...payloads: unknown[]): EventFeed {
    const log = new ProblemLog();
    const items = new RpdeItems();
    for (const payload of payloads) for (const item of readRpdePage(payload, FEED, log)?.items ?? []) items.add(item);
    return openActiveFeed(items.live(), log);
  }

  it('reads a SessionSeries with its schedule and embedded sessions, 20:15 either side of the October change', async () => {
    const read = feedOf(await official('sessionseries_example_1.json'));
    const october = read.occurrences({ from: '2018-10-01', to: '2018-11-04' });
    expect(october.map((e) => e.start)).to.deep.equal([
      '2018-10-02T20:15:00+01:00',
      '2018-10-09T20:15:00+01:00',
      '2018-10-16T20:15:00+01:00',
      '2018-10-23T20:15:00+01:00',
      '2018-10-30T20:15:00+00:00',
    ]);
    expect(october[0]).to.deep.include({ title: 'Virtual BODYPUMP', end: '2018-10-02T20:45:00+01:00' });
    expect(october[0]!.costs).to.have.length(2);
    expect(october[0]!.location?.address?.postcode).to.equal('TS4 3AE');
  });

  it('joins the split ScheduledSession to its SessionSeries by the superEvent URL', async () => {
    const read = feedOf(
      await official('sessionseries-split_example_1.json'),
      await official('scheduledsession-split_example_1.json'),
    );
    const session = read.occurrences({ from: '2016-05-09', to: '2016-05-09' });
    expect(session.map((e) => [e.title, e.start, e.end])).to.deep.equal([
      ['Virtual BODYPUMP', '2016-05-09T19:15:00+01:00', '2016-05-09T20:15:00+01:00'],
    ]);
  });
});
