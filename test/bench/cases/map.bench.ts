/**
 * The map's first render with 10,000 places (QUALITY.md: under 300 ms, and at least
 * 3 times faster than Leaflet.markercluster on the same points), side by side with
 * Leaflet + Leaflet.markercluster as their docs show them: one marker per place, added
 * with `addLayers`, the view fitted to them. Each run builds a new map in an 800 x 600
 * box from the services, draws what is in view, and forces style and layout, so what
 * a person waits for is what is timed.
 */
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';
import type * as LeafletTypes from 'leaflet';
import type { GeoPoint, Service } from '../../../src/data/model.js';
import { MapView } from '../../../src/elements/group-map/group-map-view.js';
import { groupMapStyles } from '../../../src/elements/group-map/group-map.styles.js';
import { leafletStyles } from '../../../src/elements/group-map/leaflet-styles.js';
import { mapContentStyles } from '../../../src/elements/group-map/map-content.styles.js';
import { mapPoints } from '../../../src/elements/group-map/map-points.js';
import { baseStyles } from '../../../src/elements/shared/base-styles.js';
import { aPlace, aService } from '../../data/builders/service-builder.js';
import { benchCase } from '../bench-case.js';

const PLACES = 10_000;
const MANSFIELD: GeoPoint = { latitude: 53.1437, longitude: -1.1965 };

/** A small deterministic generator, so both sides get the same points in every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** 10,000 groups spread over Mansfield and its villages, more of them near the middle, as in a real district. */
function groups(): Service[] {
  const next = random(42);
  return Array.from({ length: PLACES }, (_, i) => {
    const spread = 0.02 + next() * 0.18;
    const angle = next() * Math.PI * 2;
    return aService({
      id: `bench-${i}`,
      name: `Group ${i + 1}`,
      locations: [
        aPlace(
          {
            latitude: MANSFIELD.latitude + Math.sin(angle) * spread * 0.6,
            longitude: MANSFIELD.longitude + Math.cos(angle) * spread,
          },
          { name: `Hall ${i % 700}` },
        ),
      ],
    });
  });
}

/** A fresh, visible 800 x 600 box for one run; the last run's box goes first. */
function box(): HTMLElement {
  document.querySelector('.bench-map')?.remove();
  const container = document.createElement('div');
  container.className = 'bench-map';
  container.style.cssText = 'width: 800px; height: 600px; position: relative;';
  document.body.append(container);
  return container;
}

/** Forces style and layout of what was drawn, so neither side leaves work for later. */
function settle(container: HTMLElement): number {
  return container.getBoundingClientRect().width + document.body.offsetHeight;
}

const words = {
  point: (point: { service: Service; placeName?: string }) => `${point.service.name}, ${point.placeName ?? ''}`,
  site: (site: { points: readonly unknown[]; placeName?: string }) =>
    `${site.points.length} groups at ${site.placeName}`,
  cluster: (count: number, place: string | undefined) => `${count} groups near ${place}, press Enter to zoom in`,
  origin: 'The place you searched from',
};

interface Ours {
  services: Service[];
  view?: MapView;
}

interface Peer {
  services: Service[];
  markercluster: typeof LeafletTypes;
  map?: LeafletTypes.Map;
}

document.adoptedStyleSheets = [baseStyles, leafletStyles, groupMapStyles, mapContentStyles].flatMap((style) =>
  style.styleSheet ? [style.styleSheet] : [],
);

export default [
  benchCase<Ours, Peer>({
    name: 'map first render with 10,000 places, clustered (QUALITY.md: under 300 ms, 3x faster than markercluster)',
    maxIterations: 20,
    setup: () => ({ services: groups() }),
    run: (state) => {
      state.view?.destroy();
      const container = box();
      const view = new MapView({ container, tileUrl: null, words, animate: false, onPick: () => {} });
      view.setPoints(mapPoints(state.services));
      view.fit();
      state.view = view;
      if (view.markers.length === 0) throw new Error('nothing drawn');
      return settle(container);
    },
    peer: {
      name: 'Leaflet 1.9 + Leaflet.markercluster 1.5 (addLayers, then fitBounds)',
      setup: async () => {
        // Leaflet.markercluster extends the global L, as its docs assume a script tag.
        const L = { ...Leaflet } as unknown as typeof LeafletTypes;
        Object.assign(globalThis, { L });
        await import('leaflet.markercluster');
        return { services: groups(), markercluster: L };
      },
      run: (state) => {
        state.map?.remove();
        const L = state.markercluster;
        const container = box();
        const map = L.map(container, {
          zoomControl: false,
          attributionControl: false,
          fadeAnimation: false,
          maxZoom: 18,
        });
        const markers = mapPoints(state.services).map((p) =>
          L.marker([p.point.latitude, p.point.longitude], { title: `${p.service.name}, ${p.placeName ?? ''}` }),
        );
        const group = L.markerClusterGroup({ animate: false });
        map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())), { padding: [32, 32], animate: false });
        group.addLayers(markers);
        map.addLayer(group);
        state.map = map;
        if (container.querySelectorAll('.leaflet-marker-icon').length === 0) throw new Error('nothing drawn');
        return settle(container);
      },
    },
  }),
];
