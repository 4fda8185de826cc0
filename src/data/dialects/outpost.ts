/**
 * Outpost (Buckinghamshire's open-source directory, read by its front end
 * Scout): `/api/v1/services` pages in the Spring style (`content`,
 * `totalElements`, `number`, plus `perPage`). Reading its answers is in
 * `outpost-reader.ts`, loaded once a directory is known to speak it.
 */
import { isObject } from '../json.js';
import type { Weekday } from '../model.js';
import type { Dialect, DirectoryQuery, DirectoryRequest, ListKind, QueryCapability } from './dialect.js';

/**
 * `categoryIds` are sent as `taxonomies`: Outpost filters by slug, which is
 * why its categories' ids are their slugs. Outpost matches services with all
 * the taxonomies given, not any of them, so the client checks several itself.
 */
const CAPABILITIES: ReadonlySet<QueryCapability> = new Set<QueryCapability>([
  'text',
  'categoryIds',
  'days',
  'age',
  'postcode',
  'near',
  'proximity',
  'free',
]);

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

function listRequest(_kind: ListKind, query: DirectoryQuery, page: number, perPage: number): DirectoryRequest {
  const params: Record<string, string> = { page: String(page), per_page: String(perPage) };
  if (query.text?.trim()) params['keywords'] = query.text.trim();
  if (query.categoryIds?.length) params['taxonomies'] = query.categoryIds.join(',');
  const days = (query.days ?? []).filter((day) => Object.hasOwn(DAY_NAMES, day));
  if (days.length > 0) params['days'] = days.map((day) => DAY_NAMES[day]).join(',');
  // Outpost matches age ranges that overlap the one asked for: one age is a range of one.
  if (query.age !== undefined) {
    params['min_age'] = String(query.age);
    params['max_age'] = String(query.age);
  }
  if (query.postcode) params['location'] = query.postcode;
  if (query.near) {
    params['lat'] = String(query.near.latitude);
    params['lng'] = String(query.near.longitude);
  }
  if (query.proximity !== undefined && (query.postcode || query.near))
    params['proximity'] = String(Math.round(query.proximity));
  if (query.free) params['only'] = 'free';
  return { path: 'services', params };
}

/** Marks of an Outpost item, which shares ORUK 1.0's envelope: GeoJSON places, slugged taxonomies, British spelling. */
export function looksLikeOutpost(item: unknown): boolean {
  if (!isObject(item)) return false;
  const locations = item['locations'];
  const taxonomies = item['taxonomies'];
  return (
    (Array.isArray(locations) && locations.some((l) => isObject(l) && isObject(l['geometry']))) ||
    (Array.isArray(taxonomies) && taxonomies.some((t) => isObject(t) && t['slug'] !== undefined)) ||
    ['organisation', 'distance_away', 'needs_referral', 'min_age', 'max_age'].some((key) => item[key] !== undefined)
  );
}

/** The list of a Spring-style page (`content`, or `contents` as the 1.0 OpenAPI file has it), when it is one. */
export function springItems(payload: unknown): unknown[] | undefined {
  if (!isObject(payload)) return undefined;
  const items = Array.isArray(payload['content']) ? payload['content'] : payload['contents'];
  if (!Array.isArray(items)) return undefined;
  const spring = ['totalElements', 'totalPages', 'number'].some((key) => payload[key] !== undefined);
  return spring ? items : undefined;
}

/** A Spring-style page whose items look like Outpost's, or whose envelope has Outpost's own fields. */
function recognisePage(payload: unknown): boolean {
  const items = springItems(payload);
  if (items === undefined || !isObject(payload)) return false;
  if (payload['perPage'] !== undefined || payload['interpreted_location'] !== undefined) return true;
  return items.slice(0, 5).some(looksLikeOutpost);
}

export const outpost: Dialect = {
  id: 'outpost',
  label: 'Outpost',
  recognisePage,
  lists: ['services'],
  capabilities: CAPABILITIES,
  listRequest,
  serviceRequest: (id) => ({ path: `services/${encodeURIComponent(id)}`, params: {} }),
  load: () => import('./outpost-reader.js').then((m) => m.outpostReader),
};
