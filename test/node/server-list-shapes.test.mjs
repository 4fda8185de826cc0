// @ts-check
/**
 * The reference server's switch for the shape of its ORUK 3.0 lists: summary (as the official
 * service_list example), partial (as some real APIs), full; `/services/{id}` is whole in every case.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer } from './fixtures/test-server.mjs';

/** @typedef {import('./fixtures/test-server.mjs').V3Service & Record<string, unknown>} Service */

/** @type {Record<string, import('./fixtures/test-server.mjs').TestServer>} */
const servers = {};
before(async () => {
  for (const shape of /** @type {const} */ (['summary', 'partial', 'full'])) {
    servers[shape] = await startTestServer({ listShape: shape });
  }
});
after(async () => {
  await Promise.all(Object.values(servers).map((server) => server.stop()));
});

/** @param {string} shape */
async function firstItem(shape) {
  const page = /** @type {{ contents: Service[] }} */ (await servers[shape]?.json('/api/v3/services?per_page=50'));
  const item = page.contents.find((service) => Array.isArray(service.schedules) || service.name);
  assert.ok(item);
  return item;
}

describe('the shape of the ORUK 3.0 lists', () => {
  it('summary: the service’s own fields, no nested lists or objects', async () => {
    const item = await firstItem('summary');
    assert.ok(item.name && item.id);
    const nested = Object.entries(item).filter(([, value]) => value !== null && typeof value === 'object');
    assert.deepEqual(nested, []);
  });

  it('partial: costs, categories and organisation, but no places, meeting times or contacts', async () => {
    const item = await firstItem('partial');
    assert.ok(Array.isArray(item['attributes']) && Array.isArray(item['cost_options']));
    assert.ok(item.organization);
    for (const key of ['schedules', 'service_at_locations', 'contacts']) assert.equal(item[key], undefined, key);
  });

  it('full: the record as /services/{id} answers it; and /services/{id} is whole whatever the list shape', async () => {
    const full = await firstItem('full');
    assert.ok(Array.isArray(full.service_at_locations) && Array.isArray(full.schedules));
    for (const shape of ['summary', 'partial']) {
      assert.deepEqual(await servers[shape]?.json(`/api/v3/services/${full.id}`), full, shape);
    }
  });
});
