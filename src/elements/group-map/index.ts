import { defineElement } from '../shared/define.js';
export type { WaymarkSelectDetail } from '../shared/select-event.js';
import { WaymarkGroupMap, type GroupMapSelectDetail } from './group-map.js';

export { WaymarkGroupMap, DEFAULT_TILE_URL } from './group-map.js';
export type { GroupMapSelectDetail } from './group-map.js';

defineElement('waymark-group-map', WaymarkGroupMap);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-group-map': WaymarkGroupMap;
  }
}

/** The full detail `<waymark-group-map>` gives with `waymark-select`. */
export type GroupMapSelectEvent = CustomEvent<GroupMapSelectDetail>;
