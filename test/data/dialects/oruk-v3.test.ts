import { expect } from '@open-wc/testing';
import { keepOruk3ReaderAtHand, oruk3 } from '../../../src/data/dialects/oruk-v3.js';
import { oruk3Reader } from '../../../src/data/dialects/oruk-v3-reader.js';
import { oruk1 } from '../../../src/data/dialects/oruk-v1.js';
import { outpost } from '../../../src/data/dialects/outpost.js';
import type { Service } from '../../../src/data/model.js';
import { loadMergeFor, mergeInUse, useTextReader } from '../../../src/data/text/markup-check.js';
import { textReader } from '../../../src/data/text/rich-text.js';

// Markup read as the client reads an answer that carries some (it loads the markup reader first);
// `plain-or-rich.test.ts` proves that plain words read the same without it.
useTextReader(textReader);

/** The demo directory's shape: attributes linking to the three Waymark vocabularies, full HSDS extras. */
const demoPage: unknown = await (
  await fetch(new URL('../payloads/oruk-v3-demo-services.json', import.meta.url))
).json();

function page(contents: unknown[], extra: Record<string, unknown> = {}) {
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: 50, contents, ...extra };
}

/** Freezes every object in the value, so a reader that writes into the feed's objects throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function only(services: Service[], id: string): Service {
  const service = services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
}

describe('ORUK 3.0: recognising the format', () => {
  it('accepts the version strings the ORUK validator accepts from GET /', () => {
    for (const version of ['HSDS-UK-3.0', 'V3', '3.0', '3', 'hsds-uk-3.0.1']) {
      expect(oruk3.recogniseRoot?.({ version, profile: 'https://example.org' }), version).to.equal(true);
    }
  });

  it('refuses other versions and anything that is not a root document', () => {
    for (const root of [{ version: '1.0' }, { version: 'HSDS-UK-1.0' }, { version: '13.0' }, {}, 'V3', null, [3]]) {
      expect(oruk3.recogniseRoot?.(root), JSON.stringify(root)).to.equal(false);
    }
  });

  it('recognises its own pages of services and of service-at-locations, and not the other formats', () => {
    expect(oruk3.recognisePage(demoPage)).to.equal(true);
    expect(oruk3.recognisePage(page([{ id: 'sal', service: { id: 's', name: 'S' }, location: { id: 'l' } }]))).to.equal(
      true,
    );
    expect(oruk3.recognisePage({ content: [{ id: 'a', name: 'A' }], totalElements: 1, number: 1 })).to.equal(false);
    expect(oruk3.recognisePage({ content: [], totalElements: 0, perPage: 20, number: 1 })).to.equal(false);
    expect(oruk3.recognisePage([{ id: 'a' }])).to.equal(false);
  });

  it('is not taken for ORUK 1.0 or Outpost', () => {
    expect(oruk1.recognisePage(demoPage)).to.equal(false);
    expect(outpost.recognisePage(demoPage)).to.equal(false);
  });

  it('recognises pages without its reader, which it loads only when asked', async () => {
    expect(oruk3).to.not.have.any.keys('readServicePage', 'readService', 'readCategoryPage');
    expect(await oruk3.load()).to.equal(oruk3Reader);
  });

  it('answers with the reader a widget keeps at hand in its own file', async () => {
    const kept = { ...oruk3Reader };
    keepOruk3ReaderAtHand(kept);
    try {
      expect(await oruk3.load()).to.equal(kept);
    } finally {
      keepOruk3ReaderAtHand(oruk3Reader);
    }
  });
});

describe('ORUK 3.0: asking for lists', () => {
  it('lists services, places (service-at-locations) and taxonomy terms', () => {
    expect(oruk3.lists).to.deep.equal(['services', 'locations', 'categories']);
    expect(oruk3.listRequest('services', {}, 1, 50)).to.deep.equal({
      path: 'services',
      params: { page: '1', per_page: '50' },
    });
    expect(oruk3.listRequest('locations', {}, 3, 100).path).to.equal('service_at_locations');
    expect(oruk3.listRequest('categories', {}, 2, 200)).to.deep.equal({
      path: 'taxonomy_terms',
      params: { page: '2', per_page: '200' },
    });
  });

  it('passes each part of a query it can answer under its ORUK name', () => {
    const { params } = oruk3.listRequest(
      'locations',
      {
        text: ' walking ',
        categoryIds: ['cat-walking', 'cat-active'],
        taxonomyId: 'waymark-categories',
        days: ['MO', 'WE'],
        startTime: '09:00',
        endTime: '17:00',
        postcode: 'NG18 1AB',
        proximity: 1609.34,
      },
      1,
      25,
    );
    expect(params).to.deep.equal({
      page: '1',
      per_page: '25',
      search: 'walking',
      taxonomy_term_id: 'cat-walking,cat-active',
      taxonomy_id: 'waymark-categories',
      day: 'MO,WE',
      start_time: '09:00',
      end_time: '17:00',
      postcode: 'NG18 1AB',
      proximity: '1609',
    });
  });

  it('claims exactly the parts it passes, and sends nothing it cannot answer', () => {
    expect([...oruk3.capabilities].sort()).to.deep.equal(
      ['categoryIds', 'days', 'endTime', 'postcode', 'proximity', 'startTime', 'taxonomyId', 'text'].sort(),
    );
    const { params } = oruk3.listRequest(
      'services',
      { age: 30, free: true, near: { latitude: 53.1, longitude: -1.2 }, postcode: 'NG18 1AB', proximity: 500 },
      1,
      10,
    );
    // Age (ORUK filters on the service's own limits), free and a point are never sent; a postcode only to places.
    expect(params).to.deep.equal({ page: '1', per_page: '10' });
  });

  it('asks for one service by its id, escaped', () => {
    expect(oruk3.serviceRequest('a b/c')).to.deep.equal({ path: 'services/a%20b%2Fc', params: {} });
  });
});

describe('ORUK 3.0: reading the demo directory’s services', () => {
  const reading = oruk3Reader.readServicePage(demoPage);
  const walk = only(reading.items, 'svc-0001');
  const peer = only(reading.items, 'svc-0002');

  it('reads every service on the page with the paging the envelope gives, and no problems', () => {
    expect(reading.items.map((s) => s.id)).to.deep.equal(['svc-0001', 'svc-0002']);
    expect(reading.page).to.deep.equal({ page: 1, isLast: true, totalPages: 1, totalItems: 2, perPage: 50 });
    expect(reading.problems).to.deep.equal([]);
  });

  it('sorts attribute terms into two-level categories, how to join and how to take part, by taxonomy name', () => {
    // The demo's taxonomies have UUIDs, as ORUK 3.0 requires: "How to join" and "How you take part" are known by name.
    const categories = '0e7c1236-dbaa-4dd3-9906-73385e4d7572';
    expect(walk.categories.map((c) => [c.id, c.name, c.parentId, c.taxonomyId])).to.deep.equal([
      ['cat-walking', 'Walking groups', 'cat-active', categories],
      ['cat-active', 'Getting active', undefined, categories],
    ]);
    expect(walk.howToJoin).to.deep.equal(['drop-in', 'self-refer']);
    expect(walk.attending).to.deep.equal(['in-person']);
    expect(peer.howToJoin).to.deep.equal(['referral']);
    expect(peer.attending).to.deep.equal(['online', 'phone']);
  });

  it('reads costs in pounds, and says free when every price is zero and not when one is above', () => {
    expect(walk.costs).to.deep.equal([{ option: 'Everyone', amount: 0, currency: 'GBP', description: 'No charge' }]);
    expect(walk.free).to.equal(true);
    expect(peer.free).to.equal(false);
    expect(peer.feesDescription).to.equal('£2 a session, first session free.');
  });

  it('reads full-HSDS extras: eligibility, fees description, service phones, language names, contact phones', () => {
    expect(walk.eligibility).to.equal('Adults of any fitness; the route is flat.');
    expect(walk.feesDescription).to.equal('Free. Tea is 50p if you want one.');
    expect(walk.phones).to.deep.equal([{ number: '01623 000 111', description: 'Walk leader, on the day' }]);
    expect(walk.languages).to.deep.equal(['English', 'Polish']);
    expect(walk.contacts).to.deep.equal([
      {
        name: 'Sam Walker',
        title: 'Walk leader',
        email: 'sam@ramblers.example.org',
        phones: [{ number: '07700 900123' }],
      },
    ]);
  });

  it('reads weekly, last-Friday and day-of-month schedules with their times and dates', () => {
    expect(
      walk.schedules.map((s) => [s.rule?.freq, s.rule?.byDay, s.rule?.byMonthDay, s.opensAt, s.closesAt]),
    ).to.deep.equal([
      ['WEEKLY', [{ day: 'WE' }], [], '10:00', '11:30'],
      ['MONTHLY', [{ day: 'FR', ordinal: -1 }], [], '14:00', '15:00'],
      ['MONTHLY', [], [15], '18:00', '19:00'],
    ]);
    expect(walk.schedules[1]).to.include({ validFrom: '2025-01-31', validTo: '2025-12-31' });
    expect(peer.schedules[0]?.rule).to.deep.include({ interval: 2, dtstart: '2025-02-04' });
  });

  it('reads the place: address with a tidied postcode, position, and access features from the notes', () => {
    const place = walk.locations[0]!;
    expect(place.id).to.equal('sal-0001');
    expect(place.location).to.deep.include({ id: 'loc-0001', kind: 'physical', name: 'Titchfield Park gates' });
    expect(place.location.address).to.deep.equal({
      lines: ['Titchfield Park', 'Hermitage Lane'],
      town: 'Mansfield',
      region: 'Nottinghamshire',
      postcode: 'NG18 2AH',
      country: 'GB',
    });
    expect(place.location.point).to.deep.equal({ latitude: 53.1431, longitude: -1.1982 });
    // "No lift needed" and "no hearing loop" take those two away.
    expect(place.location.access).to.deep.equal(['step-free', 'accessible-toilet']);
    expect(peer.locations[0]?.location.kind).to.equal('virtual');
  });

  it('keeps the description as plain text, and its paragraphs, list and link as rich text', () => {
    expect(walk.description).to.equal(
      'A gentle walk round the park, then tea. What to bring: comfortable shoes a waterproof coat More at our website.',
    );
    expect(walk.richDescription?.blocks.map((b) => b.kind)).to.deep.equal([
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ]);
    expect(peer.richDescription).to.equal(undefined);
  });

  it('reads status, ages, organisation, dates and links', () => {
    expect(peer.status).to.equal('temporarily closed');
    expect(peer).to.include({ minimumAge: 16, maximumAge: 25, lastChecked: '2025-06-30' });
    expect(walk.organization).to.deep.equal({
      id: 'org-0001',
      name: 'Mansfield Ramblers',
      description: 'A volunteer walking club.',
      url: 'https://ramblers.example.org/',
      email: 'hello@ramblers.example.org',
    });
    expect(walk).to.include({
      url: 'https://ramblers.example.org/walks',
      email: 'walks@ramblers.example.org',
      lastModified: '2025-09-01T09:30:00Z',
      detail: 'full',
      source: 'oruk-v3',
    });
    expect(walk.serviceAreas).to.deep.equal(['Mansfield']);
  });
});

describe('ORUK 3.0: lists, places and duplicates', () => {
  it('reads a payload without writing to it', () => {
    const frozen = deepFreeze(structuredClone(demoPage));
    expect(oruk3Reader.readServicePage(frozen)).to.deep.equal(oruk3Reader.readServicePage(demoPage));
  });

  const salItem = (id: string, locationId: string, latitude: number) => ({
    id,
    service: { id: 'svc-1', name: 'Lunch club', description: 'Hot meal and company.' },
    location: { id: locationId, location_type: 'physical', name: `Hall ${locationId}`, latitude, longitude: -1.2 },
  });

  it('loads the merging of a service’s records only for a page that lists places, as the client does before reading', async () => {
    await loadMergeFor(demoPage);
    await loadMergeFor(page([{ id: 'a', name: 'A', service_at_locations: [] }]));
    await loadMergeFor([{ id: 'a', name: 'A' }]);
    expect(mergeInUse()).to.equal(undefined);
    await loadMergeFor(page([salItem('sal-1', 'loc-1', 53.1)]));
    expect(mergeInUse()).to.be.a('function');
  });

  it('merges a service met once per place on a service-at-locations page, without calling it a duplicate', async () => {
    const body = page([salItem('sal-1', 'loc-1', 53.1), salItem('sal-2', 'loc-2', 53.2)]);
    await loadMergeFor(body);
    const reading = oruk3Reader.readServicePage(body);
    expect(reading.items).to.have.length(1);
    expect(reading.items[0]!.locations.map((p) => [p.id, p.location.id])).to.deep.equal([
      ['sal-1', 'loc-1'],
      ['sal-2', 'loc-2'],
    ]);
    expect(reading.items[0]!.detail).to.equal('summary');
    expect(reading.items[0]!.attending).to.deep.equal(['in-person']);
    expect(reading.problems).to.deep.equal([]);
  });

  it('reports two services with one id once, and keeps the first', () => {
    const reading = oruk3Reader.readServicePage(
      page([
        { id: 'dup', name: 'First' },
        { id: 'dup', name: 'Second' },
        { id: 'dup', name: 'Third' },
      ]),
    );
    expect(reading.items.map((s) => s.name)).to.deep.equal(['First']);
    expect(reading.problems.map((p) => [p.code, p.itemId, p.field])).to.deep.equal([['duplicate-id', 'dup', 'id']]);
  });

  it('calls a list item full only when it carries places, meeting times and categories', () => {
    const reading = oruk3Reader.readServicePage(
      page([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', schedules: [] },
        { id: 'c', name: 'C', cost_options: [], attributes: [], phones: [], languages: [] },
        { id: 'd', name: 'D', schedules: [], service_at_locations: [], attributes: [] },
      ]),
    );
    expect(reading.items.map((s) => s.detail)).to.deep.equal(['summary', 'summary', 'summary', 'full']);
    expect(oruk3Reader.readService({ id: 'c', name: 'C' }).items[0]?.detail).to.equal('full');
  });

  it('puts a schedule naming its service-at-location on that place', () => {
    const service = oruk3Reader.readService({
      id: 's',
      name: 'Choir',
      service_at_locations: [
        { id: 'sal-a', location: { id: 'loc-a', name: 'Church hall', latitude: 53.1, longitude: -1.2 } },
        { id: 'sal-b', location: { id: 'loc-b', name: 'Library', latitude: 53.2, longitude: -1.1 } },
      ],
      schedules: [
        { id: 'here', service_at_location_id: 'sal-b', freq: 'WEEKLY', byday: 'TU', opens_at: '19:00' },
        { id: 'everywhere', freq: 'WEEKLY', byday: 'TH', opens_at: '10:00' },
      ],
    }).items[0]!;
    expect(service.schedules.map((s) => s.id)).to.deep.equal(['everywhere']);
    expect(service.locations[1]?.schedules.map((s) => [s.id, s.locationId])).to.deep.equal([['here', 'loc-b']]);
    expect(service.locations[0]?.schedules).to.deep.equal([]);
  });

  it('reads a missing status as active, and an unknown one as active with a problem', () => {
    const reading = oruk3Reader.readServicePage(
      page([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', status: 'paused' },
      ]),
    );
    expect(reading.items.map((s) => s.status)).to.deep.equal(['active', 'active']);
    expect(reading.problems.map((p) => [p.code, p.itemId, p.field])).to.deep.equal([['invalid-value', 'b', 'status']]);
  });

  it('says free from fees text that starts "Free", and nothing when it cannot tell', () => {
    const reading = oruk3Reader.readServicePage(
      page([
        { id: 'a', name: 'A', fees: 'Free to all' },
        { id: 'b', name: 'B', fees: 'Ask at the desk' },
        { id: 'c', name: 'C', cost_options: [{ option: 'Adults', amount: 3.5 }], fees: 'Free for carers' },
      ]),
    );
    expect(reading.items.map((s) => s.free)).to.deep.equal([true, undefined, false]);
    expect(reading.items[2]?.costs[0]).to.deep.equal({ option: 'Adults', amount: 3.5, currency: 'GBP' });
  });

  it('falls back to online for a virtual place and to schedule words when the feed names no attending type', () => {
    const reading = oruk3Reader.readServicePage(
      page([
        { id: 'a', name: 'A', service_at_locations: [{ id: 'x', location: { id: 'v', location_type: 'virtual' } }] },
        { id: 'b', name: 'B', schedules: [{ description: 'Weekly', attending_type: 'By phone or in person' }] },
      ]),
    );
    expect(reading.items.map((s) => s.attending)).to.deep.equal([['online'], ['in-person', 'phone']]);
  });
});

describe('ORUK 3.0: reading taxonomy terms', () => {
  it('reads terms as categories with their parents, leaving out how-to-join and attending terms', () => {
    const reading = oruk3Reader.readCategoryPage(
      page([
        { id: 'cat-active', name: 'Getting active', taxonomy_id: 'waymark-categories', description: 'Sport' },
        { id: 'cat-walking', name: 'Walking groups', parent_id: 'cat-active', taxonomy_id: 'waymark-categories' },
        { id: 'join-drop-in', name: 'Drop in', code: 'drop-in', taxonomy_id: 'waymark-how-to-join' },
        { id: 'attend-venue', name: 'In person', code: 'venue', taxonomy: 'Attending type' },
      ]),
    );
    expect(reading.items).to.deep.equal([
      { id: 'cat-active', name: 'Getting active', taxonomyId: 'waymark-categories', description: 'Sport' },
      { id: 'cat-walking', name: 'Walking groups', parentId: 'cat-active', taxonomyId: 'waymark-categories' },
    ]);
    expect(reading.page).to.include({ page: 1, isLast: true });
  });

  it('reads the terms of one taxonomy given with them', () => {
    const reading = oruk3Reader.readCategoryPage({
      id: 'waymark-categories',
      name: 'Waymark categories',
      taxonomy_terms: [{ id: 't1', name: 'Arts and crafts' }],
    });
    expect(reading.items.map((c) => c.name)).to.deep.equal(['Arts and crafts']);
  });
});
