/**
 * The paging envelope of ORUK 1.0 and Outpost, apart from `paging.ts` so that
 * an ORUK 3.0 directory's reader does not carry it.
 */
import type { EnvelopeShape } from './paging.js';

/**
 * The 1-based page number. Spring-style feeds count from 0 and ORUK 1.0 says
 * 1, and both are met: `first` and `last` tell which (the first page numbered
 * 0 or 1, the last page numbered totalPages - 1 or totalPages, and page 1 that
 * is not the first is the second). With neither to go by, a 0 can only count
 * from 0, and anything else is taken to count from 1, as the 1.0 API says.
 */
function pageNumber(
  number: number,
  first: boolean | undefined,
  last: boolean | undefined,
  totalPages: number | undefined,
): number {
  let fromZero: boolean;
  if (first === true) fromZero = number === 0;
  else if (first === false && number === 1) fromZero = true;
  else if (last === true && totalPages !== undefined && totalPages > 0) fromZero = number === totalPages - 1;
  else fromZero = number === 0;
  return fromZero ? number + 1 : Math.max(1, number);
}

/** ORUK 1.0 and Outpost: Spring-style, with `content` (the 1.0 OpenAPI file says `contents`: both are read). */
export const SPRING_ENVELOPE: EnvelopeShape = {
  items: ['content', 'contents'],
  page: 'number',
  totalPages: 'totalPages',
  totalItems: 'totalElements',
  // Outpost's `size` is how many items this page holds; its `perPage` is the page size.
  perPage: ['perPage', 'size'],
  first: 'first',
  last: 'last',
  empty: 'empty',
  pageNumber,
};
