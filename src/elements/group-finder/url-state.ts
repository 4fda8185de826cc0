/**
 * The finder's search kept in the page's address: read when the finder
 * starts and on Back and Forward, written as the person searches. Typing
 * replaces the current entry (one entry per search, not per letter);
 * a committed change (a filter, a page, opening a group) adds one.
 */
import { readFinderState, writeFinderState, type FinderState } from '../../data/search/finder-query.js';

/** Whether the address carries any finder state, so a shared link wins over the attributes' defaults. */
export function addressHasFinderState(href: string = location.href): boolean {
  return [...new URL(href).searchParams.keys()].some((key) => key.startsWith('wm-'));
}

export function stateFromAddress(href: string = location.href): FinderState {
  return readFinderState(new URL(href).searchParams);
}

/** The address for `state`, keeping the page's own parameters and fragment. */
export function addressFor(state: FinderState, href: string = location.href): string {
  const url = new URL(href);
  const search = writeFinderState(state, url.searchParams).toString();
  url.search = search ? `?${search}` : '';
  return url.href;
}

/** Writes the state into the address; does nothing when it is already there. */
export function saveToAddress(state: FinderState, mode: 'push' | 'replace'): void {
  const next = addressFor(state);
  if (next === location.href) return;
  try {
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // A sandboxed frame may refuse; the search still works, it just is not in the address.
  }
}
