import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { GeoPoint, Service } from '../../data/model.js';
import { isDirectoryError } from '../../data/directory/error-check.js';
import { translator, type Locale, type MessageValues } from '../../i18n/catalogue.js';
import { common, directoryErrorMessage, type CommonKey } from '../../i18n/common.js';
import { map as mapWords, type MapKey } from '../../i18n/map.js';
import { baseStyles } from '../shared/base-styles.js';
import { DirectoryController } from '../shared/directory-controller.js';
import { elementLocale } from '../shared/locale.js';
import type * as MapChunkModule from './group-map-view.js';
import type { MapView, MarkerWords } from './group-map-view.js';
import { groupMapStyles } from './group-map.styles.js';
import { loadWithoutHtmlStrings } from './load-leaflet.js';
import { mapPoints, servicesWithoutPoints, type MapPoint, type MapSite } from './map-points.js';

type MapChunk = typeof MapChunkModule;

/** `waymark-select`'s detail. `action` says what the person did: picked a marker, or asked for the details. */
export interface GroupMapSelectDetail {
  readonly id: string;
  readonly action: 'marker' | 'details';
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';
/** A standalone map reads at most this many pages of its directory. */
const MAX_PAGES = 10;
const PAGE_SIZE = 1000;

let chunk: Promise<MapChunk> | undefined;

/** The map's code, loaded once for every map on the page. */
function loadChunk(): Promise<MapChunk> {
  chunk ??= loadWithoutHtmlStrings(() => import('./group-map-view.js')).catch((error: unknown) => {
    chunk = undefined;
    throw error;
  });
  return chunk;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** `none`, or an http(s) or relative URL template with {z}, {x} and {y}; anything else warns once and falls back. */
function tileTemplate(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return DEFAULT_TILE_URL;
  const text = value.trim();
  if (text === 'none') return null;
  let ok = ['{z}', '{x}', '{y}'].every((part) => text.includes(part));
  try {
    ok &&= ['http:', 'https:'].includes(new URL(text.replace(/[{}]/g, ''), document.baseURI).protocol);
  } catch {
    ok = false;
  }
  if (ok) return text;
  warnOnce(
    `<waymark-group-map>: tile-url="${value}" is not a tile address with {z}, {x} and {y} (or "none"); using OpenStreetMap's tiles.`,
  );
  return DEFAULT_TILE_URL;
}

type MapText = (key: MapKey, values?: MessageValues) => string;
type CommonText = (key: CommonKey, values?: MessageValues) => string;

type Summary = { readonly site: MapSite; readonly point?: MapPoint };

/**
 * A map of groups and activities, clustered so thousands of places stay
 * readable, and usable with the keyboard: every marker and cluster is a
 * named button. The map is never the only way to the information: each
 * marker opens the same summary the list shows. Leaflet loads the first time
 * the map is shown; with no background tiles the markers still show.
 *
 * Give it `services` (the finder does), or a `src` (or a surrounding
 * `<waymark-directory>`) to show every group of a directory.
 *
 * @tagname waymark-group-map
 * @summary A keyboard-usable, clustered map of groups and activities, with a summary of the one picked.
 *
 * @csspart frame - The box around the map.
 * @csspart map - The map itself.
 * @csspart marker - A group's marker (also `site` for a place where several meet, `selected` for the chosen one).
 * @csspart cluster - A cluster of groups; Enter zooms in.
 * @csspart origin - The place searched from.
 * @csspart controls - The zoom buttons.
 * @csspart attribution - Who made the background map.
 * @csspart summary - The summary of the picked group.
 * @csspart summary-title - The summary's heading.
 * @csspart details-button - "Show details".
 * @csspart close-button - Closes the summary.
 * @csspart note - A note under the map (no background, groups not on the map).
 *
 * @cssproperty --waymark-map-height - The map's height (default 28rem).
 * @cssproperty --waymark-map-background - The colour behind the map, shown when there are no tiles.
 * @cssproperty --waymark-map-marker - A group's marker.
 * @cssproperty --waymark-map-marker-selected - The chosen group's marker.
 * @cssproperty --waymark-map-cluster - A cluster's circle.
 * @cssproperty --waymark-map-on-cluster - The number on a cluster.
 * @cssproperty --waymark-map-origin - The place searched from.
 * @cssproperty --waymark-color-accent - Buttons and markers, unless set above.
 * @cssproperty --waymark-color-focus - The focus highlight.
 *
 * @fires waymark-select - A person picked a group's marker, or its summary's "Show details": `detail` is `{ id, action }` with `action` `marker` or `details`.
 */
export class WaymarkGroupMap extends LitElement {
  static override styles = [baseStyles, groupMapStyles];

  static override properties = {
    services: { attribute: false },
    selected: {},
    origin: { attribute: false },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    src: {},
    dialect: {},
    postcodeApi: { attribute: 'postcode-api' },
    lang: {},
    hidden: { type: Boolean, reflect: true },
    status: { state: true },
    tiles: { state: true },
    summary: { state: true },
    own: { state: true },
  };

  /** The groups to show; each one's places with coordinates become markers. Unset: every group of the directory. */
  services?: readonly Service[];

  /** The id of the chosen group: its marker is highlighted, the map moves to it and its summary opens. */
  selected?: string;

  /** The place searched from, shown as its own marker. */
  origin?: GeoPoint;

  /** The background map's tile address, with {z}, {x} and {y}; `none` for a plain background. */
  tileUrl?: string;

  /** Who to credit for the tiles, as text; OpenStreetMap's credit (with its link) by default. */
  tileAttribution?: string;

  /** The directory's API, when the map is used alone. */
  src?: string;

  /** The directory's format (`oruk-v3`, `oruk-v1` or `outpost`), when the map is used alone. */
  dialect?: string;

  /** Not used by the map itself; passed on to the directory client it shares with other widgets. */
  postcodeApi?: string;

  /** The language of the map's words (`en` or `cy`); the nearest ancestor's when absent. */
  override lang!: string;

  /** Watched, so that a map first shown by removing `hidden` loads at once. */
  override hidden = false;

  private status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private tiles: 'none' | 'pending' | 'loaded' | 'failed' = 'pending';
  private summary: Summary | undefined;
  private own:
    | { readonly state: 'loading' | 'ready' | 'error'; readonly services: readonly Service[]; readonly error?: unknown }
    | undefined;

  readonly #directory = new DirectoryController(this);
  #ownClient: object | undefined;
  #view: MapView | undefined;
  #chunk: MapChunk | undefined;
  #applied: readonly Service[] | undefined;
  #points: { readonly services: readonly Service[]; readonly points: MapPoint[]; readonly missing: number } | undefined;
  #appliedLocale: Locale | undefined;
  #fitted = false;
  #focusSummary = false;
  #visibility: ResizeObserver | undefined;

  /** Fits the view to the current groups (and the place searched from). The finder calls it after each search. */
  fitResults(): void {
    if (!this.#view) {
      this.#fitted = false;
      return;
    }
    this.#syncPoints();
    this.#view.setOrigin(this.origin);
    this.#view.fit();
    this.#fitted = true;
  }

  /** Resolves once every update this one set off (opening a summary, say) is done too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let rounds = 0; !done && rounds < 5; rounds++) done = await super.getUpdateComplete();
    return done;
  }

  /** The map's view, once loaded: for tests, and for a site that wants to reach the Leaflet map. */
  get view(): MapView | undefined {
    return this.#view;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#visibility?.disconnect();
    this.#visibility = undefined;
    this.#view?.destroy();
    this.#view = undefined;
    this.#applied = undefined;
    this.#fitted = false;
    if (this.status === 'ready') this.status = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  get #locale(): Locale {
    return elementLocale(this);
  }

  get #services(): readonly Service[] {
    return this.services ?? this.own?.services ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.services === undefined) this.#loadOwn();
    if (changed.has('tileUrl') && this.#view) {
      // The background changes rarely: a new map is simplest and surest.
      this.#view.destroy();
      this.#view = undefined;
      this.#applied = undefined;
      this.#fitted = false;
      this.status = 'idle';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.status === 'idle') this.#whenShown();
    const view = this.#view;
    if (!view) return;
    if (this.#appliedLocale !== this.#locale) {
      this.#appliedLocale = this.#locale;
      view.setWords(this.#markerWords());
    }
    if (changed.has('origin')) view.setOrigin(this.origin);
    const pointsChanged = this.#syncPoints();
    const firstFit = !this.#fitted && (pointsChanged || changed.has('origin'));
    if (firstFit) {
      view.fit();
      this.#fitted = this.#services.length > 0;
    }
    // A group chosen before the map was ready is revealed once it is.
    if (changed.has('selected') || pointsChanged) this.#applySelected(changed.has('selected') || firstFit);
    if (this.#focusSummary) {
      this.#focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.summary-title')?.focus();
    }
  }

  /** Gives the view the current services if it does not have them yet; true when it did. */
  #syncPoints(): boolean {
    const view = this.#view;
    const services = this.#services;
    if (!view || this.#applied === services) return false;
    this.#applied = services;
    view.setPoints(this.#pointsOf(services).points);
    view.setSelected(this.selected);
    const shown = this.summary?.site.points[0]?.service;
    if (shown && !services.includes(shown)) this.summary = undefined;
    return true;
  }

  /** The services' points, worked out once per list of services. */
  #pointsOf(services: readonly Service[]): { points: MapPoint[]; missing: number } {
    if (this.#points?.services !== services) {
      const points = mapPoints(services);
      this.#points = { services, points, missing: servicesWithoutPoints(services, points) };
    }
    return this.#points;
  }

  #applySelected(moved: boolean): void {
    const view = this.#view;
    if (!view) return;
    view.setSelected(this.selected);
    const found = this.selected ? view.find(this.selected) : undefined;
    if (!this.selected || !found) {
      // Chosen elsewhere, and not on the map (or nothing chosen): no other group's summary stays open.
      if (this.summary?.point) this.summary = undefined;
      return;
    }
    if (moved) view.reveal(this.selected);
    if (this.summary?.point?.service.id !== this.selected) this.summary = { site: found.site, point: found.point };
  }

  /** Loads the map the first time it is shown: not while it is hidden (the finder's list view). */
  #whenShown(): void {
    if (!this.isConnected) return;
    if (this.checkVisibility()) {
      this.#visibility?.disconnect();
      this.#visibility = undefined;
      void this.#loadMap();
      return;
    }
    if (!this.#visibility) {
      this.#visibility = new ResizeObserver(() => {
        if (this.status === 'idle' && this.checkVisibility()) this.#whenShown();
      });
      this.#visibility.observe(this);
    }
  }

  async #loadMap(): Promise<void> {
    this.status = 'loading';
    try {
      this.#chunk = await loadChunk();
    } catch (error) {
      console.error('<waymark-group-map>: the map could not be loaded.', error);
      this.status = 'failed';
      return;
    }
    if (!this.isConnected) {
      this.status = 'idle';
      return;
    }
    const root = this.renderRoot as ShadowRoot;
    // Leaflet's rules first, so the element's own rules win; the map content's last.
    const [leaflet, content] = [this.#chunk.leafletStyles.styleSheet, this.#chunk.mapContentStyles.styleSheet];
    if (leaflet && content && !root.adoptedStyleSheets.includes(leaflet)) {
      root.adoptedStyleSheets = [leaflet, ...root.adoptedStyleSheets, content];
    }
    const container = root.querySelector<HTMLElement>('.map');
    if (!container) return;
    const tileUrl = tileTemplate(this.tileUrl);
    this.tiles = tileUrl ? 'pending' : 'none';
    this.#appliedLocale = this.#locale;
    this.#view = new this.#chunk.MapView({
      container,
      tileUrl,
      words: this.#markerWords(),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      onPick: (site, marker) => this.#pick(site, marker),
      onTiles: (tiles) => (this.tiles = tiles),
    });
    this.status = 'ready';
  }

  #markerWords(): MarkerWords {
    const t = translator(mapWords, this.#locale);
    return {
      point: (point) =>
        point.placeName
          ? t('marker', { name: point.service.name, place: point.placeName })
          : t('markerNoPlace', { name: point.service.name }),
      site: (site) => t('site', { count: site.points.length, place: site.placeName ?? '' }),
      cluster: (count, place) => (place ? t('cluster', { count, place }) : t('clusterNoPlace', { count })),
      origin: t('origin'),
    };
  }

  #pick(site: MapSite, _marker: HTMLElement): void {
    const only = site.points.length === 1 ? site.points[0] : undefined;
    if (only) this.#choose(only, site);
    else {
      this.summary = { site };
      this.#focusSummary = true;
    }
  }

  #choose(point: MapPoint, site: MapSite): void {
    this.summary = { site, point };
    this.#focusSummary = true;
    this.selected = point.service.id;
    this.#fire(point.service.id, 'marker');
  }

  #fire(id: string, action: GroupMapSelectDetail['action']): void {
    this.dispatchEvent(
      new CustomEvent<GroupMapSelectDetail>('waymark-select', {
        detail: { id, action },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #closeSummary(): void {
    const site = this.summary?.site;
    this.summary = undefined;
    if (site) this.#view?.focusSite(site);
  }

  #skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#after-map')?.focus();
  }

  /** Every group of the directory, for a map used alone. */
  #loadOwn(): void {
    const client = this.#directory.client;
    if (!client || client === this.#ownClient) return;
    this.#ownClient = client;
    this.own = { state: 'loading', services: [] };
    void (async () => {
      try {
        const services: Service[] = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
          const results = await client.search({}, { page, pageSize: PAGE_SIZE, caller: this });
          services.push(...results.hits.map((hit) => hit.service));
          if (page >= results.totalPages) break;
        }
        if (this.#ownClient === client) this.own = { state: 'ready', services };
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        if (this.#ownClient === client) this.own = { state: 'error', services: [], error };
      }
    })();
  }

  #retry(): void {
    this.#ownClient = undefined;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale;
    const t = translator(mapWords, locale);
    const tc = translator(common, locale);
    const tileUrl = tileTemplate(this.tileUrl);
    const services = this.#services;
    const { points, missing } = this.#view ? this.#pointsOf(services) : { points: undefined, missing: 0 };
    return html`
      <div class="frame" part="frame">
        <a class="skip" href="#after-map" @click=${this.#skip}>${t('skipMap')}</a>
        <div class="map" part="map" role="region" aria-label=${t('mapLabel')} aria-describedby="map-help"></div>
        <p id="map-help" class="visually-hidden">${t('mapHelp')}</p>
        ${this.status === 'ready' ? this.#controls(t) : nothing} ${tileUrl ? this.#attribution(t) : nothing}
        ${this.#overlay(t, tc)}
      </div>
      <div class="notes" aria-live="polite">
        ${this.tiles === 'failed' ? html`<p class="note" part="note">${t('tilesUnavailable')}</p>` : nothing}
        ${missing > 0 ? html`<p class="note" part="note">${t('notOnMap', { count: missing })}</p>` : nothing}
        ${
          this.status === 'ready' && points?.length === 0 && this.#ownReady
            ? html`<p class="note" part="note">${t('nothingToShow')}</p>`
            : nothing
        }
      </div>
      ${this.summary ? this.#summary(this.summary, locale) : nothing}
      <p id="after-map" class="visually-hidden" tabindex="-1">${t('mapLabel')}</p>
    `;
  }

  get #ownReady(): boolean {
    return this.services !== undefined || this.own?.state === 'ready';
  }

  #controls(t: MapText): TemplateResult {
    return html`<div class="controls" part="controls">
      <button type="button" class="control" aria-label=${t('zoomIn')} @click=${() => this.#view?.zoomBy(1)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" class="control" aria-label=${t('zoomOut')} @click=${() => this.#view?.zoomBy(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" class="control" aria-label=${t('showAll')} @click=${() => this.fitResults()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 3h7v2H5v5H3V3zm11 0h7v7h-2V5h-5V3zM3 14h2v5h5v2H3v-7zm16 0h2v7h-7v-2h5v-5z" />
        </svg>
      </button>
    </div>`;
  }

  #attribution(t: MapText): TemplateResult {
    const own = this.tileAttribution?.trim();
    return html`<p class="attribution" part="attribution">
      ${own ? own : html`<a href=${OSM_COPYRIGHT} rel="noopener" target="_blank">${t('attribution')}</a>`}
    </p>`;
  }

  #overlay(t: MapText, tc: CommonText): TemplateResult | typeof nothing {
    if (this.status === 'failed') return html`<div class="overlay-status" role="alert">${t('mapFailed')}</div>`;
    if (this.services === undefined && this.own?.state === 'error') {
      const error = this.own.error;
      const message: CommonKey = isDirectoryError(error) ? directoryErrorMessage[error.kind] : 'directoryUnavailable';
      return html`<div class="overlay-status" role="alert">
        <p>${tc(message)}</p>
        <p><button type="button" class="button" @click=${this.#retry}>${tc('tryAgain')}</button></p>
      </div>`;
    }
    if (this.status !== 'ready') return html`<div class="overlay-status" role="status">${t('loadingMap')}</div>`;
    if (this.services === undefined && this.own?.state === 'loading')
      return html`<div class="overlay-status" role="status">${tc('loading')}</div>`;
    return nothing;
  }

  #summary(summary: Summary, locale: Locale): TemplateResult {
    const chunk = this.#chunk;
    if (!chunk) return html``;
    const actions = {
      choose: (point: MapPoint) => this.#choose(point, summary.site),
      details: (point: MapPoint) => this.#fire(point.service.id, 'details'),
      close: () => this.#closeSummary(),
    };
    return html`<section
      class="summary"
      part="summary"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.#closeSummary();
      }}
    >
      ${
        summary.point
          ? chunk.groupSummary(summary.point, locale, actions)
          : chunk.siteSummary(summary.site, locale, actions)
      }
    </section>`;
  }
}
