import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { CalendarEvent } from '../../../src/data/events/event-model.js';
import {
  calendarFile,
  calendarFileName,
  escapeText,
  foldLine,
  googleCalendarLink,
  outlookCalendarLink,
} from '../../../src/data/events/calendar-file.js';
import { serviceEventFeed } from '../../../src/data/events/service-events.js';
import type { Schedule } from '../../../src/data/model.js';
import { expandSchedule } from '../../../src/data/time/recurrence.js';
import { aPlace, aService, FOREST_TOWN, weekly } from '../builders/service-builder.js';

const NOW = new Date('2026-03-01T09:00:00Z');

function eventsOf(schedule: Schedule, from: string, to: string, name = 'Lunch club'): readonly CalendarEvent[] {
  const service = aService({
    id: 'svc-1',
    name,
    locations: [aPlace(FOREST_TOWN, { name: 'Oakfield Centre' })],
    schedules: [{ ...schedule, id: 'sch-1' }],
  });
  return serviceEventFeed([service]).occurrences({ from, to });
}

/** Reads a file with ical.js, a real parser, registering its own VTIMEZONE. */
function readFile(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

function instants(event: ICAL.Event, limit: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < limit; next = iterator.next()) {
    found.push(new Date(next.toUnixTime() * 1000).toISOString());
  }
  return found;
}

const iso = (instant: string | undefined) => new Date(instant ?? '').toISOString();

describe('calendarFile: "add to my calendar"', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes one occurrence at its London time, just after the March clock change', () => {
    const [event] = eventsOf(weekly(['MO'], '10:00', '12:00'), '2026-03-30', '2026-03-30');
    const text = calendarFile(event!, 'occurrence', { now: NOW });
    expect(text).to.contain('DTSTART;TZID=Europe/London:20260330T100000\r\n');
    const read = readFile(text);
    expect(read.startDate.zone?.tzid).to.equal('Europe/London');
    expect(new Date(read.startDate.toUnixTime() * 1000).toISOString()).to.equal('2026-03-30T09:00:00.000Z');
    expect(new Date(read.endDate.toUnixTime() * 1000).toISOString()).to.equal('2026-03-30T11:00:00.000Z');
    expect(read.summary).to.equal('Lunch club');
    expect(read.location).to.equal('Oakfield Centre');
    expect(read.isRecurring()).to.equal(false);
  });

  it('writes the whole series with an RRULE whose meetings match ours across both clock changes', () => {
    const schedule: Schedule = { ...weekly(['WE'], '10:00', '12:00'), validFrom: '2026-03-01', validTo: '2026-11-30' };
    const [first] = eventsOf(schedule, '2026-03-04', '2026-03-04');
    const text = calendarFile(first!, 'series', { now: NOW });
    expect(text).to.match(/RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261130T235959Z\r\n/);
    const read = readFile(text);
    const ours = expandSchedule(schedule, '2026-03-01', '2026-11-30').map((o) => iso(o.start));
    expect(ours.length).to.equal(39);
    expect(instants(read, 100)).to.deep.equal(ours);
    // 10am London on each side of both changes.
    expect(ours).to.include.members([
      '2026-03-25T10:00:00.000Z',
      '2026-04-01T09:00:00.000Z',
      '2026-10-21T09:00:00.000Z',
      '2026-10-28T10:00:00.000Z',
    ]);
  });

  it('writes every other week and the last Friday of the month as calendars expand them', () => {
    const fortnightly: Schedule = {
      rule: { freq: 'WEEKLY', interval: 2, byDay: [{ day: 'TU' }], byMonthDay: [], dtstart: '2026-01-06' },
      opensAt: '18:30',
      closesAt: '20:00',
    };
    const [tuesday] = eventsOf(fortnightly, '2026-01-06', '2026-01-06');
    const everyOther = readFile(calendarFile(tuesday!, 'series', { now: NOW }));
    expect(instants(everyOther, 30)).to.deep.equal(
      expandSchedule(fortnightly, '2026-01-01', '2027-02-28')
        .slice(0, 30)
        .map((o) => iso(o.start)),
    );

    const lastFriday: Schedule = {
      rule: {
        freq: 'MONTHLY',
        interval: 1,
        byDay: [{ day: 'FR', ordinal: -1 }],
        byMonthDay: [],
        count: 6,
        dtstart: '2026-01-01',
      },
      opensAt: '19:00',
    };
    // Chosen from the middle of the series: the file still starts where the count starts.
    const [april] = eventsOf(lastFriday, '2026-04-01', '2026-04-30');
    const text = calendarFile(april!, 'series', { now: NOW });
    expect(text).to.contain('RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=6');
    expect(instants(readFile(text), 20)).to.deep.equal(
      expandSchedule(lastFriday, '2026-01-01', '2026-12-31').map((o) => iso(o.start)),
    );
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const title = 'Tea, cake; chat \\ more\nand a sing-song';
    const description = `Croeso i bawb! ${'Paned a sgwrs yng Nghaerdydd — ’dewch draw’. '.repeat(8)}`.trim();
    const service = aService({
      id: 'svc-long',
      name: title,
      description,
      schedules: [{ ...weekly(['FR'], '14:00', '15:30'), id: 's' }],
    });
    const [event] = serviceEventFeed([service]).occurrences({ from: '2026-10-30', to: '2026-10-30' });
    const text = calendarFile(event!, 'occurrence', { now: NOW });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(text).to.contain('SUMMARY:Tea\\, cake\\; chat \\\\ more\\nand a sing-song');
    const read = readFile(text);
    expect(read.summary).to.equal(title);
    expect(read.description).to.equal(description);
    expect(new Date(read.startDate.toUnixTime() * 1000).toISOString()).to.equal('2026-10-30T14:00:00.000Z');
  });

  it('gives the same UID every time for the same occurrence, and another for the series', () => {
    const [event] = eventsOf(weekly(['MO'], '10:00'), '2026-03-30', '2026-03-30');
    const uid = (text: string) => /UID:(.*)\r\n/.exec(text)?.[1];
    const once = uid(calendarFile(event!, 'occurrence', { now: NOW }));
    const again = uid(calendarFile(event!, 'occurrence', { now: new Date('2027-01-01T00:00:00Z') }));
    const series = uid(calendarFile(event!, 'series', { now: NOW }));
    expect(once).to.equal(again);
    expect(series).to.not.equal(once);
    expect(readFile(calendarFile(event!, 'series', { now: NOW })).uid).to.equal(series);
  });

  it('writes all-day and cancelled events', () => {
    const allDay: CalendarEvent = {
      id: 'fete@2026-06-13',
      seriesId: 'fete',
      title: 'Summer fete',
      date: '2026-06-13',
      allDay: true,
      status: 'cancelled',
      statusNote: 'Called off because of the weather',
      categories: [],
      costs: [],
      access: [],
      attending: [],
      howToJoin: [],
      contacts: [],
    };
    const text = calendarFile(allDay, 'series', { now: NOW });
    expect(text).to.contain('DTSTART;VALUE=DATE:20260613\r\nDTEND;VALUE=DATE:20260614');
    expect(text).to.contain('STATUS:CANCELLED');
    expect(text).to.not.contain('VTIMEZONE');
    const read = readFile(text);
    expect(read.startDate.isDate).to.equal(true);
    expect(read.description).to.equal('Called off because of the weather');
    expect(calendarFileName(allDay)).to.equal('summer-fete-2026-06-13.ics');
  });

  it('folds by octets: a line of Welsh letters breaks between characters', () => {
    const line = `SUMMARY:${'ŵ'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n ');
    expect(folded.join('')).to.equal(line);
    for (const part of folded) expect(new TextEncoder().encode(part).length).to.be.at.most(74 + 1);
    expect(escapeText('a,b;c')).to.equal('a\\,b\\;c');
  });
});

describe('web calendar links', () => {
  const [event] = eventsOf(weekly(['SU'], '10:00', '11:00'), '2026-10-25', '2026-10-25');

  it('opens Google Calendar at the London time on the day the clocks go back', () => {
    const url = new URL(googleCalendarLink(event!));
    expect(url.origin).to.equal('https://calendar.google.com');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Lunch club');
    expect(url.searchParams.get('dates')).to.equal('20261025T100000/20261025T110000');
    expect(url.searchParams.get('ctz')).to.equal('Europe/London');
    expect(url.searchParams.get('location')).to.equal('Oakfield Centre');
  });

  it('opens Outlook on the web with the instants and their offsets', () => {
    const url = new URL(outlookCalendarLink(event!));
    expect(url.hostname).to.equal('outlook.live.com');
    expect(url.searchParams.get('subject')).to.equal('Lunch club');
    expect(url.searchParams.get('startdt')).to.equal('2026-10-25T10:00:00+00:00');
    expect(url.searchParams.get('enddt')).to.equal('2026-10-25T11:00:00+00:00');
    expect(url.searchParams.get('allday')).to.equal('false');
  });
});
