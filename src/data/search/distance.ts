/**
 * How far apart two points are. Its own module, apart from the postcode lookup in `geo.ts`,
 * so the search index carries the one formula it needs and not the lookup's fetching code.
 */
import type { GeoPoint } from '../model.js';

/** The mean radius of the Earth (IUGG), in metres. */
const EARTH_RADIUS = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * toRadians;
  const dLng = (b.longitude - a.longitude) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * toRadians) * Math.cos(b.latitude * toRadians) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}
