/**
 * Readers for untrusted values from a directory feed. Each takes whatever the
 * feed sent, returns a clean value or `undefined`, and reports what was wrong
 * to the item's problem list. None of them throws, whatever it is given.
 */
import { isObject, type JsonObject } from '../json.js';
import type { DataProblemCode, GeoPoint } from '../model.js';
import type { ItemProblems } from '../problems.js';
import type { ProblemKey } from '../problem-words.js';
import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  cutAtWord,
  foldSpace,
  preview,
  typeName,
  unparsedText,
} from './bounded-text.js';
import { safeUrl } from './contact-links.js';
import { emailAddress, webUrl } from './links.js';
import { oneLine } from './plain-or-rich.js';
import { clockTime, dayNumber, minutesOfTime } from '../time/london-time.js';

export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, preview, safeUrl };

/** The value as an array; reports (and yields nothing for) anything else but null and absent. */
export function readArray(value: unknown, problems: ItemProblems, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problems.say('wrong-type', field, 'list', typeName(value));
  return [];
}

/**
 * Visits each item of a list with its path ("contacts[2]") and a reporter for
 * its own fields ("contacts[2].name"); a value that is not a list is reported once.
 */
export function eachInList(
  value: unknown,
  problems: ItemProblems,
  field: string,
  visit: (raw: unknown, at: ItemProblems, path: string) => void,
): void {
  readArray(value, problems, field).forEach((raw, i) => {
    const path = `${field}[${i}]`;
    visit(raw, problems.nested(path), path);
  });
}

/** As `eachInList`, for lists of objects: any other item but null is reported as not a `key` (a problem key). */
export function eachObjectInList(
  value: unknown,
  problems: ItemProblems,
  field: string,
  key: ProblemKey,
  visit: (raw: JsonObject, at: ItemProblems, path: string) => void,
): void {
  eachInList(value, problems, field, (raw, at, path) => {
    if (isObject(raw)) visit(raw, at, path);
    else if (raw !== null) problems.say('wrong-type', path, key);
  });
}

/** The value as an object; reports (and yields undefined for) anything else but null and absent. */
export function readObject(value: unknown, problems: ItemProblems, field: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  problems.say('wrong-type', field, 'object', typeName(value));
  return undefined;
}

export interface TextOptions {
  maxLength?: number;
}

/**
 * Plain text from a field: markup removed, entities decoded, white space
 * folded, cut at `maxLength`. Unlike `readRichText`, keeps no paragraphs,
 * lists or links: for names, labels and short notes.
 */
export function readPlainText(
  value: unknown,
  problems: ItemProblems,
  field: string,
  { maxLength = MAX_TEXT_LENGTH }: TextOptions = {},
): string | undefined {
  const input = unparsedText(value, problems, field, maxLength);
  if (!input) return undefined;
  const { source: raw, cut } = input;
  let text = oneLine(raw);
  if (text !== foldSpace(raw) && /<[a-z!/]/i.test(raw)) {
    problems.say('markup-removed', field, 'markup');
  }
  if (cut || text.length > maxLength) {
    problems.say('too-long', field, 'long', maxLength);
    text = cutAtWord(text, maxLength);
  }
  return text === '' ? undefined : text;
}

/** A short single-line text: a name or a label. */
export function readName(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readPlainText(value, problems, field, { maxLength: MAX_NAME_LENGTH });
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
    problems.say('wrong-type', field, 'number-text');
  } else {
    problems.say('wrong-type', field, 'number', typeName(value));
    return undefined;
  }
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    problems.say('invalid-value', field, 'out-of-range', String(value));
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
  problems.say('wrong-type', field, 'boolean', typeName(value));
  return undefined;
}

/**
 * A text field read by `parse` (given it trimmed). Absent, null and '' are no value; text `parse`
 * cannot read is reported as `key`, and so is anything else, or as `typeKey` (wrong type) when given.
 */
function readParsed<T>(
  value: unknown,
  problems: ItemProblems,
  field: string,
  key: ProblemKey,
  parse: (text: string) => T | undefined,
  typeKey?: ProblemKey,
  code: DataProblemCode = 'invalid-value',
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeKey) {
    problems.say('wrong-type', field, typeKey, typeName(value));
    return undefined;
  }
  const parsed = typeof value === 'string' ? parse(value.trim()) : undefined;
  if (parsed === undefined) problems.say(code, field, key, preview(value));
  return parsed;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A calendar date as YYYY-MM-DD, from a date or a date-time; impossible dates are reported. */
export function readDate(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readParsed(
    value,
    problems,
    field,
    'date',
    (text) => {
      const date = ISO_DATE.exec(text)?.[0];
      return date !== undefined && dayNumber(date) !== undefined ? date : undefined;
    },
    'date-type',
  );
}

/** An ISO 8601 date-time, kept as given when it parses. */
export function readDateTime(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readParsed(value, problems, field, 'date-time', (text) =>
    Number.isNaN(Date.parse(text)) || !ISO_DATE.test(text) ? undefined : text,
  );
}

/**
 * A time of day as 24-hour "HH:MM". ORUK sends "10:00:00", sometimes with a
 * "Z" or offset; directory times are local to the UK, so the offset is ignored.
 */
export function readTime(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readParsed(value, problems, field, 'time', (text) => {
    const minutes = minutesOfTime(text);
    return minutes === undefined ? undefined : clockTime(minutes);
  });
}

/**
 * A web address a person may follow: `http:` or `https:`, as `webUrl`
 * accepts them. Anything else, `javascript:` above all (and `mailto:` or
 * `tel:`, which have fields of their own), is reported and dropped. A bare
 * "example.org" gains "https://".
 */
export function readUrl(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readParsed(value, problems, field, 'url', webUrl, 'url-type', 'unsafe-url');
}

/** An email address, "mailto:" removed; one that is not valid is reported and dropped. */
export function readEmail(value: unknown, problems: ItemProblems, field: string): string | undefined {
  return readParsed(value, problems, field, 'email', emailAddress);
}

/** A phone number as written, kept only if it has digits in it. */
export function readPhoneNumber(value: unknown, problems: ItemProblems, field: string): string | undefined {
  const text = readName(value, problems, field);
  if (text === undefined) return undefined;
  if ((text.match(/\d/g) ?? []).length < 3 || text.length > 40) {
    problems.say('invalid-value', field, 'phone', preview(text));
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
    problems.say('impossible-coordinates', field, 'one-coordinate');
    return undefined;
  }
  const point = { latitude: lat, longitude: lng };
  const swapped = { latitude: lng, longitude: lat };
  const possible = Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
  if (possible && withinBounds(point, expected)) return point;
  if (withinBounds(swapped, expected)) {
    problems.say('swapped-coordinates', field, 'swapped', lat, lng);
    return swapped;
  }
  if (!possible) {
    problems.say('impossible-coordinates', field, 'off-earth', lat, lng);
    return undefined;
  }
  // A real place, just outside the usual area: keep it, a directory may list one across the border.
  return point;
}
