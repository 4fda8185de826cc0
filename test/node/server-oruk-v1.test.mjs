// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TAXONOMY_IDS, termId } from '../../demo/data/taxonomy.mjs';
import { metresApart, startTestServer } from './fixtures/test-server.mjs';

/** @typedef {import('./fixtures/test-server.mjs').V1Service} V1Service */
/**
 * @template T
 * @typedef {import('./fixtures/test-server.mjs').V1Page<T>} V1Page
 */

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

/** @param {string} query */
async function services(query = '') {
  return /** @type {V1Page<V1Service>} */ (await server.json(`/api/v1/services${query}`));
}

/** @param {V1Page<V1Service>} page */
function names(page) {
  return page.content.map((service) => service.name).sort();
}

/** @param {string} name */
async function serviceNamed(name) {
  const found = (await services(`?text=${encodeURIComponent(name)}`)).content.find((s) => s.name === name);
  assert.ok(found, name);
  return /** @type {V1Service} */ (await server.json(`/api/v1/services/${found.id}`));
}

describe('ORUK 1.0: /services', () => {
  it('pages the Spring way real 1.0 feeds do: content, totalElements, totalPages, number, size...', async () => {
    const page = await services('?per_page=4&page=2');
    assert.deepEqual(Object.keys(page).sort(), [
      'content',
      'empty',
      'first',
      'last',
      'number',
      'size',
      'totalElements',
      'totalPages',
    ]);
    assert.equal(page.totalElements, 9);
    assert.equal(page.totalPages, 3);
    assert.equal(page.number, 2);
    assert.equal(page.size, 4);
    assert.equal(page.content.length, 4);
    assert.equal(page.first, false);
    assert.equal(page.last, false);
    assert.equal(page.empty, false);
  });

  it('serves at most 1000 to a page, whatever per_page asks', async () => {
    assert.equal((await services('?per_page=5000')).size, 1000);
    assert.equal((await services()).size, 50, 'the default');
  });

  it('searches with text (1.0 has no search parameter)', async () => {
    assert.deepEqual(names(await services('?text=walking')), ['Wednesday Walking Group']);
  });

  it('filters by taxonomy_id (a term, in 1.0), including its children, and by vocabulary', async () => {
    assert.deepEqual(names(await services(`?taxonomy_id=${termId('categories', 'social')}`)), [
      'Lunch Club',
      'Memory Café',
      "Men's Shed",
    ]);
    assert.equal((await services(`?vocabulary=${TAXONOMY_IDS.attending}`)).totalElements, 8);
    assert.equal((await services('?vocabulary=how%20you%20take%20part')).totalElements, 8);
  });

  it('filters by day, and by age', async () => {
    assert.deepEqual(names(await services('?day=WE')), ['Wednesday Walking Group']);
    assert.ok(!names(await services('?minimum_age=40&maximum_age=40')).includes('Young Carers Club'));
  });

  it('with postcode and proximity, returns services with a place that near, nearest first', async () => {
    const page = await services('?postcode=NG18%201AB&proximity=2000');
    const centre = { latitude: 53.143, longitude: -1.196 };
    const nearest = page.content.map((service) =>
      Math.min(
        ...service.service_at_locations.map(({ location }) =>
          location?.latitude === undefined || location.longitude === undefined
            ? Infinity
            : metresApart(centre, { latitude: location.latitude, longitude: location.longitude }),
        ),
      ),
    );
    assert.ok(page.totalElements > 0);
    assert.ok(nearest.every((metres) => metres <= 2000));
    assert.deepEqual(
      nearest,
      [...nearest].sort((a, b) => a - b),
    );
    assert.ok(!names(page).includes('Tai Chi for Beginners'), 'the church hall is 5 km away');
  });

  it('has no GET / (that is how a client tells 1.0 from 3.0)', async () => {
    const response = await server.fetch('/api/v1/');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });
});

describe('ORUK 1.0: /services/{id}', () => {
  it('maps how to attend and how to join to attending_type and attending_access', async () => {
    const walking = await serviceNamed('Wednesday Walking Group');
    assert.equal(walking.attending_type, 'venue');
    assert.equal(walking.attending_access, 'drop-in');
    const advice = await serviceNamed('Debt and Benefits Advice Line');
    assert.equal(advice.attending_type, 'phone');
    assert.equal(advice.attending_access, 'appointment');
    const online = await serviceNamed('Online Peer Support for Anxiety');
    assert.equal(online.attending_type, 'online');
    assert.equal(online.attending_access, undefined, '1.0 has no value for self-referral');
  });

  it('gives one regular schedule per weekday, with the rule', async () => {
    const shed = await serviceNamed("Men's Shed");
    assert.deepEqual(
      shed.regular_schedules.map(({ weekday, opens_at, closes_at }) => ({ weekday, opens_at, closes_at })),
      [
        { weekday: 'Monday', opens_at: '09:30', closes_at: '13:00' },
        { weekday: 'Thursday', opens_at: '09:30', closes_at: '13:00' },
      ],
    );
    const lunch = await serviceNamed('Lunch Club');
    assert.equal(lunch.regular_schedules[0].weekday, 'Tuesday');
    assert.equal(lunch.regular_schedules[0].byday, '2TU');
    assert.equal(lunch.regular_schedules[0].freq, 'MONTHLY');
  });

  it('nests locations with physical_addresses and accessibility_for_disabilities', async () => {
    const cafe = await serviceNamed('Memory Café');
    const [{ location }] = cafe.service_at_locations;
    assert.equal(location?.name, 'Wrenbury Library');
    assert.equal(typeof location?.latitude, 'number');
    assert.equal(location?.physical_addresses[0].postal_code, 'NG18 2CD');
    assert.match(location?.accessibility_for_disabilities[0].accessibility ?? '', /hearing loop/);
  });

  it('gives terms as service_taxonomys with the vocabulary named, as 1.0 feeds do, and the parent', async () => {
    const cafe = await serviceNamed('Memory Café');
    const id = termId('categories', 'memory-cafes');
    assert.deepEqual(cafe.service_taxonomys.find(({ taxonomy }) => taxonomy.id === id)?.taxonomy, {
      id,
      name: 'Memory cafés',
      vocabulary: 'Waymark categories',
      parent: termId('categories', 'social'),
    });
  });

  it('gives eligibility, languages, costs, and the service phone as a contact', async () => {
    const carers = await serviceNamed('Young Carers Club');
    assert.deepEqual(
      carers.eligibilitys.map(({ minimum_age, maximum_age }) => ({ minimum_age, maximum_age })),
      [{ minimum_age: 8, maximum_age: 17 }],
    );
    assert.deepEqual(
      carers.languages.map(({ language }) => language),
      ['English'],
    );
    assert.equal(carers.cost_options[0].amount, 0);
    const advice = await serviceNamed('Debt and Benefits Advice Line');
    assert.deepEqual(
      advice.contacts.flatMap((contact) => contact.phones.map((phone) => phone.number)),
      ['0808 157 0000'],
    );
    assert.equal(advice.organization.name, 'Wrenbury Advice Centre');
  });

  it('answers 404 JSON for an unknown service', async () => {
    const response = await server.fetch('/api/v1/services/nope');
    assert.equal(response.status, 404);
    assert.equal(/** @type {{ error: string }} */ (await response.json()).error, 'No service with id "nope"');
  });
});
