// @ts-check
/**
 * ORUK 3.0 (HSDS-UK-3.0) at `/api/v3/`.
 */
import { composePlace, composeService, composeTaxonomy } from './oruk-v3-composer.mjs';
import { readDirectoryQuery } from './directory-query.mjs';
import { orukV3PageJson, pageOf, readPaging } from './paging.mjs';
import { cachedJson } from './json-cache.mjs';
import { json, jsonText, problem } from './replies.mjs';

/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */
/**
 * How much of each service a list item carries. 'summary': the service's own fields and no
 * nested lists, as the official `service_list.json` example; 'partial': its organisation, costs,
 * categories, phones and languages too, but no places, meeting times or contacts, as some real
 * APIs send; 'full': the whole record, as `/services/{id}` answers.
 * @typedef {'summary' | 'partial' | 'full'} ListShape
 */
/** @typedef {import('./router.mjs').Router} Router */

export const ORUK_V3_ROOT = {
  version: 'HSDS-UK-3.0',
  profile: 'https://openreferraluk.org/developers/specifications',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
};

export const LIST_SHAPES = /** @type {const} */ (['summary', 'partial', 'full']);

/** What a 'partial' list item keeps besides the service's own single values. */
const PARTIAL_KEEPS = new Set(['organization', 'cost_options', 'attributes', 'phones', 'languages']);

/**
 * A service as a list item of the given shape.
 * @param {Record<string, unknown>} service the full record
 * @param {ListShape} shape
 */
export function listItemOf(service, shape) {
  if (shape === 'full') return service;
  return Object.fromEntries(
    Object.entries(service).filter(
      ([key, value]) => value === null || typeof value !== 'object' || (shape === 'partial' && PARTIAL_KEEPS.has(key)),
    ),
  );
}

/**
 * @param {Router} router
 * @param {DirectoryStore} store
 * @param {string} [base]
 * @param {{ listShape?: ListShape }} [options]
 */
export function addOrukV3Routes(router, store, base = '/api/v3', { listShape = 'full' } = {}) {
  const serviceJson = cachedJson(store.services.length, (i) => composeService(store, store.services[i]));
  const listItemJson =
    listShape === 'full'
      ? serviceJson
      : cachedJson(store.services.length, (i) => listItemOf(composeService(store, store.services[i]), listShape));
  const placeJson = cachedJson(store.places.length, (i) => composePlace(store, store.places[i]));
  const api = { api: true };

  router.get(base, () => json(200, ORUK_V3_ROOT), api);

  router.get(
    `${base}/services`,
    ({ query }) => {
      const found = store.findServices(readDirectoryQuery(query));
      const paging = readPaging(query);
      return jsonText(200, orukV3PageJson(found.length, paging, pageOf(found, paging).map(listItemJson)));
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
    `${base}/service_at_locations`,
    ({ query }) => {
      const found = store.findPlaces(readDirectoryQuery(query));
      const paging = readPaging(query);
      return jsonText(200, orukV3PageJson(found.length, paging, pageOf(found, paging).map(placeJson)));
    },
    api,
  );

  router.get(
    `${base}/service_at_locations/:id`,
    ({ params }) => {
      const place = store.placeById.get(params.id);
      return place
        ? jsonText(200, placeJson(place.index))
        : problem(404, `No service at location with id "${params.id}"`);
    },
    api,
  );

  router.get(
    `${base}/taxonomies`,
    ({ query }) => {
      const paging = readPaging(query);
      const items = pageOf(store.taxonomies, paging).map((taxonomy) => JSON.stringify(taxonomy));
      return jsonText(200, orukV3PageJson(store.taxonomies.length, paging, items));
    },
    api,
  );

  router.get(
    `${base}/taxonomies/:id`,
    ({ params }) => {
      const taxonomy = store.taxonomyById.get(params.id);
      return taxonomy
        ? json(200, composeTaxonomy(store, taxonomy))
        : problem(404, `No taxonomy with id "${params.id}"`);
    },
    api,
  );

  router.get(
    `${base}/taxonomy_terms`,
    ({ query }) => {
      const taxonomyId = query.get('taxonomy_id');
      const parentId = query.get('parent_id');
      const terms = store.terms.filter(
        (term) => (!taxonomyId || term.taxonomy_id === taxonomyId) && (!parentId || term.parent_id === parentId),
      );
      const paging = readPaging(query);
      const items = pageOf(terms, paging).map((term) => JSON.stringify(term));
      return jsonText(200, orukV3PageJson(terms.length, paging, items));
    },
    api,
  );

  router.get(
    `${base}/taxonomy_terms/:id`,
    ({ params }) => {
      const term = store.termById.get(params.id);
      return term ? json(200, term) : problem(404, `No taxonomy term with id "${params.id}"`);
    },
    api,
  );
}
