// @ts-check
/**
 * The directory held in memory with the indexes its queries need: entities by id, each
 * term's children, each service's search text, meeting days and age range, and each
 * service-at-location's point. Answers the filters that ORUK 3.0 and 1.0 share.
 */
import { boxAround, isPossiblePoint, metresBetween } from './distance.mjs';
import { clockTime } from './directory-query.mjs';
import { PostcodeBook } from './postcodes.mjs';
import { HttpProblem } from './replies.mjs';

/** @typedef {import('./directory-file.mjs').DirectoryFile} DirectoryFile */
/** @typedef {import('./directory-file.mjs').Service} Service */
/** @typedef {import('./directory-file.mjs').Location} Location */
/** @typedef {import('./directory-file.mjs').Organization} Organization */
/** @typedef {import('./directory-file.mjs').TaxonomyTerm} TaxonomyTerm */
/** @typedef {import('./directory-file.mjs').Taxonomy} Taxonomy */
/** @typedef {import('./directory-file.mjs').ServiceAtLocationLink} ServiceAtLocationLink */
/** @typedef {import('./directory-query.mjs').DirectoryQuery} DirectoryQuery */

/**
 * When a service meets, reduced to what the day and time filters compare.
 * @typedef {{ days: Set<string>, opensAt?: string, closesAt?: string }} Session
 */

/**
 * @typedef {object} ServiceEntry
 * @property {number} index
 * @property {Service} service
 * @property {Organization | undefined} organization
 * @property {TaxonomyTerm[]} terms the terms its attributes point to
 * @property {Set<string>} taxonomyIds
 * @property {string} haystack lower-case name, description, organisation and term names
 * @property {Session[]} sessions
 * @property {number} minimumAge 0 when the service sets none
 * @property {number} maximumAge Infinity when the service sets none
 * @property {number[]} placeIndexes its service-at-locations
 */

/**
 * A service at one location: what `/service_at_locations` lists and a map shows.
 * @typedef {object} PlaceEntry
 * @property {number} index
 * @property {ServiceAtLocationLink} link
 * @property {ServiceEntry} entry
 * @property {Location | undefined} location
 */

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export class DirectoryStore {
  /** @type {Map<string, string>} taxonomy names, lower case, to ids */
  #taxonomyIdByName;
  /** @type {Float64Array} */
  #sortKeys;

  /** @param {DirectoryFile} directory */
  constructor(directory) {
    this.meta = directory.meta;
    this.taxonomies = directory.taxonomies;
    this.terms = directory.taxonomy_terms;
    this.postcodes = new PostcodeBook(directory.postcodes);

    /** @type {Map<string, Taxonomy>} */
    this.taxonomyById = byId(directory.taxonomies);
    this.#taxonomyIdByName = new Map(
      directory.taxonomies.map((taxonomy) => [taxonomy.name.toLowerCase(), taxonomy.id]),
    );
    /** @type {Map<string, TaxonomyTerm>} */
    this.termById = byId(directory.taxonomy_terms);
    /** @type {Map<string, Organization>} */
    this.organizationById = byId(directory.organizations);
    /** @type {Map<string, Location>} */
    this.locationById = byId(directory.locations);

    /** @type {Map<string, string[]>} each term's direct children */
    this.childTermIds = new Map();
    for (const term of directory.taxonomy_terms) {
      if (!term.parent_id) continue;
      const siblings = this.childTermIds.get(term.parent_id) ?? [];
      siblings.push(term.id);
      this.childTermIds.set(term.parent_id, siblings);
    }

    /** @type {ServiceEntry[]} */
    this.services = [];
    /** @type {Map<string, ServiceEntry>} */
    this.serviceById = new Map();
    /** @type {PlaceEntry[]} */
    this.places = [];
    /** @type {Map<string, PlaceEntry>} */
    this.placeById = new Map();

    for (const service of directory.services) {
      const entry = this.#indexService(service, this.services.length);
      this.services.push(entry);
      this.serviceById.set(service.id, entry);
      for (const link of service.service_at_locations ?? []) {
        const place = { index: this.places.length, link, entry, location: this.locationById.get(link.location_id) };
        entry.placeIndexes.push(place.index);
        this.places.push(place);
        this.placeById.set(link.id, place);
      }
    }

    // Working space for ordering results, reused by every query (queries run one at a time).
    this.#sortKeys = new Float64Array(Math.max(this.places.length, this.services.length));

    // Points in flat arrays: the proximity query reads these in a tight loop.
    this.placeLatitudes = new Float64Array(this.places.length);
    this.placeLongitudes = new Float64Array(this.places.length);
    this.placeHasPoint = new Uint8Array(this.places.length);
    this.placeService = new Int32Array(this.places.length);
    for (const place of this.places) {
      const { latitude, longitude } = place.location ?? {};
      this.placeService[place.index] = place.entry.index;
      if (place.location?.location_type !== 'virtual' && isPossiblePoint(latitude, longitude)) {
        this.placeLatitudes[place.index] = /** @type {number} */ (latitude);
        this.placeLongitudes[place.index] = /** @type {number} */ (longitude);
        this.placeHasPoint[place.index] = 1;
      }
    }
  }

  /**
   * @param {Service} service
   * @param {number} index
   * @returns {ServiceEntry}
   */
  #indexService(service, index) {
    const organization = this.organizationById.get(service.organization_id);
    const terms = (service.attributes ?? [])
      .map((attribute) => this.termById.get(attribute.taxonomy_term_id))
      .filter((term) => term !== undefined);
    const termNames = terms.flatMap((term) => {
      const parent = term.parent_id ? this.termById.get(term.parent_id) : undefined;
      return parent ? [term.name, parent.name] : [term.name];
    });
    return {
      index,
      service,
      organization,
      terms,
      taxonomyIds: new Set(terms.map((term) => term.taxonomy_id)),
      haystack: [service.name, service.description, organization?.name, ...termNames]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
      sessions: (service.schedules ?? []).map((schedule) => ({
        days: meetingDays(schedule),
        opensAt: clockTime(schedule.opens_at),
        closesAt: clockTime(schedule.closes_at),
      })),
      minimumAge: typeof service.minimum_age === 'number' ? service.minimum_age : 0,
      maximumAge: typeof service.maximum_age === 'number' ? service.maximum_age : Infinity,
      placeIndexes: [],
    };
  }

  /**
   * Services that pass the query's filters, as indexes into `services`; nearest first when the
   * query names a postcode (by their nearest place; those with no place last).
   * @param {DirectoryQuery} query
   * @returns {number[]}
   */
  findServices(query) {
    const accepts = this.#serviceFilter(query);
    const origin = this.#origin(query);
    if (!origin) return this.services.filter(accepts).map(({ index }) => index);
    const nearest = this.#nearestMetresByService(origin, query.proximity);
    const limit = query.proximity ?? Infinity;
    const keys = this.#sortKeys;
    let count = 0;
    for (const entry of this.services) {
      const metres = nearest[entry.index];
      if (metres <= limit && accepts(entry)) keys[count++] = sortKey(metres, entry.index);
    }
    return indexesByKey(keys, count);
  }

  /**
   * Service-at-locations whose service passes the filters, as indexes into `places`. With a
   * postcode, nearest first (online places last); with a proximity too, only those within it.
   * @param {DirectoryQuery} query
   * @returns {number[]}
   */
  findPlaces(query) {
    const accepts = hasServiceFilters(query) ? this.#serviceFilter(query) : undefined;
    const serviceMatches = accepts ? this.services.map(accepts) : undefined;
    const origin = this.#origin(query);
    if (!origin) {
      /** @type {number[]} */
      const found = [];
      for (let i = 0; i < this.places.length; i++) {
        if (!serviceMatches || serviceMatches[this.placeService[i]]) found.push(i);
      }
      return found;
    }
    const keys = this.#sortKeys;
    let count = 0;
    const { latitude, longitude } = origin;
    const limit = query.proximity ?? Infinity;
    const box = Number.isFinite(limit) ? boxAround(latitude, longitude, limit) : undefined;
    const lats = this.placeLatitudes;
    const lngs = this.placeLongitudes;
    for (let i = 0; i < this.places.length; i++) {
      if (serviceMatches && !serviceMatches[this.placeService[i]]) continue;
      if (!this.placeHasPoint[i]) {
        if (!box) keys[count++] = sortKey(Infinity, i);
        continue;
      }
      const lat = lats[i];
      const lng = lngs[i];
      if (box && (lat < box.south || lat > box.north || lng < box.west || lng > box.east)) continue;
      const metres = metresBetween(latitude, longitude, lat, lng);
      if (metres <= limit) keys[count++] = sortKey(metres, i);
    }
    return indexesByKey(keys, count);
  }

  /**
   * Where a query measures from: the postcode's centre. An unknown postcode is the caller's mistake.
   * @param {DirectoryQuery} query
   */
  #origin(query) {
    if (!query.postcode) return undefined;
    const answer = this.postcodes.lookup(query.postcode);
    if (!('found' in answer)) throw new HttpProblem(400, `Postcode not found: ${query.postcode}`);
    return answer.found;
  }

  /**
   * @param {{ latitude: number, longitude: number }} origin
   * @param {number | undefined} proximity
   */
  #nearestMetresByService(origin, proximity) {
    const nearest = new Float64Array(this.services.length).fill(Infinity);
    const box = proximity === undefined ? undefined : boxAround(origin.latitude, origin.longitude, proximity);
    for (let i = 0; i < this.places.length; i++) {
      if (!this.placeHasPoint[i]) continue;
      const lat = this.placeLatitudes[i];
      const lng = this.placeLongitudes[i];
      if (box && (lat < box.south || lat > box.north || lng < box.west || lng > box.east)) continue;
      const metres = metresBetween(origin.latitude, origin.longitude, lat, lng);
      const service = this.placeService[i];
      if (metres < nearest[service]) nearest[service] = metres;
    }
    return nearest;
  }

  /**
   * @param {DirectoryQuery} query
   * @returns {(entry: ServiceEntry) => boolean}
   */
  #serviceFilter(query) {
    const termIds = query.termIds.length ? this.#withChildren(query.termIds) : undefined;
    // ORUK 1.0 names a vocabulary rather than giving an id: accept either.
    const taxonomyIds = query.taxonomyIds.length
      ? new Set(query.taxonomyIds.map((value) => this.#taxonomyIdByName.get(value.toLowerCase()) ?? value))
      : undefined;
    const youngest = query.minimumAge ?? 0;
    const oldest = query.maximumAge ?? Infinity;
    const checksSessions = query.days.length > 0 || query.startTime !== undefined || query.endTime !== undefined;
    return (entry) => {
      if (query.words.some((word) => !entry.haystack.includes(word))) return false;
      if (termIds && !entry.terms.some((term) => termIds.has(term.id))) return false;
      if (taxonomyIds && ![...entry.taxonomyIds].some((id) => taxonomyIds.has(id))) return false;
      // The service suits someone in the asked age range: the two ranges overlap.
      if (entry.minimumAge > oldest || entry.maximumAge < youngest) return false;
      if (checksSessions && !entry.sessions.some((session) => sessionFits(session, query))) return false;
      return true;
    };
  }

  /**
   * The terms and every term beneath them, so a parent category finds its children's services.
   * @param {string[]} termIds
   */
  #withChildren(termIds) {
    const all = new Set();
    const queue = [...termIds];
    while (queue.length) {
      const id = /** @type {string} */ (queue.pop());
      if (all.has(id)) continue;
      all.add(id);
      queue.push(...(this.childTermIds.get(id) ?? []));
    }
    return all;
  }
}

/**
 * One session satisfies every day and time condition at once.
 * @param {Session} session
 * @param {DirectoryQuery} query
 */
function sessionFits(session, query) {
  if (query.days.length && !query.days.some((day) => session.days.has(day))) return false;
  if (query.startTime && !(session.opensAt && session.opensAt >= query.startTime)) return false;
  if (query.endTime && !(session.closesAt && session.closesAt <= query.endTime)) return false;
  return true;
}

/** @param {DirectoryQuery} query */
function hasServiceFilters(query) {
  return (
    query.words.length > 0 ||
    query.termIds.length > 0 ||
    query.taxonomyIds.length > 0 ||
    query.minimumAge !== undefined ||
    query.maximumAge !== undefined ||
    query.days.length > 0 ||
    query.startTime !== undefined ||
    query.endTime !== undefined
  );
}

/**
 * The weekdays a schedule meets on: from `byday` (`TU`, `MO,TH`, `2TU`, `-1FR`), or the day of
 * `dtstart` for a weekly rule that names none.
 * @param {import('./directory-file.mjs').Schedule} schedule
 * @returns {Set<string>}
 */
export function meetingDays(schedule) {
  if (schedule.byday) {
    return new Set(
      String(schedule.byday)
        .split(',')
        .map((token) =>
          token
            .trim()
            .toUpperCase()
            .replace(/^[+-]?\d+/, ''),
        )
        .filter((code) => WEEKDAY_CODES.includes(code)),
    );
  }
  if (schedule.freq === 'WEEKLY' && schedule.dtstart && /^\d{4}-\d{2}-\d{2}/.test(schedule.dtstart)) {
    return new Set([WEEKDAY_CODES[new Date(`${schedule.dtstart.slice(0, 10)}T12:00:00Z`).getUTCDay()]]);
  }
  return new Set();
}

// Distance (to the decimetre) and index packed in one number, so a native numeric sort orders
// by distance and then by directory order, with no comparator and no objects to collect.
const INDEX_SPACE = 2 ** 22;
const FARTHEST = 2 ** 30;

/**
 * @param {number} metres Infinity for a place with no point
 * @param {number} index
 */
function sortKey(metres, index) {
  return Math.min(Math.round(metres * 10), FARTHEST) * INDEX_SPACE + index;
}

/**
 * @param {Float64Array} keys
 * @param {number} count how many of them are in use
 */
function indexesByKey(keys, count) {
  const sorted = keys.subarray(0, count).sort();
  /** @type {number[]} */
  const indexes = new Array(count);
  for (let i = 0; i < count; i++) indexes[i] = sorted[i] % INDEX_SPACE;
  return indexes;
}

/**
 * @template {{ id: string }} T
 * @param {T[]} items
 * @returns {Map<string, T>}
 */
function byId(items) {
  return new Map(items.map((item) => [item.id, item]));
}
