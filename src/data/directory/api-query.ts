/**
 * Translating a search for a directory's own API: what the API can answer is
 * passed on in its terms; the rest is left to filter on the page it sends. A
 * postcode goes as one when the API takes it, else as coordinates looked up
 * here, else not at all (distances are then measured here).
 */
import type { DirectoryQuery, ListKind, QueryCapability } from '../dialects/dialect.js';
import type { GeoPoint, Service } from '../model.js';
import type { PostcodeLookup } from '../search/geo.js';
import type { SearchHit, SearchQuery } from '../search/search.js';
import type { ClientInside, SearchResults } from './client.js';
import { safely, unreadableReading } from './safe-reading.js';

/** The parts of a query about place, which the API is asked in its own way or not at all. */
const PLACE: readonly string[] = ['postcode', 'near', 'proximity'];

export interface ApiQuery {
  /** What the API is asked. */
  readonly api: DirectoryQuery;
  /** What is asked here of the page it sends, with the point distances are measured from. */
  readonly local: SearchQuery;
  /** The list to ask: places when the search is about place and the API lists them. */
  readonly kind: ListKind;
  readonly near?: GeoPoint;
  /** The lookup of the query's postcode, when one was made here. */
  readonly postcode?: PostcodeLookup;
}

/**
 * Splits `query` between the API (with `capabilities` and `lists`) and the page;
 * `lookup` is called only when a postcode must be turned into coordinates here.
 */
export async function translateQuery(
  query: SearchQuery,
  capabilities: ReadonlySet<QueryCapability>,
  lists: readonly ListKind[],
  lookup: (postcode: string) => Promise<PostcodeLookup>,
): Promise<ApiQuery> {
  const api: Record<string, unknown> = {};
  for (const key of capabilities) if (query[key] !== undefined && !PLACE.includes(key)) api[key] = query[key];
  let near = query.near;
  let postcode: PostcodeLookup | undefined;
  if (query.postcode && capabilities.has('postcode')) {
    api['postcode'] = query.postcode;
  } else {
    if (query.postcode && !near) {
      postcode = await lookup(query.postcode);
      if (postcode.ok) near = postcode.point;
    }
    if (near && capabilities.has('near')) api['near'] = near;
  }
  const placeSent = api['postcode'] !== undefined || api['near'] !== undefined;
  if (placeSent && query.proximity !== undefined && capabilities.has('proximity')) api['proximity'] = query.proximity;
  // What the API was not asked, it is asked here, of the page it sends; distances are measured here either way.
  const local: SearchQuery = { ...Object.fromEntries(Object.entries(query).filter(([key]) => !(key in api))), near };
  const kind: ListKind = placeSent && lists.includes('locations') ? 'locations' : 'services';
  return {
    api: api as DirectoryQuery,
    local,
    kind,
    ...(near ? { near } : {}),
    ...(postcode ? { postcode } : {}),
  };
}

/** One page of a big directory's answer to `query`: what the API cannot answer is filtered here. */
export async function searchRemotely(
  query: SearchQuery,
  page: number,
  pageSize: number,
  inside: ClientInside,
  signal: AbortSignal,
): Promise<SearchResults> {
  const { dialect, reader } = inside.format();
  const asked = await translateQuery(query, dialect.capabilities, dialect.lists, (postcode) =>
    inside.lookup(postcode, signal),
  );
  const reading = await inside.get(
    inside.url(dialect.listRequest(asked.kind, asked.api, page, pageSize)),
    (body) => safely(() => reader.readServicePage(body), unreadableReading<Service>()),
    signal,
  );
  for (const problem of reading.problems) inside.log.add(problem);
  await inside.report();
  const { SearchIndex } = await import('../search/search.js');
  let hits = new SearchIndex(reading.items).search(asked.local);
  // The API orders its pages; re-sorting one page would mix pages up. Only an asked-for order re-sorts.
  if (query.sort === undefined) hits = inListOrder(hits, reading.items);
  const info = reading.page;
  const totalPages = info?.totalPages ?? (info?.isLast === false ? page + 1 : page);
  return {
    hits,
    total: info?.totalItems ?? hits.length,
    page,
    totalPages: Math.max(totalPages, 1),
    mode: 'remote',
    ...(asked.near ? { near: asked.near } : {}),
    ...(asked.postcode ? { postcode: asked.postcode } : {}),
  };
}

/** Hits in the order the API sent their services: re-sorting one page of many would mix pages up. */
export function inListOrder(hits: SearchHit[], services: readonly { readonly id: string }[]): SearchHit[] {
  const position = new Map(services.map((service, i) => [service.id, i]));
  return hits.sort((a, b) => (position.get(a.service.id) ?? 0) - (position.get(b.service.id) ?? 0));
}
