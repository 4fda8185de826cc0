/**
 * Choosing how a directory is queried. A directory of at most
 * `localThreshold` services is loaded whole and queried in the browser, where
 * search forgives typos and every filter works, even when its list gives only
 * summaries (what is missing is fetched later, see `details.ts`). A bigger one
 * is queried through its own API, a page at a time. The size is what the
 * first page says, or, when it gives only a page count, that count times the
 * page size; or it shows while the pages are read.
 */
import type { PageInfo } from '../model.js';
import type { SearchHit } from '../search/search.js';

/** 'local': loaded whole, queried in the browser; 'remote': queried through the API, page by page. */
export type DirectoryMode = 'local' | 'remote';

/** How many services a list holds, as its first page tells: its count, or its pages times their size. */
export function estimatedTotal(info: PageInfo | undefined, itemsOnPage: number): number | undefined {
  if (info?.totalItems !== undefined) return info.totalItems;
  if (info?.totalPages === undefined) return undefined;
  return info.totalPages * Math.max(info.perPage ?? 0, itemsOnPage);
}

/** The mode the first page already decides: remote when it says there are too many; else undecided. */
export function modeFromFirstPage(
  info: PageInfo | undefined,
  itemsOnPage: number,
  localThreshold: number,
): DirectoryMode | undefined {
  const total = estimatedTotal(info, itemsOnPage);
  return total !== undefined && total > localThreshold ? 'remote' : undefined;
}

/** One page of hits, as a search's results give it. */
export function pageOfHits(hits: readonly SearchHit[], page: number, pageSize: number): SearchHit[] {
  return hits.slice((page - 1) * pageSize, page * pageSize);
}
