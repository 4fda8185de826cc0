/**
 * Reads Open Referral UK 1.0 answers (see `oruk-v1.ts` for the format):
 * services with their places nested in `service_at_locations[].location`,
 * categories in `service_taxonomys[].taxonomy`, and how to take part in
 * `attending_type` and `attending_access`. `holiday_schedules` (closures on
 * given dates) are not read: the model has no closures yet, and the regular
 * schedule still holds.
 */
import type { Category, Service } from '../model.js';
import type { ItemProblems, ProblemLog } from '../problems.js';
import { isObject, type JsonObject } from '../json.js';
import { preview, readArray, readId, readPlainText } from '../text/read.js';
import type { DialectReader } from './dialect.js';
import { readList, readOne, readServiceList, type ListItem } from './paging.js';
import { SPRING_ENVELOPE } from './spring-envelope.js';
import { arrangePlaces, readOpenReferralLocation, type PlaceDraft } from './places.js';
import {
  assembleService,
  readOpenReferralFields,
  readServiceIdentity,
  readAges,
  readScheduleList,
} from './shared-service-fields.js';
import {
  attendingTypeOf,
  joinMethodOf,
  readCategory,
  ServiceTerms,
  vocabularyOf,
  type RawTerm,
  type Vocabulary,
} from './vocabularies.js';

/**
 * A list item is the full record only when it carries every list Waymark
 * shows: places, meeting times and categories. Council 1.0 lists often send
 * none of them; their full records are fetched later, if they add anything.
 */
const SHOWN = ['service_at_locations', 'regular_schedules', 'service_taxonomys'];

/** A 1.0 taxonomy `{id, name, vocabulary, parent}`; `parent` is an id, or the parent taxonomy itself. */
function termOf(raw: JsonObject): RawTerm {
  const parent = raw['parent'] ?? raw['parent_id'];
  return {
    id: raw['id'],
    name: raw['name'],
    parentId: isObject(parent) ? parent['id'] : parent,
    taxonomyId: raw['vocabulary'],
    taxonomyName: raw['vocabulary'],
    description: raw['description'],
  };
}

function readPlace(raw: unknown, log: ProblemLog, owner: ItemProblems, field: string): PlaceDraft | undefined {
  if (!isObject(raw)) {
    if (raw !== null) owner.report('wrong-type', field, 'a service-at-location is not an object.');
    return undefined;
  }
  const location = readOpenReferralLocation(
    raw['location'],
    log,
    owner,
    `${field}.location`,
    'accessibility_for_disabilities',
  );
  if (!location) return undefined;
  // Feeds write the place's schedules as `regular_schedule` (the 1.0 schema) or `regular_schedules`.
  const key = raw['regular_schedule'] !== undefined ? 'regular_schedule' : 'regular_schedules';
  const { schedules } = readScheduleList(raw[key], owner, `${field}.${key}`, { locationId: location.id });
  const id = readId(raw['id']);
  return id === undefined ? { location, schedules } : { id, location, schedules };
}

/** Ages and who it is for, from `eligibilitys[]`: the widest range any entry gives. */
function readEligibility(raw: JsonObject, problems: ItemProblems) {
  const minimums: number[] = [];
  const maximums: number[] = [];
  const words: string[] = [];
  readArray(raw['eligibilitys'], problems, 'eligibilitys').forEach((entry, i) => {
    if (!isObject(entry)) {
      if (entry !== null) problems.report('wrong-type', `eligibilitys[${i}]`, 'an eligibility is not an object.');
      return;
    }
    const at = problems.nested(`eligibilitys[${i}]`);
    const ages = readAges(entry['minimum_age'], entry['maximum_age'], at);
    if (ages.minimumAge !== undefined) minimums.push(ages.minimumAge);
    if (ages.maximumAge !== undefined) maximums.push(ages.maximumAge);
    const text = readPlainText(entry['eligibility'], at, 'eligibility');
    if (text && !words.includes(text)) words.push(text);
  });
  // Some 1.0 feeds put the ages on the service itself.
  const own = readAges(raw['minimum_age'], raw['maximum_age'], problems);
  const minimumAge = own.minimumAge ?? (minimums.length > 0 ? Math.min(...minimums) : undefined);
  const maximumAge = own.maximumAge ?? (maximums.length > 0 ? Math.max(...maximums) : undefined);
  return {
    ...(minimumAge !== undefined && { minimumAge }),
    ...(maximumAge !== undefined && { maximumAge }),
    ...(words.length > 0 && { eligibility: words.join('; ') }),
  };
}

function readService(record: unknown, log: ProblemLog, field: string, full = false): Service | undefined {
  const identity = readServiceIdentity(record, log, field);
  if (!identity) return undefined;
  const { raw, id, name, problems } = identity;

  const terms = new ServiceTerms();
  readArray(raw['service_taxonomys'], problems, 'service_taxonomys').forEach((link, i) => {
    const taxonomy = isObject(link) ? link['taxonomy'] : undefined;
    if (isObject(taxonomy)) terms.add(termOf(taxonomy), problems, `service_taxonomys[${i}].taxonomy`);
    else if (link !== null)
      problems.report('wrong-type', `service_taxonomys[${i}]`, 'a taxonomy link with no taxonomy.');
  });
  addWords(terms, raw['attending_type'], 'attending', problems, 'attending_type');
  addWords(terms, raw['attending_access'], 'how-to-join', problems, 'attending_access');

  const drafts: PlaceDraft[] = [];
  readArray(raw['service_at_locations'], problems, 'service_at_locations').forEach((link, i) => {
    const place = readPlace(link, log, problems, `service_at_locations[${i}]`);
    if (place) drafts.push(place);
  });
  const read = readScheduleList(raw['regular_schedules'], problems, 'regular_schedules');
  const { locations, schedules } = arrangePlaces(drafts, read.schedules);

  const detail = full || SHOWN.every((key) => Array.isArray(raw[key])) ? 'full' : 'summary';
  return assembleService({
    id,
    name,
    source: 'oruk-v1',
    detail,
    ...readOpenReferralFields(raw, problems),
    categories: terms.categories,
    ...readEligibility(raw, problems),
    howToJoin: [...terms.howToJoin],
    attending: [...terms.attending],
    attendingHints: read.attending,
    locations,
    schedules,
  });
}

function readListItem(raw: unknown, log: ProblemLog, field: string): ListItem | undefined {
  const service = readService(raw, log, field);
  return service && { service, viaPlace: false };
}

function readTaxonomyItem(raw: unknown, log: ProblemLog, field: string): Category | undefined {
  if (!isObject(raw)) {
    log.for('category').report('wrong-type', field, 'a taxonomy is not an object.');
    return undefined;
  }
  const term = termOf(raw);
  if (vocabularyOf(term.taxonomyId, term.taxonomyName)) return undefined;
  return readCategory(term, log.for('category'), field);
}

/** Words from a plain field (`attending_access`, `attending_type`), comma-separated, sorted into `terms`. */
function addWords(
  terms: ServiceTerms,
  value: unknown,
  vocabulary: Vocabulary,
  problems: ItemProblems,
  field: string,
): void {
  if (value === undefined || value === null || value === '') return;
  const words = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value];
  for (const word of words) {
    const text = typeof word === 'string' ? word : undefined;
    if (text !== undefined && text.trim() === '') continue;
    if (vocabulary === 'how-to-join') {
      const found = joinMethodOf(text);
      if (found) terms.howToJoin.add(found);
      else problems.say('invalid-value', field, 'word', preview(word));
    } else {
      const found = attendingTypeOf(text);
      if (found) terms.attending.add(found);
      else problems.say('invalid-value', field, 'word', preview(word));
    }
  }
}

export const oruk1Reader: DialectReader = {
  readServicePage: (payload) => readServiceList(payload, SPRING_ENVELOPE, readListItem),
  readService: (payload) => readOne(payload, (raw, log) => readService(raw, log, '', true)),
  readCategoryPage: (payload) => readList(payload, SPRING_ENVELOPE, 'category', readTaxonomyItem),
};
