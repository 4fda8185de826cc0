import { translator, type Locale, type MessageValues } from '../../i18n/catalogue.js';
import { loadedFinderViewsCy } from '../../i18n/finder.js';
import { finderViewsEn, type FinderViewsKey } from '../../i18n/finder-views.js';

/**
 * The words only the parts loaded on demand use (filters, details, shortlist, print, a place that
 * cannot be used): English with those parts, Welsh with the rest of the finder's Welsh, which a Welsh finder has before it renders.
 */
export function viewsWords(locale: Locale): (key: FinderViewsKey, values?: MessageValues) => string {
  return translator({ en: finderViewsEn, cy: loadedFinderViewsCy() ?? finderViewsEn }, locale);
}
