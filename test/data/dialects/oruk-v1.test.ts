import { expect } from '@open-wc/testing';
import { dialectById, dialects, DIALECT_IDS, knownDialectId } from '../../../src/data/dialects/index.js';
import { oruk1 } from '../../../src/data/dialects/oruk-v1.js';
import { oruk1Reader } from '../../../src/data/dialects/oruk-v1-reader.js';
import { oruk3 } from '../../../src/data/dialects/oruk-v3.js';
import { outpost } from '../../../src/data/dialects/outpost.js';
import type { Service } from '../../../src/data/model.js';
import { useTextReader } from '../../../src/data/text/markup-check.js';
import { textReader } from '../../../src/data/text/rich-text.js';

// Markup read as the client reads an answer that carries some (it loads the markup reader first);
// `plain-or-rich.test.ts` proves that plain words read the same without it.
useTextReader(textReader);

/** A council feed in the ORUK 1.0 shape: full records in a Spring-style page. */
const v1Page: unknown = await (await fetch(new URL('../payloads/oruk-v1-services.json', import.meta.url))).json();

function only(services: Service[], id: string): Service {
  const service = services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
}

function spring(content: unknown[], envelope: Record<string, unknown>) {
  return { content, ...envelope };
}

describe('ORUK 1.0: recognising the format', () => {
  it('has no root document to recognise', () => {
    expect(oruk1.recogniseRoot).to.equal(undefined);
  });

  it('recognises a Spring-style page, with `content` or with `contents` as the 1.0 OpenAPI file says', () => {
    expect(oruk1.recognisePage(v1Page)).to.equal(true);
    expect(oruk1.recognisePage({ contents: [{ id: '1', name: 'A' }], totalElements: 1, totalPages: 1 })).to.equal(true);
  });

  it('is not taken for ORUK 3.0 or Outpost, and does not take theirs', () => {
    const v3Page = { total_items: 1, total_pages: 1, page_number: 1, contents: [{ id: 'a', name: 'A' }] };
    const outpostPage = {
      content: [{ id: 1, name: 'A', locations: [{ id: 2, geometry: { type: 'Point', coordinates: [-1.2, 53.1] } }] }],
      totalElements: 1,
      totalPages: 1,
      number: 1,
    };
    expect(oruk1.recognisePage(v3Page)).to.equal(false);
    expect(oruk1.recognisePage(outpostPage)).to.equal(false);
    expect(oruk3.recognisePage(v1Page)).to.equal(false);
    expect(outpost.recognisePage(v1Page)).to.equal(false);
  });

  it('recognises pages without its reader, which it loads only when asked', async () => {
    expect(oruk1).to.not.have.any.keys('readServicePage', 'readService', 'readCategoryPage');
    expect(await oruk1.load()).to.equal(oruk1Reader);
  });
});

describe('ORUK 1.0: asking for lists', () => {
  it('lists services and taxonomies, and asks for places through services', () => {
    expect(oruk1.lists).to.deep.equal(['services', 'categories']);
    expect(oruk1.listRequest('locations', {}, 1, 50).path).to.equal('services');
    expect(oruk1.listRequest('categories', { taxonomyId: 'Social prescribing' }, 2, 100)).to.deep.equal({
      path: 'taxonomies',
      params: { page: '2', per_page: '100', vocabulary: 'Social prescribing' },
    });
  });

  it('passes each part of a query under its 1.0 name: text, not search', () => {
    const { path, params } = oruk1.listRequest(
      'services',
      {
        text: 'shed',
        categoryIds: ['men', 'social'],
        taxonomyId: 'Social prescribing',
        days: ['TU'],
        startTime: '09:00',
        endTime: '13:00',
        postcode: 'NG18 1AB',
        proximity: 3000,
      },
      1,
      50,
    );
    expect(path).to.equal('services');
    expect(params).to.deep.equal({
      page: '1',
      per_page: '50',
      text: 'shed',
      taxonomy_id: 'men,social',
      vocabulary: 'Social prescribing',
      day: 'TU',
      start_time: '09:00',
      end_time: '13:00',
      postcode: 'NG18 1AB',
      proximity: '3000',
    });
  });

  it('gives a time once per day, since the 1.0 API pairs day, start_time and end_time', () => {
    const { params } = oruk1.listRequest('services', { days: ['MO', 'WE', 'FR'], startTime: '18:00' }, 1, 50);
    expect(params).to.include({ day: 'MO,WE,FR', start_time: '18:00,18:00,18:00' });
    expect(params).not.to.have.property('end_time');
  });

  it('claims exactly the parts it passes, and sends nothing it cannot answer', () => {
    expect([...oruk1.capabilities].sort()).to.deep.equal(
      ['categoryIds', 'days', 'endTime', 'postcode', 'proximity', 'startTime', 'taxonomyId', 'text'].sort(),
    );
    const { params } = oruk1.listRequest(
      'services',
      { age: 70, free: true, near: { latitude: 53.1, longitude: -1.2 }, proximity: 1000 },
      1,
      50,
    );
    expect(params).to.deep.equal({ page: '1', per_page: '50' });
  });
});

describe('ORUK 1.0: reading a council feed', () => {
  const reading = oruk1Reader.readServicePage(v1Page);
  const shed = only(reading.items, '1047');
  const advice = only(reading.items, '1048');

  it('reads every service, with the paging of the envelope, and no problems', () => {
    expect(reading.items.map((s) => s.id)).to.deep.equal(['1047', '1048']);
    expect(reading.page).to.deep.equal({ page: 1, isLast: true, totalPages: 1, totalItems: 2, perPage: 50 });
    expect(reading.problems).to.deep.equal([]);
    expect(shed).to.include({ source: 'oruk-v1', detail: 'full', lastChecked: '2025-03-14' });
  });

  it('reads the nested place with its address, position, access notes and its own schedule', () => {
    expect(shed.locations).to.have.length(1);
    const place = shed.locations[0]!;
    expect(place.id).to.equal('sal-1047');
    expect(place.location).to.deep.include({ id: 'loc-88', name: 'The Old Forge', description: 'Behind the library' });
    expect(place.location.address).to.deep.equal({
      lines: ['12 Forge Lane'],
      town: 'Mansfield',
      region: 'Nottinghamshire',
      postcode: 'NG18 1AB',
      country: 'England',
    });
    expect(place.location.point).to.deep.equal({ latitude: 53.1352, longitude: -1.2011 });
    expect(place.location.accessibility).to.deep.equal([
      { description: 'Ramp at the side door', details: 'Disabled parking in the yard' },
    ]);
    expect(place.location.access).to.deep.equal(['step-free', 'accessible-parking']);
    expect(place.schedules.map((s) => [s.rule?.byDay, s.opensAt, s.locationId])).to.deep.equal([
      [[{ day: 'SA' }], '10:00', 'loc-88'],
    ]);
  });

  it('reads service schedules given by weekday, as names or as codes', () => {
    expect(shed.schedules.map((s) => [s.rule?.freq, s.rule?.byDay, s.opensAt, s.closesAt])).to.deep.equal([
      ['WEEKLY', [{ day: 'TU' }], '09:30', '12:30'],
    ]);
    expect(advice.schedules.map((s) => s.rule?.byDay[0]?.day)).to.deep.equal(['MO', 'WE']);
  });

  it('reads attending_type (comma-separated) and attending_access, and vocabulary terms named for them', () => {
    expect(shed.attending).to.deep.equal(['in-person', 'phone']);
    expect(shed.howToJoin).to.deep.equal(['self-refer', 'drop-in']);
    expect(advice.attending).to.deep.equal(['phone']);
    expect(advice.howToJoin).to.deep.equal(['appointment']);
  });

  it('knows how-to-join and attending terms by the plain names directories give them', () => {
    const term = (name: string, vocabulary: string) => ({ id: name, taxonomy: { id: name, name, vocabulary } });
    const page = {
      content: [
        {
          id: 'plain-names',
          name: 'Carers’ coffee morning',
          service_taxonomys: [
            term('Refer yourself', 'How to join'),
            term('Referral needed', 'How to join'),
            term('By phone', 'How you take part'),
            term('Face to face', 'How you take part'),
          ],
        },
      ],
      totalElements: 1,
    };
    const [service] = oruk1Reader.readServicePage(page).items;
    expect(service?.howToJoin).to.deep.equal(['self-refer', 'referral']);
    expect(service?.attending).to.deep.equal(['phone', 'in-person']);
    expect(service?.categories).to.deep.equal([]);
  });

  it('reads other taxonomies as categories, with their parents', () => {
    expect(shed.categories).to.deep.equal([
      { id: 'men', name: "Men's groups", parentId: 'social', taxonomyId: 'Social prescribing' },
      { id: 'social', name: 'Social activities', taxonomyId: 'Social prescribing' },
    ]);
    expect(advice.categories.map((c) => c.id)).to.deep.equal(['benefits']);
  });

  it('reads ages and who it is for from eligibilitys, the widest range any entry gives', () => {
    expect(shed.minimumAge).to.equal(18);
    expect(shed.maximumAge).to.equal(undefined);
    expect(shed.eligibility).to.equal('adult; older people');
  });

  it('reads costs, fees, languages, contacts, service areas and the organisation', () => {
    expect(shed.costs).to.deep.equal([
      { option: 'Per session', amount: 1, currency: 'GBP', description: 'Towards tea and timber' },
    ]);
    expect(shed.free).to.equal(false);
    expect(advice.free).to.equal(true);
    expect(shed.feesDescription).to.equal('£1 a session towards tea');
    expect(shed.languages).to.deep.equal(['English', 'Welsh']);
    expect(shed.contacts).to.deep.equal([
      { name: 'Dave', title: 'Shed organiser', phones: [{ number: '01623 555 010' }] },
    ]);
    expect(shed.serviceAreas).to.deep.equal(['Mansfield and Ashfield']);
    expect(shed.organization).to.include({ name: "Sherwood Men's Shed", url: 'https://shed.example.org/' });
  });

  it('keeps an HTML description as plain text and as paragraphs', () => {
    expect(shed.description).to.equal('Woodwork, repairs and a brew. Tools provided.');
    expect(shed.richDescription?.blocks).to.have.length(2);
  });
});

describe('ORUK 1.0: page numbers counting from 0 or from 1', () => {
  const item = [{ id: '1', name: 'A' }];

  it('reads a first page numbered 0 as page 1, and one numbered 1 as page 1', () => {
    expect(
      oruk1Reader.readServicePage(spring(item, { number: 0, first: true, last: false, totalPages: 3 })).page,
    ).to.include({
      page: 1,
      isLast: false,
    });
    expect(
      oruk1Reader.readServicePage(spring(item, { number: 1, first: true, last: false, totalPages: 3 })).page,
    ).to.include({
      page: 1,
      isLast: false,
    });
  });

  it('reads page 1 that is not the first as the second page of a feed counting from 0', () => {
    expect(
      oruk1Reader.readServicePage(spring(item, { number: 1, first: false, last: false, totalPages: 3 })).page?.page,
    ).to.equal(2);
  });

  it('tells the count from the last page: 2 of 3 from 0, or 3 of 3 from 1', () => {
    const fromZero = oruk1Reader.readServicePage(
      spring(item, { number: 2, first: false, last: true, totalPages: 3 }),
    ).page;
    const fromOne = oruk1Reader.readServicePage(
      spring(item, { number: 3, first: false, last: true, totalPages: 3 }),
    ).page;
    expect(fromZero).to.include({ page: 3, isLast: true });
    expect(fromOne).to.include({ page: 3, isLast: true });
  });

  it('ends the list at an empty page, or when the page reaches totalPages', () => {
    expect(oruk1Reader.readServicePage(spring([], { number: 4, totalPages: 9 })).page?.isLast).to.equal(true);
    expect(
      oruk1Reader.readServicePage(spring(item, { number: 2, totalPages: 2, totalElements: 2 })).page?.isLast,
    ).to.equal(true);
    expect(
      oruk1Reader.readServicePage(spring(item, { number: 1, totalPages: 2, totalElements: 2 })).page?.isLast,
    ).to.equal(false);
  });
});

describe('ORUK 1.0: summaries, single records and taxonomies', () => {
  it('calls a list item without nested arrays a summary, and a single record full', () => {
    expect(oruk1Reader.readServicePage(spring([{ id: '9', name: 'Brief' }], { number: 1 })).items[0]?.detail).to.equal(
      'summary',
    );
    expect(oruk1Reader.readService({ id: '9', name: 'Brief' }).items[0]?.detail).to.equal('full');
  });

  it('ignores holiday_schedules without reporting them', () => {
    const reading = oruk1Reader.readService({
      id: '5',
      name: 'Choir',
      holiday_schedules: [{ closed: true, start_date: '2025-12-24', end_date: '2026-01-02' }],
    });
    expect(reading.items[0]?.schedules).to.deep.equal([]);
    expect(reading.problems).to.deep.equal([]);
  });

  it('reads /taxonomies as categories, leaving out the attending vocabularies', () => {
    const reading = oruk1Reader.readCategoryPage(
      spring(
        [
          { id: 'social', name: 'Social activities', vocabulary: 'Social prescribing' },
          { id: 'men', name: "Men's groups", vocabulary: 'Social prescribing', parent: { id: 'social' } },
          { id: 'drop-in', name: 'Drop-in', vocabulary: 'Attending Access' },
        ],
        { number: 1, totalPages: 1, totalElements: 3 },
      ),
    );
    expect(reading.items.map((c) => [c.id, c.parentId])).to.deep.equal([
      ['social', undefined],
      ['men', 'social'],
    ]);
  });
});

describe('ORUK 1.0: places without ids, and its place among the dialects', () => {
  const withPlace = (name: string) => ({
    id: '3',
    name: 'Coffee morning',
    service_at_locations: [
      { location: { name, physical_addresses: [{ address_1: '1 High St', postal_code: 'NG18 1AB' }] } },
    ],
  });

  it('gives a place without an id the same made-up id every time, and another place another id', () => {
    const first = oruk1Reader.readService(withPlace('Village hall')).items[0]!.locations[0]!.location.id;
    const again = oruk1Reader.readService(withPlace('Village hall')).items[0]!.locations[0]!.location.id;
    const other = oruk1Reader.readService(withPlace('Scout hut')).items[0]!.locations[0]!.location.id;
    expect(first).to.match(/^place-/);
    expect(again).to.equal(first);
    expect(other).not.to.equal(first);
  });

  it('is tried last, after ORUK 3.0 and Outpost, and is found by its id', () => {
    expect(dialects.map((d) => d.id)).to.deep.equal(['oruk-v3', 'outpost', 'oruk-v1']);
    expect(dialects.find((d) => d.recognisePage(v1Page))?.id).to.equal('oruk-v1');
    expect(dialectById('oruk-v1')).to.equal(oruk1);
    expect(dialectById(' OUTPOST ')?.id).to.equal('outpost');
    expect(dialectById('openactive')).to.equal(undefined);
  });

  it('has the ids the host-page check and the client use without loading the profiles, in the same order', () => {
    expect(DIALECT_IDS).to.deep.equal(dialects.map((d) => d.id));
    expect(knownDialectId(' ORUK-V1 ')).to.equal('oruk-v1');
    expect(knownDialectId('constructor')).to.equal(undefined);
  });
});
