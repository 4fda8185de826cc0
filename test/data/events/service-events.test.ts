import { expect } from '@open-wc/testing';
import type { Schedule } from '../../../src/data/model.js';
import { serviceEventFeed } from '../../../src/data/events/service-events.js';
import { filterEvents } from '../../../src/data/events/event-filters.js';
import { describeWhen, formatClock, formatDay, formatMonth } from '../../../src/data/events/calendar-words.js';
import { formatTime } from '../../../src/data/time/schedule-words.js';
import { aCategory, aPlace, aService, FOREST_TOWN, weekly } from '../builders/service-builder.js';

describe('serviceEventFeed: a directory’s schedules as dated events', () => {
  it('keeps a weekly 10am group at 10am in the weeks on both sides of the March clock change', () => {
    const feed = serviceEventFeed([aService({ name: 'Lunch club', schedules: [weekly(['WE'], '10:00', '12:00')] })]);
    const events = feed.occurrences({ from: '2026-03-23', to: '2026-04-05' });
    expect(events.map((e) => [e.date, e.start, e.end])).to.deep.equal([
      ['2026-03-25', '2026-03-25T10:00:00+00:00', '2026-03-25T12:00:00+00:00'],
      ['2026-04-01', '2026-04-01T10:00:00+01:00', '2026-04-01T12:00:00+01:00'],
    ]);
  });

  it('keeps a weekly 10am group at 10am in the weeks on both sides of the October clock change', () => {
    const feed = serviceEventFeed([aService({ name: 'Walk', schedules: [weekly(['MO'], '10:00')] })]);
    const events = feed.occurrences({ from: '2026-10-19', to: '2026-10-26' });
    expect(events.map((e) => e.start)).to.deep.equal(['2026-10-19T10:00:00+01:00', '2026-10-26T10:00:00+00:00']);
  });

  it('carries what a person needs to decide, with stable ids and the service id for the finder', () => {
    const service = aService({
      id: 'svc-lunch',
      name: 'Lunch club',
      free: true,
      howToJoin: ['drop-in'],
      categories: [aCategory('food', 'Food and lunch clubs')],
      phones: [{ number: '01632 960000' }],
      locations: [aPlace(FOREST_TOWN, { name: 'Oakfield Centre', access: ['step-free'] })],
      schedules: [{ ...weekly(['TU'], '12:00', '14:00'), id: 'sch-1' }],
    });
    const [event] = serviceEventFeed([service], { sourceName: 'Mansfield directory' }).occurrences({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    expect(event).to.include({
      id: 'svc-lunch/sch-1@2026-12-01T12:00:00+00:00',
      seriesId: 'svc-lunch/sch-1',
      title: 'Lunch club',
      serviceId: 'svc-lunch',
      free: true,
      phone: '01632 960000',
      status: 'scheduled',
      allDay: false,
      sourceName: 'Mansfield directory',
    });
    expect(event!.location?.name).to.equal('Oakfield Centre');
    expect(event!.access).to.deep.equal(['step-free']);
    expect(event!.rule?.byDay).to.deep.equal([{ day: 'TU' }]);
    expect('description' in event!).to.equal(false);
  });

  it('meets at the place a place-specific schedule belongs to, and leaves out closed services', () => {
    const here = aPlace(FOREST_TOWN, { name: 'Library', schedules: [weekly(['TH'], '14:00', '16:00')] });
    const feed = serviceEventFeed([
      aService({ name: 'Memory café', locations: [here] }),
      aService({ name: 'Old club', status: 'defunct', schedules: [weekly(['TH'], '10:00')] }),
      aService({
        name: 'Paused club',
        status: 'temporarily closed',
        alert: 'Closed for August',
        schedules: [weekly(['TH'], '09:00')],
      }),
    ]);
    const events = feed.occurrences({ from: '2026-12-03', to: '2026-12-03' });
    expect(events.map((e) => [e.title, e.location?.name, e.status, e.statusNote])).to.deep.equal([
      ['Paused club', undefined, 'cancelled', 'Closed for August'],
      ['Memory café', 'Library', 'scheduled', undefined],
    ]);
  });

  it('skips schedules without a rule and survives a service with nothing', () => {
    const unreadable: Schedule = { description: 'Term time, ask at the desk' };
    const feed = serviceEventFeed([aService({ name: 'A', schedules: [unreadable] }), aService({ name: 'B' })]);
    expect(feed.occurrences({ from: '2026-01-01', to: '2026-12-31' })).to.deep.equal([]);
    expect(feed.nextDateWithEvents?.('2026-01-01', 365)).to.equal(undefined);
  });

  it('finds the next date with anything on, within the days asked', () => {
    const monthly: Schedule = {
      rule: { freq: 'MONTHLY', interval: 1, byDay: [{ day: 'FR', ordinal: -1 }], byMonthDay: [] },
      opensAt: '19:00',
    };
    const feed = serviceEventFeed([aService({ name: 'Quiz', schedules: [monthly] })]);
    expect(feed.nextDateWithEvents?.('2026-03-31', 60)).to.equal('2026-04-24');
    expect(feed.nextDateWithEvents?.('2026-04-24', 60)).to.equal('2026-05-29');
    expect(feed.nextDateWithEvents?.('2026-03-31', 10)).to.equal(undefined);
  });
});

describe('filterEvents', () => {
  const feed = serviceEventFeed([
    aService({ name: 'Morning walk', free: true, schedules: [weekly(['SA'], '09:30')] }),
    aService({
      name: 'Evening choir',
      free: false,
      categories: [aCategory('music', 'Singing and music')],
      locations: [aPlace(FOREST_TOWN, { access: ['wheelchair'] })],
      schedules: [weekly(['TU'], '19:00')],
    }),
    aService({ name: 'Online chat', attending: ['online'], schedules: [weekly(['WE'], '14:00')] }),
  ]);
  const week = feed.occurrences({ from: '2026-12-07', to: '2026-12-13' });
  const titles = (filters: Parameters<typeof filterEvents>[1]) => filterEvents(week, filters).map((e) => e.title);

  it('narrows by cost, access, day, time, category, online and words', () => {
    expect(titles({})).to.deep.equal(['Evening choir', 'Online chat', 'Morning walk']);
    expect(titles({ freeOnly: true })).to.deep.equal(['Morning walk']);
    expect(titles({ stepFree: true })).to.deep.equal(['Evening choir']);
    expect(titles({ weekendsOnly: true })).to.deep.equal(['Morning walk']);
    expect(titles({ partOfDay: 'afternoon' })).to.deep.equal(['Online chat']);
    expect(titles({ partOfDay: 'evening' })).to.deep.equal(['Evening choir']);
    expect(titles({ categoryId: 'music' })).to.deep.equal(['Evening choir']);
    expect(titles({ attending: 'online' })).to.deep.equal(['Online chat']);
    expect(titles({ attending: 'in-person' })).to.deep.equal(['Evening choir', 'Morning walk']);
    expect(titles({ text: 'SINGING' })).to.deep.equal(['Evening choir']);
    expect(titles({ text: 'walk morning' })).to.deep.equal(['Morning walk']);
  });
});

describe('calendar words', () => {
  it('says dates and times in plain English and Welsh, from the catalogue', () => {
    expect(formatDay('2026-12-02', 'en')).to.equal('Wednesday 2 December');
    expect(formatDay('2026-12-02', 'cy', true)).to.equal('Dydd Mercher 2 Rhagfyr 2026');
    expect(formatMonth(2026, 3, 'cy')).to.equal('Mawrth 2026');
    const [event] = serviceEventFeed([
      aService({ name: 'Club', schedules: [weekly(['WE'], '10:00', '12:00')] }),
    ]).occurrences({ from: '2026-12-02', to: '2026-12-02' });
    expect(describeWhen(event!, 'en')).to.equal('Wednesday 2 December, 10am to 12pm');
    expect(describeWhen(event!, 'cy')).to.equal('Dydd Mercher 2 Rhagfyr, 10yb i 12yp');
  });

  it('says clock times exactly as the schedule words do, in both languages', () => {
    for (const locale of ['en', 'cy'] as const) {
      for (let minutes = 0; minutes <= 1440; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(formatClock(time, locale)).to.equal(formatTime(time, locale));
      }
    }
  });
});
