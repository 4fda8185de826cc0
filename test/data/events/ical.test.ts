import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { DirectoryError } from '../../../src/data/directory/directory-error.js';
import type { CalendarEvent, EventFeed } from '../../../src/data/events/event-model.js';
import { readIcal } from '../../../src/data/events/ical-reader.js';
import { loadEventFeed } from '../../../src/data/events/load-event-feed.js';

const ICS_URL = 'https://stmarys.example.org/whats-on.ics';
const parish = await (await fetch(new URL('./fixtures/parish.ics', import.meta.url))).text();

function textFetch(served: Record<string, string>): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = served[url];
    return Promise.resolve(
      body === undefined ? new Response('not here', { status: 404 }) : new Response(body, { status: 200 }),
    );
  };
}

let feed: EventFeed;
before(async () => {
  feed = await loadEventFeed(ICS_URL, 'ical', { fetch: textFetch({ [ICS_URL]: parish }), sourceName: "St Mary's" });
});

function between(from: string, to: string, title?: string): CalendarEvent[] {
  return feed.occurrences({ from, to }).filter((e) => title === undefined || e.title.startsWith(title));
}

function one(date: string, title: string): CalendarEvent {
  const found = between(date, date, title);
  expect(found, `${title} on ${date}`).to.have.length(1);
  return found[0]!;
}

describe('iCalendar: reading the file', () => {
  it('joins folded lines, also one folded inside a word', () => {
    const cafe = one('2026-03-04', 'Memory');
    expect(cafe.title).to.equal('Memory café');
    expect(cafe.description).to.equal(
      'A friendly morning for people living with memory loss and the people who care for them. Tea, cake and a chat; no need to book. Ask at the door for the step-free entrance.',
    );
  });

  it('reads place, position, categories, organiser and link', () => {
    const cafe = one('2026-03-04', 'Memory');
    expect(cafe.location).to.deep.include({ kind: 'physical', name: 'Church Hall' });
    expect(cafe.location?.address).to.deep.equal({ lines: ['Church Street', 'Mansfield'], postcode: 'NG18 1AB' });
    expect(cafe.location?.point).to.deep.equal({ latitude: 53.144, longitude: -1.199 });
    expect(cafe.categories.map((c) => c.name)).to.deep.equal(['Memory', 'Social', 'Older people']);
    expect(cafe.organizer).to.equal('Jane Smith');
    expect(cafe.email).to.equal('jane@stmarys.example.org');
    expect(cafe.url).to.equal('https://stmarys.example.org/memory-cafe');
    expect(cafe.attending).to.deep.equal(['in-person']);
    expect(cafe.sourceName).to.equal("St Mary's");
    expect(cafe.seriesId).to.equal('memory-cafe@stmarys.example.org');
    expect(cafe.id).to.equal('memory-cafe@stmarys.example.org@2026-03-04T10:00:00+00:00');
  });

  it('gives the series its rule, for "Every Wednesday" and adding the whole series', () => {
    expect(one('2026-03-04', 'Memory').rule).to.deep.equal({
      freq: 'WEEKLY',
      interval: 1,
      byDay: [{ day: 'WE' }],
      byMonthDay: [],
      dtstart: '2026-03-04',
      until: '2026-10-28',
    });
    expect(one('2026-07-11', 'Village fete').rule).to.equal(undefined);
  });

  it('shows markup as text and drops a link that is not a web address', () => {
    const coffee = one('2026-07-02', 'Coffee morning');
    expect(coffee.description).to.equal('Everyone welcome');
    expect(coffee.url).to.equal(undefined);
    expect(feed.problems.some((p) => p.code === 'unsafe-url' && p.itemId === 'coffee@stmarys.example.org')).to.be.true;
  });
});

describe('iCalendar: times in Europe/London', () => {
  it('keeps a weekly 10:00 TZID=Europe/London event at 10:00 either side of the March clock change', () => {
    expect(one('2026-03-25', 'Memory').start).to.equal('2026-03-25T10:00:00+00:00');
    expect(one('2026-04-01', 'Memory').start).to.equal('2026-04-01T10:00:00+01:00');
    expect(one('2026-04-01', 'Memory').end).to.equal('2026-04-01T12:00:00+01:00');
  });

  it('keeps it at 10:00 either side of the October clock change, and ends at an UNTIL given in UTC', () => {
    expect(one('2026-10-21', 'Memory').start).to.equal('2026-10-21T10:00:00+01:00');
    expect(one('2026-10-28', 'Memory').start).to.equal('2026-10-28T10:00:00+00:00');
    expect(between('2026-10-29', '2026-12-31', 'Memory')).to.deep.equal([]);
  });

  it('reads a UTC time and a floating time (read as London time)', () => {
    expect(one('2026-03-20', 'Quiz night').start).to.equal('2026-03-20T19:00:00+00:00');
    expect(one('2026-07-02', 'Coffee morning').start).to.equal('2026-07-02T10:30:00+01:00');
  });

  it('uses a built-in Europe/London when the file names the zone without its VTIMEZONE', () => {
    ICAL.TimezoneService.reset();
    const bare = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;TZID=Europe/London:20261021T100000',
      'DTEND;TZID=Europe/London:20261021T110000',
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'SUMMARY:Bare zone',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART;TZID=GMT Standard Time:20260701T100000',
      'SUMMARY:Outlook zone',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const read = readIcal(bare);
    expect(read.occurrences({ from: '2026-10-01', to: '2026-10-31' }).map((e) => e.start)).to.deep.equal([
      '2026-10-21T10:00:00+01:00',
      '2026-10-28T10:00:00+00:00',
    ]);
    expect(read.occurrences({ from: '2026-07-01', to: '2026-07-01' }).map((e) => e.start)).to.deep.equal([
      '2026-07-01T10:00:00+01:00',
    ]);
  });
});

describe('iCalendar: exceptions to a series', () => {
  it('leaves out every EXDATE, from several EXDATE lines and several values on one line', () => {
    for (const date of ['2026-04-15', '2026-04-22', '2026-04-29'])
      expect(between(date, date, 'Memory')).to.deep.equal([]);
    expect(between('2026-04-08', '2026-04-08', 'Memory')).to.have.length(1);
    expect(between('2026-05-06', '2026-05-06', 'Memory')).to.have.length(1);
  });

  it('shows an override moved earlier than its slot on its new date, even when the slot is outside the range', () => {
    const moved = between('2026-05-01', '2026-05-09', 'Memory').at(-1);
    expect(moved).to.deep.include({
      title: 'Memory café (moved to Saturday afternoon this week)',
      date: '2026-05-09',
      start: '2026-05-09T14:00:00+01:00',
      end: '2026-05-09T16:00:00+01:00',
      status: 'changed',
    });
    // It keeps what the series says where the override is silent.
    expect(moved?.location?.name).to.equal('Church Hall');
    expect(between('2026-05-10', '2026-05-31', 'Memory').map((e) => e.date)).to.deep.equal([
      '2026-05-20',
      '2026-05-27',
    ]);
  });

  it('shows an all-day override of a timed series as all day', () => {
    const outing = one('2026-06-03', 'Memory');
    expect(outing).to.deep.include({ title: 'Memory café summer outing', allDay: true, status: 'changed' });
    expect(outing.start).to.equal(undefined);
    expect(outing.location?.name).to.equal('Sherwood Forest Visitor Centre');
  });

  it('marks STATUS:CANCELLED, on one occurrence and on a whole event', () => {
    expect(one('2026-06-10', 'Memory').status).to.equal('cancelled');
    expect(one('2026-06-17', 'Memory').status).to.equal('scheduled');
    expect(one('2026-03-20', 'Quiz night').status).to.equal('cancelled');
  });
});

describe('iCalendar: all-day events', () => {
  it('reads a one-day event with no end date, and a three-day one with its exclusive end', () => {
    expect(one('2026-07-11', 'Village fete')).to.deep.include({ allDay: true, date: '2026-07-11' });
    expect(one('2026-07-11', 'Village fete').endDate).to.equal(undefined);
    expect(one('2026-08-01', 'Arts festival')).to.deep.include({ allDay: true, endDate: '2026-08-04' });
  });

  it('sorts all-day events before timed ones on the same day, then by start', () => {
    const day = readIcal(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:late',
        'SUMMARY:Evening talk',
        'DTSTART:20260301T190000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:early',
        'SUMMARY:Breakfast',
        'DTSTART:20260301T080000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:all-day',
        'SUMMARY:Open day',
        'DTSTART;VALUE=DATE:20260301',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(day.occurrences({ from: '2026-03-01', to: '2026-03-01' }).map((e) => e.title)).to.deep.equal([
      'Open day',
      'Breakfast',
      'Evening talk',
    ]);
  });

  it('finds the next date with something on, past a cancelled occurrence', () => {
    expect(feed.nextDateWithEvents?.('2026-06-09', 30)).to.equal('2026-06-17');
  });
});

describe('iCalendar: when a feed cannot be read', () => {
  async function failure(body: string | undefined): Promise<DirectoryError> {
    try {
      await loadEventFeed(ICS_URL, 'ical', { fetch: textFetch(body === undefined ? {} : { [ICS_URL]: body }) });
    } catch (error) {
      expect(error).to.be.instanceOf(DirectoryError);
      return error as DirectoryError;
    }
    throw new Error('expected a failure');
  }

  it('says nothing was found at a 404', async () => {
    expect((await failure(undefined)).kind).to.equal('not-found');
  });

  it('says a web page is not a calendar it reads', async () => {
    expect((await failure('<!doctype html><title>Events</title>')).kind).to.equal('not-directory');
  });

  it('says a broken calendar file is unreadable', async () => {
    expect((await failure('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a property\r\n')).kind).to.equal(
      'unreadable',
    );
  });

  it('keeps the other events when one has a rule ical.js rejects, or one it cannot follow', () => {
    const read = readIcal(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:bad-day',
        'SUMMARY:Bad day',
        'DTSTART:20260301T100000Z',
        'RRULE:FREQ=WEEKLY;BYDAY=XX',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:bad-until',
        'SUMMARY:Bad until',
        'DTSTART:20260301T100000Z',
        'RRULE:FREQ=WEEKLY;UNTIL=garbage',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:good',
        'SUMMARY:Good',
        'DTSTART:20260301T100000Z',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(read.occurrences({ from: '2026-03-01', to: '2026-03-31' }).map((e) => `${e.date} ${e.title}`)).to.deep.equal(
      ['2026-03-01 Good', '2026-03-08 Good'],
    );
    expect(read.problems.map((p) => p.itemId)).to.include.members(['bad-day', 'bad-until']);
  });

  it('leaves out an event it cannot use and keeps the rest', () => {
    const read = readIcal(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'SUMMARY:No UID',
        'DTSTART:20260301T100000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:no-start',
        'SUMMARY:No start',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:ok',
        'SUMMARY:Fine',
        'DTSTART:20260301T100000Z',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(read.occurrences({ from: '2026-03-01', to: '2026-03-01' }).map((e) => e.title)).to.deep.equal(['Fine']);
    expect(read.problems.map((p) => p.code)).to.include.members(['missing-id', 'invalid-value']);
  });
});
