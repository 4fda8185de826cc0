// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { datesAfter, isMeeting, readRule } from '../../demo/server/event-series.mjs';
import { escapeText, foldLine } from '../../demo/server/icalendar.mjs';
import { startTestServer } from './fixtures/test-server.mjs';

/**
 * @typedef {{ '@type': string, repeatFrequency: string, byDay?: string[], startDate?: string, startTime: string,
 *   endTime: string, scheduleTimezone: string, exceptDate?: string[] }} PartialSchedule
 * @typedef {{ state: string, kind: string, id: string, modified: number, data: { '@context': string, '@type': string,
 *   name: string, location: { '@type': string, geo: { latitude: number, longitude: number },
 *   address: { '@type': string, postalCode: string } }, offers: { price: number, priceCurrency: string }[],
 *   isAccessibleForFree: boolean, ageRange?: { minValue?: number, maxValue?: number }, category?: string[],
 *   eventSchedule: PartialSchedule[] } }} RpdeItem
 * @typedef {{ next: string, items: RpdeItem[], license: string }} RpdePage
 */

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

describe('postcode lookup', () => {
  it('finds a postcode whatever its case and spacing, in the postcodes.io shape', async () => {
    for (const written of ['NG18%201AB', 'ng181ab', '%20Ng18%20%201aB%20']) {
      const answer = /** @type {{ status: number, result: Record<string, unknown> }} */ (
        await server.json(`/postcodes/${written}`)
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.result.postcode, 'NG18 1AB');
      assert.equal(answer.result.latitude, 53.143);
      assert.equal(answer.result.longitude, -1.196);
      assert.equal(answer.result.admin_district, 'Wrenbury');
    }
  });

  it('answers 404 for a well-formed postcode it does not know', async () => {
    const response = await server.fetch('/postcodes/NG18%209ZZ');
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { status: 404, error: 'Postcode not found' });
  });

  it('answers 400 for text that cannot be a postcode', async () => {
    for (const written of ['hello', '12345', 'NG18']) {
      const response = await server.fetch(`/postcodes/${written}`);
      assert.equal(response.status, 400, written);
      assert.deepEqual(await response.json(), { status: 400, error: 'Invalid postcode' });
    }
  });
});

describe('OpenActive RPDE feed of SessionSeries', () => {
  /** Follows `next` from the first page until a page has no items. */
  async function readWholeFeed(first = '/openactive/session-series?limit=2') {
    /** @type {RpdePage[]} */
    const pages = [];
    let url = `${server.url}${first}`;
    for (let i = 0; i < 20; i++) {
      const page = /** @type {RpdePage} */ (await (await fetch(url)).json());
      pages.push(page);
      if (page.items.length === 0) return pages;
      url = page.next;
    }
    throw new Error('the feed never ended');
  }

  it('ends, when you follow next, with a page of no items', async () => {
    const pages = await readWholeFeed();
    assert.ok(pages.length >= 3, 'several pages of two');
    assert.deepEqual(pages.at(-1)?.items, []);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
  });

  it('publishes the active services with a calendar rule at a physical place, in modified then id order', async () => {
    const items = (await readWholeFeed()).flatMap((page) => page.items);
    const names = items.map((item) => item.data.name).sort();
    assert.deepEqual(names, [
      'Lunch Club',
      'Memory Café',
      "Men's Shed",
      'Tai Chi for Beginners',
      'Wednesday Walking Group',
      'Young Carers Club',
    ]);
    const order = items.map(({ modified, id }) => ({ modified, id }));
    const sorted = [...order].sort((a, b) => a.modified - b.modified || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    assert.deepEqual(order, sorted);
  });

  it('gives the last page a next link that repeats it, so a consumer can poll for changes', async () => {
    const pages = await readWholeFeed();
    const lastFull = pages.at(-2);
    const empty = pages.at(-1);
    assert.ok(lastFull && empty);
    assert.equal(empty.next, lastFull.next);
  });

  it('describes each series as OpenActive SessionSeries with a PartialSchedule in Europe/London', async () => {
    const items = (await readWholeFeed()).flatMap((page) => page.items);
    for (const item of items) {
      assert.equal(item.state, 'updated');
      assert.equal(item.kind, 'SessionSeries');
      assert.equal(item.data['@context'], 'https://openactive.io/');
      assert.equal(item.data['@type'], 'SessionSeries');
      assert.equal(item.data.location['@type'], 'Place');
      assert.equal(typeof item.data.location.geo.latitude, 'number');
      assert.equal(item.data.location.address['@type'], 'PostalAddress');
      for (const schedule of item.data.eventSchedule) {
        assert.equal(schedule['@type'], 'PartialSchedule');
        assert.equal(schedule.scheduleTimezone, 'Europe/London');
        assert.match(schedule.startTime, /^\d{2}:\d{2}$/);
      }
    }
    const byName = Object.fromEntries(items.map((item) => [item.data.name, item.data]));
    assert.deepEqual(byName['Wednesday Walking Group'].eventSchedule[0].byDay, ['https://schema.org/Wednesday']);
    assert.equal(byName['Wednesday Walking Group'].isAccessibleForFree, true);
    assert.deepEqual(byName['Wednesday Walking Group'].category, ['Walking groups'], 'its category, not how to join');
    assert.equal(byName['Memory Café'].eventSchedule[0].repeatFrequency, 'P2W');
    assert.equal(byName['Lunch Club'].eventSchedule.length, 1, 'its phone chat is not an event at the hall');
    assert.equal(byName['Lunch Club'].eventSchedule[0].repeatFrequency, 'P1M');
    assert.deepEqual(byName['Lunch Club'].eventSchedule[0].byDay, ['2TU']);
    assert.deepEqual(
      byName['Lunch Club'].offers.map(({ price, priceCurrency }) => [price, priceCurrency]),
      [[4.5, 'GBP']],
    );
    assert.deepEqual(byName['Young Carers Club'].ageRange, { '@type': 'QuantitativeValue', minValue: 8, maxValue: 17 });
  });

  it('marks the demo cancellations as dates the series does not meet', async () => {
    const items = (await readWholeFeed()).flatMap((page) => page.items);
    const excepted = items.flatMap((item) => item.data.eventSchedule.flatMap((schedule) => schedule.exceptDate ?? []));
    assert.equal(excepted.length, 2);
    assert.ok(
      excepted.every((date) => date > '2026-11-21'),
      'after the test day',
    );
  });

  it('refuses afterTimestamp without afterId', async () => {
    const response = await server.fetch('/openactive/session-series?afterTimestamp=5');
    assert.equal(response.status, 400);
  });
});

describe('iCalendar feed', () => {
  /** @type {string} */
  let ics;
  before(async () => {
    const response = await server.fetch('/events.ics');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    ics = await response.text();
  });

  /** The content lines, unfolded. */
  function contentLines() {
    return ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .slice(0, -1);
  }

  /** Each VEVENT as its unfolded lines. */
  function events() {
    /** @type {string[][]} */
    const found = [];
    for (const line of contentLines()) {
      if (line === 'BEGIN:VEVENT') found.push([]);
      else if (line !== 'END:VEVENT' && found.length) found.at(-1)?.push(line);
    }
    return found;
  }

  /**
   * @param {string[]} event
   * @param {string} name e.g. `DTSTART;TZID=Europe/London`
   */
  function property(event, name) {
    return event.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
  }

  it('ends every line with CRLF, never a bare line feed', () => {
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(ics));
  });

  it('folds every line at 75 octets, continuing with a space', () => {
    const lines = ics.split('\r\n');
    assert.ok(lines.every((line) => Buffer.byteLength(line) <= 75));
    assert.ok(
      lines.some((line) => line.startsWith(' ')),
      'the long descriptions were folded',
    );
  });

  it('is one calendar with a VTIMEZONE for Europe/London and balanced components', () => {
    const lines = contentLines();
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
    assert.ok(lines.includes('BEGIN:VTIMEZONE') && lines.includes('TZID:Europe/London'));
    for (const part of ['VCALENDAR', 'VTIMEZONE', 'VEVENT', 'STANDARD', 'DAYLIGHT']) {
      const begins = lines.filter((line) => line === `BEGIN:${part}`).length;
      assert.equal(begins, lines.filter((line) => line === `END:${part}`).length, part);
    }
  });

  it('gives each series a UID, DTSTAMP, local DTSTART and an RRULE', () => {
    const series = events().filter((event) => !property(event, 'RECURRENCE-ID;TZID=Europe/London'));
    assert.equal(series.length, 6);
    for (const event of series) {
      assert.match(property(event, 'UID') ?? '', /@/);
      assert.match(property(event, 'DTSTAMP') ?? '', /^\d{8}T\d{6}Z$/);
      assert.match(property(event, 'DTSTART;TZID=Europe/London') ?? '', /^\d{8}T\d{6}$/);
      assert.match(property(event, 'RRULE') ?? '', /^FREQ=(WEEKLY|MONTHLY)/);
      assert.match(property(event, 'GEO') ?? '', /^-?\d+(\.\d+)?;-?\d+(\.\d+)?$/);
      assert.ok(property(event, 'SUMMARY') && property(event, 'LOCATION') && property(event, 'URL'));
    }
    const rules = series.map((event) => property(event, 'RRULE'));
    assert.ok(rules.includes('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'));
    assert.ok(rules.includes('FREQ=MONTHLY;BYDAY=2TU'));
    assert.ok(rules.includes('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231T235959Z'));
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    const walking = events().find((event) => property(event, 'SUMMARY') === 'Wednesday Walking Group');
    assert.ok(walking);
    assert.equal(
      property(walking, 'DESCRIPTION'),
      'Every Wednesday\\, 10am to 12pm\\n\\nA gentle\\, friendly walk\\; about 3 miles.\\nMeet at the café by the gates.',
    );
  });

  it('names the categories of each series, and no term from how to join or how you take part', () => {
    const walking = events().find((event) => property(event, 'SUMMARY') === 'Wednesday Walking Group');
    assert.ok(walking);
    assert.equal(property(walking, 'CATEGORIES'), 'Walking groups');
  });

  it('takes one meeting out with EXDATE, on a day the series really meets', () => {
    const withExdate = events().filter((event) => event.some((line) => line.startsWith('EXDATE')));
    assert.equal(withExdate.length, 1);
    const [event] = withExdate;
    const start = property(event, 'DTSTART;TZID=Europe/London') ?? '';
    const excluded = property(event, 'EXDATE;TZID=Europe/London') ?? '';
    assert.equal(excluded.slice(8), start.slice(8), 'at the same time of day');
    const weekday = (/** @type {string} */ stamp) =>
      new Date(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T12:00:00Z`).getUTCDay();
    assert.equal(weekday(excluded), weekday(start), 'on the same weekday as the weekly series');
    assert.ok(excluded > '20261121', 'after the test day');
  });

  it('publishes one meeting as cancelled: same UID, RECURRENCE-ID and STATUS:CANCELLED', () => {
    const cancelled = events().filter((event) => event.includes('STATUS:CANCELLED'));
    assert.equal(cancelled.length, 1);
    const [event] = cancelled;
    const uid = property(event, 'UID');
    const recurrence = property(event, 'RECURRENCE-ID;TZID=Europe/London');
    assert.ok(recurrence);
    assert.equal(property(event, 'DTSTART;TZID=Europe/London'), recurrence);
    const series = events().find((other) => other !== event && property(other, 'UID') === uid);
    assert.ok(series, 'the series it cancels a meeting of');
    assert.equal(recurrence.slice(8), property(series, 'DTSTART;TZID=Europe/London')?.slice(8));
  });
});

describe('iCalendar text', () => {
  it('folds long lines without splitting a character, at most 75 octets a line', () => {
    const line = `DESCRIPTION:${'Café ☕ and cake. '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 1);
    assert.ok(parts.every((part) => Buffer.byteLength(part) <= 75));
    assert.ok(parts.slice(1).every((part) => part.startsWith(' ')));
    assert.equal(folded.replace(/\r\n /g, ''), line);
    assert.ok(!folded.includes('\uFFFD'));
  });

  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    assert.equal(foldLine(line), line);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    assert.equal(escapeText('a\\b; c, d\r\ne\nf'), 'a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('schedule rules for the event feeds', () => {
  /** @param {Partial<import('../../demo/server/directory-file.mjs').Schedule>} schedule */
  function rule(schedule) {
    const read = readRule({ id: 'x', opens_at: '10:00', closes_at: '11:00', ...schedule }, '2026-01-01');
    assert.ok(read);
    return read;
  }

  it('counts a fortnightly rule from its first meeting', () => {
    const fortnightly = rule({ freq: 'WEEKLY', interval: 2, byday: 'TU', dtstart: '2026-01-13' });
    assert.equal(fortnightly.firstDate, '2026-01-13');
    assert.ok(isMeeting(fortnightly, '2026-01-27'));
    assert.ok(!isMeeting(fortnightly, '2026-01-20'));
    assert.deepEqual(datesAfter(fortnightly, '2026-01-13', 2), ['2026-01-27', '2026-02-10']);
  });

  it('finds the second Tuesday and the last Friday of a month', () => {
    const secondTuesday = rule({ freq: 'MONTHLY', byday: '2TU' });
    assert.deepEqual(datesAfter(secondTuesday, '2026-11-21', 2), ['2026-12-08', '2027-01-12']);
    const lastFriday = rule({ freq: 'MONTHLY', byday: '-1FR' });
    assert.deepEqual(datesAfter(lastFriday, '2026-11-21', 2), ['2026-11-27', '2026-12-25']);
  });

  it('stops at valid_to, and ignores a schedule that is only words', () => {
    const ending = rule({ freq: 'WEEKLY', byday: 'MO', valid_to: '2026-01-12' });
    assert.deepEqual(datesAfter(ending, '2026-01-01', 5), ['2026-01-05', '2026-01-12']);
    assert.equal(readRule({ id: 'y', description: 'Term time only' }, '2026-01-01'), undefined);
  });
});
