import { keepOruk3ReaderAtHand } from '../../data/dialects/oruk-v3.js';
import { oruk3Reader } from '../../data/dialects/oruk-v3-reader.js';
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

// ORUK 3.0's reader comes in the finder's own file: its first list then waits for no second download.
keepOruk3ReaderAtHand(oruk3Reader);
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
