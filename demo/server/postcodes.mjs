// @ts-check
/**
 * Postcode lookup over the demo area's postcodes, answering in the postcodes.io shape
 * so the widgets' postcode client works against either.
 */
import { json, problem } from './replies.mjs';

/** @typedef {import('./directory-file.mjs').PostcodeRecord} PostcodeRecord */

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/**
 * `ng181ab`, ` NG18  1AB ` → `NG18 1AB`; undefined when it cannot be a UK postcode.
 * @param {string} input
 * @returns {string | undefined}
 */
export function normalisePostcode(input) {
  const match = POSTCODE.exec(input.replace(/\s+/g, '').toUpperCase());
  return match ? `${match[1]} ${match[2]}` : undefined;
}

export class PostcodeBook {
  /** @type {Map<string, PostcodeRecord>} */
  #byPostcode = new Map();

  /** @param {PostcodeRecord[]} records */
  constructor(records) {
    for (const record of records) {
      const postcode = normalisePostcode(String(record.postcode ?? ''));
      if (postcode) this.#byPostcode.set(postcode, { ...record, postcode });
    }
  }

  /**
   * @param {string} input
   * @returns {{ found: PostcodeRecord } | { invalid: true } | { unknown: string }}
   */
  lookup(input) {
    const postcode = normalisePostcode(input);
    if (!postcode) return { invalid: true };
    const found = this.#byPostcode.get(postcode);
    return found ? { found } : { unknown: postcode };
  }
}

/**
 * `GET /postcodes/{postcode}`
 * @param {PostcodeBook} book
 * @returns {import('./router.mjs').Handler}
 */
export function postcodeHandler(book) {
  return ({ params }) => {
    const answer = book.lookup(params.postcode);
    if ('invalid' in answer) return problem(400, 'Invalid postcode');
    if ('unknown' in answer) return problem(404, 'Postcode not found');
    const { postcode, latitude, longitude, admin_district, parish, country } = answer.found;
    const [outcode, incode] = postcode.split(' ');
    return json(200, {
      status: 200,
      result: { postcode, outcode, incode, latitude, longitude, admin_district, parish: parish ?? null, country },
    });
  };
}
