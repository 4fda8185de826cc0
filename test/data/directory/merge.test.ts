import { expect } from '@open-wc/testing';
import { mergeServices } from '../../../src/data/directory/merge.js';
import type { Location, Schedule, Service, ServiceLocation } from '../../../src/data/model.js';

function service(fields: Partial<Service> = {}): Service {
  return {
    id: 'svc-1',
    name: 'Lunch club',
    status: 'active',
    categories: [],
    howToJoin: [],
    attending: [],
    costs: [],
    languages: [],
    contacts: [],
    phones: [],
    locations: [],
    schedules: [],
    serviceAreas: [],
    detail: 'summary',
    source: 'oruk-v3',
    ...fields,
  };
}

function place(id: string, fields: Partial<Location> = {}, schedules: Schedule[] = []): ServiceLocation {
  return {
    id: `sal-${id}`,
    location: { id, kind: 'physical', accessibility: [], access: [], ...fields },
    schedules,
  };
}

const weekly = (id: string, day: 'MO' | 'TU'): Schedule => ({
  id,
  rule: { freq: 'WEEKLY', interval: 1, byDay: [{ day }], byMonthDay: [] },
  opensAt: '12:00',
});

/** Freezes every object in the value, so a merge that writes into its inputs throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('merging one service met twice', () => {
  it('joins the places of one service met once per place, keeping each place’s own schedules', () => {
    const first = service({ locations: [place('hall', { name: 'Hall' }, [weekly('a', 'MO')])] });
    const second = service({ locations: [place('library', { name: 'Library' }, [weekly('b', 'TU')])] });
    const merged = mergeServices(deepFreeze(first), deepFreeze(second));
    expect(merged.locations.map((p) => [p.location.id, p.schedules.map((s) => s.id)])).to.deep.equal([
      ['hall', ['a']],
      ['library', ['b']],
    ]);
  });

  it('keeps one place met twice once, with the schedules and access features of both', () => {
    const first = service({ locations: [place('hall', { access: ['step-free'] }, [weekly('a', 'MO')])] });
    const second = service({
      locations: [
        place('hall', { name: 'Church hall', access: ['hearing-loop', 'step-free'] }, [
          weekly('a', 'MO'),
          weekly('b', 'TU'),
        ]),
      ],
    });
    const merged = mergeServices(first, second);
    expect(merged.locations).to.have.length(1);
    expect(merged.locations[0]!.location).to.deep.include({
      name: 'Church hall',
      access: ['step-free', 'hearing-loop'],
    });
    expect(merged.locations[0]!.schedules.map((s) => s.id)).to.deep.equal(['a', 'b']);
  });

  it('prefers the full record’s values over a summary’s, whichever comes first', () => {
    const summary = service({ name: 'Lunch club (summary name)', status: 'active', url: 'https://a.example.org/' });
    const full = service({
      name: 'Lunch club',
      status: 'inactive',
      detail: 'full',
      schedules: [weekly('a', 'MO')],
      costs: [{ amount: 3, currency: 'GBP' }],
    });
    for (const merged of [mergeServices(summary, full), mergeServices(full, summary)]) {
      expect(merged).to.include({
        name: 'Lunch club',
        status: 'inactive',
        detail: 'full',
        url: 'https://a.example.org/',
      });
      expect(merged.schedules.map((s) => s.id)).to.deep.equal(['a']);
      expect(merged.costs).to.deep.equal([{ amount: 3, currency: 'GBP' }]);
    }
  });

  it('between two records of the same detail, keeps the longer text with its rich form, and the defined values', () => {
    const short = service({ description: 'Hot meals.', email: 'club@example.org' });
    const long = service({
      description: 'Hot meals and company. Tell us what you cannot eat.',
      richDescription: { text: 'Hot meals and company. Tell us what you cannot eat.', blocks: [] },
      minimumAge: 60,
    });
    const merged = mergeServices(short, long);
    expect(merged.description).to.equal('Hot meals and company. Tell us what you cannot eat.');
    expect(merged.richDescription?.text).to.equal(merged.description);
    expect(merged).to.include({ email: 'club@example.org', minimumAge: 60, detail: 'summary' });
  });

  it('between two records of the same detail, takes addresses, status and the rest from the first met, not the longer', () => {
    const first = service({ url: 'https://a.example.org/', status: 'active', costs: [{ currency: 'GBP', amount: 0 }] });
    const second = service({
      url: 'https://a-much-longer-address.example.org/club',
      email: 'club@example.org',
      status: 'temporarily closed',
      eligibility: 'Over 60s',
      costs: [{ currency: 'GBP', amount: 2 }],
      contacts: [{ name: 'Sam', phones: [] }],
    });
    const merged = mergeServices(first, second);
    expect(merged).to.include({
      url: 'https://a.example.org/',
      email: 'club@example.org',
      status: 'active',
      eligibility: 'Over 60s',
    });
    expect(merged.costs).to.deep.equal([{ currency: 'GBP', amount: 0 }]);
    expect(merged.contacts).to.deep.equal([{ name: 'Sam', phones: [] }]);
  });

  it('joins categories by id, and how to join, how to take part and languages as sets', () => {
    const first = service({
      categories: [{ id: 'food', name: 'Food' }],
      howToJoin: ['drop-in'],
      attending: ['in-person'],
      languages: ['English'],
    });
    const second = service({
      categories: [
        { id: 'food', name: 'Food and drink' },
        { id: 'social', name: 'Social' },
      ],
      howToJoin: ['drop-in', 'self-refer'],
      attending: ['phone'],
      languages: ['English', 'Polish'],
    });
    const merged = mergeServices(first, second);
    expect(merged.categories.map((c) => `${c.id}:${c.name}`)).to.deep.equal(['food:Food', 'social:Social']);
    expect(merged.howToJoin).to.deep.equal(['drop-in', 'self-refer']);
    expect(merged.attending).to.deep.equal(['in-person', 'phone']);
    expect(merged.languages).to.deep.equal(['English', 'Polish']);
  });

  it('leaves no absent field as an undefined key, and keeps the later dates', () => {
    const merged = mergeServices(
      service({ lastChecked: '2025-01-01', lastModified: '2025-01-01T10:00:00Z' }),
      service({ lastChecked: '2025-06-01' }),
    );
    expect(merged).to.include({ lastChecked: '2025-06-01', lastModified: '2025-01-01T10:00:00Z' });
    expect(Object.values(merged)).not.to.include(undefined);
  });
});
