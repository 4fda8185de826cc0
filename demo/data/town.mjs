// @ts-check
import { SeededRandom, seedFromText } from './random.mjs';

/** @typedef {import('./directory-format.mjs').Postcode} Postcode */

/**
 * @typedef {object} Place
 * @property {string} key
 * @property {string} name how people say it, used in group names ("Forest Town Strollers")
 * @property {string} [locality] address_2 when the place is not Mansfield itself (the post town is always Mansfield)
 * @property {number} latitude the middle of the place
 * @property {number} longitude
 * @property {number} radiusKm how far its postcodes spread from the middle
 * @property {number} weight how many groups it has, roughly in proportion to its people
 * @property {string} district the local authority, as a postcode lookup reports it
 * @property {string} [parish]
 * @property {string[]} postcodes real-format postcodes of the place's own sector
 * @property {string[]} streets
 * @property {string[]} parks meeting points for walks and outdoor groups
 */

/** Where the demo directory lives: Mansfield, Nottinghamshire, and its villages. */
export const AREA = {
  name: 'Mansfield, Nottinghamshire, and nearby villages',
  centre: { latitude: 53.1437, longitude: -1.1965 },
  bounds: { south: 53.08, north: 53.23, west: -1.3, east: -1.05 },
};

/** @type {readonly Place[]} */
export const PLACES = [
  {
    key: 'mansfield',
    name: 'Mansfield',
    latitude: 53.1437,
    longitude: -1.1965,
    radiusKm: 0.7,
    weight: 4,
    district: 'Mansfield',
    postcodes: ['NG18 1AB', 'NG18 1BD', 'NG18 1DS', 'NG18 1EX', 'NG18 1HQ', 'NG18 1NG', 'NG18 1PU', 'NG18 1QE'],
    streets: ['Westgate', 'Stockwell Gate', 'Leeming Street', 'Queen Street', 'Church Street', 'Albert Street'],
    parks: ['Titchfield Park', 'Carr Bank Park'],
  },
  {
    key: 'ravensdale',
    name: 'Ravensdale',
    locality: 'Ravensdale',
    latitude: 53.1575,
    longitude: -1.2055,
    radiusKm: 0.6,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG18 2AE', 'NG18 2BW', 'NG18 2DH', 'NG18 2FP', 'NG18 2RT'],
    streets: ['Ravensdale Road', 'Windsor Road', 'Highfield Close', 'Ash Grove', 'Beech Avenue'],
    parks: ['Ravensdale Recreation Ground'],
  },
  {
    key: 'oak-tree',
    name: 'Oak Tree',
    locality: 'Oak Tree',
    latitude: 53.1365,
    longitude: -1.1655,
    radiusKm: 0.6,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG18 3HL', 'NG18 3JQ', 'NG18 3NB', 'NG18 3PZ', 'NG18 3SE'],
    streets: ['Oak Tree Lane', 'Eakring Road', 'Primrose Way', 'Woodland Drive', 'Jubilee Way'],
    parks: ['Oak Tree Fields'],
  },
  {
    key: 'berry-hill',
    name: 'Berry Hill',
    locality: 'Berry Hill',
    latitude: 53.1295,
    longitude: -1.186,
    radiusKm: 0.6,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG18 4AW', 'NG18 4DR', 'NG18 4HY', 'NG18 4JN', 'NG18 4PL'],
    streets: ['Berry Hill Road', 'Berry Hill Lane', 'Cauldwell Road', 'Garden Road', 'Sherwood Hall Road'],
    parks: ['Berry Hill Park'],
  },
  {
    key: 'ladybrook',
    name: 'Ladybrook',
    locality: 'Ladybrook',
    latitude: 53.1445,
    longitude: -1.224,
    radiusKm: 0.6,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG18 5AD', 'NG18 5BG', 'NG18 5EL', 'NG18 5HS', 'NG18 5JU'],
    streets: ['Ladybrook Lane', 'Brick Kiln Lane', 'Ladybrook Place', 'Gregory Avenue', 'Hermitage Lane'],
    parks: ['Ladybrook Park'],
  },
  {
    key: 'forest-town',
    name: 'Forest Town',
    locality: 'Forest Town',
    latitude: 53.16,
    longitude: -1.162,
    radiusKm: 0.8,
    weight: 2,
    district: 'Mansfield',
    postcodes: ['NG19 0AX', 'NG19 0BJ', 'NG19 0EH', 'NG19 0HT', 'NG19 0LP', 'NG19 0NR'],
    streets: ['Clipstone Road West', 'Old Mill Lane', 'Princess Avenue', 'Cavendish Road', 'Tenter Lane'],
    parks: ['Forest Town Arena', 'Newlands Recreation Ground'],
  },
  {
    key: 'bull-farm',
    name: 'Bull Farm',
    locality: 'Bull Farm',
    latitude: 53.1595,
    longitude: -1.2235,
    radiusKm: 0.5,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG19 6AH', 'NG19 6BX', 'NG19 6DZ', 'NG19 6FL', 'NG19 6PS'],
    streets: ['Bull Farm Way', 'Chatsworth Drive', 'Beech Drive', 'Hilton Crescent', 'Sandy Lane'],
    parks: ['Bull Farm Playing Fields'],
  },
  {
    key: 'pleasley-hill',
    name: 'Pleasley Hill',
    locality: 'Pleasley Hill',
    latitude: 53.1685,
    longitude: -1.2335,
    radiusKm: 0.6,
    weight: 1,
    district: 'Mansfield',
    postcodes: ['NG19 7PA', 'NG19 7QH', 'NG19 7RD', 'NG19 7SU', 'NG19 7TB'],
    streets: ['Chesterfield Road North', 'Pleasley Road', 'Brook Street', 'Water Lane', 'Outram Street'],
    parks: ['Pleasley Pit Country Park'],
  },
  {
    key: 'mansfield-woodhouse',
    name: 'Mansfield Woodhouse',
    locality: 'Mansfield Woodhouse',
    latitude: 53.168,
    longitude: -1.195,
    radiusKm: 0.9,
    weight: 2,
    district: 'Mansfield',
    postcodes: ['NG19 8AF', 'NG19 8BU', 'NG19 8LB', 'NG19 9AD', 'NG19 9EQ', 'NG19 9HW', 'NG19 9JP'],
    streets: ['High Street', 'Station Street', 'Vale Road', 'Portland Street', 'Leeming Lane South'],
    parks: ['Yeoman Hill Park', 'Manor Park'],
  },
  {
    key: 'market-warsop',
    name: 'Market Warsop',
    locality: 'Market Warsop',
    latitude: 53.2055,
    longitude: -1.152,
    radiusKm: 0.8,
    weight: 2,
    district: 'Mansfield',
    parish: 'Warsop',
    postcodes: ['NG20 0AA', 'NG20 0BG', 'NG20 0DE', 'NG20 0JT', 'NG20 0NQ', 'NG20 0RX'],
    streets: ['Church Street', 'High Street', 'Sherwood Street', 'Wood Lane', 'Stonebridge Lane'],
    parks: ['The Carrs', 'Warsop Windmill Field'],
  },
  {
    key: 'meden-vale',
    name: 'Meden Vale',
    locality: 'Meden Vale',
    latitude: 53.2145,
    longitude: -1.124,
    radiusKm: 0.5,
    weight: 1,
    district: 'Mansfield',
    parish: 'Warsop',
    postcodes: ['NG20 9NB', 'NG20 9PE', 'NG20 9QS', 'NG20 9RH'],
    streets: ['Egmanton Road', 'Wellow Road', 'Retford Road', 'Netherfield Lane'],
    parks: ['Meden Trail'],
  },
  {
    key: 'rainworth',
    name: 'Rainworth',
    locality: 'Rainworth',
    latitude: 53.118,
    longitude: -1.124,
    radiusKm: 0.7,
    weight: 2,
    district: 'Newark and Sherwood',
    parish: 'Rainworth',
    postcodes: ['NG21 0AD', 'NG21 0DQ', 'NG21 0EH', 'NG21 0HJ', 'NG21 0JW'],
    streets: ['Southwell Road West', 'Kirklington Road', 'Warsop Lane', 'Westbrook Drive', 'Preston Road'],
    parks: ['Rainworth Heath', 'Rainworth Water'],
  },
  {
    key: 'blidworth',
    name: 'Blidworth',
    locality: 'Blidworth',
    latitude: 53.098,
    longitude: -1.117,
    radiusKm: 0.6,
    weight: 1,
    district: 'Newark and Sherwood',
    parish: 'Blidworth',
    postcodes: ['NG21 0PT', 'NG21 0QN', 'NG21 0RS', 'NG21 0SY', 'NG21 0TE'],
    streets: ['Mansfield Road', 'Main Street', 'New Lane', 'Dale Lane', 'Belle Vue Lane'],
    parks: ['Blidworth Woods'],
  },
  {
    key: 'clipstone',
    name: 'Clipstone',
    locality: 'Clipstone',
    latitude: 53.163,
    longitude: -1.115,
    radiusKm: 0.7,
    weight: 1,
    district: 'Newark and Sherwood',
    parish: 'Clipstone',
    postcodes: ['NG21 9AB', 'NG21 9BH', 'NG21 9DF', 'NG21 9ES', 'NG21 9FX'],
    streets: ['First Avenue', 'Fourth Avenue', 'Mansfield Road', 'Baulker Lane', 'Cavendish Road'],
    parks: ['Vicar Water Country Park'],
  },
  {
    key: 'edwinstowe',
    name: 'Edwinstowe',
    locality: 'Edwinstowe',
    latitude: 53.1945,
    longitude: -1.0695,
    radiusKm: 0.6,
    weight: 1,
    district: 'Newark and Sherwood',
    parish: 'Edwinstowe',
    postcodes: ['NG21 9HU', 'NG21 9LB', 'NG21 9NJ', 'NG21 9PR', 'NG21 9QW'],
    streets: ['High Street', 'Church Street', 'West Lane', 'Mansfield Road', 'Rufford Road'],
    parks: ['Sherwood Forest visitor car park'],
  },
];

/** Saints for church names; the same few names recur across English parishes. */
export const SAINTS = [
  'John',
  'Mark',
  'Peter',
  'Lawrence',
  'Edmund',
  'Philip',
  'Augustine',
  'Mary',
  'Alban',
  'Andrew',
  'Michael',
  'Luke',
];

const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * A point at most `radiusKm` from a centre, drawn evenly over the disc.
 * @param {SeededRandom} random
 * @param {{ latitude: number, longitude: number }} centre
 * @param {number} radiusKm
 */
export function pointNear(random, centre, radiusKm) {
  const distance = radiusKm * Math.sqrt(random.float());
  const bearing = random.float() * 2 * Math.PI;
  const kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos((centre.latitude * Math.PI) / 180);
  return {
    latitude: roundCoordinate(centre.latitude + (distance * Math.cos(bearing)) / KM_PER_DEGREE_LATITUDE),
    longitude: roundCoordinate(centre.longitude + (distance * Math.sin(bearing)) / kmPerDegreeLongitude),
  };
}

/** @param {number} value six decimals, as postcodes.io gives them (about 10 cm) */
function roundCoordinate(value) {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The postcode table the server answers lookups from. Each postcode's point is derived from its own text,
 * so it is the same whatever seed or size the directory is built with.
 * @returns {Postcode[]}
 */
export function buildPostcodes() {
  return PLACES.flatMap((place) =>
    place.postcodes.map((postcode) => {
      const point = pointNear(new SeededRandom(seedFromText(postcode)), place, place.radiusKm * 0.8);
      /** @type {Postcode} */
      const row = {
        postcode,
        latitude: point.latitude,
        longitude: point.longitude,
        admin_district: place.district,
        ...(place.parish ? { parish: place.parish } : {}),
        country: 'England',
      };
      return row;
    }),
  );
}
