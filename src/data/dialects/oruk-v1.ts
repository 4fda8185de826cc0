/**
 * Open Referral UK 1.0, still what most council feeds speak: no `GET /`,
 * Spring-style pages (`content`, `totalElements`, `number`...). Reading its
 * answers is in `oruk-v1-reader.ts`, loaded once a directory is known to speak it.
 */
import type { Dialect, DirectoryQuery, DirectoryRequest, ListKind, QueryCapability } from './dialect.js';
import { looksLikeOutpost, springItems } from './outpost.js';

/**
 * `age` is not passed, for the reason given in oruk-v3.ts: the 1.0 API's
 * `minimum_age`/`maximum_age` filter on the service's own limits.
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

function listRequest(kind: ListKind, query: DirectoryQuery, page: number, perPage: number): DirectoryRequest {
  const params: Record<string, string> = { page: String(page), per_page: String(perPage) };
  if (kind === 'categories') {
    if (query.taxonomyId) params['vocabulary'] = query.taxonomyId;
    return { path: 'taxonomies', params };
  }
  // 1.0 has no separate list of places: its services carry them.
  if (query.text?.trim()) params['text'] = query.text.trim();
  if (query.categoryIds?.length) params['taxonomy_id'] = query.categoryIds.join(',');
  if (query.taxonomyId) params['vocabulary'] = query.taxonomyId;
  const days = query.days ?? [];
  if (days.length > 0) params['day'] = days.join(',');
  // The 1.0 API pairs day, start_time and end_time: with several days, each time is given once per day.
  const times = Math.max(1, days.length);
  if (query.startTime) params['start_time'] = Array(times).fill(query.startTime).join(',');
  if (query.endTime) params['end_time'] = Array(times).fill(query.endTime).join(',');
  if (query.postcode) params['postcode'] = query.postcode;
  if (query.proximity !== undefined && query.postcode) params['proximity'] = String(Math.round(query.proximity));
  return { path: 'services', params };
}

/** Checked last: a Spring-style page whose items are not Outpost's. */
function recognisePage(payload: unknown): boolean {
  const items = springItems(payload);
  return items !== undefined && !items.slice(0, 5).some(looksLikeOutpost);
}

export const oruk1: Dialect = {
  id: 'oruk-v1',
  label: 'Open Referral UK 1.0',
  recognisePage,
  lists: ['services', 'categories'],
  capabilities: CAPABILITIES,
  listRequest,
  serviceRequest: (id) => ({ path: `services/${encodeURIComponent(id)}`, params: {} }),
  load: () => import('./oruk-v1-reader.js').then((m) => m.oruk1Reader),
};
