import type { Message } from './catalogue.js';

/**
 * The group finder's words that only its parts loaded on demand use (the
 * filters' controls, the details, shortlist, shared-list and print views, and
 * what it says when a location or postcode cannot be used), in English: they
 * load with those parts. Their Welsh is in `finder-cy.ts`, with the rest of
 * the finder's Welsh.
 */
export const finderViewsEn = {
  categoryLabel: 'Type of group',
  categoryAny: 'Any type',
  dayLegend: 'Day',
  timeLegend: 'Time of day',
  costLegend: 'Cost and access',
  attendLegend: 'How you take part',
  joinLegend: 'How to join',
  ageLabel: 'Your age',
  ageHint: 'Leave empty to see groups for all ages',
  detailsMissing: 'We cannot find this group. It may have closed or moved.',
  removeNamed: 'Remove {name} from your shortlist',
  byOrganisation: 'Run by {name}',
  aboutHeading: 'What it is',
  whoHeading: 'Who it is for',
  ages: 'Ages {min} to {max}',
  agesFrom: 'Ages {min} and over',
  agesUpTo: 'Ages up to {max}',
  languagesHeading: 'Languages',
  attendHeading: 'How you take part',
  contactHeading: 'Contact',
  callNumber: 'Call {number}',
  emailAddress: 'Email {address}',
  website: 'Visit their website',
  reportProblem: 'Report a problem with this listing',
  referMe: 'Refer me to this group',
  shortlistIntro: 'Your shortlist is kept on this device. You can print it or share it as a link.',
  shortlistEmpty: 'Your shortlist is empty. Use "Add to shortlist" on a group to keep it here.',
  remove: 'Remove',
  printList: 'Print your shortlist',
  shareLink: 'Link to share your shortlist',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkNotCopied: 'Select the link and copy it yourself.',
  sharedHeading: 'Groups someone shared with you',
  saveShared: 'Add these to your shortlist',
  printHeading: 'Groups and activities',
  printIntro: 'Printed {date}. Please check with a group before you go: times can change.',
  printWhen: 'When',
  printWhere: 'Where',
  printCost: 'Cost',
  printContact: 'Contact',
  postcodeNotFound: 'We could not find the postcode {postcode}. Check it and try again.',
  postcodeInvalid: '{postcode} does not look like a UK postcode. Check it and try again.',
  postcodeUnavailable: 'We cannot look up postcodes right now, so groups are not sorted by distance.',
  locationDenied: 'You did not allow this page to use your location. You can type your postcode instead.',
  locationUnavailable: 'We could not find your location. You can type your postcode instead.',
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  freeOnly: 'Free only',
  stepFreeOnly: 'Step-free access',
  ageValue: 'Age {age}',
  activeFilters: 'Filters you chose',
  removeFilter: 'Remove filter: {name}',
  clearAll: 'Clear all filters',
  noResultsFilters: 'Try removing a filter: {filters}.',
  mapSelected: 'Chosen on the map',
  'in-person': 'In person',
  phone: 'By phone',
  'home-visit': 'Home visit',
  online: 'Online',
} as const;

export type FinderViewsKey = keyof typeof finderViewsEn;
/** The views' words in one language. */
export type FinderViewsMessages = { readonly [key in FinderViewsKey]: Message };
