// @ts-check
/**
 * The built client against the reference server serving its ORUK 3.0 lists in each shape real
 * APIs use (the official summary, a partial record, the full record): it must build the same
 * model from all three, filling in what a list lacks from /service_at_locations and /services/{id}.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server/server.mjs';
import { CHROME_ARGS, chromePath } from '../browser.mjs';

/** @typedef {'summary' | 'partial' | 'full'} Shape */
/** @typedef {{ services: unknown[], mode?: string, total: number, requests: Record<string, number>, problems: number, changes: number }} Reading */

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {string} */
let dataDir;
/** @type {Awaited<ReturnType<typeof startServer>>[]} */
const servers = [];

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-e2e-shapes-'));
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Serves the demo directory with lists of `shape`, and reads it whole with the built client in a page.
 * @param {Shape} shape
 * @returns {Promise<Reading>}
 */
async function readShape(shape) {
  const server = await startServer({ port: 0, dataDir, quiet: true, listShape: shape });
  servers.push(server);
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  const reading = await page.evaluate(async () => {
    const library = '/dist/cdn/waymark.js';
    /** @type {{ DirectoryClient: new (options: object) => any }} */
    const { DirectoryClient } = await import(library);
    const client = new DirectoryClient({ src: `${location.origin}/api/v3` });
    let changes = 0;
    client.addEventListener('change', () => changes++);
    await client.completed();
    const all = await client.search({}, { pageSize: 10_000 });
    /** @type {any[]} */
    const services = all.hits.map((/** @type {{ service: unknown }} */ hit) => hit.service);
    // The model as a widget sees it; the order of places and categories is the feed's, so sorted here.
    const byId = (/** @type {{ id: string }} */ a, /** @type {{ id: string }} */ b) => (a.id < b.id ? -1 : 1);
    const model = services
      .map((service) => ({
        ...service,
        categories: [...service.categories].sort(byId),
        locations: [...service.locations].sort(byId),
      }))
      .sort(byId);
    /** @type {Record<string, number>} */
    const requests = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const path = new URL(entry.name).pathname;
      if (!path.startsWith('/api/')) continue;
      const key = path.replace(/\/services\/[^/]+$/, '/services/{id}');
      requests[key] = (requests[key] ?? 0) + 1;
    }
    return {
      services: model,
      mode: client.mode,
      total: services.length,
      requests,
      problems: client.problems.length,
      changes,
    };
  });
  await page.close();
  return reading;
}

describe('the built client reads ORUK 3.0 lists of every shape whole', () => {
  /** @type {Record<Shape, Reading>} */
  const read = /** @type {any} */ ({});
  before(async () => {
    for (const shape of /** @type {Shape[]} */ (['full', 'partial', 'summary'])) read[shape] = await readShape(shape);
  });

  it('loads the full lists without fetching anything more', () => {
    const { full } = read;
    assert.equal(full.mode, 'local');
    // The demo holds 250 services, two of them inactive (hidden unless asked for).
    assert.equal(full.total, 248);
    assert.equal(full.requests['/api/v3/services/{id}'], undefined);
    assert.equal(full.requests['/api/v3/service_at_locations'], undefined);
    assert.equal(full.problems, 0);
  });

  it('builds the same model from partial lists: places from /service_at_locations, the rest from each record', () => {
    const { full, partial } = read;
    assert.equal(partial.mode, 'local');
    assert.ok((partial.requests['/api/v3/service_at_locations'] ?? 0) >= 1, JSON.stringify(partial.requests));
    // Services with places came whole from that list; the others' records are fetched one by one.
    const details = partial.requests['/api/v3/services/{id}'] ?? 0;
    assert.ok(details > 0 && details < 250, JSON.stringify(partial.requests));
    assert.equal(partial.changes, 1, 'one change event when the records are in');
    assert.equal(partial.problems, 0);
    assert.deepStrictEqual(partial.services, full.services);
  });

  it('builds the same model from summary lists, as the official service_list example', () => {
    const { full, summary } = read;
    assert.equal(summary.mode, 'local');
    const details = summary.requests['/api/v3/services/{id}'] ?? 0;
    assert.ok(details > 0 && details < 250, JSON.stringify(summary.requests));
    assert.equal(summary.problems, 0);
    assert.deepStrictEqual(summary.services, full.services);
  });
});
