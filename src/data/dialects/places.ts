/**
 * Readers for places: addresses (`address_1`, `city`, `postal_code`... the
 * same names in all three formats, whether in ORUK 3.0 `addresses[]`, ORUK
 * 1.0 `physical_addresses[]` or inline on an Outpost location), accessibility
 * notes, and the assembly of a `Location` with its access features and, when
 * the feed gave it none, an id derived from what it says.
 */
import { readAccessFeatures } from '../text/access-features.js';
import {
  compact,
  type AccessFeature,
  type AccessibilityNote,
  type Address,
  type GeoPoint,
  type Location,
  type LocationKind,
  type Schedule,
  type ServiceLocation,
} from '../model.js';
import type { ItemProblems, ProblemLog } from '../problems.js';
import { isObject, type JsonObject } from '../json.js';
import { normalisePostcode } from '../search/postcode.js';
import { eachInList, preview, readArray, readId, readName, readPlainText, readPoint, readUrl } from '../text/read.js';

/** An address from `address_1`..`address_4`, `city`, `state_province`/`region`, `postal_code`, `country`. */
export function readAddress(raw: JsonObject, problems: ItemProblems): Address | undefined {
  const lines: string[] = [];
  for (const key of ['address_1', 'address_2', 'address_3', 'address_4']) {
    const line = readName(raw[key], problems, key);
    if (line) lines.push(line);
  }
  const postcodeText = readName(raw['postal_code'], problems, 'postal_code');
  const address = compact({
    lines,
    town: readName(raw['city'], problems, 'city'),
    region: readName(raw['state_province'], problems, 'state_province') ?? readName(raw['region'], problems, 'region'),
    // A UK postcode is written the one standard way; anything else is kept as the feed wrote it.
    postcode: postcodeText === undefined ? undefined : (normalisePostcode(postcodeText) ?? postcodeText),
    country: readName(raw['country'], problems, 'country'),
  });
  return lines.length > 0 || address.town || address.postcode ? address : undefined;
}

/** The place's street address from a list of them: the physical one when the feed marks which is which. */
export function readAddressList(value: unknown, problems: ItemProblems, field: string): Address | undefined {
  const list = readArray(value, problems, field);
  const physical = list.findIndex((a) => isObject(a) && a['address_type'] === 'physical');
  const order = physical > 0 ? [physical, ...list.keys()] : [...list.keys()];
  for (const i of order) {
    const raw = list[i];
    if (!isObject(raw)) {
      if (raw !== null && raw !== undefined) problems.say('wrong-type', `${field}[${i}]`, 'address');
      continue;
    }
    const address = readAddress(raw, problems.nested(`${field}[${i}]`));
    if (address) return address;
  }
  return undefined;
}

/**
 * Accessibility notes: ORUK 3.0 `{description, details, url}`, ORUK 1.0
 * `{accessibility, details}`, Outpost `{name}`, or plain strings.
 */
export function readAccessibilityNotes(value: unknown, problems: ItemProblems, field: string): AccessibilityNote[] {
  const notes: AccessibilityNote[] = [];
  eachInList(value, problems, field, (raw, at, path) => {
    if (typeof raw === 'string') {
      const description = readPlainText(raw, problems, path);
      if (description) notes.push({ description });
      return;
    }
    if (!isObject(raw)) {
      if (raw !== null) problems.say('wrong-type', path, 'accessibility');
      return;
    }
    const details = readPlainText(raw['details'], at, 'details');
    const description =
      readPlainText(raw['description'], at, 'description') ??
      readPlainText(raw['accessibility'], at, 'accessibility') ??
      readName(raw['name'], at, 'name') ??
      details;
    if (!description) return;
    notes.push(
      compact({
        description,
        details: details === description ? undefined : details,
        url: readUrl(raw['url'], at, 'url'),
      }),
    );
  });
  return notes;
}

const KINDS: readonly LocationKind[] = ['physical', 'postal', 'virtual'];

/** ORUK 3.0 `location_type`; absent means a physical place, an unknown word is reported and read so. */
export function readLocationKind(value: unknown, problems: ItemProblems, field = 'location_type'): LocationKind {
  if (value === undefined || value === null || value === '') return 'physical';
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const kind = KINDS.find((k) => k === word);
  if (kind) return kind;
  problems.say('invalid-value', field, 'location-type', preview(value));
  return 'physical';
}

/**
 * The id a place is known by, and the reporter for its problems. A place the
 * feed gave no id gets one made from what it says: the same place read twice,
 * on two pages, gets the same id.
 */
export function placeIdentity(
  rawId: unknown,
  seed: readonly unknown[],
  log: ProblemLog,
): { id: string; ownId: boolean; problems: ItemProblems } {
  const id = readId(rawId);
  if (id !== undefined) return { id, ownId: true, problems: log.for('location', id) };
  const text = seed.map((part) => (typeof part === 'string' || typeof part === 'number' ? String(part) : '')).join('|');
  const derived = `place-${hash(text)}`;
  return { id: derived, ownId: false, problems: log.for('location', derived) };
}

/** FNV-1a, 32 bits, base 36: short, stable, and enough to tell one service's places apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export interface PlaceParts {
  readonly id: string;
  /** Whether the id came from the feed; a derived one is kept only for a place with something to show. */
  readonly ownId: boolean;
  readonly problems: ItemProblems;
  readonly kind: LocationKind;
  readonly name?: string;
  readonly description?: string;
  readonly address?: Address;
  readonly point?: GeoPoint;
  readonly accessibility: readonly AccessibilityNote[];
  /** Features a feed flags outright (Outpost's accessibilities), besides those read from the notes. */
  readonly features?: readonly AccessFeature[];
}

/** The place as the model holds it; undefined for a place with no id and nothing to show. */
export function assembleLocation(parts: PlaceParts): Location | undefined {
  const { ownId, problems, features = [], ...rest } = parts;
  const useful = parts.name || parts.address || parts.point || parts.kind === 'virtual' || parts.description;
  if (!ownId && !useful) return undefined;
  if (!ownId) problems.say('missing-id', 'id', 'place-id');
  const fromNotes = readAccessFeatures(parts.accessibility.flatMap((note) => [note.description, note.details]));
  const access = [...new Set([...fromNotes, ...features])];
  return compact({ ...rest, accessibility: [...parts.accessibility], access });
}

/**
 * A place as ORUK 3.0 and 1.0 write it: `id`, `name`, `description`, `location_type`, `latitude` and
 * `longitude`, its addresses (`addresses`, or 1.0's `physical_addresses`) and accessibility notes
 * (`accessibilityField`: 3.0's `accessibility`, 1.0's `accessibility_for_disabilities`). Undefined
 * for a place with no id and nothing to show, or one that is not an object (reported on `owner`).
 */
export function readOpenReferralLocation(
  raw: unknown,
  log: ProblemLog,
  owner: ItemProblems,
  field: string,
  accessibilityField: string,
): Location | undefined {
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) owner.say('wrong-type', field, 'location');
    return undefined;
  }
  const addresses = raw['physical_addresses'] ?? raw['addresses'];
  const addressField = raw['physical_addresses'] !== undefined ? 'physical_addresses' : 'addresses';
  const first = Array.isArray(addresses) && isObject(addresses[0]) ? addresses[0] : {};
  const seed = [raw['name'], first['address_1'], first['postal_code'], raw['latitude'], raw['longitude']];
  const { id, ownId, problems } = placeIdentity(raw['id'], seed, log);
  return assembleLocation({
    id,
    ownId,
    problems,
    kind: readLocationKind(raw['location_type'], problems),
    name: readName(raw['name'], problems, 'name'),
    description: readPlainText(raw['description'], problems, 'description'),
    address: readAddressList(addresses, problems, addressField),
    point: readPoint(raw['latitude'], raw['longitude'], problems),
    accessibility: readAccessibilityNotes(raw[accessibilityField], problems, accessibilityField),
  });
}

/** A place as a dialect read it: the feed's service-at-location id, the place, and its own schedules. */
export interface PlaceDraft {
  readonly id?: string;
  readonly location: Location;
  readonly schedules: readonly Schedule[];
}

/**
 * The service's places, each once by id, with the schedules particular to
 * each: their own, and the service's schedules that name the place. A
 * schedule naming a place the service does not list stays with the service.
 */
export function arrangePlaces(
  drafts: readonly PlaceDraft[],
  serviceSchedules: readonly Schedule[],
): { locations: ServiceLocation[]; schedules: Schedule[] } {
  const places = new Map<string, { id: string; location: Location; schedules: Schedule[] }>();
  const byLocation = new Map<string, Schedule[]>();
  for (const draft of drafts) {
    const id = draft.id ?? draft.location.id;
    const own = draft.schedules.map((schedule) => ({ ...schedule, locationId: draft.location.id }));
    const seen = places.get(id);
    if (seen) seen.schedules.push(...own);
    else {
      const place = { id, location: draft.location, schedules: own };
      places.set(id, place);
      if (!byLocation.has(draft.location.id)) byLocation.set(draft.location.id, place.schedules);
    }
  }
  const schedules: Schedule[] = [];
  for (const schedule of serviceSchedules) {
    const placeSchedules = schedule.locationId === undefined ? undefined : byLocation.get(schedule.locationId);
    if (placeSchedules) placeSchedules.push(schedule);
    else if (schedule.locationId === undefined) schedules.push(schedule);
    else schedules.push(withoutPlace(schedule));
  }
  return { locations: [...places.values()], schedules };
}

function withoutPlace(schedule: Schedule): Schedule {
  const general: { -readonly [K in keyof Schedule]: Schedule[K] } = { ...schedule };
  delete general.locationId;
  return general;
}
