import { defineElement } from '../shared/define.js';
import { WaymarkGroupMap, type GroupMapSelectDetail } from './group-map.js';

export { WaymarkGroupMap, DEFAULT_TILE_URL } from './group-map.js';
export type { GroupMapSelectDetail } from './group-map.js';

defineElement('waymark-group-map', WaymarkGroupMap);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-group-map': WaymarkGroupMap;
  }
  interface HTMLElementEventMap {
    /** A person picked a group on the map, or asked for its details. */
    'waymark-select': CustomEvent<{ id: string }>;
  }
}

/** The full detail `<waymark-group-map>` gives with `waymark-select`. */
export type GroupMapSelectEvent = CustomEvent<GroupMapSelectDetail>;
