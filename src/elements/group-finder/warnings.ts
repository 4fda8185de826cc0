/**
 * What the finder says in the console about an attribute it cannot use or a part that would not
 * load, and what it does instead. Only a misconfigured page (or a failed load) needs these words,
 * so they load on demand.
 */
const MESSAGES = {
  pageSize: (v: string) => `page-size="${v}" should be a whole number from 5 to 100; using 20.`,
  view: (v: string) => `view="${v}" should be "list", "map" or "both"; using "list".`,
  near: (v: string) => `near="${v}" is not a UK postcode; starting without a place.`,
  views: (v: string) => `could not load the details and shortlist views (${v}).`,
  filters: (v: string) => `could not load the filters (${v}).`,
  map: (v: string) => `could not load the map (${v}); the list shows every group.`,
  problems: (v: string) => `could not load what it says about a location or postcode it cannot use (${v}).`,
  words: (v: string) => `could not load its Welsh words (${v}); using English.`,
};

/** What the finder can warn about (an attribute, by its property name, or a part that did not load). */
export type FinderWarning = keyof typeof MESSAGES;

export function warningWords(kind: FinderWarning, value: string): string {
  return MESSAGES[kind](value);
}
