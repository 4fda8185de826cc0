// @ts-check
/**
 * ORUK 1.0 at `/api/v1/`: `/services` and `/services/{id}` (and `/taxonomies`), paged the
 * Spring way real 1.0 feeds are (`content`, `totalElements`...). 1.0 has no `GET /`.
 */
import { ORUK_V1_NAMES, readDirectoryQuery } from './directory-query.mjs';
import { cachedJson } from './json-cache.mjs';
import { mapServiceToV1 } from './oruk-v1-mapper.mjs';
import { pageOf, readPaging, springPageJson } from './paging.mjs';
import { jsonText, problem } from './replies.mjs';

/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */
/** @typedef {import('./router.mjs').Router} Router */

/**
 * @param {Router} router
 * @param {DirectoryStore} store
 * @param {string} [base]
 */
export function addOrukV1Routes(router, store, base = '/api/v1') {
  const serviceJson = cachedJson(store.services.length, (i) => mapServiceToV1(store, store.services[i]));
  const api = { api: true };

  router.get(
    `${base}/services`,
    ({ query }) => {
      const found = store.findServices(readDirectoryQuery(query, ORUK_V1_NAMES));
      const paging = readPaging(query);
      return jsonText(200, springPageJson(found.length, paging, pageOf(found, paging).map(serviceJson)));
    },
    api,
  );

  router.get(
    `${base}/services/:id`,
    ({ params }) => {
      const entry = store.serviceById.get(params.id);
      return entry ? jsonText(200, serviceJson(entry.index)) : problem(404, `No service with id "${params.id}"`);
    },
    api,
  );

  router.get(
    `${base}/taxonomies`,
    ({ query }) => {
      const vocabulary = query.get('vocabulary')?.toLowerCase();
      const terms = store.terms.filter(
        (term) => !vocabulary || term.taxonomy_id === vocabulary || term.taxonomy?.toLowerCase() === vocabulary,
      );
      const paging = readPaging(query);
      const items = pageOf(terms, paging).map((term) =>
        JSON.stringify({
          id: term.id,
          name: term.name,
          vocabulary: term.taxonomy ?? term.taxonomy_id,
          parent_id: term.parent_id,
        }),
      );
      return jsonText(200, springPageJson(terms.length, paging, items));
    },
    api,
  );
}
