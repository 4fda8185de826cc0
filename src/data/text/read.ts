/**
 * Readers for untrusted values from a directory feed. Each takes whatever the
 * feed sent, returns a clean value or `undefined`, and reports what was wrong
 * to the item's problem list. None of them throws, whatever it is given.
 */
import { isObject, type JsonObject } from '../json.js';
import type { GeoPoint } from '../model.js';
import type { ItemProblems } from '../problems.js';
import { plainText } from './rich-text.js';

/** Longest name kept before it is cut (and reported). */
export const MAX_NAME_LENGTH = 300;
/** Longest description kept before it is cut (and reported): a 2 MB description must not reach the page. */
export const MAX_TEXT_LENGTH = 20_000;

/** The value as an array; reports (and yields nothing for) anything else but null and absent. */
export function readArray(value: unknown, problems: ItemProblems, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problems.report('wrong-type', field, `expected a list, found ${typeName(value)}.`);
  return [];
}

/** The value as an object; reports (and yields undefined for) anything else but null and absent. */
export function readObject(value: unknown, problems: ItemProblems, field: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  problems.report('wrong-type', field, `expected an object, found ${typeName(value)}.`);
  return undefined;
}

export interface TextOptions {
  maxLength?: number;
}

/**
 * A text field as the string a reader parses, cut first so that a 2 MB field
 * costs no more than its first part. Numbers are accepted as text (ids often
 * are); anything else is reported. `cut` says whether the string was cut.
 */
export function rawText(
  value: unknown,
  problems: ItemProblems,
  field: string,
  maxLength: number,
): { raw: string; cut: boolean } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
    problems.report('wrong-type', field, `expected text, found ${typeName(value)}.`);
    return undefined;
  }
  const raw = String(value);
  const cut = raw.length > maxLength * 4;
  return { raw: cut ? raw.slice(0, maxLength * 4) : raw, cut };
}

/** Plain text from a field: markup removed, entities decoded, white space folded, cut at `maxLength`. */
export function readText(
  value: unknown,
  problems: ItemProblems,
  field: string,
  { maxLength = MAX_TEXT_LENGTH }: TextOptions = {},
): string | undefined {
  const input = rawText(value, problems, field, maxLength);
  if (!input) return undefined;
  const { raw, cut } = input;
  let text = raw.includes('<') || raw.includes('&') ? plainText(raw) : foldSpace(raw);
  if (text !== foldSpace(raw) && /<[a-z!/]/i.test(raw)) {
    problems.report('markup-removed', field, 'contained markup, shown as plain text.');
  }
  if (cut || text.length > maxLength) {
    problems.report('too-long', field, `longer than ${maxLength} characters, cut short.`);
    text = cutAtWord(text, maxLength);
  }
  return text === '' ? undefined : text;
}

/** A short single-line text: a name or a label. */
export function readName(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readText(value, problems, field, { maxLength: MAX_NAME_LENGTH });
}

/** An id: a non-empty string, or a number turned into one. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const id = value.trim();
    return id === '' || id.length > 200 ? undefined : id;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A number, also from a numeric string (reported); out of range is reported and dropped. */
export function readNumber(
  value: unknown,
  problems: ItemProblems,
  field: string,
  { min = -Infinity, max = Infinity, integer = false }: NumberOptions = {},
): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    n = Number(value);
    problems.report('wrong-type', field, 'a number was sent as text; read it as a number.');
  } else {
    problems.report('wrong-type', field, `expected a number, found ${typeName(value)}.`);
    return undefined;
  }
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    problems.report('invalid-value', field, `${String(value)} is not a possible value here.`);
    return undefined;
  }
  return n;
}

/** A boolean, also from "true"/"false"/"yes"/"no". */
export function readBoolean(value: unknown, problems: ItemProblems, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes') return true;
    if (v === 'false' || v === 'no') return false;
  }
  problems.report('wrong-type', field, `expected true or false, found ${typeName(value)}.`);
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A calendar date as YYYY-MM-DD, from a date or a date-time; impossible dates are reported. */
export function readDate(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.report('wrong-type', field, `expected a date, found ${typeName(value)}.`);
    return undefined;
  }
  const m = ISO_DATE.exec(value.trim());
  if (m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  problems.report('invalid-value', field, `"${preview(value)}" is not a date in the form YYYY-MM-DD.`);
  return undefined;
}

/** An ISO 8601 date-time, kept as given when it parses. */
export function readDateTime(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !ISO_DATE.test(value.trim())) {
    problems.report('invalid-value', field, `"${preview(value)}" is not an ISO 8601 date-time.`);
    return undefined;
  }
  return value.trim();
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A time of day as 24-hour "HH:MM". ORUK sends "10:00:00", sometimes with a
 * "Z" or offset; directory times are local to the UK, so the offset is ignored.
 */
export function readTime(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const m = TIME.exec(value.trim());
    if (m) {
      const h = Number(m[1]);
      const min = Number(m[2]);
      if (h <= 24 && min < 60 && !(h === 24 && min > 0)) return `${String(h).padStart(2, '0')}:${m[2]}`;
    }
  }
  problems.report('invalid-value', field, `"${preview(value)}" is not a time of day (HH:MM).`);
  return undefined;
}

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/**
 * A link a person may follow: absolute `http:` or `https:` (or `mailto:` /
 * `tel:` when `allowContact`). Anything else, `javascript:` above all, is
 * reported and dropped. A bare "www.example.org" gains "https://".
 */
export function readUrl(
  value: unknown,
  problems: ItemProblems,
  field: string,
  { allowContact = false }: { allowContact?: boolean } = {},
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.report('wrong-type', field, `expected a web address, found ${typeName(value)}.`);
    return undefined;
  }
  const safe = safeUrl(value, allowContact);
  if (safe === undefined)
    problems.report('unsafe-url', field, `"${preview(value)}" is not a web address we can link to.`);
  return safe;
}

/** The URL normalised if it is one a person may follow, else undefined. Never throws. */
export function safeUrl(value: string, allowContact = false): string | undefined {
  // Control characters and spaces inside a scheme are how "java\tscript:" slips past naive checks.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let raw = value.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  if (/^www\./i.test(raw)) raw = `https://${raw}`;
  if (!SAFE_LINK.test(raw)) return undefined;
  if (!allowContact && !/^https?:/i.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) return undefined;
    if (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.hostname.includes('.') &&
      url.hostname !== 'localhost'
    ) {
      return undefined;
    }
    return url.href;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

export function readEmail(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const email = value.trim().replace(/^mailto:/i, '');
    if (EMAIL.test(email) && email.length <= 254) return email;
  }
  problems.report('invalid-value', field, `"${preview(value)}" is not an email address.`);
  return undefined;
}

/** A phone number as written, kept only if it has digits in it. */
export function readPhoneNumber(value: unknown, problems: ItemProblems, field: string): string | undefined {
  const text = readName(value, problems, field);
  if (text === undefined) return undefined;
  if ((text.match(/\d/g) ?? []).length < 3 || text.length > 40) {
    problems.report('invalid-value', field, `"${preview(text)}" is not a phone number.`);
    return undefined;
  }
  return text;
}

/** Where UK directories' places can be: used to spot latitude and longitude given the wrong way round. */
export const UK_BOUNDS = { south: 49.8, north: 60.95, west: -8.7, east: 1.8 } as const;

export interface Bounds {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

export function withinBounds(point: GeoPoint, b: Bounds): boolean {
  return (
    point.latitude >= b.south && point.latitude <= b.north && point.longitude >= b.west && point.longitude <= b.east
  );
}

/**
 * A WGS84 point from separate latitude and longitude values (numbers or
 * numeric strings). Impossible values (the official examples' 100, 101) and
 * 0,0 are reported and dropped. Values that fall outside `expected` but
 * inside it the other way round are swapped back and reported.
 */
export function readPoint(
  latitude: unknown,
  longitude: unknown,
  problems: ItemProblems,
  field = 'latitude/longitude',
  expected: Bounds = UK_BOUNDS,
): GeoPoint | undefined {
  if ((latitude === undefined || latitude === null) && (longitude === undefined || longitude === null))
    return undefined;
  const lat = readNumber(latitude, problems, field);
  const lng = readNumber(longitude, problems, field);
  if (lat === undefined || lng === undefined) {
    problems.report('impossible-coordinates', field, 'only one of latitude and longitude could be read.');
    return undefined;
  }
  const point = { latitude: lat, longitude: lng };
  const swapped = { latitude: lng, longitude: lat };
  const possible = Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
  if (possible && withinBounds(point, expected)) return point;
  if (withinBounds(swapped, expected)) {
    problems.report('swapped-coordinates', field, `latitude and longitude are the wrong way round (${lat}, ${lng}).`);
    return swapped;
  }
  if (!possible) {
    problems.report('impossible-coordinates', field, `${lat}, ${lng} is not a place on Earth; left off the map.`);
    return undefined;
  }
  // A real place, just outside the usual area: keep it, a directory may list one across the border.
  return point;
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text cut to `max` characters at a word where one is near, ending with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${preview(value)}`;
}

/** A short, safe rendering of a bad value for a console message. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.stringify throws on very deeply nested values: a bad value must not break the reading.
    s = Array.isArray(value) ? 'a list' : 'an object';
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
