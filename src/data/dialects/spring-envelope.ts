/**
 * The paging envelope of ORUK 1.0 and Outpost, apart from `paging.ts` so that
 * an ORUK 3.0 directory's reader does not carry it.
 */
import type { EnvelopeShape } from './paging.js';

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
  mayCountFromZero: true,
};
