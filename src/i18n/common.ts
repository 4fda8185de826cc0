import type { DirectoryErrorKind } from '../data/directory/directory-error.js';
import type { Catalogue } from './catalogue.js';

/** Words every widget may use: loading, progress and the directory's own failures. */
export const common = {
  en: {
    loading: 'Loading…',
    loadingProgress: { one: 'Loaded {loaded} of {total} group', other: 'Loaded {loaded} of {total} groups' },
    tryAgain: 'Try again',
    directoryUnavailable: 'We cannot show groups and activities right now. Please try again later.',
    directoryOffline: 'You seem to be offline. Check your connection and try again.',
    directorySlow: 'The list of groups and activities is taking too long to load. Please try again.',
    directoryBusy: 'The list of groups and activities is busy right now. Please wait a minute and try again.',
  },
  cy: {
    loading: 'Wrthi’n llwytho…',
    loadingProgress: {
      zero: 'Wedi llwytho {loaded} o {total} grŵp',
      one: 'Wedi llwytho {loaded} o {total} grŵp',
      two: 'Wedi llwytho {loaded} o {total} grŵp',
      few: 'Wedi llwytho {loaded} o {total} grŵp',
      many: 'Wedi llwytho {loaded} o {total} grŵp',
      other: 'Wedi llwytho {loaded} o {total} grŵp',
    },
    tryAgain: 'Rhowch gynnig arall arni',
    directoryUnavailable:
      'Ni allwn ddangos grwpiau a gweithgareddau ar hyn o bryd. Rhowch gynnig arall arni nes ymlaen.',
    directoryOffline: 'Mae’n ymddangos eich bod all-lein. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    directorySlow:
      'Mae’r rhestr o grwpiau a gweithgareddau yn cymryd gormod o amser i lwytho. Rhowch gynnig arall arni.',
    directoryBusy:
      'Mae’r rhestr o grwpiau a gweithgareddau yn brysur ar hyn o bryd. Arhoswch funud a rhowch gynnig arall arni.',
  },
} as const satisfies Catalogue<
  | 'loading'
  | 'loadingProgress'
  | 'tryAgain'
  | 'directoryUnavailable'
  | 'directoryOffline'
  | 'directorySlow'
  | 'directoryBusy'
>;

export type CommonKey = keyof (typeof common)['en'];

/**
 * What the person reads when the directory cannot be loaded. The site owner's
 * details (CORS, a wrong address) go to the console; the person only needs to
 * know whether waiting or their own connection will help.
 */
export const directoryErrorMessage: { readonly [kind in DirectoryErrorKind]: CommonKey } = {
  cors: 'directoryUnavailable',
  'not-found': 'directoryUnavailable',
  'not-directory': 'directoryUnavailable',
  timeout: 'directorySlow',
  server: 'directoryUnavailable',
  'rate-limited': 'directoryBusy',
  offline: 'directoryOffline',
  unreachable: 'directoryUnavailable',
  refused: 'directoryUnavailable',
  unreadable: 'directoryUnavailable',
  'too-large': 'directoryUnavailable',
};
