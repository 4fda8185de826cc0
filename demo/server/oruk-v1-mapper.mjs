// @ts-check
/**
 * Maps the directory to the ORUK 1.0 service shape that most council feeds still publish
 * (`regular_schedules`, `physical_addresses`, `service_taxonomys`, `attending_type`...).
 */
import { TAXONOMY_IDS } from '../data/taxonomy.mjs';
import { meetingDays } from './directory-store.mjs';

/** @typedef {import('./directory-store.mjs').DirectoryStore} DirectoryStore */
/** @typedef {import('./directory-store.mjs').ServiceEntry} ServiceEntry */
/** @typedef {import('./directory-file.mjs').Schedule} Schedule */
/** @typedef {import('./directory-file.mjs').Location} Location */
/** @typedef {import('./directory-file.mjs').TaxonomyTerm} TaxonomyTerm */

const DAY_NAMES = /** @type {Record<string, string>} */ ({
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
});
const ATTENDING_TYPES = new Set(['venue', 'online', 'phone', 'home visit']);
// 1.0 has no "self-referral": such services carry no attending_access, and keep the term in service_taxonomys.
const ATTENDING_ACCESS = new Set(['referral', 'appointment', 'membership', 'drop-in']);

/**
 * @param {DirectoryStore} store
 * @param {ServiceEntry} entry
 */
export function mapServiceToV1(store, entry) {
  const { service, organization, terms } = entry;
  const places = entry.placeIndexes.map((index) => store.places[index]);
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    url: service.url,
    email: service.email,
    status: service.status,
    fees: service.fees ?? service.fees_description,
    assured_date: service.assured_date,
    attending_type: attendingType(entry, places),
    attending_access: termCode(terms, TAXONOMY_IDS.howToJoin, ATTENDING_ACCESS),
    organization: organization && {
      id: organization.id,
      name: organization.name,
      description: organization.description,
      email: organization.email,
      url: organization.website,
      uri: organization.uri,
    },
    contacts: [
      ...(service.contacts ?? []).map((contact) => ({
        id: contact.id,
        name: contact.name,
        title: contact.title,
        phones: (contact.phones ?? []).map(({ id, number }) => ({ id, number })),
      })),
      // 1.0 has no phones on a service, only on contacts.
      ...(service.phones ?? []).map((phone) => ({
        id: `contact-${phone.id}`,
        title: phone.description,
        phones: [{ id: phone.id, number: phone.number }],
      })),
    ],
    cost_options: (service.cost_options ?? []).map(({ id, option, amount, amount_description }) => ({
      id,
      option,
      amount,
      amount_description,
    })),
    eligibilitys: eligibilities(entry),
    languages: (service.languages ?? []).map(({ id, name }) => ({ id, language: name })),
    regular_schedules: (service.schedules ?? []).flatMap(regularSchedules),
    holiday_schedules: [],
    service_areas: (service.service_areas ?? []).map(({ id, name }) => ({ id, service_area: name })),
    service_taxonomys: (service.attributes ?? []).flatMap((attribute) => {
      const term = store.termById.get(attribute.taxonomy_term_id);
      return term
        ? [
            {
              id: attribute.id,
              // 1.0 names the vocabulary ("How to join"), as its feeds do, rather than giving the taxonomy's id.
              taxonomy: {
                id: term.id,
                name: term.name,
                vocabulary: term.taxonomy ?? term.taxonomy_id,
                parent: term.parent_id,
              },
            },
          ]
        : [];
    }),
    service_at_locations: places.map(({ link, location }) => ({
      id: link.id,
      location: location && mapLocation(location),
    })),
  };
}

/**
 * @param {Location} location
 */
function mapLocation(location) {
  return {
    id: location.id,
    name: location.name,
    description: location.description,
    latitude: location.latitude,
    longitude: location.longitude,
    physical_addresses: (location.addresses ?? []).map((address) => ({
      id: address.id,
      address_1: [address.address_1, address.address_2].filter(Boolean).join(', '),
      city: address.city,
      state_province: address.state_province,
      postal_code: address.postal_code,
      country: address.country,
    })),
    accessibility_for_disabilities: (location.accessibility ?? []).map((item) => ({
      id: item.id,
      accessibility: item.description,
      details: item.details,
    })),
  };
}

/**
 * One 1.0 schedule per weekday, as 1.0 names a single `weekday` on each.
 * @param {Schedule} schedule
 */
function regularSchedules(schedule) {
  const common = {
    opens_at: schedule.opens_at,
    closes_at: schedule.closes_at,
    valid_from: schedule.valid_from,
    valid_to: schedule.valid_to,
    dtstart: schedule.dtstart,
    freq: schedule.freq,
    interval: schedule.interval,
    bymonthday: schedule.bymonthday === undefined ? undefined : String(schedule.bymonthday),
    description: schedule.description,
  };
  const tokens = schedule.byday
    ? String(schedule.byday)
        .split(',')
        .map((token) => token.trim())
    : [];
  if (tokens.length === 0) {
    const [day] = meetingDays(schedule);
    return [{ id: schedule.id, weekday: day && DAY_NAMES[day], ...common }];
  }
  return tokens.map((token, i) => {
    const day = token.toUpperCase().replace(/^[+-]?\d+/, '');
    return { id: i === 0 ? schedule.id : `${schedule.id}-${day}`, weekday: DAY_NAMES[day], ...common, byday: token };
  });
}

/**
 * @param {ServiceEntry} entry
 */
function eligibilities({ service }) {
  const { eligibility_description, minimum_age, maximum_age } = service;
  if (eligibility_description === undefined && minimum_age === undefined && maximum_age === undefined) return [];
  return [{ id: `${service.id}-eligibility`, eligibility: eligibility_description, minimum_age, maximum_age }];
}

/**
 * From the attending taxonomy, else the first schedule that says, else online for a service only at virtual places.
 * @param {ServiceEntry} entry
 * @param {{ location?: Location }[]} places
 */
function attendingType({ service, terms }, places) {
  const fromTerm = termCode(terms, TAXONOMY_IDS.attending, ATTENDING_TYPES);
  if (fromTerm) return fromTerm;
  const fromSchedule = (service.schedules ?? []).find((s) => s.attending_type && ATTENDING_TYPES.has(s.attending_type));
  if (fromSchedule) return fromSchedule.attending_type;
  if (places.length && places.every(({ location }) => location?.location_type === 'virtual')) return 'online';
  return places.length ? 'venue' : undefined;
}

/**
 * @param {TaxonomyTerm[]} terms
 * @param {string} taxonomyId
 * @param {Set<string>} allowed
 */
function termCode(terms, taxonomyId, allowed) {
  return terms.find((term) => term.taxonomy_id === taxonomyId && term.code && allowed.has(term.code))?.code;
}
