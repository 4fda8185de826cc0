// @ts-check
/**
 * The demo directory file: ORUK 3.0 / HSDS 3.0 in tabular form (one array per entity,
 * linked by ids), as `demo/data/generate.mjs` writes it.
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ id: string, name: string, description: string, uri?: string, version?: string }} Taxonomy
 * @typedef {{ id: string, name: string, description: string, parent_id?: string, taxonomy_id: string,
 *   taxonomy?: string, code?: string, term?: string }} TaxonomyTerm
 * @typedef {{ id: string, name: string, description: string, email?: string, website?: string, uri?: string }} Organization
 * @typedef {{ id: string, address_1: string, address_2?: string, city: string, state_province: string,
 *   postal_code: string, country: string, address_type: string }} Address
 * @typedef {{ id: string, description?: string, details?: string }} Accessibility
 * @typedef {{ id: string, location_type: string, name?: string, description?: string, latitude?: number,
 *   longitude?: number, addresses?: Address[], accessibility?: Accessibility[] }} Location
 * @typedef {{ id: string, number: string, description?: string }} Phone
 * @typedef {{ id: string, name: string, code?: string }} Language
 * @typedef {{ id: string, option?: string, amount?: number, currency?: string, amount_description?: string }} CostOption
 * @typedef {{ id: string, name?: string, title?: string, email?: string, phones?: Phone[] }} Contact
 * @typedef {{ id: string, freq?: string, interval?: number, byday?: string, bymonthday?: string | number,
 *   dtstart?: string, valid_from?: string, valid_to?: string, opens_at?: string, closes_at?: string,
 *   description?: string, notes?: string, attending_type?: string }} Schedule
 * @typedef {{ id: string, location_id: string }} ServiceAtLocationLink
 * @typedef {{ id: string, name?: string, extent_type?: string }} ServiceArea
 * @typedef {{ id: string, taxonomy_term_id: string, link_type?: string }} Attribute
 * @typedef {{ id: string, organization_id: string, name: string, description?: string, url?: string, email?: string,
 *   status: string, minimum_age?: number, maximum_age?: number, assured_date?: string, last_modified?: string,
 *   alert?: string, fees?: string, eligibility_description?: string, fees_description?: string, phones?: Phone[],
 *   languages?: Language[], cost_options?: CostOption[], contacts?: Contact[], schedules?: Schedule[],
 *   service_at_locations?: ServiceAtLocationLink[], service_areas?: ServiceArea[], attributes?: Attribute[] }} Service
 * @typedef {{ postcode: string, latitude: number, longitude: number, admin_district?: string, parish?: string,
 *   country?: string }} PostcodeRecord
 * @typedef {{ name?: string, fictional?: boolean, notice?: string, area?: string,
 *   centre?: { latitude: number, longitude: number }, generated?: string, seed?: number, services?: number }} DirectoryMeta
 * @typedef {{ meta: DirectoryMeta, taxonomies: Taxonomy[], taxonomy_terms: TaxonomyTerm[],
 *   organizations: Organization[], locations: Location[], services: Service[], postcodes: PostcodeRecord[] }} DirectoryFile
 */

const TABLES = /** @type {const} */ (['taxonomies', 'taxonomy_terms', 'organizations', 'locations', 'services']);

/**
 * Reads and checks the outline of a directory file; a missing table is a clear error, not a crash later.
 * @param {string} path
 * @returns {DirectoryFile}
 */
export function readDirectoryFile(path) {
  /** @type {string} */
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the directory file ${path}: ${describe(error)}`, { cause: error });
  }
  return checkDirectory(JSON.parse(text), path);
}

/**
 * @param {unknown} value
 * @param {string} source where it came from, for the error message
 * @returns {DirectoryFile}
 */
export function checkDirectory(value, source) {
  if (typeof value !== 'object' || value === null) throw new Error(`${source} is not a directory: not a JSON object`);
  const record = /** @type {Record<string, unknown>} */ (value);
  for (const table of TABLES) {
    if (!Array.isArray(record[table])) throw new Error(`${source} is not a directory: "${table}" is not an array`);
  }
  return /** @type {DirectoryFile} */ ({
    ...record,
    meta: record.meta ?? {},
    postcodes: Array.isArray(record.postcodes) ? record.postcodes : [],
  });
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
