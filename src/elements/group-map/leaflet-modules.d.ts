/**
 * Types for the few Leaflet source modules the map imports one by one (Leaflet
 * ships them as ES modules in `leaflet/src/`), so the map chunk carries only
 * the parts it uses. The types themselves are @types/leaflet's.
 */
declare module 'leaflet/src/map/Map' {
  export { Map } from 'leaflet';
}

declare module 'leaflet/src/layer/tile/TileLayer' {
  export { TileLayer } from 'leaflet';
}

declare module 'leaflet/src/dom/DomEvent' {
  import type { DomEvent } from 'leaflet';
  export const disableClickPropagation: typeof DomEvent.disableClickPropagation;
  export const disableScrollPropagation: typeof DomEvent.disableScrollPropagation;
}

/* Map handlers: imported for the hook each adds to the map. */
declare module 'leaflet/src/map/handler/Map.Drag';
declare module 'leaflet/src/map/handler/Map.Keyboard';
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom';
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom';
declare module 'leaflet/src/map/handler/Map.TouchZoom';

/* Leaflet's whole ES module bundle: only the map benchmark's peer (Leaflet.markercluster) uses it. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
