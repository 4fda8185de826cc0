/**
 * Reads Outpost answers (see `outpost.ts` for the format): services with
 * `organisation`, `locations[]` whose `geometry.coordinates` are GeoJSON
 * `[lng, lat]`, `taxonomies[]{id, name, slug, parent_id}`,
 * `regular_schedules[]{weekday: "Monday", ...}`, `contacts[]{name, email,
 * phone, visible}`, `cost_options[]` and flags `free` and `needs_referral`.
 */
import type { AccessFeature, Category, Service, ServiceStatus } from '../model.js';
import type { ItemProblems, ProblemLog } from '../problems.js';
import { isObject, type JsonObject } from '../json.js';
import { readArray, readBoolean, readDateTime, readId, readName, readPoint, readPlainText } from '../text/read.js';
import type { DialectReader } from './dialect.js';
import { readOne, readServiceList, type ListItem } from './paging.js';
import { SPRING_ENVELOPE } from './spring-envelope.js';
import {
  arrangePlaces,
  assembleLocation,
  placeIdentity,
  readAccessibilityNotes,
  readAddress,
  type PlaceDraft,
} from './places.js';
import {
  assembleService,
  readSharedFields,
  readServiceIdentity,
  readAges,
  readOrganization,
  readScheduleList,
  readStatus,
} from './shared-service-fields.js';
import { lookup } from './vocabularies.js';

/** Outpost's own statuses, for the feeds that send them (the public API lists only what is visible). */
const STATUS_WORDS: Readonly<Record<string, ServiceStatus>> = {
  pending: 'inactive',
  invisible: 'inactive',
  scheduled: 'inactive',
  expired: 'inactive',
  archived: 'defunct',
  'marked for deletion': 'defunct',
};

const FREQUENCIES: Readonly<Record<string, string>> = {
  week: 'WEEKLY',
  weekly: 'WEEKLY',
  month: 'MONTHLY',
  monthly: 'MONTHLY',
};
/** Older Outpost versions send times of day as Rails date-times ("2000-01-01T10:00:00.000Z"). */
const RAILS_TIME = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/;

/** An Outpost schedule in ORUK's spelling, built field by field (never by spreading the feed's object). */
function prepareSchedule(raw: JsonObject): JsonObject {
  const freq = raw['freq'];
  const time = (value: unknown): unknown =>
    typeof value === 'string' ? (RAILS_TIME.exec(value.trim())?.[1] ?? value) : value;
  return {
    id: raw['id'],
    weekday: raw['weekday'],
    opens_at: time(raw['opens_at']),
    closes_at: time(raw['closes_at']),
    dtstart: raw['dtstart'],
    freq: typeof freq === 'string' ? (lookup(FREQUENCIES, freq.trim().toLowerCase()) ?? freq) : freq,
    interval: raw['interval'],
    byday: raw['byday'],
    bymonthday: raw['bymonthday'],
    until: raw['until'],
    count: raw['count'],
    valid_from: raw['valid_from'],
    valid_to: raw['valid_to'],
    description: raw['description'],
    notes: raw['notes'],
  };
}

/** The place a schedule names through `service_at_location{location_id}`, when it does. */
function placeOfSchedule(raw: JsonObject): string | undefined {
  const link = raw['service_at_location'];
  if (!isObject(link)) return undefined;
  return readId(link['location_id']) ?? (isObject(link['location']) ? readId(link['location']['id']) : undefined);
}

/** Outpost's accessibility options, by slug, for the features their names do not spell out. */
const FEATURE_SLUGS: Readonly<Record<string, AccessFeature>> = {
  'building-has-lift': 'lift',
  'wheelchair-accessible-entrance': 'wheelchair',
  'hearing-loop': 'hearing-loop',
  'accessible-toilet-facilities': 'accessible-toilet',
  'disabled-car-parking-space': 'accessible-parking',
};

function readLocation(raw: unknown, log: ProblemLog, owner: ItemProblems, field: string) {
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) owner.say('wrong-type', field, 'location');
    return undefined;
  }
  const geometry = isObject(raw['geometry']) ? raw['geometry'] : undefined;
  const coordinates = geometry?.['coordinates'];
  const pair = Array.isArray(coordinates) ? coordinates : [];
  const seed = [raw['name'], raw['address_1'], raw['postal_code'], pair[0], pair[1]];
  const { id, ownId, problems } = placeIdentity(raw['id'], seed, log);
  let point;
  if (geometry) {
    // GeoJSON is [longitude, latitude]; readPoint catches (and reports) a pair given the other way round.
    if (Array.isArray(coordinates)) point = readPoint(coordinates[1], coordinates[0], problems, 'geometry.coordinates');
    else if (coordinates !== undefined && coordinates !== null)
      problems.report('wrong-type', 'geometry.coordinates', 'expected [longitude, latitude].');
  } else point = readPoint(raw['latitude'], raw['longitude'], problems);
  const features = readArray(raw['accessibilities'], problems, 'accessibilities').flatMap((option) => {
    const slug = isObject(option) && typeof option['slug'] === 'string' ? option['slug'] : undefined;
    const feature = slug === undefined ? undefined : lookup(FEATURE_SLUGS, slug);
    return feature ? [feature] : [];
  });
  return assembleLocation({
    id,
    ownId,
    problems,
    kind: 'physical',
    name: readName(raw['name'], problems, 'name'),
    description: readPlainText(raw['description'], problems, 'description'),
    address: readAddress(raw, problems),
    point,
    accessibility: readAccessibilityNotes(raw['accessibilities'], problems, 'accessibilities'),
    features,
  });
}

/** Taxonomies as categories whose ids are slugs (what Outpost filters by), parents found among the service's own. */
function readTaxonomies(raw: JsonObject, problems: ItemProblems): Category[] {
  const list = readArray(raw['taxonomies'], problems, 'taxonomies');
  const idOf = new Map<string, string>();
  for (const item of list) {
    if (!isObject(item)) continue;
    const id = readId(item['id']);
    const slug = readId(item['slug']);
    if (id !== undefined) idOf.set(id, slug ?? id);
  }
  const categories = new Map<string, Category>();
  list.forEach((item, i) => {
    const field = `taxonomies[${i}]`;
    if (!isObject(item)) {
      if (item !== null) problems.report('wrong-type', field, 'a taxonomy is not an object.');
      return;
    }
    const ownId = readId(item['id']);
    const slug = readId(item['slug']);
    const id = slug ?? ownId;
    if (id === undefined) {
      problems.report('missing-id', `${field}.id`, 'a taxonomy with no id or slug; left out.');
      return;
    }
    const term = problems.log.for('category', id);
    const name = readName(item['name'], term, 'name');
    if (name === undefined) {
      term.report('missing-name', 'name', 'a taxonomy with no name; left out.');
      return;
    }
    const parent = readId(item['parent_id']);
    // A parent this service does not list can only be named by number, which is not how its category is known.
    const parentId = parent === undefined ? undefined : (idOf.get(parent) ?? (slug === undefined ? parent : undefined));
    if (!categories.has(id))
      categories.set(id, {
        id,
        name,
        ...(parentId !== undefined && parentId !== id && { parentId }),
        ...(slug !== undefined && { code: slug }),
      });
  });
  return [...categories.values()];
}

function readService(record: unknown, log: ProblemLog, field: string): Service | undefined {
  const identity = readServiceIdentity(record, log, field);
  if (!identity) return undefined;
  const { raw, id, name, problems } = identity;

  const drafts: PlaceDraft[] = [];
  readArray(raw['locations'], problems, 'locations').forEach((place, i) => {
    const location = readLocation(place, log, problems, `locations[${i}]`);
    if (location) drafts.push({ location, schedules: [] });
  });
  readArray(raw['service_at_locations'], problems, 'service_at_locations').forEach((link, i) => {
    if (!isObject(link)) return;
    const location = readLocation(link['location'], log, problems, `service_at_locations[${i}].location`);
    if (!location) return;
    const { schedules } = readScheduleList(
      link['regular_schedule'],
      problems,
      `service_at_locations[${i}].regular_schedule`,
      {
        locationId: location.id,
        prepare: prepareSchedule,
      },
    );
    drafts.push({ location, schedules });
  });
  const read = readScheduleList(raw['regular_schedules'], problems, 'regular_schedules', {
    placeOf: placeOfSchedule,
    prepare: prepareSchedule,
  });
  const { locations, schedules } = arrangePlaces(drafts, read.schedules);

  const orgField = raw['organisation'] !== undefined ? 'organisation' : 'organization';
  let status = readStatus(raw['status'], problems, 'status', STATUS_WORDS);
  if (status === 'active' && readBoolean(raw['temporarily_closed'], problems, 'temporarily_closed'))
    status = 'temporarily closed';
  const needsReferral = readBoolean(raw['needs_referral'], problems, 'needs_referral');
  return assembleService({
    id,
    name,
    source: 'outpost',
    detail: 'full',
    ...readSharedFields(raw, problems, readBoolean(raw['free'], problems, 'free')),
    organization: readOrganization(raw[orgField], problems, orgField),
    status,
    categories: readTaxonomies(raw, problems),
    ...readAges(raw['min_age'], raw['max_age'], problems, ['min_age', 'max_age']),
    howToJoin: needsReferral ? ['referral'] : [],
    attending: [],
    languages: [],
    lastModified: readDateTime(raw['updated_at'], problems, 'updated_at'),
    locations,
    schedules,
    serviceAreas: [],
  });
}

function readListItem(raw: unknown, log: ProblemLog, field: string): ListItem | undefined {
  const service = readService(raw, log, field);
  return service && { service, viaPlace: false };
}

export const outpostReader: DialectReader = {
  readServicePage: (payload) => readServiceList(payload, SPRING_ENVELOPE, readListItem),
  readService: (payload) => readOne(payload, (raw, log) => readService(raw, log, '')),
  // Outpost has no page of taxonomies in its public API: categories come with the services.
  readCategoryPage: () => ({ items: [], problems: [] }),
};
