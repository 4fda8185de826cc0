import type { Catalogue, Locale, Message } from './catalogue.js';
import type { FinderViewsMessages } from './finder-views.js';

/**
 * Words of the group finder: search, filters, the list, a group's details,
 * the shortlist and its printed page. Plain English in the second person
 * (DOMAIN.md "Words to use"), and Welsh on equal terms (in `finder-cy.ts`,
 * loaded only for a Welsh page).
 */
const en = {
  finderLabel: 'Find groups and activities',
  searchLabel: 'What are you looking for?',
  searchHint: 'For example: walking, lunch club, money advice',
  postcodeLabel: 'Your postcode',
  postcodeHint: 'To see groups near you',
  useLocation: 'Use my location',
  findingLocation: 'Finding your location…',
  usingLocation: 'Using your location',
  forgetLocation: 'Stop using my location',
  radiusLabel: 'How far',
  radiusAny: 'Any distance',
  radiusMiles: { one: 'Within {count} mile', other: 'Within {count} miles' },
  searchButton: 'Search',
  filtersHeading: 'Filters',
  filtersCount: 'Filters ({count} on)',
  online: 'Online',
  'drop-in': 'Just turn up',
  'self-refer': 'Contact them yourself',
  referral: 'Someone must refer you',
  appointment: 'By appointment',
  membership: 'Membership',
  viewLabel: 'Show results as',
  viewList: 'List',
  viewMap: 'Map',
  viewBoth: 'List and map',
  mapLoading: 'Loading the map…',
  resultCount: { zero: 'No groups found', one: '{count} group found', other: '{count} groups found' },
  showing: 'Showing {from} to {to} of {total}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: 'Page {page} of {pages}',
  loadingGroups: 'Loading groups…',
  loadingProgress: 'Loading {loaded} of {total} groups',
  directoryUnavailable: 'We cannot show groups and activities right now. Please try again later.',
  directoryOffline: 'You seem to be offline. Check your connection and try again.',
  directorySlow: 'The list of groups and activities is taking too long to load. Please try again.',
  directoryBusy: 'The list of groups and activities is busy right now. Please wait a minute and try again.',
  tryAgain: 'Try again',
  noResults: 'No groups match.',
  noResultsText: 'Try other words, or check the spelling.',
  noResultsPlace: 'Try a bigger distance.',
  closed: 'Temporarily closed',
  next: 'Next: {when}',
  noTimes: 'Contact them for days and times',
  free: 'Free',
  costUnknown: 'Ask about cost',
  distance: '{miles} miles away',
  distanceUnderOne: 'Less than 1 mile away',
  lastChecked: 'Listing last checked {date}',
  lastCheckedOld: 'This listing was last checked over a year ago. Check with the group before you go.',
  accessHeading: 'Access',
  'step-free': 'Step-free access',
  wheelchair: 'Wheelchair access',
  'hearing-loop': 'Hearing loop',
  'accessible-toilet': 'Accessible toilet',
  'accessible-parking': 'Accessible parking',
  lift: 'Lift',
  'quiet-space': 'Quiet space',
  addToShortlist: 'Add to shortlist',
  removeFromShortlist: 'Remove from shortlist',
  backToResults: 'Back to results',
  detailsLoading: 'Loading details…',
  whenHeading: 'When',
  whereHeading: 'Where',
  costHeading: 'Cost',
  joinHeading: 'How to join',
  shortlistButton: 'Your shortlist ({count})',
  shortlistHeading: 'Your shortlist',
  shortlistAdded: '{name} added to your shortlist.',
  shortlistRemoved: '{name} removed from your shortlist.',
} as const;

export type FinderKey = keyof typeof en;

/** The finder's words in one language. */
export type FinderMessages = { readonly [key in FinderKey]: Message };

/** English at once; Welsh once `loadFinderWords('cy')` has brought it (until then, the English). */
const words: { en: FinderMessages; cy: FinderMessages } = { en, cy: en };

export const finder: Catalogue<FinderKey> = words;

/** Whether the words of `locale` are here (English always is). */
export function finderWordsReady(locale: Locale): boolean {
  return locale === 'en' || words.cy !== en;
}

let viewsCy: FinderViewsMessages | undefined;

/** The Welsh of the details, shortlist and print views, once `loadFinderWords('cy')` has brought it. */
export function loadedFinderViewsCy(): FinderViewsMessages | undefined {
  return viewsCy;
}

let welsh: Promise<void> | undefined;

/** Brings the words of `locale`: Welsh from its own chunk, once; a failed load can be tried again. */
export function loadFinderWords(locale: Locale): Promise<void> {
  if (finderWordsReady(locale)) return Promise.resolve();
  welsh ??= import('./finder-cy.js').then(
    (module) => {
      words.cy = module.finderCy;
      viewsCy = module.finderViewsCy;
    },
    (error: unknown) => {
      welsh = undefined;
      throw error;
    },
  );
  return welsh;
}
