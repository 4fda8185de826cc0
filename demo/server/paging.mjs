// @ts-check
/**
 * Page numbers and the two paging envelopes: ORUK 3.0 (`contents`, `total_items`...) and
 * the Spring style that ORUK 1.0 feeds really use (`content`, `totalElements`...).
 */
import { HttpProblem } from './replies.mjs';

export const PER_PAGE_DEFAULT = 50;
/** Larger requests are served this many: enough for a small directory in one go, bounded for a large one. */
export const PER_PAGE_MAX = 1000;

/**
 * @typedef {{ page: number, perPage: number }} Paging
 */

/**
 * @param {URLSearchParams} params
 * @returns {Paging}
 */
export function readPaging(params) {
  const page = readWholeNumber(params, 'page') ?? 1;
  const perPage = Math.min(readWholeNumber(params, 'per_page') ?? PER_PAGE_DEFAULT, PER_PAGE_MAX);
  return { page, perPage };
}

/**
 * @param {URLSearchParams} params
 * @param {string} name
 */
function readWholeNumber(params, name) {
  const text = params.get(name)?.trim();
  if (!text) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new HttpProblem(400, `${name} must be a whole number, 1 or more, not "${text}"`);
  }
  return Number(text);
}

/**
 * @template T
 * @param {T[]} items
 * @param {Paging} paging
 * @returns {T[]}
 */
export function pageOf(items, { page, perPage }) {
  const start = (page - 1) * perPage;
  return start >= items.length ? [] : items.slice(start, start + perPage);
}

/**
 * The ORUK 3.0 page, built from items already serialised. `size` is the number of items on this page.
 * @param {number} total
 * @param {Paging} paging
 * @param {(string | Buffer)[]} items JSON of each item on the page
 */
export function orukV3PageJson(total, { page, perPage }, items) {
  const totalPages = Math.ceil(total / perPage);
  const head = {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: items.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
  };
  return joinJson(`${JSON.stringify(head).slice(0, -1)},"contents":[`, items, ']}');
}

/**
 * The Spring page of ORUK 1.0 feeds. `size` is the page size asked for, as Spring reports it.
 * @param {number} total
 * @param {Paging} paging
 * @param {(string | Buffer)[]} items JSON of each item on the page
 */
export function springPageJson(total, { page, perPage }, items) {
  const totalPages = Math.ceil(total / perPage);
  const tail = {
    totalElements: total,
    totalPages,
    number: page,
    size: perPage,
    first: page === 1,
    last: page >= totalPages,
    empty: items.length === 0,
  };
  return joinJson('{"content":[', items, `],${JSON.stringify(tail).slice(1)}`);
}

/**
 * One buffer from the parts, commas between the items: no re-encoding of text already encoded.
 * @param {string} head
 * @param {(string | Buffer)[]} items
 * @param {string} tail
 */
function joinJson(head, items, tail) {
  /** @type {Buffer[]} */
  const parts = [Buffer.from(head)];
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(typeof item === 'string' ? Buffer.from(item) : item);
  });
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');
