/**
 * The map itself, loaded on demand the first time a map is shown: Leaflet
 * (only the modules it needs) for the background and the moving, our own
 * clusterer (each zoom level worked out when first shown), and markers drawn as our own buttons
 * from DOM nodes. Nothing here assigns HTML strings, so it runs on pages that
 * enforce Trusted Types; Leaflet's own controls, icons and popups (which do)
 * are not used.
 */
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import { disableClickPropagation } from 'leaflet/src/dom/DomEvent';
import { TileLayer } from 'leaflet/src/layer/tile/TileLayer';
import { Map as LeafletMap } from 'leaflet/src/map/Map';
import type { GeoPoint } from '../../data/model.js';
import { ClusterIndex } from './cluster-index.js';
import { mapSites, type MapPoint, type MapSite } from './map-points.js';

export { leafletStyles } from './leaflet-styles.js';
export { mapContentStyles } from './map-content.styles.js';
export { groupSummary, siteSummary } from './map-summary.js';

/** What each marker is called, in the element's language. */
export interface MarkerWords {
  point(point: MapPoint): string;
  site(site: MapSite): string;
  cluster(count: number, place: string | undefined): string;
  readonly origin: string;
}

export interface MapViewOptions {
  readonly container: HTMLElement;
  /** A tile URL template, or null for a plain background. */
  readonly tileUrl: string | null;
  readonly words: MarkerWords;
  /** False when the person prefers reduced motion. */
  readonly animate: boolean;
  /** A marker (one group, or a place with several) was picked. */
  readonly onPick: (site: MapSite, marker: HTMLElement) => void;
  /** Whether the background tiles could be loaded: told once. */
  readonly onTiles?: (state: 'loaded' | 'failed') => void;
}

const MAX_ZOOM = 18;
/** Clusters stop here: one zoom further, every site shows on its own. */
const CLUSTER_MAX_ZOOM = 16;
const FIT_MAX_ZOOM = 15;
const SVG = 'http://www.w3.org/2000/svg';
/** Great Britain, for a map with nothing on it. */
const NOTHING_CENTRE: [number, number] = [54.3, -2.5];

function svgIcon(className: string, pathData: string, viewBox: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', pathData);
  svg.append(path);
  return svg;
}

/** A map pin, 24 wide and 32 high, its tip at the bottom centre. */
const PIN =
  'M12 1C5.9 1 1 5.8 1 11.8 1 19.6 12 31 12 31s11-11.4 11-19.2C23 5.8 18.1 1 12 1zm0 15.2a4.4 4.4 0 1 1 0-8.8 4.4 4.4 0 0 1 0 8.8z';
/** A ring with a dot: where the search started. */
const ORIGIN = 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 5.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z';

export class MapView {
  readonly #options: MapViewOptions;
  readonly #map: LeafletMap;
  readonly #pane: HTMLElement;
  readonly #markers = new Map<string, HTMLButtonElement>();
  readonly #resize: ResizeObserver;
  #words: MarkerWords;
  #tiles: TileLayer | undefined;
  #tilesState: 'pending' | 'loaded' | 'failed' = 'pending';
  #sites: MapSite[] = [];
  #index: ClusterIndex | undefined;
  /** Where the sites are, worked out once per setPoints: fit() needs no pass over them. */
  #extent: [[number, number], [number, number]] | undefined;
  #origin: GeoPoint | undefined;
  #originMarker: HTMLElement | undefined;
  #selected: string | undefined;

  constructor(options: MapViewOptions) {
    this.#options = options;
    this.#words = options.words;
    this.#map = new LeafletMap(options.container, {
      zoomControl: false,
      attributionControl: false,
      fadeAnimation: false,
      zoomAnimation: options.animate,
      markerZoomAnimation: false,
      inertia: options.animate,
      maxZoom: MAX_ZOOM,
      minZoom: 2,
      zoomSnap: 1,
    });
    this.#map.setView(NOTHING_CENTRE, 6, { animate: false });
    this.#pane = this.#map.createPane('waymarkMarkers');
    this.#pane.classList.add('leaflet-zoom-hide', 'markers');
    // A press on a marker picks it: it neither starts a drag nor reaches the map as a click.
    disableClickPropagation(this.#pane);
    this.#pane.addEventListener('click', this.#onClick);
    this.#map.on('moveend', this.#render);
    this.#resize = new ResizeObserver(() => this.#map.invalidateSize({ animate: false }));
    this.#resize.observe(options.container);
  }

  /** The Leaflet map, for tests and for sites that want to add their own layers. */
  get leaflet(): LeafletMap {
    return this.#map;
  }

  /** The markers drawn now, in reading order. */
  get markers(): readonly HTMLButtonElement[] {
    return [...this.#pane.querySelectorAll<HTMLButtonElement>('button[data-key]')];
  }

  setPoints(points: readonly MapPoint[]): void {
    this.#sites = mapSites(points);
    this.#index = new ClusterIndex(
      this.#sites.map((site) => ({
        latitude: site.point.latitude,
        longitude: site.point.longitude,
        count: site.points.length,
      })),
      { radius: 72, maxZoom: CLUSTER_MAX_ZOOM },
    );
    this.#extent = extent(this.#sites);
    // Cluster ids mean something else in a new index: draw every marker afresh.
    this.#clear();
    this.#render();
  }

  setOrigin(origin: GeoPoint | undefined): void {
    this.#origin = origin;
    this.#render();
  }

  setWords(words: MarkerWords): void {
    this.#words = words;
    this.#clear();
    this.#render();
  }

  /** Highlights every marker of one service (or none). */
  setSelected(serviceId: string | undefined): void {
    this.#selected = serviceId;
    for (const marker of this.#markers.values()) this.#markSelected(marker);
  }

  /** The first place of a service on the map, with its site. */
  find(serviceId: string): { site: MapSite; point: MapPoint } | undefined {
    for (const site of this.#sites) {
      const point = site.points.find((p) => p.service.id === serviceId);
      if (point) return { site, point };
    }
    return undefined;
  }

  /** Moves the view, only as much as needed, so that the service's first place shows as its own marker. */
  reveal(serviceId: string): HTMLButtonElement | undefined {
    const found = this.find(serviceId);
    const index = this.#index;
    if (!found || !index) return undefined;
    const siteIndex = this.#sites.indexOf(found.site);
    const { latitude, longitude } = found.site.point;
    const current = this.#map.getZoom();
    let zoom = current;
    while (zoom <= CLUSTER_MAX_ZOOM) {
      if (index.isAlone(siteIndex, zoom)) break;
      zoom++;
    }
    zoom = Math.min(zoom, MAX_ZOOM);
    if (zoom !== current || !this.#map.getBounds().contains([latitude, longitude])) {
      this.#map.setView([latitude, longitude], zoom, { animate: false });
    }
    return this.#markers.get(`s${siteIndex}`);
  }

  /** Fits the view to every marker and the search's origin. */
  fit(): void {
    // Tiles wait for the first real view: none are fetched for the placeholder view of all Britain.
    if (this.#options.tileUrl && !this.#tiles) this.#addTiles(this.#options.tileUrl);
    const points: [number, number][] = this.#extent ? [...this.#extent] : [];
    if (this.#origin) points.push([this.#origin.latitude, this.#origin.longitude]);
    const [only] = points;
    const single = points.every(([lat, lng]) => only !== undefined && lat === only[0] && lng === only[1]);
    if (!only) this.#map.setView(NOTHING_CENTRE, 6, { animate: false });
    else if (single) this.#map.setView(only, FIT_MAX_ZOOM, { animate: false });
    else this.#map.fitBounds(points, { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
  }

  zoomBy(delta: number): void {
    this.#map.setZoom(this.#map.getZoom() + delta, { animate: this.#options.animate });
  }

  /** Focuses the marker for a site if it is drawn, else the map. */
  focusSite(site: MapSite): void {
    const marker = this.#markers.get(`s${this.#sites.indexOf(site)}`);
    (marker ?? this.#options.container).focus();
  }

  destroy(): void {
    this.#resize.disconnect();
    // Leaflet 1.9 finishes a zoom animation on a 250 ms timer that outlives remove() and then
    // reads the removed panes; a map removed mid-zoom has nothing left to finish.
    (this.#map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
    this.#map.remove();
    this.#markers.clear();
  }

  #addTiles(url: string): void {
    const tiles = new TileLayer(url, { maxZoom: MAX_ZOOM, crossOrigin: false });
    tiles.on('tileload', () => {
      if (this.#tilesState !== 'pending') return;
      this.#tilesState = 'loaded';
      this.#options.onTiles?.('loaded');
    });
    tiles.on('tileerror', () => {
      // One tile failing among loaded ones is a blip; none ever loading means no background today.
      if (this.#tilesState !== 'pending') return;
      this.#tilesState = 'failed';
      this.#options.onTiles?.('failed');
      // Stop asking for tiles that will not come: the markers show on a plain background.
      queueMicrotask(() => tiles.remove());
    });
    tiles.addTo(this.#map);
    this.#tiles = tiles;
  }

  /** Whether the background tiles loaded, failed, or have not answered yet. */
  get tiles(): 'none' | 'pending' | 'loaded' | 'failed' {
    return this.#options.tileUrl ? this.#tilesState : 'none';
  }

  readonly #onClick = (event: MouseEvent): void => {
    const marker = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-key]');
    if (!marker || !this.#index) return;
    const key = marker.dataset['key'] ?? '';
    if (key.startsWith('c')) {
      this.#expand(Number(key.slice(1)), marker);
    } else {
      const site = this.#sites[Number(key.slice(1))];
      if (site) this.#options.onPick(site, marker);
    }
  };

  /** Zooms into a cluster and puts focus on the marker nearest where it was, so a keyboard user carries on from there. */
  #expand(clusterId: number, marker: HTMLButtonElement): void {
    const index = this.#index;
    if (!index) return;
    const lat = Number(marker.dataset['lat']);
    const lng = Number(marker.dataset['lng']);
    const zoom = Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM);
    this.#map.setView([lat, lng], zoom, { animate: false });
    const centre = this.#map.latLngToLayerPoint([lat, lng]);
    let nearest: HTMLButtonElement | undefined;
    let best = Infinity;
    for (const candidate of this.#markers.values()) {
      const at = this.#map.latLngToLayerPoint([Number(candidate.dataset['lat']), Number(candidate.dataset['lng'])]);
      const distance = at.distanceTo(centre);
      if (distance < best) {
        best = distance;
        nearest = candidate;
      }
    }
    (nearest ?? this.#options.container).focus();
  }

  #clear(): void {
    for (const marker of this.#markers.values()) marker.remove();
    this.#markers.clear();
  }

  /** Draws the clusters and markers in view (and a margin), reusing the ones already drawn. */
  readonly #render = (): void => {
    this.#placeOrigin();
    const index = this.#index;
    if (!index) return;
    const bounds = this.#map.getBounds().pad(0.25);
    const zoom = Math.round(this.#map.getZoom());
    const features = index.getClusters(
      [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ],
      zoom,
    );
    const drawn: { marker: HTMLButtonElement; x: number; y: number }[] = [];
    const keep = new Set<string>();
    for (const feature of features) {
      const { latitude: lat, longitude: lng } = feature;
      const key = feature.kind === 'cluster' ? `c${feature.id}` : `s${feature.site}`;
      let marker = this.#markers.get(key);
      if (!marker) {
        marker =
          feature.kind === 'cluster' ? this.#clusterMarker(feature.id, feature.count) : this.#siteMarker(feature.site);
        marker.dataset['key'] = key;
        marker.dataset['lat'] = String(lat);
        marker.dataset['lng'] = String(lng);
        this.#markers.set(key, marker);
      }
      keep.add(key);
      const at = this.#map.latLngToLayerPoint([lat, lng]).round();
      marker.style.transform = `translate3d(${at.x}px, ${at.y}px, 0)`;
      // Lower on the screen draws on top, as on a paper map.
      marker.style.zIndex = String(Math.round(at.y));
      drawn.push({ marker, x: at.x, y: at.y });
    }
    for (const [key, marker] of this.#markers) {
      if (keep.has(key)) continue;
      marker.remove();
      this.#markers.delete(key);
    }
    // Tab order follows reading order: top to bottom, then left to right, in bands of 48 px.
    drawn.sort((a, b) => Math.floor(a.y / 48) - Math.floor(b.y / 48) || a.x - b.x);
    this.#order(drawn.map((d) => d.marker));
  };

  #order(markers: readonly HTMLButtonElement[]): void {
    const root = this.#pane.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement;
    let next: ChildNode | null = this.#pane.firstChild;
    for (const marker of markers) {
      while (next && !(next instanceof HTMLButtonElement)) next = next.nextSibling;
      if (marker === next) {
        next = next.nextSibling;
        continue;
      }
      if (marker === focused && marker.parentNode === this.#pane) continue;
      this.#pane.insertBefore(marker, next);
    }
  }

  #placeOrigin(): void {
    if (!this.#origin) {
      this.#originMarker?.remove();
      return;
    }
    if (!this.#originMarker) {
      const origin = document.createElement('div');
      origin.className = 'origin';
      origin.setAttribute('part', 'origin');
      origin.setAttribute('role', 'img');
      origin.append(svgIcon('origin-icon', ORIGIN, '0 0 24 24'));
      this.#originMarker = origin;
    }
    const origin = this.#originMarker;
    origin.setAttribute('aria-label', this.#words.origin);
    const at = this.#map.latLngToLayerPoint([this.#origin.latitude, this.#origin.longitude]).round();
    origin.style.transform = `translate3d(${at.x}px, ${at.y}px, 0)`;
    if (origin.parentNode !== this.#pane) this.#pane.prepend(origin);
  }

  #siteMarker(siteIndex: number): HTMLButtonElement {
    const site = this.#sites[siteIndex];
    const marker = document.createElement('button');
    marker.type = 'button';
    if (!site) return marker;
    const [only] = site.points;
    if (only && site.points.length === 1) {
      marker.className = 'marker';
      marker.setAttribute('part', 'marker');
      marker.setAttribute('aria-label', this.#words.point(only));
      marker.append(svgIcon('pin', PIN, '0 0 24 32'));
    } else {
      marker.className = 'marker site';
      marker.setAttribute('part', 'marker site');
      marker.setAttribute('aria-label', this.#words.site(site));
      marker.append(svgIcon('pin', PIN, '0 0 24 32'), countBadge(site.points.length));
    }
    this.#markSelected(marker, site);
    return marker;
  }

  /** The place most of a cluster's groups are in (of the first few), to name it by. */
  #clusterPlace(clusterId: number): string | undefined {
    const counts = new Map<string, number>();
    let best: string | undefined;
    for (const leaf of this.#index?.getLeaves(clusterId, 32) ?? []) {
      const site = this.#sites[leaf];
      const name = site?.points[0]?.placeName;
      if (site === undefined || name === undefined) continue;
      const count = (counts.get(name) ?? 0) + site.points.length;
      counts.set(name, count);
      if (best === undefined || count > (counts.get(best) ?? 0)) best = name;
    }
    return best;
  }

  #clusterMarker(clusterId: number, count: number): HTMLButtonElement {
    const marker = document.createElement('button');
    marker.type = 'button';
    marker.className = `cluster ${count < 10 ? 'small' : count < 100 ? 'medium' : 'large'}`;
    marker.setAttribute('part', 'cluster');
    marker.setAttribute('aria-label', this.#words.cluster(count, this.#clusterPlace(clusterId)));
    const label = document.createElement('span');
    label.setAttribute('aria-hidden', 'true');
    label.textContent = count.toLocaleString('en-GB');
    marker.append(label);
    return marker;
  }

  #markSelected(marker: HTMLButtonElement, site?: MapSite): void {
    const key = marker.dataset['key'];
    const of = site ?? (key?.startsWith('s') ? this.#sites[Number(key.slice(1))] : undefined);
    if (!of) return;
    const selected = this.#selected !== undefined && of.points.some((p) => p.service.id === this.#selected);
    marker.classList.toggle('selected', selected);
    if (selected) marker.setAttribute('aria-current', 'true');
    else marker.removeAttribute('aria-current');
    marker.setAttribute('part', `marker${of.points.length > 1 ? ' site' : ''}${selected ? ' selected' : ''}`);
  }
}

function countBadge(count: number): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'count';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = String(count);
  return badge;
}

/** The south-west and north-east corners of every site, or nothing for no sites. */
function extent(sites: readonly MapSite[]): [[number, number], [number, number]] | undefined {
  if (sites.length === 0) return undefined;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { point } of sites) {
    if (point.latitude < south) south = point.latitude;
    if (point.latitude > north) north = point.latitude;
    if (point.longitude < west) west = point.longitude;
    if (point.longitude > east) east = point.longitude;
  }
  return [
    [south, west],
    [north, east],
  ];
}
