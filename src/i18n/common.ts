import type { Catalogue } from './catalogue.js';

/** Words every widget may use: loading, progress and the directory's own failures. */
export const common = {
  en: {
    loading: 'Loading…',
    loadingProgress: { one: 'Loaded {loaded} of {total} group', other: 'Loaded {loaded} of {total} groups' },
    tryAgain: 'Try again',
    directoryUnavailable: 'We cannot show groups and activities right now. Please try again later.',
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
  },
} as const satisfies Catalogue<'loading' | 'loadingProgress' | 'tryAgain' | 'directoryUnavailable'>;
