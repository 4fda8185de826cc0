/**
 * The finder's search kept in the page's address: read when the finder
 * starts and on Back and Forward, written as the person searches. Typing
 * replaces the current entry (one entry per search, not per letter);
 * a committed change (a filter, a page, opening a group) adds one.
 *
 * Writing the address is slow in Chromium (each `pushState` or `replaceState`
 * is a round trip to the browser, several milliseconds), so it never sits
 * between a keystroke and the updated list: `AddressWriter` writes after the
 * list is shown, and once typing pauses.
 */
import { FINDER_PREFIX, readFinderState, writeFinderState, type FinderState } from '../../data/search/finder-query.js';

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

/**
 * The links to each group's details under one search: the address is built once, not once a row.
 * The group's id goes last, before any fragment.
 */
export function serviceLinks(state: FinderState, href: string = location.href): (id: string) => string {
  const base = addressFor({ ...state, service: undefined }, href);
  const hashAt = base.indexOf('#');
  const [head, hash] = hashAt < 0 ? [base, ''] : [base.slice(0, hashAt), base.slice(hashAt)];
  const joiner = head.includes('?') ? '&' : '?';
  const key = `${FINDER_PREFIX}service=`;
  return (id) => `${head}${joiner}${key}${encodeURIComponent(id)}${hash}`;
}

/** Writes the state into the address now; does nothing when it is already there. */
function write(state: FinderState, mode: 'push' | 'replace'): void {
  const next = addressFor(state);
  if (next === location.href) return;
  try {
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // A sandboxed frame may refuse; the search still works, it just is not in the address.
  }
}

/** How long typing must pause before the text is written into the address. */
export const TYPING_PAUSE_MS = 400;

/**
 * Keeps the address in step with the search, off the path from a keystroke or a click to the list:
 * a committed change (`push`, or `replace` for one that adds no entry) is written in the next task,
 * typing (`typing`) once it pauses. Writes keep their order, so Back still returns to the text typed
 * before a filter was ticked.
 */
export class AddressWriter {
  #queue: { state: FinderState; mode: 'push' | 'replace' }[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  save(state: FinderState, mode: 'push' | 'replace' | 'typing'): void {
    const last = this.#queue.at(-1);
    const typing = mode === 'typing';
    // Letters typed in a row are one entry: only the latest text is written.
    if (last && last.mode === 'replace' && mode !== 'push') last.state = state;
    else this.#queue.push({ state, mode: typing ? 'replace' : mode });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), typing ? TYPING_PAUSE_MS : 0);
  }

  /** Writes what is waiting now: before leaving, or before going Back through history. */
  flush(): void {
    clearTimeout(this.#timer);
    const queue = this.#queue;
    this.#queue = [];
    for (const { state, mode } of queue) write(state, mode);
  }

  /** Forgets what is waiting: Back or Forward has put another search in the address. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#queue = [];
  }
}
