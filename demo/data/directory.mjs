// @ts-check
import { REFERENCE_DATE, addDays, spokenMonth } from './calendar.mjs';
import { groupKind } from './catalogue.mjs';
import { planCost } from './costs.mjs';
import { AGE_BANDS } from './eligibility.mjs';
import { attendSentence, joinSentence } from './joining.mjs';
import { BACKGROUND_LANGUAGE_CHANCES, LANGUAGES, languageSentence } from './languages.mjs';
import { DISTRICT_ORGANISATIONS, LOCAL_ORGANISATIONS, LOCAL_ORGANISATION_WEIGHTS } from './organisations.mjs';
import { dramaPhoneNumber, organisationEmail, organisationWebsite, personName, personalEmail } from './people.mjs';
import { SeededRandom } from './random.mjs';
import { planSchedule, wordsOnly } from './schedules.mjs';
import { TAXONOMIES, attendTermId, buildTaxonomyTerms, categoryId, joinTermId } from './taxonomy.mjs';
import { NameRegister, fillTemplate, fillTemplates, slugify } from './templates.mjs';
import { AREA, PLACES, SAINTS, buildPostcodes } from './town.mjs';
import { VenueBook } from './venues.mjs';

/** @typedef {import('./directory-format.mjs').Directory} Directory */
/** @typedef {import('./directory-format.mjs').Service} Service */
/** @typedef {import('./directory-format.mjs').Schedule} Schedule */
/** @typedef {import('./directory-format.mjs').Organization} Organization */
/** @typedef {import('./catalogue.mjs').GroupKind} GroupKind */
/** @typedef {import('./catalogue.mjs').ExtraLanguage} ExtraLanguage */
/** @typedef {import('./catalogue.mjs').AgeBand} AgeBand */
/** @typedef {import('./organisations.mjs').OrganisationType} OrganisationType */
/** @typedef {import('./schedules.mjs').PlannedSchedule} PlannedSchedule */
/** @typedef {import('./taxonomy.mjs').AttendCode} AttendCode */
/** @typedef {import('./taxonomy.mjs').JoinCode} JoinCode */
/** @typedef {import('./town.mjs').Place} Place */
/** @typedef {import('./venues.mjs').Venue} Venue */

export const DEFAULT_SEED = 20261101;
export const DEFAULT_SERVICE_COUNT = 250;

/** About 60 organisations for 250 services: most run a handful of groups, a few run many. */
const ORGANISATIONS_PER_SERVICE = 0.24;
/** Share of "last checked" dates more than a year before the reference date. */
const STALE_SHARE = 0.12;
const WHOLE_AREA = 'Mansfield and nearby villages';

/**
 * @typedef {object} Organisation
 * @property {Organization} row
 * @property {OrganisationType} type
 * @property {Place} home
 * @property {boolean} districtWide
 * @property {string} [park] the park in its name ("Friends of Titchfield Park")
 * @property {string} phone its main number
 * @property {Venue} [building] its own building, once a group has met there
 * @property {number} serviceCount
 */

/**
 * Builds the fictional directory in memory: the same options always give the same directory.
 * @param {{ services?: number, seed?: number }} [options]
 * @returns {Directory}
 */
export function generateDirectory({ services = DEFAULT_SERVICE_COUNT, seed = DEFAULT_SEED } = {}) {
  if (!Number.isInteger(services) || services < 1) throw new RangeError(`services must be a whole number above 0`);
  if (!Number.isInteger(seed)) throw new RangeError('seed must be a whole number');
  const random = new SeededRandom(seed);
  // Ids come from their own stream, so adding a field to the content does not reshuffle every id.
  const ids = new SeededRandom(seed ^ 0x1d5eed);
  const postcodes = buildPostcodes();
  const venues = new VenueBook(random, ids, postcodes, services);
  const organisations = chooseOrganisations(random, ids, Math.max(1, Math.round(services * ORGANISATIONS_PER_SERVICE)));
  shareServices(random, organisations, services);

  const serviceNames = new NameRegister();
  const rows = organisations.flatMap((organisation) =>
    pickKinds(random, organisation.type.kinds, organisation.serviceCount).map((kind) =>
      buildService({ random, ids, venues, serviceNames }, organisation, kind),
    ),
  );
  const withStatuses = setStatuses(random, rows);

  return {
    meta: {
      name: 'Mansfield and District community directory (fictional demo data)',
      fictional: true,
      notice:
        'Every organisation, group, person, phone number and email here is invented for demonstration. Places and postcodes are real-format but the listings are not real.',
      area: AREA.name,
      centre: AREA.centre,
      generated: REFERENCE_DATE,
      seed,
      services: withStatuses.length,
    },
    taxonomies: [...TAXONOMIES],
    taxonomy_terms: buildTaxonomyTerms(),
    organizations: byName(organisations.map(({ row }) => row)),
    locations: byName(venues.venues.map(({ location }) => location)),
    services: byName(withStatuses),
    postcodes,
  };
}

/**
 * The directory as text: one record per line, so the file is small, diffs stay readable, and it is plain JSON.
 * @param {Directory} directory
 */
export function serializeDirectory(directory) {
  const sections = Object.entries(directory).map(([key, value]) => {
    if (!Array.isArray(value))
      return `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    const records = value.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
    return `  ${JSON.stringify(key)}: [\n${records}\n  ]`;
  });
  return `{\n${sections.join(',\n')}\n}\n`;
}

/**
 * The district-wide charities first (all of them once the directory is big enough), then local ones.
 * @param {SeededRandom} random
 * @param {SeededRandom} ids
 * @param {number} count
 * @returns {Organisation[]}
 */
function chooseOrganisations(random, ids, count) {
  const names = new NameRegister();
  const districtCount = Math.min(DISTRICT_ORGANISATIONS.length, Math.ceil(count * 0.37));
  const mansfield = PLACES[0];
  /** @type {Organisation[]} */
  const organisations = DISTRICT_ORGANISATIONS.slice(0, districtCount).map((type) =>
    organisation(random, ids, type, mansfield, names.claim(type.names), true),
  );
  while (organisations.length < count) {
    const { type, home, park, candidates } = drawLocalOrganisation(random, names);
    const name = names.claim(candidates);
    const created = organisation(random, ids, type, home, name, false);
    if (name.includes(park)) created.park = park;
    organisations.push(created);
  }
  return organisations;
}

/**
 * A kind of local organisation in a place, drawn again while its names are all taken (a village has one
 * Miners' Welfare); only a very large directory runs out and numbers its names.
 * @param {SeededRandom} random
 * @param {NameRegister} names
 */
function drawLocalOrganisation(random, names) {
  for (let attempt = 1; ; attempt++) {
    const type = localType(random.weighted(LOCAL_ORGANISATION_WEIGHTS));
    const home = pickPlace(random);
    const park = random.pick(home.parks);
    const values = { place: home.name, street: random.pick(home.streets), saint: random.pick(SAINTS), park };
    const candidates = random.shuffle(fillTemplates(type.names, values));
    if (attempt >= 20 || candidates.some((candidate) => !names.has(candidate))) return { type, home, park, candidates };
  }
}

/** @param {string} key */
function localType(key) {
  const type = LOCAL_ORGANISATIONS.find((candidate) => candidate.key === key);
  if (!type) throw new Error(`Unknown organisation type ${key}`);
  return type;
}

/**
 * @param {SeededRandom} random
 * @param {SeededRandom} ids
 * @param {OrganisationType} type
 * @param {Place} home
 * @param {string} name
 * @param {boolean} districtWide
 * @returns {Organisation}
 */
function organisation(random, ids, type, home, name, districtWide) {
  const description = fillTemplate(type.description, { place: home.name }) ?? type.description;
  /** @type {Organization} */
  const row = {
    id: ids.uuid(),
    name,
    description,
    ...(random.chance(0.9) ? { email: organisationEmail(name) } : {}),
    ...(districtWide || random.chance(0.6) ? { website: organisationWebsite(name) } : {}),
  };
  return { row, type, home, districtWide, phone: dramaPhoneNumber(random, 'landline'), serviceCount: 0 };
}

const PLACE_WEIGHTS = Object.fromEntries(PLACES.map((place) => [place.key, place.weight]));
const PLACES_BY_KEY = new Map(PLACES.map((place) => [place.key, place]));

/** @param {SeededRandom} random a place, more often a bigger one */
function pickPlace(random) {
  return /** @type {Place} */ (PLACES_BY_KEY.get(random.weighted(PLACE_WEIGHTS)));
}

/**
 * Gives every organisation at least one service and shares out the rest by size (largest remainder), so
 * the total is exact and big charities run more groups than a village allotment society.
 * @param {SeededRandom} random
 * @param {Organisation[]} organisations
 * @param {number} total
 */
function shareServices(random, organisations, total) {
  const weights = organisations.map(({ type }) => type.size * (0.5 + random.float()));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = total - organisations.length;
  const shares = weights.map((weight) => (spare * weight) / weightSum);
  organisations.forEach((organisation, i) => (organisation.serviceCount = 1 + Math.floor(shares[i])));
  const leftOver = total - organisations.reduce((sum, { serviceCount }) => sum + serviceCount, 0);
  const byRemainder = shares
    .map((share, i) => ({ i, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder.slice(0, leftOver)) organisations[i].serviceCount += 1;
}

/**
 * Kinds an organisation runs: different kinds first, repeats only once it has run each of them.
 * @param {SeededRandom} random
 * @param {Record<string, number>} weights
 * @param {number} count
 * @returns {GroupKind[]}
 */
function pickKinds(random, weights, count) {
  /** @type {GroupKind[]} */
  const kinds = [];
  let remaining = { ...weights };
  while (kinds.length < count) {
    if (Object.keys(remaining).length === 0) remaining = { ...weights };
    const key = random.weighted(remaining);
    remaining = Object.fromEntries(Object.entries(remaining).filter(([other]) => other !== key));
    kinds.push(groupKind(key));
  }
  return kinds;
}

/**
 * @typedef {object} Workshop what every service is built with
 * @property {SeededRandom} random
 * @property {SeededRandom} ids
 * @property {VenueBook} venues
 * @property {NameRegister} serviceNames
 */

/**
 * @param {Workshop} workshop
 * @param {Organisation} organisation
 * @param {GroupKind} kind
 * @returns {Service}
 */
function buildService({ random, ids, venues, serviceNames }, organisation, kind) {
  const attend = /** @type {AttendCode[]} */ (random.weighted(kind.attend).split('+'));
  const join = /** @type {JoinCode[]} */ (random.weighted(kind.join).split('+'));
  const inPerson = attend.includes('venue');
  // A district charity's online and phone services belong to the whole area, named after the town.
  const place = organisation.districtWide && inPerson ? pickPlace(random) : organisation.home;
  const venue = inPerson ? chooseVenue(random, venues, organisation, kind, place) : undefined;
  const where = venue?.place ?? place;
  const plans = planSchedules(random, kind, attend);
  const extraLanguages = chooseLanguages(random, organisation, kind);
  const age = AGE_BANDS[random.weighted(kind.ages)];
  const cost = planCost(random, random.weighted(kind.cost));
  const values = { place: where.name, day: plans[0].day, venue: venue?.location.name, where: venue?.shortName };
  const name = serviceNames.claim(serviceNameCandidates(random, kind, values));
  const description = [
    random.pick(fitting(kind.descriptions, values, { venue: where.name })),
    attendSentence(attend),
    joinSentence(join, kind.joinWords),
    languageSentence(extraLanguages),
    venue && random.chance(0.25) ? 'You are welcome to bring a friend or family member with you.' : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const eligibility = [kind.eligibility, age.words].filter(Boolean).join(' ');
  const contact = random.chance(0.85) ? personName(random, extraLanguages) : undefined;
  const { assured, modified } = checkedDates(random);

  /** @type {Service} */
  const service = {
    id: ids.uuid(),
    organization_id: organisation.row.id,
    name,
    description,
    ...(organisation.row.website && random.chance(0.4) ? { url: `${organisation.row.website}/${slugify(name)}` } : {}),
    ...(organisation.row.email && random.chance(0.35) ? { email: organisation.row.email } : {}),
    status: 'active',
    ...(age.minimum_age !== undefined ? { minimum_age: age.minimum_age } : {}),
    ...(age.maximum_age !== undefined ? { maximum_age: age.maximum_age } : {}),
    assured_date: assured,
    last_modified: modified,
    ...(cost.fees ? { fees: cost.fees } : {}),
    eligibility_description: eligibility,
    ...(cost.feesDescription ? { fees_description: cost.feesDescription } : {}),
    phones:
      attend.includes('phone') || random.chance(0.75)
        ? [{ id: ids.uuid(), number: organisation.phone, ...phoneWords(random, attend) }]
        : [],
    languages: ['en', ...extraLanguages].map((code) => ({
      id: ids.uuid(),
      name: LANGUAGES[/** @type {keyof typeof LANGUAGES} */ (code)],
      code,
    })),
    cost_options: cost.options.map((option) => ({ id: ids.uuid(), ...option })),
    contacts: contact
      ? [
          {
            id: ids.uuid(),
            name: contact,
            title: random.pick(kind.titles),
            ...(random.chance(0.6) ? { email: personalEmail(contact) } : {}),
            phones: [{ id: ids.uuid(), number: dramaPhoneNumber(random, random.chance(0.6) ? 'mobile' : 'landline') }],
          },
        ]
      : [],
    schedules: plans.map((plan) => ({ id: ids.uuid(), ...plan.schedule })),
    service_at_locations: venue ? [{ id: ids.uuid(), location_id: venue.location.id }] : [],
    service_areas: [{ id: ids.uuid(), name: organisation.districtWide || !venue ? WHOLE_AREA : where.name }],
    attributes: [...kind.categories.map(categoryId), ...join.map(joinTermId), ...attend.map(attendTermId)].map(
      (termId) => ({ id: ids.uuid(), taxonomy_term_id: termId, link_type: /** @type {const} */ ('service') }),
    ),
  };
  return service;
}

/**
 * An organisation's own building when the group can meet there; otherwise a suitable venue nearby.
 * @param {SeededRandom} random
 * @param {VenueBook} venues
 * @param {Organisation} organisation
 * @param {GroupKind} kind
 * @param {Place} place
 */
function chooseVenue(random, venues, organisation, kind, place) {
  const own = organisation.type.ownVenue;
  if (own && kind.venues.includes(own) && random.chance(organisation.districtWide ? 0.6 : 0.85)) {
    organisation.building ??=
      venues.named(ownBuildingName(organisation)) ??
      venues.create(own, organisation.home, ownBuildingName(organisation));
    return organisation.building;
  }
  return venues.venueFor(kind.venues.length > 0 ? kind.venues : ['community-centre'], place);
}

/**
 * What an organisation's own building is called: the church is the church, but the library's friends meet
 * at the library.
 * @param {Organisation} organisation
 * @returns {string | undefined}
 */
function ownBuildingName({ type, row, home, park }) {
  switch (type.ownVenue) {
    case 'community-centre':
    case 'church-hall':
    case 'welfare':
      return row.name;
    case 'library':
      return `${home.name} Library`;
    case 'workshop':
      return `${home.name} Men's Shed`;
    case 'park':
      return park;
    default:
      return undefined;
  }
}

/**
 * The main schedule, and a second one for groups that also meet online, by phone, or on another day.
 * @param {SeededRandom} random
 * @param {GroupKind} kind
 * @param {AttendCode[]} attend
 * @returns {PlannedSchedule[]}
 */
function planSchedules(random, kind, attend) {
  let main = planSchedule(random, kind.schedule);
  // Some feeds publish only words, even for a regular group.
  if (main.schedule.freq && main.schedule.interval !== undefined && !main.schedule.valid_from && random.chance(0.04)) {
    main = wordsOnly(main);
  }
  const hybrid = attend.includes('venue') && attend.length > 1;
  const mainMode = attend.length === 1 && attend[0] !== 'venue' ? attend[0] : hybrid ? 'venue' : undefined;
  const plans = [withAttending(main, mainMode)];

  if (hybrid && attend.includes('online')) {
    const online = planSchedule(random, kind.schedule, { shape: 'weekly', avoid: main.days });
    plans.push(withAttending(online, 'online', ', online'));
  } else if (hybrid && attend.includes('phone')) {
    const phone = planSchedule(random, kind.schedule, { shape: 'weekdays' });
    plans.push(withAttending(phone, 'phone', ', by phone'));
  } else if (
    !hybrid &&
    main.schedule.byday?.length === 2 &&
    main.schedule.interval === 1 &&
    !main.schedule.valid_from &&
    random.chance(0.1)
  ) {
    plans.push(planSchedule(random, kind.schedule, { shape: 'weekly', avoid: main.days }));
  }
  return plans;
}

/**
 * @param {PlannedSchedule} plan
 * @param {AttendCode | undefined} mode
 * @param {string} [words] added to the description, such as ", online"
 * @returns {PlannedSchedule}
 */
function withAttending(plan, mode, words = '') {
  if (!mode) return plan;
  return {
    ...plan,
    schedule: { ...plan.schedule, description: `${plan.schedule.description}${words}`, attending_type: mode },
  };
}

/**
 * @param {SeededRandom} random
 * @param {GroupKind} kind
 * @param {Record<string, string | undefined>} values
 */
function serviceNameCandidates(random, kind, values) {
  const candidates = random.shuffle(
    fitting(kind.names, values, { where: String(values.place), venue: String(values.place) }),
  );
  if (candidates.length === 0) throw new Error(`No name of ${kind.key} fits ${JSON.stringify(values)}`);
  // When every name is taken, say where it is, as real directories do.
  const located = candidates.flatMap((candidate) =>
    candidate.includes(String(values.place)) ? [] : [`${candidate}, ${values.place}`],
  );
  const where = values.where;
  const atVenue = where
    ? candidates.flatMap((candidate) => (candidate.includes(where) ? [] : [`${candidate} at ${where}`]))
    : [];
  return [...candidates, ...located, ...atVenue];
}

/**
 * @param {SeededRandom} random
 * @param {Organisation} organisation
 * @param {GroupKind} kind
 * @returns {ExtraLanguage[]}
 */
function chooseLanguages(random, organisation, kind) {
  const chances = { ...BACKGROUND_LANGUAGE_CHANCES, ...kind.languages };
  const chosen = new Set(organisation.type.languages ?? []);
  for (const [code, chance] of /** @type {[ExtraLanguage, number][]} */ (Object.entries(chances))) {
    if (random.chance(chance)) chosen.add(code);
  }
  const order = /** @type {ExtraLanguage[]} */ (['pl', 'ur', 'bfi', 'cy']);
  return order.filter((code) => chosen.has(code));
}

/**
 * @param {SeededRandom} random
 * @param {AttendCode[]} attend
 */
function phoneWords(random, attend) {
  if (attend.length === 1 && attend[0] === 'phone') return { description: 'Ring this number to get started' };
  const words = random.pick(['Main office', 'Leave a message and we will ring you back', 'Call or text', '']);
  return words ? { description: words } : {};
}

/**
 * "Last checked" mostly within the year before the reference date, sometimes long before;
 * the record was last changed soon after it was checked.
 * @param {SeededRandom} random
 */
function checkedDates(random) {
  const daysAgo = random.chance(STALE_SHARE) ? random.int(370, 900) : random.int(2, 350);
  const assured = addDays(REFERENCE_DATE, -daysAgo);
  const modifiedDay = addDays(assured, random.int(0, Math.min(daysAgo - 1, 30)));
  const time = [random.int(8, 18), random.int(0, 59), random.int(0, 59)].map((n) => String(n).padStart(2, '0'));
  return { assured, modified: `${modifiedDay}T${time.join(':')}Z` };
}

/**
 * A few groups are closed for now and one or two have stopped; a few open ones carry a notice.
 * @param {SeededRandom} random
 * @param {Service[]} services
 * @returns {Service[]}
 */
function setStatuses(random, services) {
  const closedCount = Math.max(1, Math.round(services.length * 0.03));
  const stoppedCount = Math.max(1, Math.round(services.length * 0.006));
  const chosen = random.sample(services, Math.min(services.length, closedCount + stoppedCount));
  const closed = new Set(chosen.slice(0, closedCount));
  const stopped = new Set(chosen.slice(closedCount));
  return services.map((service) => {
    if (closed.has(service)) {
      const repairs = service.service_at_locations.length > 0 && random.chance(0.5);
      const reopens = spokenMonth(addDays(REFERENCE_DATE, random.int(35, 120)));
      return withAlert(
        service,
        'temporarily closed',
        repairs
          ? `Closed until ${reopens} while the hall is being repaired. Get in touch to hear when it starts again.`
          : random.pick([
              'Closed for now while we look for new volunteers to run it. Get in touch if you could help.',
              'Paused for now while the organisers take a break; we hope to start again in the new year.',
            ]),
      );
    }
    if (stopped.has(service)) {
      const stoppedIn = spokenMonth(addDays(REFERENCE_DATE, -random.int(40, 200)));
      return withAlert(service, 'inactive', `This group stopped meeting in ${stoppedIn}.`);
    }
    if (random.chance(0.03)) {
      return withAlert(
        service,
        'active',
        'No sessions between Christmas and New Year: back in the first week of January.',
      );
    }
    return service;
  });
}

/**
 * The service with a status and an alert, the alert placed after last_modified as in the ORUK field order.
 * @param {Service} service
 * @param {Service['status']} status
 * @param {string} alert
 * @returns {Service}
 */
function withAlert(service, status, alert) {
  const entries = Object.entries({ ...service, status }).flatMap(([key, value]) =>
    key === 'last_modified'
      ? [
          [key, value],
          ['alert', alert],
        ]
      : [[key, value]],
  );
  return /** @type {Service} */ (Object.fromEntries(entries));
}

/**
 * In name order, compared by code point so the order never depends on the machine's locale.
 * @template {{ name: string }} T
 * @param {T[]} rows
 */
function byName(rows) {
  return [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The templates that fit; when none does, fill the gaps with a plainer value ("Rainworth" for a venue).
 * @param {readonly string[]} templates
 * @param {Record<string, string | undefined>} values
 * @param {Record<string, string>} plainer
 */
function fitting(templates, values, plainer) {
  const filled = fillTemplates(templates, values);
  return filled.length > 0 ? filled : fillTemplates(templates, { ...values, ...plainer });
}
