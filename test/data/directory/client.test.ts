import { expect } from '@open-wc/testing';
import {
  clientFor,
  DirectoryClient,
  type DirectoryClientOptions,
  type DirectoryLogger,
  type DirectoryProgress,
} from '../../../src/data/directory/client.js';
import type { Dialect } from '../../../src/data/dialects/dialect.js';
import { dialects, oruk1 } from '../../../src/data/dialects/index.js';
import { DirectoryError } from '../../../src/data/directory/directory-error.js';
import { isAbortError } from '../../../src/data/directory/http.js';
import type { StorageLike } from '../../../src/data/directory/response-cache.js';
import { FakeDirectory, v1Service, v3Service, type FakeDirectoryOptions } from '../fake-directory.js';

/** Counts what the client tells the site owner, instead of printing it. */
class CountingLogger implements DirectoryLogger {
  readonly groups: string[] = [];
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  groupCollapsed(label: string): void {
    this.groups.push(label);
  }
  groupEnd(): void {}
  warn(message: string): void {
    this.warnings.push(message);
  }
  error(message: string): void {
    this.errors.push(message);
  }
}

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A fake directory and a client for it, with retries that wait no time at all. */
function setUp(fake: FakeDirectoryOptions = {}, options: Partial<DirectoryClientOptions> = {}) {
  const directory = new FakeDirectory(fake);
  const logger = new CountingLogger();
  const waits: number[] = [];
  const client = new DirectoryClient({
    src: directory.base,
    fetch: directory.fetch,
    logger,
    pageSize: 10,
    wait: async (ms) => void waits.push(ms),
    online: () => true,
    ...options,
  });
  return { directory, client, logger, waits };
}

const MANSFIELD = { latitude: 53.14, longitude: -1.2 };
const POSTCODES = { postcodes: { 'NG18 1AB': MANSFIELD } };
const POSTCODE_API = { postcodeApi: 'https://postcodes.test' };

/** ORUK 1.0 as a server would speak it if it took only coordinates for place, or no place at all. */
function oruk1Taking(id: string, capabilities: Dialect['capabilities']): Dialect {
  return {
    ...oruk1,
    id,
    capabilities,
    listRequest: (kind, query, page, perPage) => {
      const { path, params } = oruk1.listRequest(kind, query.text ? { text: query.text } : {}, page, perPage);
      const place: Record<string, string> = {};
      if (query.near) Object.assign(place, { lat: String(query.near.latitude), lng: String(query.near.longitude) });
      if (query.proximity !== undefined) place['radius'] = String(query.proximity);
      return { path, params: { ...params, ...place } };
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

async function allServices(client: DirectoryClient) {
  const results = await client.search({}, { pageSize: 10_000 });
  return results.hits.map((hit) => hit.service).sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function allNames(client: DirectoryClient): Promise<string[]> {
  const results = await client.search({}, { pageSize: 10_000 });
  return results.hits.map((hit) => hit.service.name).sort();
}

describe('DirectoryClient: working out the format', () => {
  it('recognises ORUK 3.0 by the version its root answers with', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 3, summaryLists: false });
    await client.load();
    expect(client.dialect?.id).to.equal('oruk-v3');
    expect(directory.pathOf(directory.requests[0]!)).to.equal('');
  });

  it('recognises ORUK 1.0 by the shape of its first page when its root is not found, fetching that page once', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 3 });
    await client.load();
    expect(client.dialect?.id).to.equal('oruk-v1');
    expect(directory.requestsTo('')).to.have.length(1);
    expect(directory.requestsTo('services')).to.have.length(1);
    expect(await allNames(client)).to.deep.equal(['Group 1', 'Group 2', 'Group 3']);
  });

  it('recognises ORUK 1.0 by its first page when its root answers with something that is not ORUK 3.0', async () => {
    const directory = new FakeDirectory({ format: 'oruk-v1', count: 3 });
    const client = new DirectoryClient({
      src: directory.base,
      pageSize: 10,
      fetch: (url, init) =>
        directory.pathOf(new URL(url)) === ''
          ? Promise.resolve(new Response(JSON.stringify({ name: 'Council API', version: '1.0' })))
          : directory.fetch(url, init),
    });
    await client.load();
    expect(client.dialect?.id).to.equal('oruk-v1');
    expect(directory.requestsTo('services')).to.have.length(1);
    expect(await allNames(client)).to.deep.equal(['Group 1', 'Group 2', 'Group 3']);
  });

  it('downloads the reader GET / names while page 1 downloads, and no other reader', async () => {
    const directory = new FakeDirectory({ format: 'oruk-v3', count: 3, summaryLists: false });
    let pagesAnswered = 0;
    const loads: string[] = [];
    const watched = dialects.map((dialect) => ({
      ...dialect,
      load: () => {
        loads.push(`${dialect.id}: ${directory.requestsTo('services').length} asked, ${pagesAnswered} answered`);
        return dialect.load();
      },
    }));
    const client = new DirectoryClient({
      src: directory.base,
      dialects: watched,
      fetch: async (url, init) => {
        const response = await directory.fetch(url, init);
        if (directory.pathOf(new URL(url)) === 'services') pagesAnswered++;
        return response;
      },
    });
    await client.load();
    expect(loads).to.deep.equal(['oruk-v3: 1 asked, 0 answered']);
    expect(await allNames(client)).to.deep.equal(['Group 1', 'Group 2', 'Group 3']);
  });

  it('loads only the reader of the format its first page shows', async () => {
    const loads: string[] = [];
    const watched = dialects.map((dialect) => ({
      ...dialect,
      load: () => {
        loads.push(dialect.id);
        return dialect.load();
      },
    }));
    const { client } = setUp({ format: 'oruk-v1', count: 3 }, { dialects: watched });
    await client.load();
    expect(loads).to.deep.equal(['oruk-v1']);
  });

  it('asks nothing of the root when the dialect is given', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 3 }, { dialect: 'oruk-v1' });
    await client.load();
    expect(client.dialect?.id).to.equal('oruk-v1');
    expect(directory.requestsTo('')).to.have.length(0);
  });

  it('says the address is not a directory when the first page is an HTML page', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 3 });
    directory.fail({ path: 'services' }, 'html');
    const error = await failure(client.load());
    expect(error).to.be.instanceOf(DirectoryError);
    expect(error).to.include({ kind: 'not-directory', url: directory.base });
    expect((error as DirectoryError).advice).to.contain('Open Referral UK 3.0 or 1.0');
  });

  it('says nothing was found when neither the root nor the services list exists', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 3 });
    directory.fail({ path: 'services' }, { status: 404 });
    const error = await failure(client.load());
    expect(error).to.include({ kind: 'not-found', status: 404 });
  });

  it('tries again on the next load() after a failed one', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 3 });
    directory.fail({ path: 'services' }, { status: 404 }, 1);
    await failure(client.load());
    await client.load();
    expect(client.mode).to.equal('local');
  });
});

describe('DirectoryClient: loading a small directory whole', () => {
  it('pages through with no more requests in flight than the limit', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 95, latencyMs: 5 }, { concurrency: 3 });
    await client.load();
    expect(directory.maxInFlight).to.be.at.most(3);
    expect(directory.maxInFlight).to.be.greaterThan(1);
    expect(directory.requestsTo('services')).to.have.length(10);
    expect((await allNames(client)).length).to.equal(95);
  });

  it('reports progress as services arrive, up to the total', async () => {
    const { client } = setUp({ format: 'oruk-v1', count: 45 });
    const seen: DirectoryProgress[] = [];
    client.addEventListener('progress', (event) => seen.push((event as CustomEvent<DirectoryProgress>).detail));
    await client.load();
    const loaded = seen.map((p) => p.loaded);
    expect(loaded).to.deep.equal([...loaded].sort((a, b) => a - b));
    expect(loaded[0]).to.be.lessThan(45);
    expect(seen.at(-1)).to.deep.equal({ loaded: 45, total: 45 });
  });

  it('answers searches locally, with no more requests, once loaded', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 25 });
    await client.load();
    const before = directory.requests.length;
    const results = await client.search({ text: 'Group 12' });
    await client.search({ days: ['MO'] }, { page: 2, pageSize: 10 });
    await client.service('svc-3');
    expect(directory.requests.length).to.equal(before);
    expect(results.mode).to.equal('local');
    expect(results.hits[0]?.service.id).to.equal('svc-12');
  });

  it('searches near a postcode by looking it up, nearest first', async () => {
    const { client } = setUp({ format: 'oruk-v1', count: 10, ...POSTCODES }, POSTCODE_API);
    const results = await client.search({ postcode: 'ng18 1ab', proximity: 500 });
    expect(results.postcode).to.deep.include({ ok: true });
    expect(results.near).to.deep.equal(MANSFIELD);
    expect(results.hits.map((hit) => hit.service.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-3', 'svc-4']);
    expect(results.hits[0]!.distance).to.be.closeTo(111, 2);
  });

  it('says a postcode was not found, and still lists every service', async () => {
    const { client } = setUp({ format: 'oruk-v1', count: 10, ...POSTCODES }, POSTCODE_API);
    const results = await client.search({ postcode: 'ZZ9 9ZZ', proximity: 500 });
    expect(results.postcode).to.deep.equal({ ok: false, reason: 'not-found' });
    expect(results.near).to.equal(undefined);
    expect(results.total).to.equal(10);
  });

  it('fetches each full record in the background when the list gives only summaries', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 12 });
    let changes = 0;
    client.addEventListener('change', () => changes++);
    await client.load();
    expect(client.mode).to.equal('local');
    await client.completed();
    expect(changes, 'one change when the records are in').to.equal(1);
    expect(directory.requests.filter((url) => directory.pathOf(url).startsWith('services/'))).to.have.length(12);
    const service = await client.service('svc-7');
    expect(service?.detail).to.equal('full');
    expect(service?.schedules.length).to.be.greaterThan(0);
  });

  it('joins on the list of places when services come without them', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 4, summaryLists: false, separatePlaces: true });
    await client.load();
    expect(directory.requestsTo('service_at_locations')).to.have.length(1);
    const service = await client.service('svc-2');
    expect(service?.locations.map((place) => place.location.name)).to.deep.equal(['Hall 2']);
    expect(service?.schedules.length).to.be.greaterThan(0);
  });

  it('joins on every place of a service the list of places names more than once', async () => {
    const twoHalls = v3Service(1, {
      service_at_locations: [
        { id: 'sal-1a', location: { id: 'loc-a', location_type: 'physical', name: 'North Hall' } },
        { id: 'sal-1b', location: { id: 'loc-b', location_type: 'physical', name: 'South Hall' } },
      ],
    });
    const { client } = setUp({
      format: 'oruk-v3',
      services: [twoHalls, v3Service(2)],
      summaryLists: false,
      separatePlaces: true,
    });
    await client.load();
    const service = await client.service('svc-1');
    expect(service?.locations.map((place) => place.location.name)).to.deep.equal(['North Hall', 'South Hall']);
    expect(client.problems.filter((p) => p.code === 'duplicate-id')).to.deep.equal([]);
  });

  it('lists the directory’s own categories when it has them', async () => {
    const { client } = setUp({
      format: 'oruk-v3',
      count: 2,
      summaryLists: false,
      categories: [
        { id: 'walking', name: 'Walking' },
        { id: 'singing', name: 'Singing' },
      ],
    });
    const categories = await client.categories();
    expect(categories.map((c) => c.name)).to.deep.equal(['Walking', 'Singing']);
  });

  it('stops at a page that repeats the one before, reporting it once', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 50 });
    directory.fail({ path: 'services', page: 2 }, 'repeat-first-page');
    directory.fail({ path: 'services', page: 3 }, 'repeat-first-page');
    await client.load();
    expect(client.problems.filter((p) => p.code === 'repeated-page')).to.have.length(1);
    expect((await allNames(client)).length).to.equal(10);
  });

  it('stops at an empty page before the end and keeps what came before', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 50 });
    directory.fail({ path: 'services', page: 3 }, 'empty');
    await client.load();
    expect((await allNames(client)).length).to.equal(20);
    expect(client.problems.some((p) => p.itemType === 'page' && p.itemId === '3')).to.equal(true);
  });

  it('retries a page cut short, then reports it and keeps the other pages', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 30 }, { retries: 2 });
    directory.fail({ path: 'services', page: 2 }, 'truncated');
    await client.load();
    expect(directory.requestsTo('services').filter((u) => u.searchParams.get('page') === '2')).to.have.length(3);
    expect(client.problems.filter((p) => p.code === 'unreadable-page')).to.have.length(1);
    expect((await allNames(client)).length).to.equal(20);
  });

  it('does not believe an absurd page count: reads only up to maxPages of a list that never ends', async () => {
    const { directory, client } = setUp(
      { format: 'oruk-v1', count: 30, claimedTotalPages: 1_000_000, endless: true },
      { maxPages: 20, localThreshold: 1_000 },
    );
    await client.load();
    expect(client.problems.some((p) => p.field === 'total_pages' && p.message.includes('1000000'))).to.equal(true);
    // Every page brings new services, so only the cap stops it.
    expect(directory.requestsTo('services')).to.have.length(20);
    expect((await allNames(client)).length).to.equal(200);
  });

  it('keeps the first of two services with one id on different pages, and reports it', async () => {
    const services = Array.from({ length: 20 }, (_, i) => v1Service(i + 1));
    services[15] = v1Service(16, { id: 'svc-3', name: 'Impostor' });
    const { client } = setUp({ format: 'oruk-v1', services });
    await client.load();
    const duplicates = client.problems.filter((p) => p.code === 'duplicate-id');
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.include({ itemId: 'svc-3' });
    expect((await client.service('svc-3'))?.name).to.equal('Group 3');
  });

  it('logs the data problems once, in one group, however often they are met', async () => {
    const services = [v1Service(1, { name: null }), v1Service(2, { latitude: 'north' }), v1Service(3)];
    const { client, logger } = setUp({ format: 'oruk-v1', services });
    await client.load();
    await client.load();
    await client.search({ text: 'Group' });
    expect(logger.groups).to.have.length(1);
    expect(logger.groups[0]).to.match(/^Waymark: \d+ problems? in the directory data at https:\/\/directory/);
    expect(logger.warnings).to.have.length(client.problems.length);
  });
  it('logs only the new problems when a big directory’s pages are read again and further', async () => {
    const services = Array.from({ length: 30 }, (_, i) => v1Service(i + 1, i === 0 || i === 12 ? { name: null } : {}));
    const { client, logger } = setUp({ format: 'oruk-v1', services }, { localThreshold: 20 });
    await client.load();
    expect(logger.groups).to.have.length(1);
    const firstWarnings = logger.warnings.length;
    await client.search({}, { page: 1, pageSize: 10 });
    expect(logger.groups).to.have.length(1);
    await client.search({}, { page: 2, pageSize: 10 });
    expect(logger.groups).to.have.length(2);
    expect(logger.groups[1]).to.match(/^Waymark: 1 problem in/);
    expect(logger.warnings.length).to.equal(firstWarnings + 1);
  });
});

/** A list item with none of the lists Waymark shows: the official ORUK 3.0 `service_list` shape. */
function withoutArrays(service: Record<string, unknown> & { id: string; name: string }) {
  return Object.fromEntries(Object.entries(service).filter(([, value]) => !Array.isArray(value))) as typeof service;
}

describe('DirectoryClient: reading lists whole, whatever their shape, at a bounded cost', () => {
  const detailRequests = (directory: FakeDirectory): URL[] =>
    directory.requests.filter((url) => directory.pathOf(url).startsWith('services/'));

  it('counts a partial list item as a summary: fetches places per service, then the meeting times', async () => {
    // Costs and categories in the list, but no places or meeting times, as some real APIs send.
    const { directory, client } = setUp({ format: 'oruk-v3', count: 6 }, { concurrency: 1 });
    const partial = new FakeDirectory({
      format: 'oruk-v3',
      count: 6,
      listItem: (service) =>
        service.id === 'svc-1'
          ? service
          : { ...withoutArrays(service), attributes: service['attributes'], cost_options: [] },
    });
    const partialClient = new DirectoryClient({
      src: partial.base,
      fetch: partial.fetch,
      pageSize: 10,
      online: () => true,
      logger: new CountingLogger(),
    });
    await Promise.all([client.completed(), partialClient.completed()]);
    expect(partial.requestsTo('service_at_locations'), 'places read once for those missing them').to.have.length(1);
    expect(
      detailRequests(partial)
        .map((url) => directory.pathOf(url))
        .sort(),
      'svc-1 came whole',
    ).to.deep.equal(['services/svc-2', 'services/svc-3', 'services/svc-4', 'services/svc-5', 'services/svc-6']);
    const whole = await allServices(client);
    const fromPartial = await allServices(partialClient);
    expect(fromPartial).to.deep.equal(whole);
    expect(fromPartial.find((s) => s.id === 'svc-1')?.locations, 'no place twice').to.have.length(1);
  });

  it('stays local for an ORUK 1.0 council list of 819 summaries, and stops fetching records that add nothing', async () => {
    const { directory, client } = setUp({
      format: 'oruk-v1',
      count: 819,
      listItem: withoutArrays,
      fullRecord: withoutArrays,
    });
    await client.completed();
    expect(client.mode).to.equal('local');
    expect((await client.search({}, { pageSize: 1_000 })).total).to.equal(819);
    // The first few full records add nothing the list lacked, so the other 814 are never asked for.
    expect(detailRequests(directory).length).to.be.within(5, 8);
    expect(directory.requestsTo('services')).to.have.length(82);
  });

  it('goes remote at once when total_items is missing and total_pages times the page size is too many', async () => {
    const { directory, client } = setUp(
      { format: 'oruk-v3', count: 30, claimedTotalPages: 1_000_000, omitTotalItems: true, endless: true },
      { localThreshold: 2_000 },
    );
    await client.load();
    expect(client.mode).to.equal('remote');
    expect(directory.requestsTo('services'), 'one page, not 200').to.have.length(1);
  });

  it('stops reading a list after two pages that bring no new id', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 20, claimedTotalPages: 150 });
    // Pages 3 to 150 go round in circles: page 1, page 2, page 1...
    for (let page = 3; page <= 150; page++) directory.fail({ path: 'services', page }, { servePage: 2 - (page % 2) });
    await client.load();
    expect((await allNames(client)).length).to.equal(20);
    // Two pages with nothing new, plus what was already in flight: never the 150 claimed.
    expect(directory.requestsTo('services').length).to.be.at.most(4 + 4);
    expect(client.problems.filter((p) => p.code === 'repeated-page')).to.have.length(1);
  });

  it('reads a feed’s categories only up to their own, lower page cap', async () => {
    const categories = Array.from({ length: 2_000 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` }));
    const { directory, client } = setUp({ format: 'oruk-v3', count: 2, summaryLists: false, categories });
    await client.categories();
    expect(directory.requestsTo('taxonomy_terms')).to.have.length(20);
  });

  it('reads the list of places only up to its own cap: about two places per service the client would hold', async () => {
    const { directory, client } = setUp(
      {
        format: 'oruk-v3',
        count: 20,
        listItem: withoutArrays,
        claimedTotalPages: 1_000_000,
        endless: ['service_at_locations'],
      },
      { localThreshold: 20 },
    );
    await client.load();
    expect(client.mode).to.equal('local');
    // ceil(2 × 20 / 10) + 1 pages, though every page brings new places.
    expect(directory.requestsTo('service_at_locations')).to.have.length(5);
  });

  it('keeps what it fetched under its byte budget: an evicted record is fetched again', async () => {
    const long = 'x'.repeat(50_000);
    const services = Array.from({ length: 5 }, (_, i) => v1Service(i + 1, { description: long }));
    const { directory, client } = setUp(
      { format: 'oruk-v1', services, claimedTotalPages: 1_000_000 },
      { localThreshold: 1, cacheBudgetBytes: 120_000 },
    );
    await client.load();
    expect(client.mode).to.equal('remote');
    for (const id of ['svc-1', 'svc-2', 'svc-3', 'svc-1']) await client.service(id);
    // Two 50 KB records fit in the budget; the third pushed the first out.
    expect(directory.requestsTo('services/svc-1')).to.have.length(2);
    await client.service('svc-3');
    expect(directory.requestsTo('services/svc-3')).to.have.length(1);
  });

  it('refuses an answer over maxBodyBytes with a clear error', async () => {
    const services = [v1Service(1, { description: 'x'.repeat(300_000) })];
    const { client } = setUp({ format: 'oruk-v1', services }, { maxBodyBytes: 100_000 });
    const error = (await failure(client.load())) as DirectoryError;
    expect(error).to.be.instanceOf(DirectoryError);
    expect(error.kind).to.equal('too-large');
    expect(error.advice).to.contain('too big');
  });
});

describe('DirectoryClient: querying a big directory through its API', () => {
  it('passes search, category, day and place on as the API’s own parameters', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 30, summaryLists: false }, { localThreshold: 20 });
    await client.load();
    expect(client.mode).to.equal('remote');
    const results = await client.search({
      text: 'Group 1',
      categoryIds: ['walking'],
      days: ['MO'],
      postcode: 'NG18 1AB',
      proximity: 1600,
    });
    const sent = directory.requests.at(-1)!;
    expect(directory.pathOf(sent)).to.equal('service_at_locations');
    expect(sent.searchParams.get('search')).to.equal('Group 1');
    expect(sent.searchParams.get('taxonomy_term_id')).to.equal('walking');
    expect(sent.searchParams.get('day')).to.equal('MO');
    expect(sent.searchParams.get('postcode')).to.equal('NG18 1AB');
    expect(sent.searchParams.get('proximity')).to.equal('1600');
    expect(results.mode).to.equal('remote');
    expect(results.hits.length).to.be.greaterThan(0);
  });

  it('uses ORUK 1.0’s own names for the same parameters', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 30 }, { localThreshold: 20 });
    await client.search({ text: 'Group 2', postcode: 'NG18 1AB' });
    const sent = directory.requests.at(-1)!;
    expect(directory.pathOf(sent)).to.equal('services');
    expect(sent.searchParams.get('text')).to.equal('Group 2');
    expect(sent.searchParams.get('postcode')).to.equal('NG18 1AB');
  });

  it('filters locally, on the page the API sends, what the API cannot be asked', async () => {
    const services = Array.from({ length: 30 }, (_, i) =>
      v1Service(i + 1, { eligibilitys: [{ minimum_age: i % 2 === 0 ? 18 : 65 }] }),
    );
    const { directory, client } = setUp({ format: 'oruk-v1', services }, { localThreshold: 20 });
    const results = await client.search({ age: 30 }, { pageSize: 10 });
    const sent = directory.requests.at(-1)!;
    expect([...sent.searchParams.keys()].sort()).to.deep.equal(['page', 'per_page']);
    expect(results.hits.length).to.equal(5);
    expect(results.hits.every((hit) => hit.service.minimumAge === 18)).to.equal(true);
  });

  it('looks a postcode up and sends coordinates to an API that takes only those', async () => {
    const dialect = oruk1Taking('coordinates-only', new Set(['text', 'near', 'proximity']));
    const { directory, client } = setUp(
      { format: 'oruk-v1', count: 30, ...POSTCODES },
      { ...POSTCODE_API, dialects: [dialect], dialect: dialect.id, localThreshold: 20 },
    );
    const results = await client.search({ postcode: 'NG18 1AB', proximity: 2000 });
    const sent = directory.requests.at(-1)!;
    expect(sent.searchParams.get('lat')).to.equal('53.14');
    expect(sent.searchParams.get('lng')).to.equal('-1.2');
    expect(sent.searchParams.get('radius')).to.equal('2000');
    expect(sent.searchParams.has('postcode')).to.equal(false);
    expect(results.near).to.deep.equal(MANSFIELD);
  });

  it('filters by distance itself when the API takes no place at all', async () => {
    const dialect = oruk1Taking('no-place', new Set(['text']));
    const { directory, client } = setUp(
      { format: 'oruk-v1', count: 30, ...POSTCODES },
      { ...POSTCODE_API, dialects: [dialect], dialect: dialect.id, localThreshold: 20 },
    );
    const results = await client.search({ postcode: 'NG18 1AB', proximity: 500 }, { pageSize: 10 });
    const sent = directory.requests.at(-1)!;
    expect([...sent.searchParams.keys()].sort()).to.deep.equal(['page', 'per_page']);
    expect(results.hits.map((hit) => hit.service.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-3', 'svc-4']);
  });

  it('fetches a service’s full record once, then answers from memory', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 30 }, { localThreshold: 20 });
    const [first, second] = await Promise.all([client.service('svc-4'), client.service('svc-4')]);
    await client.service('svc-4');
    expect(first?.name).to.equal('Group 4');
    expect(second).to.equal(first);
    expect(directory.requestsTo('services/svc-4')).to.have.length(1);
    expect(await client.service('svc-404')).to.equal(undefined);
  });

  it('stays local with more summaries than it fetches, fetching the rest when they are opened', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 30 }, { detailThreshold: 10 });
    await client.completed();
    expect(client.mode).to.equal('local');
    const details = () => directory.requests.filter((url) => directory.pathOf(url).startsWith('services/'));
    expect(details()).to.have.length(10);
    expect((await client.search({ text: 'Group 25' })).hits[0]?.service.name, 'summaries are searched').to.equal(
      'Group 25',
    );
    expect((await client.service('svc-25'))?.schedules).to.have.length(1);
    expect(details()).to.have.length(11);
  });

  it('aborts a search that a newer one replaced, and its request', async () => {
    const { directory, client } = setUp(
      { format: 'oruk-v1', count: 30, latencyMs: 20 },
      { localThreshold: 20, dialect: 'oruk-v1' },
    );
    await client.load();
    const first = client.search({ text: 'Group 1' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const firstSignal = directory.signals.at(-1)!;
    const second = client.search({ text: 'Group 2' });
    const error = await failure(first);
    expect(isAbortError(error)).to.equal(true);
    expect(firstSignal.aborted).to.equal(true);
    expect((await second).hits.map((hit) => hit.service.name)).to.include('Group 2');
  });

  it('lets two callers search at once without cancelling each other', async () => {
    const { client } = setUp({ format: 'oruk-v1', count: 30, latencyMs: 5 }, { localThreshold: 20 });
    const [finder, calendar] = await Promise.all([
      client.search({ text: 'Group 1' }, { caller: {} }),
      client.search({ text: 'Group 2' }, { caller: {} }),
    ]);
    expect(finder.hits.length).to.be.greaterThan(0);
    expect(calendar.hits.length).to.be.greaterThan(0);
  });
});

describe('DirectoryClient: network faults', () => {
  it('retries a 500 with backoff and then loads', async () => {
    const { directory, client, waits } = setUp({ format: 'oruk-v1', count: 5 }, { backoffMs: 40, random: () => 1 });
    directory.fail({ path: 'services' }, { status: 500 }, 2);
    await client.load();
    expect(directory.requestsTo('services')).to.have.length(3);
    expect(waits).to.deep.equal([40, 80]);
  });

  it('waits as long as a 429 Retry-After says', async () => {
    const { directory, client, waits } = setUp({ format: 'oruk-v1', count: 5 });
    directory.fail({ path: 'services' }, { status: 429, headers: { 'Retry-After': '3' } }, 1);
    await client.load();
    expect(waits).to.deep.equal([3000]);
  });

  it('says a request that never answers timed out', async () => {
    const { directory, client } = setUp({ format: 'oruk-v1', count: 5 }, { dialect: 'oruk-v1', timeoutMs: 30 });
    directory.fail({ path: 'services' }, 'hang');
    const error = await failure(client.load());
    expect(error).to.include({ kind: 'timeout' });
    expect(directory.signals[0]!.aborted).to.equal(true);
  });

  it('says CORS refused when a no-cors request gets through', async () => {
    const { directory, client, logger } = setUp({ format: 'oruk-v3', count: 5 });
    directory.fail({ path: '' }, 'cors').fail({ path: 'services' }, 'cors');
    const error = await failure(client.load());
    expect(error).to.include({ kind: 'cors' });
    expect(logger.errors[0]).to.contain('Access-Control-Allow-Origin');
  });

  it('says the server is unreachable when no request gets through', async () => {
    const { directory, client } = setUp({ format: 'oruk-v3', count: 5 });
    directory.fail({ path: '' }, 'unreachable').fail({ path: 'services' }, 'unreachable');
    const error = await failure(client.load());
    expect(error).to.include({ kind: 'unreachable' });
  });
});

describe('DirectoryClient: caching', () => {
  it('loads from sessionStorage when another client reads the same directory', async () => {
    const storage = new MemoryStorage();
    const first = setUp({ format: 'oruk-v1', count: 25 }, { cache: 'session', storage });
    await first.client.load();
    const requests = first.directory.requests.length;
    const second = new DirectoryClient({
      src: first.directory.base,
      fetch: first.directory.fetch,
      cache: 'session',
      storage,
      pageSize: 10,
    });
    await second.load();
    expect(first.directory.requests.length).to.equal(requests);
    expect((await allNames(second)).length).to.equal(25);
  });

  it('reads the directory again once the cache has expired', async () => {
    const storage = new MemoryStorage();
    let now = 0;
    const first = setUp(
      { format: 'oruk-v1', count: 5 },
      { cache: 'session', storage, cacheTtlMs: 1000, now: () => now },
    );
    await first.client.load();
    const requests = first.directory.requests.length;
    now = 2000;
    const options = { src: first.directory.base, fetch: first.directory.fetch, pageSize: 10, cacheTtlMs: 1000 };
    await new DirectoryClient({ ...options, cache: 'session', storage, now: () => now }).load();
    expect(first.directory.requests.length).to.be.greaterThan(requests);
  });

  it('keeps loading when storage throws', async () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const { client } = setUp({ format: 'oruk-v1', count: 5 }, { cache: 'session', storage });
    await client.load();
    expect((await allNames(client)).length).to.equal(5);
  });

  it('never keeps an error: a failed page is asked for again', async () => {
    const storage = new MemoryStorage();
    const { directory, client } = setUp({ format: 'oruk-v1', count: 5 }, { cache: 'session', storage, retries: 0 });
    directory.fail({ path: 'services' }, { status: 503 }, 1);
    await failure(client.load());
    await client.load();
    expect((await allNames(client)).length).to.equal(5);
  });

  it('shares one client between widgets naming the same directory', () => {
    const fetch = new FakeDirectory().fetch;
    const a = clientFor({ src: 'https://shared.test/api/v3', fetch });
    const b = clientFor({ src: 'https://shared.test/api/v3', fetch });
    const c = clientFor({ src: 'https://other.test/api/v3', fetch });
    expect(a).to.equal(b);
    expect(c).not.to.equal(a);
  });
});
