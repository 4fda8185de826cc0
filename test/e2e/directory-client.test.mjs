// @ts-check
/**
 * The whole chain a widget relies on, in Chromium: the built CDN file's DirectoryClient
 * reading the reference server's demo directory in each format it serves.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openSession, watchForErrors } from './browser-session.mjs';

/** @type {Awaited<ReturnType<typeof openSession>>} */
let session;
/** @type {import('playwright-core').Page} */
let page;
/** @type {string[]} */
let errors;

before(async () => {
  session = await openSession();
  page = await session.browser.newPage();
  errors = watchForErrors(page);
  await page.goto(`${session.server.url}/`);
});
after(async () => {
  await session?.close();
});

/**
 * The part of the built library's API these tests use (the page imports the real file).
 * @typedef {{ schedules: { rule?: object }[] }} Scheduled
 * @typedef {Scheduled & { name: string, categories: { name: string }[], howToJoin: string[], attending: string[], locations: (Scheduled & { location: { point?: object } })[] }} Service
 * @typedef {{ total: number, near?: { latitude: number, longitude: number }, hits: { service: Service, distance?: number }[] }} Results
 * @typedef {{ load(): Promise<void>, search(query: object, options?: object): Promise<Results>, categories(): Promise<{ parentId?: string }[]>, addEventListener(type: string, listener: (event: Event) => void): void, dialect?: { id: string }, mode?: string, problems: unknown[] }} Client
 * @typedef {{ DirectoryClient: new (options: { src: string, postcodeApi?: string }) => Client }} Library
 */

/**
 * Loads the directory at `path` with the built library and answers `questions` about it in the page.
 * @param {string} path
 */
async function readDirectory(path) {
  return page.evaluate(async (apiPath) => {
    const library = '/dist/cdn/waymark.js';
    const { DirectoryClient } = /** @type {Library} */ (await import(library));
    const progress = /** @type {number[]} */ ([]);
    const client = new DirectoryClient({ src: `${location.origin}${apiPath}`, postcodeApi: location.origin });
    client.addEventListener('progress', (event) => progress.push(/** @type {CustomEvent} */ (event).detail.loaded));
    await client.load();
    const all = await client.search({}, { pageSize: 1000 });
    const services = all.hits.map((hit) => hit.service);
    const typo = await client.search({ text: 'walkng group' });
    const near = await client.search({ postcode: 'ng18 1ab', proximity: 1500, sort: 'distance' }, { pageSize: 1000 });
    const categories = await client.categories();
    return {
      dialect: client.dialect?.id,
      mode: client.mode,
      progress,
      total: all.total,
      withPlaces: services.filter((s) => s.locations.some((l) => l.location.point)).length,
      withJoin: services.filter((s) => s.howToJoin.length > 0).length,
      withAttending: services.filter((s) => s.attending.length > 0).length,
      withRule: services.filter((s) => [...s.schedules, ...s.locations.flatMap((l) => l.schedules)].some((x) => x.rule))
        .length,
      topCategories: categories.filter((c) => !c.parentId).length,
      childCategories: categories.filter((c) => c.parentId).length,
      typoTop: typo.hits.slice(0, 3).map((hit) => hit.service.categories.map((c) => c.name)),
      nearDistances: near.hits.map((hit) => hit.distance ?? Infinity),
      nearPoint: near.near,
      problems: client.problems.length,
    };
  }, path);
}

describe('the built DirectoryClient reading the reference server', () => {
  it('reads the ORUK 3.0 API whole: places, how to join, how you take part, schedules and categories', async () => {
    const v3 = await readDirectory('/api/v3');
    assert.equal(v3.dialect, 'oruk-v3');
    assert.equal(v3.mode, 'local');
    // The demo holds 250 services, two of them inactive (hidden unless asked for).
    assert.equal(v3.total, 248);
    assert.ok(v3.progress.length > 1 && v3.progress.at(-1) === 250, `progress ${v3.progress.join(',')}`);
    assert.ok(v3.withPlaces > 150, `${v3.withPlaces} services with a place on the map`);
    assert.equal(v3.withJoin, 248, 'every service says how to join');
    assert.equal(v3.withAttending, 248, 'every service says how you take part');
    assert.ok(v3.withRule > 200, `${v3.withRule} services with a readable rule`);
    assert.ok(v3.topCategories >= 10 && v3.childCategories >= 30, `${v3.topCategories} / ${v3.childCategories}`);
    assert.equal(v3.problems, 0, 'the demo data has no data problems');
  });

  it('forgives a typo and finds places near a postcode, nearest first', async () => {
    const v3 = await readDirectory('/api/v3');
    assert.ok(v3.typoTop.length > 0, 'a typo still finds something');
    assert.ok(
      v3.typoTop.every((categories) => categories.includes('Walking groups')),
      `the best matches are walking groups: ${JSON.stringify(v3.typoTop)}`,
    );
    assert.ok(v3.nearPoint && Math.abs(v3.nearPoint.latitude - 53.147) < 0.01, 'the postcode was looked up');
    assert.ok(v3.nearDistances.length > 0 && v3.nearDistances.every((d) => d <= 1500));
    assert.deepEqual(
      v3.nearDistances,
      [...v3.nearDistances].sort((a, b) => a - b),
    );
  });

  it('reads the same directory through the ORUK 1.0 API, detected by its page shape', async () => {
    const v1 = await readDirectory('/api/v1');
    assert.equal(v1.dialect, 'oruk-v1');
    assert.equal(v1.total, 248);
    assert.equal(v1.withJoin, 248);
    assert.ok(v1.withPlaces > 150);
    assert.equal(v1.problems, 0);
  });

  it('reports no console errors on the way but the ORUK 1.0 root’s 404', () => {
    // Detection asks GET / first, as the ORUK validator does; 1.0 has no root, so a faithful 1.0 feed
    // answers 404 and the browser logs it. The README tells site owners to set dialect="oruk-v1" to skip it.
    const unexpected = errors.filter((error) => !/\/api\/v1\/$/.test(error) && !/status of 404/.test(error));
    assert.deepEqual(unexpected, []);
    assert.equal(errors.filter((error) => /HTTP 404: .*\/api\/v1\/$/.test(error)).length, 1);
  });
});
