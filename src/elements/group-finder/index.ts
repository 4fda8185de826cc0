import { defineElement } from '../shared/define.js';
import { WaymarkGroupFinder, type FinderSearchDetail, type FinderShortlistDetail } from './group-finder.js';

export {
  WaymarkGroupFinder,
  type FinderSearchDetail,
  type FinderSelectDetail,
  type FinderShortlistDetail,
} from './group-finder.js';
export type { FinderState, FinderView } from '../../data/search/finder-query.js';
export { Shortlist, type ShortlistEntry } from '../../data/shortlist.js';

defineElement('waymark-group-finder', WaymarkGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-group-finder': WaymarkGroupFinder;
  }
  interface HTMLElementEventMap {
    'waymark-shortlist-change': CustomEvent<FinderShortlistDetail>;
    'waymark-search': CustomEvent<FinderSearchDetail>;
  }
}
