/**
 * Open Referral UK 3.0, the UK profile of HSDS 3.0: `GET /` names the
 * version; `/services` and `/service_at_locations` are paged in `contents`
 * with `total_items`, `total_pages`, `page_number`. Reading its answers is in
 * `oruk-v3-reader.ts`, loaded once a directory is known to speak it.
 */
import { isObject } from '../json.js';
import type { Dialect, DialectReader, DirectoryQuery, DirectoryRequest, ListKind, QueryCapability } from './dialect.js';

/** "HSDS-UK-3.0", "V3", "3.0", "3", "3.0.1": a 3 standing alone at the end, as the ORUK validator reads it. */
const VERSION_3 = /(?:^|[^\d.])3(?:\.\d+){0,2}$/i;

/**
 * `age` is not passed: ORUK's `minimum_age` returns services whose own minimum
 * is at least the value, and `maximum_age` those whose maximum is at most it,
 * so no pair of them asks "open to a person of this age". The client checks
 * ages itself. `postcode` and `proximity` apply to the `locations` list only.
 */
const CAPABILITIES: ReadonlySet<QueryCapability> = new Set<QueryCapability>([
  'text',
  'categoryIds',
  'taxonomyId',
  'days',
  'startTime',
  'endTime',
  'postcode',
  'proximity',
]);

const PATHS: Readonly<Record<ListKind, string>> = {
  services: 'services',
  locations: 'service_at_locations',
  categories: 'taxonomy_terms',
};

function listRequest(kind: ListKind, query: DirectoryQuery, page: number, perPage: number): DirectoryRequest {
  const params: Record<string, string> = { page: String(page), per_page: String(perPage) };
  if (kind !== 'categories') {
    if (query.text?.trim()) params['search'] = query.text.trim();
    // The standard takes one term; several are sent comma-separated, which servers that split on commas read as "any of".
    if (query.categoryIds?.length) params['taxonomy_term_id'] = query.categoryIds.join(',');
    if (query.taxonomyId) params['taxonomy_id'] = query.taxonomyId;
    if (query.days?.length) params['day'] = query.days.join(',');
    if (query.startTime) params['start_time'] = query.startTime;
    if (query.endTime) params['end_time'] = query.endTime;
  }
  if (kind === 'locations') {
    if (query.postcode) params['postcode'] = query.postcode;
    if (query.proximity !== undefined && query.postcode) params['proximity'] = String(Math.round(query.proximity));
  }
  return { path: PATHS[kind], params };
}

function recognisePage(payload: unknown): boolean {
  if (!isObject(payload) || !Array.isArray(payload['contents'])) return false;
  return ['total_items', 'total_pages', 'page_number'].some((key) => payload[key] !== undefined);
}

let atHand: DialectReader | undefined;

/**
 * Puts the reader in the caller's own file, for a widget whose first list reads ORUK 3.0 (the format
 * tried first): nothing more downloads once a directory answers, and one file is smaller than the
 * two apart. The other formats' readers still load on demand.
 */
export function keepOruk3ReaderAtHand(reader: DialectReader): void {
  atHand = reader;
}

export const oruk3: Dialect = {
  id: 'oruk-v3',
  label: 'Open Referral UK 3.0',
  recogniseRoot: (payload) =>
    isObject(payload) && typeof payload['version'] === 'string' && VERSION_3.test(payload['version'].trim()),
  recognisePage,
  lists: ['services', 'locations', 'categories'],
  capabilities: CAPABILITIES,
  listRequest,
  serviceRequest: (id) => ({ path: `services/${encodeURIComponent(id)}`, params: {} }),
  load: async () => atHand ?? (await import('./oruk-v3-reader.js')).oruk3Reader,
};
