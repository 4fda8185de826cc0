/**
 * What the map shows: one point per place where a service meets, and the
 * places that share one spot (a community centre with six groups) gathered
 * into one site, so that no marker hides another at any zoom.
 */
import type { GeoPoint, Location, Service, ServiceLocation } from '../../data/model.js';

export interface MapPoint {
  readonly service: Service;
  readonly place: ServiceLocation;
  readonly point: GeoPoint;
  /** The town or the place's own name, for "Walking group, Mansfield". */
  readonly placeName?: string;
}

/** Every point at one spot. */
export interface MapSite {
  readonly point: GeoPoint;
  readonly points: readonly MapPoint[];
  /** The name the site's points give most readily: the venue when they share one, else the town. */
  readonly placeName?: string;
}

/** Within about a metre: the same building. */
const SAME_SPOT = 1e5;
/** Latitudes times SAME_SPOT span fewer than this many steps, so one number keys a spot exactly. */
const LONGITUDE_STEPS = 360 * SAME_SPOT + 1;

/** A short name for where a place is: its town, else its own name, else its first street line. */
export function placeName(location: Location): string | undefined {
  return location.address?.town ?? location.name ?? location.address?.lines[0] ?? undefined;
}

function isPoint(point: GeoPoint | undefined): point is GeoPoint {
  return (
    point !== undefined &&
    Number.isFinite(point.latitude) &&
    Number.isFinite(point.longitude) &&
    Math.abs(point.latitude) <= 90 &&
    Math.abs(point.longitude) <= 180
  );
}

/** The points of every service's places that have valid coordinates; other services are simply not on the map. */
export function mapPoints(services: readonly Service[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const service of services) {
    // A bad record is left off the map, never allowed to stop it.
    if (!service || !Array.isArray(service.locations)) continue;
    for (const place of service.locations) {
      const point = place?.location?.point;
      if (!isPoint(point)) continue;
      const name = placeName(place.location);
      points.push(name === undefined ? { service, place, point } : { service, place, point, placeName: name });
    }
  }
  return points;
}

/** How many services have no place on the map. */
export function servicesWithoutPoints(services: readonly Service[], points: readonly MapPoint[]): number {
  const onMap = new Set(points.map((p) => p.service));
  return services.filter((s) => !onMap.has(s)).length;
}

/** Points gathered by spot, in the order they first appear. */
export function mapSites(points: readonly MapPoint[]): MapSite[] {
  const bySpot = new Map<number, MapPoint[]>();
  for (const point of points) {
    // A number, not a string: 10,000 places are keyed in a few milliseconds.
    const key =
      Math.round((point.point.latitude + 90) * SAME_SPOT) * LONGITUDE_STEPS +
      Math.round((point.point.longitude + 180) * SAME_SPOT);
    const here = bySpot.get(key);
    if (here) here.push(point);
    else bySpot.set(key, [point]);
  }
  const sites: MapSite[] = [];
  for (const here of bySpot.values()) {
    const [first] = here;
    if (!first) continue;
    const venue = here.length > 1 ? first.place.location.name : undefined;
    const name = venue ?? first.placeName;
    sites.push(
      name === undefined ? { point: first.point, points: here } : { point: first.point, points: here, placeName: name },
    );
  }
  return sites;
}
