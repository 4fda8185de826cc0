import { expect } from '@open-wc/testing';
import { oruk1 } from '../../../src/data/dialects/oruk-v1.js';
import { oruk3 } from '../../../src/data/dialects/oruk-v3.js';
import { outpost } from '../../../src/data/dialects/outpost.js';
import { outpostReader } from '../../../src/data/dialects/outpost-reader.js';
import type { Service } from '../../../src/data/model.js';
import { useTextReader } from '../../../src/data/text/markup-check.js';
import { textReader } from '../../../src/data/text/rich-text.js';

// Markup read as the client reads an answer that carries some (it loads the markup reader first);
// `plain-or-rich.test.ts` proves that plain words read the same without it.
useTextReader(textReader);

/** An Outpost `/api/v1/services` page, in the shape its API service publishes. */
const outpostPage: unknown = await (await fetch(new URL('../payloads/outpost-services.json', import.meta.url))).json();

function only(services: Service[], id: string): Service {
  const service = services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
}

function pageOf(content: unknown[]) {
  return { number: 1, size: content.length, totalPages: 1, totalElements: content.length, content };
}

describe('Outpost: recognising the format', () => {
  it('recognises its pages by their items: GeoJSON places, slugged taxonomies, British spelling', () => {
    expect(outpost.recognisePage(outpostPage)).to.equal(true);
    expect(
      outpost.recognisePage(pageOf([{ id: 1, name: 'A', taxonomies: [{ id: 2, name: 'B', slug: 'b' }] }])),
    ).to.equal(true);
    expect(outpost.recognisePage(pageOf([{ id: 1, name: 'A', organisation: { id: 3, name: 'Org' } }]))).to.equal(true);
    expect(outpost.recognisePage({ content: [], number: 1, totalPages: 0, totalElements: 0, perPage: 20 })).to.equal(
      true,
    );
  });

  it('is not taken for ORUK 1.0 or 3.0, and they do not take its pages', () => {
    const v1 = pageOf([{ id: '1', name: 'A', service_at_locations: [], service_taxonomys: [] }]);
    const v3 = { total_items: 1, total_pages: 1, page_number: 1, contents: [{ id: 'a', name: 'A' }] };
    expect(outpost.recognisePage(v1)).to.equal(false);
    expect(outpost.recognisePage(v3)).to.equal(false);
    expect(oruk1.recognisePage(outpostPage)).to.equal(false);
    expect(oruk3.recognisePage(outpostPage)).to.equal(false);
  });

  it('recognises pages without its reader, which it loads only when asked', async () => {
    expect(outpost).to.not.have.any.keys('readServicePage', 'readService', 'readCategoryPage');
    expect(await outpost.load()).to.equal(outpostReader);
  });
});

describe('Outpost: asking for lists', () => {
  it('lists services only, with its own parameter names for each part of a query', () => {
    expect(outpost.lists).to.deep.equal(['services']);
    const request = outpost.listRequest(
      'services',
      {
        text: 'carers',
        categoryIds: ['carers', 'advice-and-support'],
        days: ['MO', 'TH'],
        age: 67,
        postcode: 'MK18 1RP',
        near: { latitude: 51.999, longitude: -0.987 },
        proximity: 8046.7,
        free: true,
      },
      2,
      20,
    );
    expect(request).to.deep.equal({
      path: 'services',
      params: {
        page: '2',
        per_page: '20',
        keywords: 'carers',
        taxonomies: 'carers,advice-and-support',
        days: 'Monday,Thursday',
        min_age: '67',
        max_age: '67',
        location: 'MK18 1RP',
        lat: '51.999',
        lng: '-0.987',
        proximity: '8047',
        only: 'free',
      },
    });
  });

  it('claims exactly the parts it passes, and sends nothing it cannot answer', () => {
    expect([...outpost.capabilities].sort()).to.deep.equal(
      ['age', 'categoryIds', 'days', 'free', 'near', 'postcode', 'proximity', 'text'].sort(),
    );
    const { params } = outpost.listRequest(
      'services',
      { taxonomyId: 'x', startTime: '10:00', endTime: '12:00', free: false, proximity: 100 },
      1,
      50,
    );
    expect(params).to.deep.equal({ page: '1', per_page: '50' });
  });
});

describe('Outpost: reading services', () => {
  const reading = outpostReader.readServicePage(outpostPage);
  const cafe = only(reading.items, '2187');
  const taiChi = only(reading.items, '2190');

  it('reads every service with the paging its envelope gives (perPage over size), and no problems', () => {
    expect(reading.items.map((s) => s.id)).to.deep.equal(['2187', '2190']);
    expect(reading.page).to.deep.equal({ page: 1, isLast: false, totalPages: 3, totalItems: 5, perPage: 2 });
    expect(reading.problems).to.deep.equal([]);
  });

  it('reads GeoJSON [longitude, latitude] the right way round, with the address on the place', () => {
    const place = cafe.locations[0]!;
    expect(place.location.point).to.deep.equal({ latitude: 51.999326, longitude: -0.987645 });
    expect(place.location.address).to.deep.equal({
      lines: ['Cornwalls Meadow'],
      town: 'Buckingham',
      region: 'Buckinghamshire',
      postcode: 'MK18 1RP',
      country: 'United Kingdom',
    });
    expect(place.location).to.include({ id: '77', kind: 'physical', name: 'Buckingham Community Centre' });
  });

  it('reads accessibility options as notes and as access features', () => {
    const location = cafe.locations[0]!.location;
    expect(location.accessibility.map((note) => note.description)).to.deep.equal([
      'Wheelchair accessible entrance',
      'Accessible toilet facilities',
      'Building has lift',
    ]);
    expect(location.access).to.deep.equal(['wheelchair', 'accessible-toilet', 'lift']);
  });

  it('reads taxonomies as categories known by slug, with parents found among the service’s own', () => {
    expect(cafe.categories).to.deep.equal([
      { id: 'advice-and-support', name: 'Advice and support', code: 'advice-and-support' },
      { id: 'carers', name: 'Carers', parentId: 'advice-and-support', code: 'carers' },
    ]);
    // Its parent (50) is not listed, and could only be named by number.
    expect(taiChi.categories).to.deep.equal([{ id: 'tai-chi', name: 'Tai chi', code: 'tai-chi' }]);
  });

  it('reads regular schedules: "month" frequency, weekday names, and Rails date-time times', () => {
    expect(cafe.schedules).to.have.length(1);
    expect(cafe.schedules[0]!.rule).to.deep.equal({
      freq: 'MONTHLY',
      interval: 1,
      byDay: [{ day: 'TH', ordinal: 3 }],
      byMonthDay: [],
      dtstart: '2025-01-16',
    });
    expect(taiChi.schedules.map((s) => [s.rule?.freq, s.rule?.byDay[0]?.day, s.opensAt, s.closesAt])).to.deep.equal([
      ['WEEKLY', 'MO', '09:00', '10:00'],
      ['WEEKLY', 'FR', '09:00', '10:00'],
    ]);
  });

  it('reads the organisation (British spelling), contacts it shows, and leaves out hidden ones', () => {
    expect(cafe.organization).to.deep.equal({
      id: '311',
      name: 'Carers Bucks',
      description: 'Support for unpaid carers.',
      url: 'https://carers.example.org/',
      email: 'info@carers.example.org',
    });
    expect(cafe.contacts).to.deep.equal([
      { name: 'Priya', title: 'Café host', email: 'priya@carers.example.org', phones: [{ number: '01280 000 222' }] },
    ]);
  });

  it('reads its flags: free, needs referral, temporarily closed', () => {
    expect(cafe).to.include({ free: true, status: 'active' });
    expect(cafe.howToJoin).to.deep.equal([]);
    expect(taiChi).to.include({ free: false, status: 'temporarily closed', minimumAge: 50, maximumAge: 90 });
    expect(taiChi.howToJoin).to.deep.equal(['referral']);
    expect(taiChi.costs).to.deep.equal([
      { option: 'Per class', amount: 4.5, currency: 'GBP', description: 'per session' },
    ]);
  });

  it('reads ages, dates, the description and how people take part from its places', () => {
    expect(cafe.minimumAge).to.equal(18);
    expect(cafe.maximumAge).to.equal(undefined);
    expect(cafe.lastModified).to.equal('2025-08-19T14:22:10.512Z');
    expect(cafe.description).to.equal('A relaxed monthly get-together for unpaid carers. Tea, cake and advice.');
    expect(cafe.richDescription?.blocks).to.have.length(2);
    expect(cafe.attending).to.deep.equal(['in-person']);
    expect(cafe).to.include({ source: 'outpost', detail: 'full', url: 'https://carers.example.org/cafe' });
  });
});

describe('Outpost: bad coordinates and places named by schedules', () => {
  it('swaps back [latitude, longitude] given the wrong way round, and reports it once', () => {
    const reading = outpostReader.readServicePage(
      pageOf([
        {
          id: 5,
          name: 'Swapped',
          organisation: { name: 'Org' },
          locations: [{ id: 9, name: 'Hall', geometry: { type: 'Point', coordinates: [51.999326, -0.987645] } }],
        },
      ]),
    );
    expect(reading.items[0]!.locations[0]!.location.point).to.deep.equal({ latitude: 51.999326, longitude: -0.987645 });
    expect(reading.problems.map((p) => [p.code, p.itemType, p.itemId, p.field])).to.deep.equal([
      ['swapped-coordinates', 'location', '9', 'geometry.coordinates'],
    ]);
  });

  it('puts a schedule naming its service-at-location on that place', () => {
    const service = outpostReader.readService({
      id: 6,
      name: 'Two halls',
      organisation: { name: 'Org' },
      locations: [
        { id: 1, name: 'North hall', geometry: { type: 'Point', coordinates: [-0.98, 51.99] } },
        { id: 2, name: 'South hall', geometry: { type: 'Point', coordinates: [-0.97, 51.98] } },
      ],
      regular_schedules: [
        { id: 1, weekday: 'Monday', opens_at: '10:00', closes_at: '11:00', service_at_location: { location_id: 2 } },
      ],
    }).items[0]!;
    expect(service.schedules).to.deep.equal([]);
    expect(service.locations.map((p) => p.schedules.map((s) => s.locationId))).to.deep.equal([[], ['2']]);
  });
});
