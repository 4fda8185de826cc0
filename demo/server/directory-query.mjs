// @ts-check
/**
 * Reads the search and filter parameters that ORUK 3.0 and 1.0 share into one query,
 * so both APIs filter in exactly the same way (the store answers it).
 */
import { HttpProblem } from './replies.mjs';
import { normalisePostcode } from './postcodes.mjs';

/**
 * @typedef {object} DirectoryQuery
 * @property {string[]} words lower-case search words; a service must contain every one
 * @property {string[]} termIds a service must carry one of these terms or one of their children
 * @property {string[]} taxonomyIds a service must carry a term from one of these taxonomies
 * @property {number} [minimumAge] the youngest age the person asks about
 * @property {number} [maximumAge] the oldest age the person asks about
 * @property {string[]} days `MO`..`SU`: a service must meet on one of them
 * @property {string} [startTime] `HH:MM`: a session must start at or after it
 * @property {string} [endTime] `HH:MM`: a session must end at or before it
 * @property {string} [postcode] normalised: results are ordered nearest first
 * @property {number} [proximity] metres from the postcode: results further away are left out
 */

/** @type {Record<string, string>} */
const DAY_CODES = {};
for (const [code, name] of [
  ['MO', 'monday'],
  ['TU', 'tuesday'],
  ['WE', 'wednesday'],
  ['TH', 'thursday'],
  ['FR', 'friday'],
  ['SA', 'saturday'],
  ['SU', 'sunday'],
]) {
  DAY_CODES[code.toLowerCase()] = code;
  DAY_CODES[name] = code;
  DAY_CODES[name.slice(0, 3)] = code;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * @typedef {object} ParameterNames
 * @property {string} [search] ORUK 1.0 calls it `text`
 * @property {string} [term] ORUK 1.0 calls a term a taxonomy: `taxonomy_id`
 * @property {string} [taxonomy] ORUK 1.0 calls a taxonomy a vocabulary: `vocabulary`
 */

/** ORUK 1.0's names for the same filters. */
export const ORUK_V1_NAMES = { search: 'text', term: 'taxonomy_id', taxonomy: 'vocabulary' };

/**
 * @param {URLSearchParams} params
 * @param {ParameterNames} [names] ORUK 3.0's names unless told otherwise
 * @returns {DirectoryQuery}
 */
export function readDirectoryQuery(params, names = {}) {
  const { search: searchParam = 'search', term = 'taxonomy_term_id', taxonomy = 'taxonomy_id' } = names;
  const search = (params.get(searchParam) ?? '').trim().toLowerCase();
  const postcodeText = params.get('postcode')?.trim();
  const postcode = postcodeText ? normalisePostcode(postcodeText) : undefined;
  if (postcodeText && !postcode) throw new HttpProblem(400, `Invalid postcode: ${postcodeText}`);
  const proximity = readNumber(params, 'proximity');
  if (proximity !== undefined && !postcode) throw new HttpProblem(400, 'proximity needs a postcode to measure from');
  if (proximity === 0) throw new HttpProblem(400, 'proximity must be more than 0 metres');
  return {
    words: search ? search.split(/\s+/) : [],
    termIds: readList(params, term),
    taxonomyIds: readList(params, taxonomy),
    minimumAge: readNumber(params, 'minimum_age'),
    maximumAge: readNumber(params, 'maximum_age'),
    days: readList(params, 'day').map(readDay),
    startTime: readTime(params, 'start_time'),
    endTime: readTime(params, 'end_time'),
    postcode,
    proximity,
  };
}

/**
 * `day=WE`, `day=wednesday`, `day=Wed`, `day=MO,TU` or `day=MO&day=TU`.
 * @param {string} value
 */
function readDay(value) {
  const code = DAY_CODES[value.toLowerCase()];
  if (!code)
    throw new HttpProblem(400, `day must be one of MO, TU, WE, TH, FR, SA, SU (or a day name), not "${value}"`);
  return code;
}

/**
 * Repeated parameters and comma-separated values both give a list.
 * @param {URLSearchParams} params
 * @param {string} name
 */
function readList(params, name) {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * @param {URLSearchParams} params
 * @param {string} name
 */
function readNumber(params, name) {
  const text = params.get(name)?.trim();
  if (!text) return undefined;
  if (!NUMBER.test(text)) throw new HttpProblem(400, `${name} must be a number that is 0 or more, not "${text}"`);
  return Number(text);
}

/**
 * `9:30`, `09:30` or `09:30:00` → `09:30`.
 * @param {URLSearchParams} params
 * @param {string} name
 */
function readTime(params, name) {
  const text = params.get(name)?.trim();
  if (!text) return undefined;
  const match = TIME.exec(text);
  if (!match) throw new HttpProblem(400, `${name} must be a time like 09:30, not "${text}"`);
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/**
 * Schedule times in the data (`10:00`, `10:00:00`) as comparable `HH:MM` text.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function clockTime(value) {
  const match = value ? TIME.exec(value.trim()) : null;
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}
