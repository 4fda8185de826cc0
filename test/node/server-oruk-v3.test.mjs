// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TAXONOMY_IDS, termId } from '../../demo/data/taxonomy.mjs';
import { metresApart, startTestServer } from './fixtures/test-server.mjs';

/** @typedef {import('./fixtures/test-server.mjs').V3Service} V3Service */
/** @typedef {import('./fixtures/test-server.mjs').V3Place} V3Place */
/** @typedef {import('./fixtures/test-server.mjs').Term} Term */
/** @typedef {import('./fixtures/test-server.mjs').Taxonomy} Taxonomy */
/**
 * @template T
 * @typedef {import('./fixtures/test-server.mjs').V3Page<T>} V3Page
 */

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

/** @param {string} code a category's readable code, such as `memory-cafes`: its id is a UUID */
const category = (code) => termId('categories', code);

/** @param {string} query */
async function services(query = '') {
  return /** @type {V3Page<V3Service>} */ (await server.json(`/api/v3/services${query}`));
}

/** @param {string} query */
async function places(query = '') {
  return /** @type {V3Page<V3Place>} */ (await server.json(`/api/v3/service_at_locations${query}`));
}

/** @param {{ contents: { name?: string, service?: { name: string } }[] }} page */
function names(page) {
  return page.contents.map((item) => item.name ?? item.service?.name).sort();
}

/** @param {V3Place} place */
function pointOf(place) {
  const { latitude, longitude } = place.location ?? {};
  assert.ok(typeof latitude === 'number' && typeof longitude === 'number', `${place.id} has a point`);
  return { latitude, longitude };
}

/** @param {string} path */
async function problemAt(path) {
  const response = await server.fetch(path);
  return { status: response.status, body: /** @type {{ status: number, error: string }} */ (await response.json()) };
}

describe('ORUK 3.0: the API root', () => {
  it('says it speaks HSDS-UK-3.0 and where its profile and OpenAPI file are', async () => {
    const root = /** @type {{ version: string, profile: string, openapi_url: string }} */ (
      await server.json('/api/v3/')
    );
    assert.equal(root.version, 'HSDS-UK-3.0');
    assert.match(root.profile, /^https:\/\//);
    assert.match(root.openapi_url, /^https:\/\/.*openapi\.json$/);
  });

  it('answers with or without the trailing slash', async () => {
    assert.deepEqual(await server.json('/api/v3'), await server.json('/api/v3/'));
  });
});

describe('ORUK 3.0: /services', () => {
  it('lists every service in the paging envelope, 50 to a page by default', async () => {
    const page = await services();
    assert.deepEqual(Object.keys(page), [
      'total_items',
      'total_pages',
      'page_number',
      'size',
      'first_page',
      'last_page',
      'empty',
      'contents',
    ]);
    assert.equal(page.total_items, 9);
    assert.equal(page.total_pages, 1);
    assert.equal(page.page_number, 1);
    assert.equal(page.size, 9);
    assert.equal(page.first_page, true);
    assert.equal(page.last_page, true);
    assert.equal(page.empty, false);
  });

  it('carries the nested arrays on list items, so a small directory can be filtered locally', async () => {
    const walking = (await services()).contents.find((service) => service.name === 'Wednesday Walking Group');
    assert.ok(walking);
    assert.equal(walking.organization?.name, 'Wrenbury Ramblers');
    assert.equal(walking.schedules?.[0].byday, 'WE');
    assert.equal(walking.service_at_locations?.[0].location?.name, 'Memorial Park gates');
    assert.equal(walking.attributes?.[0].taxonomy_term?.name, 'Walking groups');
  });

  it('pages with per_page and page, and reports the arithmetic', async () => {
    const second = await services('?per_page=2&page=2');
    assert.equal(second.total_items, 9);
    assert.equal(second.total_pages, 5);
    assert.equal(second.page_number, 2);
    assert.equal(second.size, 2);
    assert.equal(second.first_page, false);
    assert.equal(second.last_page, false);

    const last = await services('?per_page=2&page=5');
    assert.equal(last.size, 1);
    assert.equal(last.last_page, true);

    const beyond = await services('?per_page=2&page=6');
    assert.equal(beyond.empty, true);
    assert.deepEqual(beyond.contents, []);
    assert.equal(beyond.last_page, true);

    const all = [];
    for (let page = 1; page <= 5; page++) all.push(...(await services(`?per_page=2&page=${page}`)).contents);
    assert.equal(new Set(all.map((service) => service.id)).size, 9, 'each service appears on exactly one page');
  });

  it('refuses page numbers that are not whole numbers of 1 or more', async () => {
    for (const query of ['?page=0', '?page=two', '?per_page=-5', '?per_page=1.5']) {
      const { status, body } = await problemAt(`/api/v3/services${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.status, 400);
      assert.match(body.error, /page/);
    }
  });

  it('searches names, descriptions, organisations and category names, ignoring case', async () => {
    assert.deepEqual(names(await services('?search=WALKING')), ['Wednesday Walking Group']);
    assert.deepEqual(names(await services('?search=dementia')), ['Lunch Club', 'Memory Café'], 'organisation name');
    assert.deepEqual(names(await services('?search=memory%20loss')), ['Memory Café'], 'description');
    assert.deepEqual(
      names(await services('?search=social%20groups')),
      ['Lunch Club', 'Memory Café', "Men's Shed"],
      'the name of a parent category',
    );
    assert.equal((await services('?search=zumba')).total_items, 0);
  });

  it('filters by a taxonomy term, including the services under its child terms', async () => {
    assert.deepEqual(names(await services(`?taxonomy_term_id=${category('memory-cafes')}`)), ['Memory Café']);
    assert.deepEqual(names(await services(`?taxonomy_term_id=${category('social')}`)), [
      'Lunch Club',
      'Memory Café',
      "Men's Shed",
    ]);
    assert.equal((await services(`?taxonomy_term_id=${category('no-such-thing')}`)).total_items, 0);
  });

  it('filters by taxonomy: only services with a term from it', async () => {
    const attending = await services(`?taxonomy_id=${TAXONOMY_IDS.attending}`);
    assert.equal(attending.total_items, 8);
    assert.ok(!names(attending).includes('Carers Coffee Morning'), 'the one service with no attending term');
  });

  it('filters by day: day=WE returns only services that meet on a Wednesday', async () => {
    const wednesday = await services('?day=WE');
    assert.deepEqual(names(wednesday), ['Wednesday Walking Group']);
    for (const service of wednesday.contents) {
      assert.ok(service.schedules?.some((schedule) => schedule.byday?.includes('WE')));
    }
    assert.deepEqual(names(await services('?day=wednesday')), ['Wednesday Walking Group'], 'full day names work');
    assert.deepEqual(names(await services('?day=TU')), ['Lunch Club', 'Memory Café'], 'a monthly 2TU is a Tuesday');
    assert.deepEqual(names(await services('?day=FR')), ['Tai Chi for Beginners'], 'a monthly -1FR is a Friday');
    assert.deepEqual(names(await services('?day=MO,SA')), ["Men's Shed", 'Young Carers Club'], 'any of several days');
  });

  it('refuses a day it does not know', async () => {
    const { status, body } = await problemAt('/api/v3/services?day=XX');
    assert.equal(status, 400);
    assert.match(body.error, /day/);
  });

  it('filters by start and end time, on the same session as the day', async () => {
    assert.deepEqual(names(await services('?start_time=19:00')), ['Online Peer Support for Anxiety']);
    assert.deepEqual(names(await services('?end_time=12:00')), [
      'Tai Chi for Beginners',
      'Wednesday Walking Group',
      'Young Carers Club',
    ]);
    assert.deepEqual(names(await services('?day=TH&start_time=19:00')), ['Online Peer Support for Anxiety']);
    assert.equal(
      (await services('?day=MO&start_time=19:00')).total_items,
      0,
      "the Men's Shed meets on Monday mornings",
    );
    assert.equal((await problemAt('/api/v3/services?start_time=7pm')).status, 400);
  });

  it('filters by age: services that suit someone in the asked age range', async () => {
    const sixty = await services('?minimum_age=60&maximum_age=60');
    assert.equal(sixty.total_items, 8);
    assert.ok(!names(sixty).includes('Young Carers Club'), 'a club for 8 to 17 year olds does not suit a 60 year old');
    for (const service of sixty.contents) {
      assert.ok((service.minimum_age ?? 0) <= 60 && (service.maximum_age ?? Infinity) >= 60);
    }
    assert.deepEqual(names(await services('?maximum_age=15')), [
      'Carers Coffee Morning',
      'Memory Café',
      'Young Carers Club',
    ]);
  });

  it('combines filters: every one must hold', async () => {
    assert.deepEqual(names(await services(`?taxonomy_term_id=${category('social')}&day=TU&minimum_age=65`)), [
      'Lunch Club',
      'Memory Café',
    ]);
  });

  it('answers one service, fully nested, at /services/{id}', async () => {
    const [first] = (await services('?search=lunch')).contents;
    const lunch = /** @type {V3Service} */ (await server.json(`/api/v3/services/${first.id}`));
    assert.equal(lunch.name, 'Lunch Club');
    assert.equal(lunch.service_at_locations?.length, 2);
    for (const place of lunch.service_at_locations ?? []) {
      assert.equal(typeof place.location?.latitude, 'number');
      assert.ok(place.location?.addresses?.[0].postal_code);
      assert.ok(Array.isArray(place.location?.accessibility));
    }
    assert.equal(
      lunch.attributes?.find((a) => a.taxonomy_term_id === category('lunch-clubs'))?.taxonomy_term?.parent_id,
      category('social'),
    );
  });

  it('answers 404 JSON for a service that does not exist', async () => {
    const { status, body } = await problemAt('/api/v3/services/no-such-service');
    assert.equal(status, 404);
    assert.equal(body.status, 404);
    assert.match(body.error, /no-such-service/);
  });
});

describe('ORUK 3.0: /service_at_locations', () => {
  it('lists each service at each of its locations, with the location point and the service', async () => {
    const page = await places();
    assert.equal(page.total_items, 9);
    for (const place of page.contents) {
      assert.ok(place.service?.name);
      assert.equal(place.service?.id, place.service_id);
      assert.equal(place.location?.id, place.location_id);
      if (place.location?.location_type === 'physical') {
        assert.equal(typeof place.location.latitude, 'number');
        assert.equal(typeof place.location.longitude, 'number');
      }
    }
  });

  it('with a postcode and proximity, returns only places within that many metres, nearest first', async () => {
    const centre = { latitude: 53.143, longitude: -1.196 }; // NG18 1AB in the fixture
    const everything = (await places('?per_page=100')).contents;
    const expected = everything
      .filter((place) => place.location?.latitude !== undefined)
      .map((place) => ({ id: place.id, metres: metresApart(centre, pointOf(place)) }))
      .filter(({ metres }) => metres <= 2000)
      .sort((a, b) => a.metres - b.metres);
    assert.ok(
      expected.length > 0 && expected.length < everything.length,
      'the fixture has places on both sides of 2 km',
    );

    const near = await places('?postcode=NG18%201AB&proximity=2000');
    assert.equal(near.total_items, expected.length);
    const metres = near.contents.map((place) => metresApart(centre, pointOf(place)));
    assert.ok(metres.every((m) => m <= 2000));
    assert.deepEqual(
      metres,
      [...metres].sort((a, b) => a - b),
      'nearest first',
    );
    assert.deepEqual(new Set(near.contents.map((place) => place.id)), new Set(expected.map(({ id }) => id)));
  });

  it('with a postcode alone, orders every place by distance and puts online ones last', async () => {
    const page = await places('?postcode=ng181ab');
    assert.equal(page.total_items, 9);
    const last = page.contents.at(-1);
    assert.equal(last?.location?.location_type, 'virtual');
    const centre = { latitude: 53.143, longitude: -1.196 };
    const metres = page.contents.slice(0, -1).map((place) => metresApart(centre, pointOf(place)));
    assert.deepEqual(
      metres,
      [...metres].sort((a, b) => a - b),
    );
  });

  it('applies the service filters too', async () => {
    const tuesdays = await places('?postcode=NG18%202CD&day=TU');
    assert.deepEqual(
      names(tuesdays),
      ['Lunch Club', 'Lunch Club', 'Memory Café'],
      'the Lunch Club meets in two places',
    );
  });

  it('refuses an unknown or malformed postcode, and a proximity with no postcode', async () => {
    assert.equal((await problemAt('/api/v3/service_at_locations?postcode=NG18%209ZZ')).status, 400);
    assert.equal((await problemAt('/api/v3/service_at_locations?postcode=hello')).status, 400);
    assert.equal((await problemAt('/api/v3/service_at_locations?proximity=1000')).status, 400);
  });

  it('answers one service at location at /service_at_locations/{id}, and 404 for an unknown one', async () => {
    const [first] = (await places('?search=tai%20chi')).contents;
    const one = /** @type {V3Place} */ (await server.json(`/api/v3/service_at_locations/${first.id}`));
    assert.equal(one.service?.name, 'Tai Chi for Beginners');
    assert.equal(one.location?.name, "St Mary's Church Hall");
    assert.equal((await problemAt('/api/v3/service_at_locations/nope')).status, 404);
  });
});

describe('ORUK 3.0: taxonomies and terms', () => {
  it('lists the taxonomies, and one with its terms', async () => {
    const page = /** @type {V3Page<Taxonomy>} */ (await server.json('/api/v3/taxonomies'));
    assert.deepEqual(
      page.contents.map((t) => [t.id, t.name]),
      [
        [TAXONOMY_IDS.categories, 'Waymark categories'],
        [TAXONOMY_IDS.howToJoin, 'How to join'],
        [TAXONOMY_IDS.attending, 'How you take part'],
      ],
    );
    const joining = /** @type {Taxonomy} */ (await server.json(`/api/v3/taxonomies/${TAXONOMY_IDS.howToJoin}`));
    for (const term of joining.taxonomy_terms ?? []) assert.equal(term.id, termId('howToJoin', String(term.code)));
    assert.deepEqual(joining.taxonomy_terms?.map((term) => term.code).sort(), [
      'appointment',
      'drop-in',
      'membership',
      'referral',
      'self-referral',
    ]);
    assert.equal((await problemAt('/api/v3/taxonomies/nope')).status, 404);
  });

  it('lists terms, filtered by taxonomy or parent, and answers one term', async () => {
    const all = /** @type {V3Page<Term>} */ (await server.json('/api/v3/taxonomy_terms?per_page=100'));
    assert.equal(all.total_items, 21);
    const categories = /** @type {V3Page<Term>} */ (
      await server.json(`/api/v3/taxonomy_terms?taxonomy_id=${TAXONOMY_IDS.categories}&per_page=100`)
    );
    assert.equal(categories.total_items, 12);
    assert.ok(categories.contents.every((term) => term.taxonomy_id === TAXONOMY_IDS.categories));
    const social = /** @type {V3Page<Term>} */ (
      await server.json(`/api/v3/taxonomy_terms?parent_id=${category('social')}`)
    );
    assert.deepEqual(social.contents.map((term) => term.code).sort(), ['lunch-clubs', 'memory-cafes', 'mens-sheds']);
    for (const term of social.contents) assert.equal(term.id, category(String(term.code)));
    const term = /** @type {Term} */ (await server.json(`/api/v3/taxonomy_terms/${category('walking-groups')}`));
    assert.equal(term.code, 'walking-groups');
    assert.equal(term.parent_id, category('physical-activity'));
    assert.equal((await problemAt('/api/v3/taxonomy_terms/nope')).status, 404);
  });
});

describe('ORUK 3.0: routes that do not exist', () => {
  it('answers 404 JSON, with CORS, under /api/', async () => {
    const response = await server.fetch('/api/v3/organisations-and-more');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(/** @type {{ status: number }} */ (await response.json()).status, 404);
  });

  it('answers 405 with Allow for a method a route does not take', async () => {
    const response = await server.fetch('/api/v3/services', { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET');
  });
});
