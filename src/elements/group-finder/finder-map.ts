import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResults } from '../../data/directory/client.js';
import { WaymarkGroupMap } from '../group-map/group-map.js';
import { defineElement } from '../shared/define.js';
import { renderResultRow } from './result-row.js';
import type { ViewContext } from './view-context.js';
import { viewsWords } from './views-words.js';

/**
 * The finder's map: `<waymark-group-map>` with the results on it, and under a map shown alone the
 * result chosen on it. Loaded with `import()` (with the map's own module) only when a person shows
 * the map, so the list's first view does not carry it.
 */
// Defined here, not by a bare `import '../group-map/index.js'`: the CDN build dropped that import as
// free of side effects (package.json's "sideEffects" names only dist files), and the map never drew.
defineElement('waymark-group-map', WaymarkGroupMap);

export interface MapSettings {
  readonly results: SearchResults;
  readonly selected?: string;
  readonly tileUrl?: string;
  readonly tileAttribution?: string;
  /** The map is shown without the list: the chosen result shows under it. */
  readonly alone: boolean;
  /** A result chosen on the map. */
  select(id: string): void;
}

export function renderMap(map: MapSettings, ctx: ViewContext): TemplateResult {
  const { results, selected } = map;
  const chosen = selected && map.alone ? results.hits.find((hit) => hit.service.id === selected) : undefined;
  return html`<waymark-group-map
      part="map"
      .services=${results.hits.map((hit) => hit.service)}
      .selected=${selected}
      .origin=${results.near}
      tile-url=${map.tileUrl ?? nothing}
      tile-attribution=${map.tileAttribution ?? nothing}
      lang=${ctx.locale}
      @waymark-select=${(event: Event) => {
        const id = (event as CustomEvent<{ id?: unknown }>).detail?.id;
        if (typeof id === 'string') map.select(id);
      }}
    ></waymark-group-map>
    ${
      chosen
        ? html`<section aria-label=${viewsWords(ctx.locale)('mapSelected')}>
            <ul class="result-list">
              ${renderResultRow(chosen, ctx, true)}
            </ul>
          </section>`
        : nothing
    }`;
}
