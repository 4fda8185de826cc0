import { html, nothing, type TemplateResult } from 'lit';
import type { GeoPoint, Service } from '../../data/model.js';
import type { Locale } from '../../i18n/catalogue.js';
import '../group-map/index.js';

/**
 * The finder's map: `<waymark-group-map>` with the results on it. Loaded with `import()` (with the
 * map's own module) only when a person shows the map, so the list's first view does not carry it.
 */
export interface MapSettings {
  readonly services: readonly Service[];
  readonly selected?: string;
  readonly origin?: GeoPoint;
  readonly tileUrl?: string;
  readonly tileAttribution?: string;
  readonly locale: Locale;
  /** A result chosen on the map. */
  select(id: string): void;
}

export function renderMap(map: MapSettings): TemplateResult {
  return html`<waymark-group-map
    part="map"
    .services=${map.services}
    .selected=${map.selected}
    .origin=${map.origin}
    tile-url=${map.tileUrl ?? nothing}
    tile-attribution=${map.tileAttribution ?? nothing}
    lang=${map.locale}
    @waymark-select=${(event: Event) => {
      const id = (event as CustomEvent<{ id?: unknown }>).detail?.id;
      if (typeof id === 'string') map.select(id);
    }}
  ></waymark-group-map>`;
}
