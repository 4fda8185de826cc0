import { expect } from '@open-wc/testing';
import type { Category, Schedule, Service } from '../../../src/data/model.js';
import { SearchIndex, type SearchQuery } from '../../../src/data/search/search.js';
import { CategoryTree } from '../../../src/data/search/service-filters.js';
import { aCategory, aPlace, aService, MANSFIELD, weekly } from '../builders/service-builder.js';

function namesFound(services: readonly Service[], query: SearchQuery, categories?: readonly Category[]): string[] {
  return new SearchIndex(services, categories)
    .search(query)
    .map((hit) => hit.service.name)
    .sort();
}

function meeting(name: string, ...schedules: Schedule[]): Service {
  return aService({ name, schedules });
}

describe('filtering the local index', () => {
  describe('by category', () => {
    const activities = aCategory('activities', 'Activities');
    const exercise = aCategory('exercise', 'Exercise', 'activities');
    const walking = aCategory('walking', 'Walking', 'exercise');
    const advice = aCategory('advice', 'Advice');
    const services = [
      aService({ name: 'Walking group', categories: [walking] }),
      aService({ name: 'Tai chi', categories: [exercise] }),
      aService({ name: 'Debt advice', categories: [advice] }),
    ];

    it('matches a service in the category itself', () => {
      expect(namesFound(services, { categoryIds: ['walking'] })).to.deep.equal(['Walking group']);
    });

    it('matches services in any narrower category, however deep', () => {
      expect(namesFound(services, { categoryIds: ['activities'] })).to.deep.equal(['Tai chi', 'Walking group']);
    });

    it('matches any of several categories', () => {
      expect(namesFound(services, { categoryIds: ['walking', 'advice'] })).to.deep.equal([
        'Debt advice',
        'Walking group',
      ]);
    });

    it('learns broader categories from the taxonomy list when services carry bare categories', () => {
      const bare = [aService({ name: 'Strollers', categories: [aCategory('walking', 'Walking')] })];
      expect(namesFound(bare, { categoryIds: ['activities'] })).to.deep.equal([]);
      expect(namesFound(bare, { categoryIds: ['activities'] }, [activities, exercise, walking])).to.deep.equal([
        'Strollers',
      ]);
    });

    it('survives a loop of broader categories in bad data', () => {
      const tree = new CategoryTree([aCategory('a', 'A', 'b'), aCategory('b', 'B', 'a')], []);
      expect(tree.lineage('a')).to.deep.equal(['a', 'b']);
    });

    it('matches a taxonomy by its id', () => {
      const services = [
        aService({ name: 'Lunch club', categories: [aCategory('food', 'Food', undefined, 'esd')] }),
        aService({ name: 'Choir', categories: [aCategory('music', 'Music', undefined, 'local')] }),
      ];
      expect(namesFound(services, { taxonomyId: 'esd' })).to.deep.equal(['Lunch club']);
    });
  });

  describe('by day and time', () => {
    it('matches a day from a schedule of the service or of one of its places, any of the days asked', () => {
      const services = [
        meeting('Monday group', weekly(['MO'], '10:00', '12:00')),
        aService({ name: 'Wednesday group', locations: [aPlace(MANSFIELD, { schedules: [weekly(['WE'])] })] }),
        meeting('Friday group', weekly(['FR'], '10:00')),
        aService({ name: 'No schedule' }),
      ];
      expect(namesFound(services, { days: ['MO'] })).to.deep.equal(['Monday group']);
      expect(namesFound(services, { days: ['WE', 'FR'] })).to.deep.equal(['Friday group', 'Wednesday group']);
    });

    it('counts "second Monday of the month" as a Monday', () => {
      const monthly: Schedule = {
        rule: { freq: 'MONTHLY', interval: 1, byDay: [{ day: 'MO', ordinal: 2 }], byMonthDay: [] },
      };
      expect(namesFound([meeting('Second Mondays', monthly)], { days: ['MO'] })).to.deep.equal(['Second Mondays']);
    });

    it('places a session in each part of the day it spans: morning before 12, afternoon to 5, evening after', () => {
      const services = [
        meeting('Morning', weekly(['MO'], '09:30', '11:30')),
        meeting('Late morning, no end given', weekly(['MO'], '11:00')),
        meeting('Across lunch', weekly(['MO'], '10:00', '14:00')),
        meeting('Afternoon', weekly(['MO'], '13:00', '15:00')),
        meeting('Evening', weekly(['MO'], '18:30', '20:30')),
        meeting('No times', weekly(['MO'])),
      ];
      expect(namesFound(services, { timeOfDay: ['morning'] })).to.deep.equal([
        'Across lunch',
        'Late morning, no end given',
        'Morning',
      ]);
      expect(namesFound(services, { timeOfDay: ['afternoon'] })).to.deep.equal(['Across lunch', 'Afternoon']);
      expect(namesFound(services, { timeOfDay: ['evening'] })).to.deep.equal(['Evening']);
      expect(namesFound(services, { timeOfDay: ['afternoon', 'evening'] })).to.deep.equal([
        'Across lunch',
        'Afternoon',
        'Evening',
      ]);
    });

    it('treats a session that closes after midnight as an evening one', () => {
      expect(
        namesFound([meeting('Night shelter', weekly(['SA'], '22:00', '02:00'))], { timeOfDay: ['evening'] }),
      ).to.have.length(1);
    });

    it('needs the day and the part of the day to be the same session', () => {
      const services = [
        meeting('Monday mornings, Friday evenings', weekly(['MO'], '10:00', '11:00'), weekly(['FR'], '19:00', '21:00')),
        meeting('Monday evenings', weekly(['MO'], '18:00', '20:00')),
      ];
      expect(namesFound(services, { days: ['MO'], timeOfDay: ['evening'] })).to.deep.equal(['Monday evenings']);
    });

    it('matches a session that runs at some time within the start and end times asked', () => {
      const services = [meeting('Ten to twelve', weekly(['TU'], '10:00', '12:00'))];
      expect(namesFound(services, { startTime: '11:00' })).to.have.length(1);
      expect(namesFound(services, { startTime: '12:00' })).to.deep.equal([]);
      expect(namesFound(services, { endTime: '10:30' })).to.have.length(1);
      expect(namesFound(services, { endTime: '10:00' })).to.deep.equal([]);
      expect(namesFound(services, { startTime: '11:30', endTime: '13:00' })).to.have.length(1);
      expect(namesFound(services, { startTime: '13:00', endTime: '15:00' })).to.deep.equal([]);
    });
  });

  describe('by what it costs, access, how to take part and age', () => {
    it('keeps only services said to be free', () => {
      const services = [
        aService({ name: 'Free', free: true }),
        aService({ name: 'Paid', free: false }),
        aService({ name: 'Unknown' }),
      ];
      expect(namesFound(services, { free: true })).to.deep.equal(['Free']);
      expect(namesFound(services, { free: false })).to.have.length(3);
    });

    it('counts wheelchair access as step-free', () => {
      const services = [
        aService({ name: 'Step-free', locations: [aPlace(MANSFIELD, { access: ['step-free'] })] }),
        aService({ name: 'Wheelchair', locations: [aPlace(MANSFIELD, { access: ['wheelchair'] })] }),
        aService({ name: 'Loop only', locations: [aPlace(MANSFIELD, { access: ['hearing-loop'] })] }),
        aService({
          name: 'Second place step-free',
          locations: [aPlace(MANSFIELD), aPlace(MANSFIELD, { access: ['step-free'] })],
        }),
      ];
      expect(namesFound(services, { stepFree: true })).to.deep.equal([
        'Second place step-free',
        'Step-free',
        'Wheelchair',
      ]);
    });

    it('needs every access feature asked for at one and the same place', () => {
      const services = [
        aService({
          name: 'Split over two places',
          locations: [
            aPlace(MANSFIELD, { access: ['hearing-loop'] }),
            aPlace(MANSFIELD, { access: ['accessible-toilet'] }),
          ],
        }),
        aService({
          name: 'Both at one place',
          locations: [aPlace(MANSFIELD, { access: ['hearing-loop', 'accessible-toilet', 'lift'] })],
        }),
      ];
      expect(namesFound(services, { access: ['hearing-loop', 'accessible-toilet'] })).to.deep.equal([
        'Both at one place',
      ]);
      expect(namesFound(services, { access: ['hearing-loop'] })).to.have.length(2);
    });

    it('matches any of the ways of taking part asked for', () => {
      const services = [
        aService({ name: 'Online', attending: ['online'] }),
        aService({ name: 'Phone', attending: ['phone'] }),
        aService({ name: 'In person', attending: ['in-person'] }),
      ];
      expect(namesFound(services, { attending: ['online', 'phone'] })).to.deep.equal(['Online', 'Phone']);
    });

    it('matches any of the ways of joining asked for', () => {
      const services = [
        aService({ name: 'Drop in', howToJoin: ['drop-in'] }),
        aService({ name: 'Referral', howToJoin: ['referral'] }),
        aService({ name: 'Either', howToJoin: ['referral', 'self-refer'] }),
      ];
      expect(namesFound(services, { howToJoin: ['drop-in', 'self-refer'] })).to.deep.equal(['Drop in', 'Either']);
    });

    it("keeps services whose age range includes the person's age, an unknown bound passing", () => {
      const services = [
        aService({ name: 'Over 50s', minimumAge: 50 }),
        aService({ name: 'Young people', minimumAge: 11, maximumAge: 25 }),
        aService({ name: 'Under 18s', maximumAge: 17 }),
        aService({ name: 'Anyone' }),
      ];
      expect(namesFound(services, { age: 50 })).to.deep.equal(['Anyone', 'Over 50s']);
      expect(namesFound(services, { age: 25 })).to.deep.equal(['Anyone', 'Young people']);
      expect(namesFound(services, { age: 11 })).to.deep.equal(['Anyone', 'Under 18s', 'Young people']);
    });
  });

  describe('by status', () => {
    const services = [
      aService({ name: 'Active' }),
      aService({ name: 'Inactive', status: 'inactive' }),
      aService({ name: 'Defunct', status: 'defunct' }),
      aService({ name: 'Closed for August', status: 'temporarily closed' }),
    ];

    it('hides inactive and defunct services but shows temporarily closed ones', () => {
      expect(namesFound(services, {})).to.deep.equal(['Active', 'Closed for August']);
    });

    it('shows every service when asked to include closed ones', () => {
      expect(namesFound(services, { includeClosed: true })).to.have.length(4);
    });
  });

  it('keeps only the services that meet every filter at once', () => {
    const everything = aService({
      name: 'Everything',
      free: true,
      schedules: [weekly(['TU'], '10:00', '12:00')],
      locations: [aPlace(MANSFIELD, { access: ['step-free'] })],
      attending: ['in-person'],
    });
    const services = [
      everything,
      aService({ ...everything, id: 'paid', name: 'Paid', free: false }),
      aService({ ...everything, id: 'wed', name: 'Wednesdays', schedules: [weekly(['WE'], '10:00', '12:00')] }),
      aService({ ...everything, id: 'stairs', name: 'Stairs', locations: [aPlace(MANSFIELD)] }),
      aService({ ...everything, id: 'gone', name: 'Gone', status: 'defunct' }),
    ];
    expect(
      namesFound(services, {
        free: true,
        days: ['TU'],
        timeOfDay: ['morning'],
        stepFree: true,
        attending: ['in-person'],
      }),
    ).to.deep.equal(['Everything']);
  });
});
