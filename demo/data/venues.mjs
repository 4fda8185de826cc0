// @ts-check
import { SAINTS, pointNear } from './town.mjs';
import { NameRegister, fillTemplate, fillTemplates } from './templates.mjs';

/** @typedef {import('./random.mjs').SeededRandom} SeededRandom */
/** @typedef {import('./town.mjs').Place} Place */
/** @typedef {import('./catalogue.mjs').VenueType} VenueType */
/** @typedef {import('./directory-format.mjs').Location} Location */
/** @typedef {import('./directory-format.mjs').Accessibility} Accessibility */
/** @typedef {import('./directory-format.mjs').Postcode} Postcode */

/** @typedef {{ location: Location, type: VenueType, place: Place, shortName: string }} Venue */

/** @typedef {'step-free' | 'steps' | 'upstairs'} Entrance */

/**
 * What each accessibility note says: [description, possible details].
 * @type {Record<string, [string, string[]]>}
 */
const ACCESS_NOTES = {
  'step-free': [
    'Step-free access',
    ['Level entrance from the car park', 'Ramp at the side door', 'Automatic doors at the front'],
  ],
  steps: ['Two steps at the entrance', ['There is a handrail, and someone will help you if you ask']],
  upstairs: ['Upstairs, no lift', ['The group meets in the first-floor room, up a flight of stairs with a handrail']],
  'hearing-loop': [
    'Hearing loop',
    ['Switch your hearing aid to the T setting', 'Ask at the door and we will switch it on'],
  ],
  'accessible-toilet': ['Accessible toilet', []],
  parking: ['Free parking', ['Including two blue badge spaces', 'Car park next to the entrance']],
  'street-parking': ['On-street parking only', []],
  'quiet-room': ['Quiet room', ['Ask a volunteer if you need a calm space for a few minutes']],
  'large-print': ['Large print and easy read leaflets', []],
  'flat-paths': ['Mostly flat paths', ['Some paths are uneven or muddy after rain']],
  benches: ['Benches along the way', []],
  'nearby-toilets': ['Toilets near the start', ['At the café by the car park']],
  'raised-beds': ['Raised beds you can reach from a chair', []],
};

/**
 * @typedef {object} VenueProfile
 * @property {string[]} names templates: {place}, {street}, {saint}, {park}
 * @property {Partial<Record<Entrance, number>> | null} entrance chances of each way in; null for outdoors
 * @property {Record<string, number>} extras chances of each other note
 * @property {string[]} directions how to find it
 * @property {boolean} [onePerPlace] a village has one library and one Miners' Welfare, however big the directory
 */

/** @type {Record<VenueType, VenueProfile>} */
const PROFILES = {
  'community-centre': {
    names: ['{place} Community Centre', '{street} Community Centre', 'The Hub, {street}', '{place} Community Hall'],
    entrance: { 'step-free': 0.85, upstairs: 0.05 },
    extras: { 'hearing-loop': 0.5, 'accessible-toilet': 0.85, parking: 0.6, 'quiet-room': 0.2 },
    directions: [
      'The entrance is on {street}, with a bus stop about two minutes away.',
      'Look for the blue doors next to the car park.',
      'Go in by the main doors and follow the signs to the hall.',
    ],
  },
  'church-hall': {
    names: [
      "St {saint}'s Church Hall",
      "St {saint}'s Church",
      '{street} Methodist Church',
      '{place} Baptist Church Hall',
    ],
    entrance: { 'step-free': 0.6, upstairs: 0.08 },
    extras: { 'hearing-loop': 0.6, 'accessible-toilet': 0.6, parking: 0.4, 'street-parking': 0.3 },
    directions: [
      'The hall is behind the church; use the side gate on {street}.',
      'Ring the bell by the side door and someone will let you in.',
      'The hall entrance is round the back, next to the car park.',
    ],
  },
  welfare: {
    names: ["{place} Miners' Welfare", '{place} Welfare Hall', '{place} Social Club'],
    entrance: { 'step-free': 0.7, upstairs: 0.15 },
    extras: { 'hearing-loop': 0.3, 'accessible-toilet': 0.7, parking: 0.9 },
    directions: ['Groups meet in the function room at the back.', 'There is a bus stop on {street}, just outside.'],
    onePerPlace: true,
  },
  library: {
    names: ['{place} Library'],
    entrance: { 'step-free': 0.95, upstairs: 0.03 },
    extras: { 'hearing-loop': 0.8, 'accessible-toilet': 0.8, 'large-print': 0.6, parking: 0.3 },
    directions: ['Groups meet in the community room; ask at the desk.', 'The library is on {street}, near the shops.'],
    onePerPlace: true,
  },
  office: {
    names: ['{street} Resource Centre', 'Community House, {street}', '{place} Advice Centre', 'Unity House, {street}'],
    entrance: { 'step-free': 0.75, upstairs: 0.15 },
    extras: { 'hearing-loop': 0.6, 'accessible-toilet': 0.6, 'quiet-room': 0.5, 'street-parking': 0.4 },
    directions: ['Press the buzzer by the front door and someone will come down.', 'Reception is on the ground floor.'],
  },
  cafe: {
    names: ['The Corner Café, {street}', '{place} Community Café', 'The Kettle Café, {street}'],
    entrance: { 'step-free': 0.7, upstairs: 0.1 },
    extras: { 'accessible-toilet': 0.5, 'hearing-loop': 0.1, 'street-parking': 0.5 },
    directions: ['The group sits at the big table at the back.', 'The café is on {street}, opposite the bus stop.'],
  },
  workshop: {
    names: ["{place} Men's Shed", 'The Shed, {street}', 'Unit 3, {street} Workshops'],
    entrance: { 'step-free': 0.8 },
    extras: { 'accessible-toilet': 0.4, parking: 0.7 },
    directions: ['The workshop is the green building at the end of the yard.', 'Follow the track off {street}.'],
  },
  allotment: {
    names: ['{street} Allotments', '{place} Community Garden', '{street} Community Orchard'],
    entrance: null,
    extras: { 'flat-paths': 0.6, 'raised-beds': 0.5, parking: 0.5, 'accessible-toilet': 0.2 },
    directions: ['Go through the gate on {street}; the shared plot is by the shed.', 'Meet at the polytunnel.'],
  },
  park: {
    names: ['{park}', '{street} Recreation Ground', '{street} Playing Fields'],
    entrance: null,
    extras: { 'flat-paths': 0.8, benches: 0.5, parking: 0.7, 'nearby-toilets': 0.4 },
    directions: ['Meet at the main car park on {street}.', 'Meet by the noticeboard at the {street} entrance.'],
  },
};

/**
 * Every venue of the directory: it makes a new one when asked, or reuses one already known in the same
 * place, so that a community centre hosts several groups as it does in life.
 */
export class VenueBook {
  /** @type {Venue[]} */
  venues = [];
  /** @private @type {Map<string, Venue[]>} venues by place and type, so big directories stay quick to build */
  byKind = new Map();
  /** @private @type {Map<string, Venue>} */
  byName = new Map();
  /** @private */ names = new NameRegister();
  /** @private @type {Set<string>} */ addresses = new Set();

  /**
   * @param {SeededRandom} random
   * @param {SeededRandom} ids
   * @param {readonly Postcode[]} postcodes
   * @param {number} services how many services the directory will have, so venues grow in proportion
   */
  constructor(random, ids, postcodes, services) {
    /** @private */ this.random = random;
    /** @private */ this.ids = ids;
    /** @private */ this.postcodes = new Map(postcodes.map((row) => [row.postcode, row]));
    // The same few towns hold a bigger directory, so each needs more venues of each kind before reusing them.
    /** @private */ this.fewestOfAKind = Math.ceil(services / 250);
  }

  /**
   * A venue of one of these types in this place: an existing one most of the time, so venues are shared.
   * @param {readonly VenueType[]} types
   * @param {Place} place
   */
  venueFor(types, place) {
    const known = types.flatMap((type) => this.byKind.get(`${place.key}|${type}`) ?? []);
    if (known.length >= this.fewestOfAKind && this.random.chance(0.7)) return this.random.pick(known);
    return this.create(this.random.pick(types), place);
  }

  /**
   * The venue of that name, if the directory has one.
   * @param {string | undefined} name
   */
  named(name) {
    return name === undefined ? undefined : this.byName.get(name);
  }

  /**
   * A new venue. With `name`, it takes that name (an organisation's own building), unless it is taken.
   * @param {VenueType} type
   * @param {Place} place
   * @param {string} [name]
   * @returns {Venue}
   */
  create(type, place, name) {
    const profile = PROFILES[type];
    const street = this.random.pick(place.streets);
    const values = { place: place.name, street, saint: this.random.pick(SAINTS), park: this.random.pick(place.parks) };
    const fitting = this.random.shuffle(fillTemplates(profile.names, values));
    if (!name && profile.onePerPlace && fitting.every((candidate) => this.names.has(candidate))) {
      const same = (this.byKind.get(`${place.key}|${type}`) ?? []).find((venue) =>
        fitting.includes(venue.location.name),
      );
      if (same) return same;
    }
    // A name taken in another village ("Church Street Community Centre") gets its own village added.
    const qualified = fitting.filter((candidate) => !candidate.includes(place.name)).map((c) => `${c}, ${place.name}`);
    const venueName = this.names.claim([...(name ? [name] : []), ...fitting, ...qualified]);
    const postcode = this.postcodeIn(place);
    const point = pointNear(this.random, postcode, 0.15);
    const direction = this.random.chance(0.7) ? fillTemplate(this.random.pick(profile.directions), values) : undefined;

    /** @type {Location} */
    const location = {
      id: this.ids.uuid(),
      location_type: 'physical',
      name: venueName,
      ...(direction ? { description: direction } : {}),
      latitude: point.latitude,
      longitude: point.longitude,
      addresses: [
        {
          id: this.ids.uuid(),
          address_1: this.streetAddress(type, place, street),
          ...(place.locality ? { address_2: place.locality } : {}),
          city: 'Mansfield',
          state_province: 'Nottinghamshire',
          postal_code: postcode.postcode,
          country: 'GB',
          address_type: 'physical',
        },
      ],
      accessibility: this.accessibility(profile),
    };
    const venue = { location, type, place, shortName: shortNameOf(venueName) };
    this.venues.push(venue);
    this.byKind.set(`${place.key}|${type}`, [...(this.byKind.get(`${place.key}|${type}`) ?? []), venue]);
    this.byName.set(venueName, venue);
    return venue;
  }

  /** @param {Place} place */
  postcodeIn(place) {
    const row = this.postcodes.get(this.random.pick(place.postcodes));
    if (!row) throw new Error(`No postcode row for ${place.name}`);
    return row;
  }

  /**
   * "12 Queen Street", unique in the directory; outdoor places have no house number.
   * @private
   * @param {VenueType} type
   * @param {Place} place
   * @param {string} street
   */
  streetAddress(type, place, street) {
    if (type === 'park' || type === 'allotment')
      return this.random.pick(['Car park', 'Main gate', 'Entrance']) + `, ${street}`;
    let address;
    do address = `${this.random.int(1, 240)} ${street}`;
    while (this.addresses.has(`${place.key}|${address}`));
    this.addresses.add(`${place.key}|${address}`);
    return address;
  }

  /**
   * @private
   * @param {VenueProfile} profile
   * @returns {Accessibility[]}
   */
  accessibility(profile) {
    /** @type {string[]} */
    const notes = [];
    if (profile.entrance) {
      const stepFree = profile.entrance['step-free'] ?? 0;
      const upstairs = profile.entrance.upstairs ?? 0;
      const roll = this.random.float();
      notes.push(roll < stepFree ? 'step-free' : roll < stepFree + upstairs ? 'upstairs' : 'steps');
    }
    for (const [note, chance] of Object.entries(profile.extras)) {
      if (this.random.chance(chance)) notes.push(note);
    }
    // One kind of parking is enough to mention.
    const parkingNotes = notes.includes('parking') ? notes.filter((note) => note !== 'street-parking') : notes;
    return parkingNotes.map((note) => {
      const [description, details] = ACCESS_NOTES[note];
      return {
        id: this.ids.uuid(),
        description,
        ...(details.length > 0 ? { details: this.random.pick(details) } : {}),
      };
    });
  }
}

/**
 * What people call a venue in a group's name: "St John's" for "St John's Church Hall", "The Hub" for
 * "The Hub, Queen Street".
 * @param {string} name
 */
function shortNameOf(name) {
  const saint = /^St [A-Z][a-z]+'s/.exec(name);
  if (saint) return saint[0];
  return name.split(',')[0].replace(/ \(\d+\)$/, '');
}
