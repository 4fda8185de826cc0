/**
 * Reads Open Referral UK 3.0 answers (see `oruk-v3.ts` for the format). Feeds
 * often carry full HSDS 3.0 fields the profile left out
 * (`eligibility_description`, `fees_description`, service `phones`,
 * `languages[].name`): they are read too.
 */
import type { Category, Service } from '../model.js';
import type { ItemProblems, ProblemLog } from '../problems.js';
import { isObject, type JsonObject } from '../json.js';
import { eachInList, eachObjectInList, readDateTime, readId, readPlainText } from '../text/read.js';
import type { DialectReader } from './dialect.js';
import { ORUK3_ENVELOPE, readList, readOne, readServiceList, type ListItem } from './paging.js';
import { arrangePlaces, readOpenReferralLocation, type PlaceDraft } from './places.js';
import {
  assembleService,
  readOpenReferralFields,
  readServiceIdentity,
  readAges,
  readScheduleList,
} from './shared-service-fields.js';
import { readCategory, ServiceTerms, vocabularyOf, type RawTerm } from './vocabularies.js';

/**
 * A list item is the full record only when it carries every list Waymark
 * shows: places, meeting times and categories. Real APIs send anything from
 * the official summary (none of these) to the full record; a partial item
 * (costs and categories, say, but no places or times) is filled in later.
 */
const SHOWN = ['schedules', 'service_at_locations', 'attributes'];

function at(field: string, sub: string): string {
  return field === '' ? sub : `${field}.${sub}`;
}

/** A taxonomy term's fields; `taxonomy` is the taxonomy's name in ORUK, an object in some HSDS feeds. */
function termOf(raw: JsonObject): RawTerm {
  const taxonomy = raw['taxonomy'];
  const detail = isObject(raw['taxonomy_detail']) ? raw['taxonomy_detail'] : isObject(taxonomy) ? taxonomy : undefined;
  return {
    id: raw['id'],
    name: raw['name'] ?? raw['term'],
    code: raw['code'],
    parentId: raw['parent_id'],
    taxonomyId: raw['taxonomy_id'] ?? detail?.['id'],
    taxonomyName: typeof taxonomy === 'string' ? taxonomy : detail?.['name'],
    description: raw['description'],
  };
}

/** A service-at-location record (inside a service, or a `/service_at_locations` item) as a place with its schedules. */
function readPlace(raw: JsonObject, log: ProblemLog, owner: ItemProblems, field: string): PlaceDraft | undefined {
  const location = readOpenReferralLocation(raw['location'], log, owner, at(field, 'location'), 'accessibility');
  if (!location) return undefined;
  const id = readId(raw['id']);
  const { schedules } = readScheduleList(raw['schedules'], owner, at(field, 'schedules'), { locationId: location.id });
  return id === undefined ? { location, schedules } : { id, location, schedules };
}

interface ServiceOptions {
  readonly detail?: 'full';
  /** The place a `/service_at_locations` item carries beside its service. */
  readonly place?: { readonly raw: JsonObject; readonly field: string };
}

function readService(
  record: unknown,
  log: ProblemLog,
  field: string,
  options: ServiceOptions = {},
): Service | undefined {
  const identity = readServiceIdentity(record, log, field);
  if (!identity) return undefined;
  const { raw, id, name, problems } = identity;

  const terms = new ServiceTerms();
  eachObjectInList(raw['attributes'], problems, 'attributes', 'attribute', (attribute, _at, path) => {
    // An attribute naming only a taxonomy_term_id has nothing to show without the term list.
    const term = attribute['taxonomy_term'];
    if (isObject(term)) terms.add(termOf(term), problems, `${path}.taxonomy_term`);
  });

  const drafts: PlaceDraft[] = [];
  const placeOfLink = new Map<string, string>();
  const addPlace = (link: unknown, linkField: string): void => {
    const place = isObject(link) ? readPlace(link, log, problems, linkField) : undefined;
    if (place) drafts.push(place);
    if (place?.id !== undefined) placeOfLink.set(place.id, place.location.id);
  };
  eachInList(raw['service_at_locations'], problems, 'service_at_locations', (link, _at, path) => addPlace(link, path));
  if (options.place) addPlace(options.place.raw, options.place.field);

  const read = readScheduleList(raw['schedules'], problems, 'schedules', {
    placeOf: (schedule) => {
      const link = readId(schedule['service_at_location_id']);
      return link === undefined ? undefined : placeOfLink.get(link);
    },
  });
  const { locations, schedules } = arrangePlaces(drafts, read.schedules);

  // A service-at-location item carries its place beside the service, not in it.
  const shown = options.place ? SHOWN.filter((key) => key !== 'service_at_locations') : SHOWN;
  const detail = options.detail ?? (shown.every((key) => Array.isArray(raw[key])) ? 'full' : 'summary');
  return assembleService({
    id,
    name,
    source: 'oruk-v3',
    detail,
    ...readOpenReferralFields(raw, problems),
    categories: terms.categories,
    ...readAges(raw['minimum_age'], raw['maximum_age'], problems),
    eligibility: readPlainText(raw['eligibility_description'], problems, 'eligibility_description'),
    howToJoin: [...terms.howToJoin],
    attending: [...terms.attending],
    attendingHints: read.attending,
    alert: readPlainText(raw['alert'], problems, 'alert'),
    lastModified: readDateTime(raw['last_modified'], problems, 'last_modified'),
    locations,
    schedules,
  });
}

/** A `/services` item, or a `/service_at_locations` item: `{id, service, location}`. */
function readListItem(raw: unknown, log: ProblemLog, field: string): ListItem | undefined {
  if (isObject(raw) && (isObject(raw['service']) || raw['location'] !== undefined)) {
    if (!isObject(raw['service'])) {
      log.for('service').say('wrong-type', at(field, 'service'), 'no-service');
      return undefined;
    }
    const service = readService(raw['service'], log, at(field, 'service'), { place: { raw, field: '' } });
    return service && { service, viaPlace: true };
  }
  const service = readService(raw, log, field);
  return service && { service, viaPlace: false };
}

function readTermItem(raw: unknown, log: ProblemLog, field: string): Category | undefined {
  if (!isObject(raw)) {
    log.for('category').say('wrong-type', field, 'term-object');
    return undefined;
  }
  const term = termOf(raw);
  // How-to-join and attending terms are not categories to filter by: services carry them as howToJoin and attending.
  if (vocabularyOf(term.taxonomyId, term.taxonomyName)) return undefined;
  return readCategory(term, log.for('category'), field);
}

export const oruk3Reader: DialectReader = {
  readServicePage: (payload) => readServiceList(payload, ORUK3_ENVELOPE, readListItem),
  readService: (payload) => readOne(payload, (raw, log) => readService(raw, log, '', { detail: 'full' })),
  readCategoryPage: (payload) => {
    // A taxonomy with its terms (`/taxonomies/{id}`) is read as a page of those terms.
    const terms = isObject(payload) && payload['contents'] === undefined ? payload['taxonomy_terms'] : undefined;
    return readList(Array.isArray(terms) ? { contents: terms } : payload, ORUK3_ENVELOPE, 'category', readTermItem);
  },
};
