/**
 * Readers for untrusted values from a directory feed. Each takes whatever the
 * feed sent, returns a clean value or `undefined`, and reports what was wrong
 * to the item's problem list. None of them throws, whatever it is given.
 */
import { isObject, type JsonObject } from '../json.js';
import type { GeoPoint } from '../model.js';
import type { ItemProblems } from '../problems.js';
import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  cutAtWord,
  foldSpace,
  preview,
  typeName,
  unparsedText,
} from './bounded-text.js';
import { emailAddress, safeUrl } from './links.js';
import { oneLine } from './plain-or-rich.js';
import { clockTime, dayNumber, minutesOfTime } from '../time/london-time.js';

export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, preview, safeUrl };

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A calendar date as YYYY-MM-DD, from a date or a date-time; impossible dates are reported. */
export function readDate(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.report('wrong-type', field, `expected a date, found ${typeName(value)}.`);
    return undefined;
  }
  const date = ISO_DATE.exec(value.trim())?.[0];
  if (date !== undefined && dayNumber(date) !== undefined) return date;
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

/**
 * A time of day as 24-hour "HH:MM". ORUK sends "10:00:00", sometimes with a
 * "Z" or offset; directory times are local to the UK, so the offset is ignored.
 */
export function readTime(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const minutes = typeof value === 'string' ? minutesOfTime(value.trim()) : undefined;
  if (minutes !== undefined) return clockTime(minutes);
  problems.report('invalid-value', field, `"${preview(value)}" is not a time of day (HH:MM).`);
  return undefined;
}

/**
 * A link a person may follow: `http:` or `https:` (or `mailto:` / `tel:`
 * when `allowContact`), as `safeUrl` accepts them. Anything else,
 * `javascript:` above all, is reported and dropped. A bare "example.org"
 * gains "https://".
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

/** An email address, "mailto:" removed; one that is not valid is reported and dropped. */
export function readEmail(value: unknown, problems: ItemProblems, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const email = typeof value === 'string' ? emailAddress(value) : undefined;
  if (email !== undefined) return email;
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
