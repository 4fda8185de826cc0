// @ts-check
/**
 * Turns the tabular directory into the nested ORUK 3.0 objects the API answers with:
 * a service with its organisation, locations (addresses, accessibility) and taxonomy terms.
 */

/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */
/** @typedef {import('./directory-store.mjs').ServiceEntry} ServiceEntry */
/** @typedef {import('./directory-store.mjs').PlaceEntry} PlaceEntry */

/**
 * The fully nested service of `/services/{id}`; `/services` list items are the same object,
 * so a client can hold and filter a small directory without fetching each service.
 * @param {DirectoryStore} store
 * @param {ServiceEntry} entry
 */
export function composeService(store, entry) {
  return {
    ...composeServiceCore(store, entry),
    service_at_locations: entry.placeIndexes.map((index) => composePlaceLink(store.places[index])),
  };
}

/**
 * A `/service_at_locations` item (and `/service_at_locations/{id}`): the location, and the service
 * nested whole except for its list of other locations.
 * @param {DirectoryStore} store
 * @param {PlaceEntry} place
 */
export function composePlace(store, place) {
  const service = composeServiceCore(store, place.entry);
  delete service.service_at_locations; // a client that wants the other places fetches the service
  return { ...composePlaceLink(place), service };
}

/**
 * @param {DirectoryStore} store
 * @param {ServiceEntry} entry
 */
function composeServiceCore(store, { service, organization }) {
  return {
    ...service,
    organization,
    attributes: (service.attributes ?? []).map((attribute) => ({
      ...attribute,
      link_id: service.id,
      taxonomy_term: store.termById.get(attribute.taxonomy_term_id),
    })),
  };
}

/** @param {PlaceEntry} place */
function composePlaceLink({ link, entry, location }) {
  return { id: link.id, service_id: entry.service.id, location_id: link.location_id, location };
}

/**
 * `/taxonomies/{id}`: the taxonomy with its terms.
 * @param {DirectoryStore} store
 * @param {import('./directory-file.mjs').Taxonomy} taxonomy
 */
export function composeTaxonomy(store, taxonomy) {
  return { ...taxonomy, taxonomy_terms: store.terms.filter((term) => term.taxonomy_id === taxonomy.id) };
}
