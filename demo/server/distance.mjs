// @ts-check
/**
 * Distances on the Earth's surface, in metres, and the quick box test that saves
 * computing most of them.
 */

const EARTH_RADIUS_METRES = 6_371_008.8;
const METRES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METRES) / 180;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance (haversine).
 * @param {number} lat1
 * @param {number} lng1
 * @param {number} lat2
 * @param {number} lng2
 */
export function metresBetween(lat1, lng1, lat2, lng2) {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLng = (lng2 - lng1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A latitude/longitude box that holds every point within `metres` of the centre
 * (slightly generous, so the exact test afterwards decides).
 * @param {number} latitude
 * @param {number} longitude
 * @param {number} metres
 */
export function boxAround(latitude, longitude, metres) {
  const dLat = (metres / METRES_PER_DEGREE_LATITUDE) * 1.01;
  const cos = Math.cos(latitude * RADIANS);
  const dLng = cos < 1e-6 ? 180 : dLat / cos;
  return { south: latitude - dLat, north: latitude + dLat, west: longitude - dLng, east: longitude + dLng };
}

/**
 * True for a point that can exist (the ORUK examples use 100, 101).
 * @param {unknown} latitude
 * @param {unknown} longitude
 * @returns {boolean}
 */
export function isPossiblePoint(latitude, longitude) {
  return (
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}
