/**
 * The data layer on a generated 5,000-service ORUK 3.0 directory, served by the reference server.
 */
import Fuse from 'fuse.js';
import { DirectoryClient } from '../../../src/data/directory/client.js';
import { oruk3Reader } from '../../../src/data/dialects/oruk-v3-reader.js';
import type { Service } from '../../../src/data/model.js';
import { SearchIndex } from '../../../src/data/search/search.js';
import { benchCase, type BenchContext } from '../bench-case.js';

/** Every page of `/services`, as the payloads the reader gets (fetched once, not timed). */
async function servicePages({ directoryUrl }: BenchContext): Promise<unknown[]> {
  const pages: unknown[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await fetch(`${directoryUrl}/services?per_page=1000&page=${page}`)).json()) as {
      last_page?: boolean;
    };
    pages.push(body);
    if (body.last_page !== false) return pages;
  }
}

function readAll(pages: readonly unknown[]): Service[] {
  return pages.flatMap((page) => oruk3Reader.readServicePage(page).items);
}

/** What a person types, one keystroke at a time: typos and all. */
const TYPED = ['walkng group', 'mens shed', 'lunch club forest town', 'memory cafe', 'debt advice'].flatMap((query) =>
  [...query].map((_, i) => query.slice(0, i + 1)).filter((prefix) => prefix.trim().length > 0),
);

interface Typing<Searcher> {
  searcher: Searcher;
  next: number;
}

export default [
  benchCase({
    name: 'normalise and index 5,000 ORUK 3.0 services (read every page, build the search index)',
    setup: servicePages,
    run: (pages) => new SearchIndex(readAll(pages)).size,
  }),

  benchCase({
    name: 'load a 5,000-service ORUK 3.0 directory from the local reference server (QUALITY.md: under 2 s)',
    maxIterations: 6,
    setup: (context) => context,
    run: async ({ directoryUrl }) => {
      // A new client each time: nothing cached, the whole load as a person's browser does it.
      const client = new DirectoryClient({ src: directoryUrl, localThreshold: 10_000, logger: silent });
      await client.load();
      return client.mode;
    },
  }),

  benchCase<Typing<SearchIndex>, Typing<Fuse<Service>>>({
    name: 'search keystroke over 5,000 services (QUALITY.md: p95 under 16 ms)',
    timeEachRun: true,
    setup: async (context) => ({ searcher: new SearchIndex(readAll(await servicePages(context))), next: 0 }),
    run: (typing) => typing.searcher.search({ text: TYPED[typing.next++ % TYPED.length] }).length,
    peer: {
      name: 'fuse.js over whole services (name, categories, organisation, description), as its docs show',
      setup: async (context) => ({
        searcher: new Fuse(readAll(await servicePages(context)), {
          keys: ['name', 'categories.name', 'organization.name', 'description'],
        }),
        next: 0,
      }),
      run: (typing) => typing.searcher.search(TYPED[typing.next++ % TYPED.length] ?? '').length,
    },
  }),
];

const silent = { groupCollapsed() {}, groupEnd() {}, warn() {}, error() {} };
