// @ts-check
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateDirectory, serializeDirectory } from '../../demo/data/generate.mjs';
import { TAXONOMY_IDS, termId } from '../../demo/data/taxonomy.mjs';

/** @typedef {import('../../demo/data/directory-format.mjs').Directory} Directory */
/** @typedef {import('../../demo/data/directory-format.mjs').Schedule} Schedule */
/** @typedef {import('../../demo/data/directory-format.mjs').Service} Service */

const GENERATOR = fileURLToPath(new URL('../../demo/data/generate.mjs', import.meta.url));
const COMMITTED_FILE = fileURLToPath(new URL('../../demo/data/directory.json', import.meta.url));

// The contract, stated here rather than imported, so a change in the generator cannot quietly move it.
const REFERENCE_DATE = '2026-11-01';
const A_YEAR_BEFORE = '2025-11-01';
const BOUNDS = { south: 53.08, north: 53.23, west: -1.3, east: -1.05 };
const POSTCODE = /^NG(18|19|20|21) [0-9][ABD-HJLNP-UW-Z]{2}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Taxonomies and terms have UUIDs made from their readable keys, so they never change: the first 128 bits of the
// SHA-256 of `waymark-categories` or `waymark-categories/walking-groups`, with the version and variant set.
const READABLE_KEYS = {
  Categories: 'waymark-categories',
  'How to join': 'waymark-how-to-join',
  'How you take part': 'waymark-attending',
};
const JOIN_CODES = ['drop-in', 'self-referral', 'referral', 'appointment', 'membership'];
const ATTEND_CODES = ['venue', 'online', 'phone', 'home visit'];
const DRAMA_NUMBER = /^(01632 960\d{3}|0113 496 0\d{3}|07700 900\d{3})$/;
const DAY_NAMES = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const ORDINAL_WORDS = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', '-1': 'Last' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** @param {string} time "13:30:00" -> "1:30pm", as the listings say it */
function spoken(time) {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  const clock = `${hours % 12 || 12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  return `${clock}${hours < 12 ? 'am' : 'pm'}`;
}

/** @param {string} date YYYY-MM-DD -> "14 January 2027" */
function spokenDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** @param {string} date YYYY-MM-DD -> "MO".."SU" */
function weekday(date) {
  return ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** @param {string} code "TU" */
function dayName(code) {
  const name = DAY_NAMES[/** @type {keyof typeof DAY_NAMES} */ (code)];
  assert.ok(name, `unknown day ${code}`);
  return name;
}

/**
 * What the words of a schedule must begin with, worked out from its rule alone.
 * @param {Schedule} schedule one with a rule and times
 */
function expectedWords(schedule) {
  const hours = `${spoken(String(schedule.opens_at))} to ${spoken(String(schedule.closes_at))}`;
  if (schedule.freq === 'MONTHLY' && schedule.bymonthday) {
    const n = Number(schedule.bymonthday);
    const suffix =
      n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    return `On the ${n}${suffix} of every month, ${hours}`;
  }
  const byday = String(schedule.byday);
  if (schedule.freq === 'MONTHLY') {
    const [, ordinal, day] = /^(-1|[1-4])([A-Z]{2})$/.exec(byday) ?? assert.fail(`odd monthly byday ${byday}`);
    return `${ORDINAL_WORDS[/** @type {keyof typeof ORDINAL_WORDS} */ (ordinal)]} ${dayName(day)} of the month, ${hours}`;
  }
  if (schedule.interval === 2) return `Every other ${dayName(byday)}, ${hours}`;
  if (byday === 'MO,TU,WE,TH,FR') return `Monday to Friday, ${hours}`;
  const names = byday.split(',').map(dayName);
  const days = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  if (schedule.valid_from && schedule.valid_to) {
    const weeks = (Date.parse(schedule.valid_to) - Date.parse(schedule.valid_from)) / (7 * 86_400_000) + 1;
    return `Every ${days} for ${weeks} weeks, ${hours}, from `;
  }
  return `Every ${days}, ${hours}`;
}

/**
 * Every string anywhere in a value, with the key it sits under.
 * @param {unknown} value
 * @param {string} key
 * @returns {Generator<[string, string]>}
 */
function* strings(value, key = '') {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}

/**
 * Every object with an id, anywhere in a value.
 * @param {unknown} value
 * @param {string} table
 * @returns {Generator<{ table: string, id: unknown }>}
 */
function* rowsWithIds(value, table = '') {
  if (Array.isArray(value)) for (const item of value) yield* rowsWithIds(item, table);
  else if (value && typeof value === 'object') {
    if ('id' in value) yield { table, id: value.id };
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object') yield* rowsWithIds(child, key);
  }
}

/** @param {number} lat1 @param {number} lng1 @param {number} lat2 @param {number} lng2 */
function kilometresBetween(lat1, lng1, lat2, lng2) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}

/** @param {string} text a readable key: the id it must have is worked out here, not taken from the generator */
function uuidFrom(text) {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const JOIN_IDS = new Set(JOIN_CODES.map((code) => termId('howToJoin', code)));
const ATTEND_CODE_BY_ID = new Map(ATTEND_CODES.map((code) => [termId('attending', code), code]));

/** @param {Service} service */
const termsOf = (service) => service.attributes.map(({ taxonomy_term_id }) => taxonomy_term_id);
/** @param {Service} service the codes of its ways to take part, such as `venue` */
const attendCodes = (service) => termsOf(service).flatMap((id) => ATTEND_CODE_BY_ID.get(id) ?? []);
/** @param {Service} service @param {string} code */
const joinsBy = (service, code) => termsOf(service).includes(termId('howToJoin', code));
/** @param {Service} service */
const allSchedules = (service) => service.schedules;

/**
 * The checks every demo directory must pass, whatever its size.
 * @param {string} label
 * @param {() => Directory} load
 */
function checkDirectory(label, load) {
  describe(label, () => {
    /** @type {Directory} */
    let directory;
    before(() => {
      directory = load();
    });

    it('gives every row a unique id, a version-4-shaped UUID, taxonomies and their terms included', () => {
      const rows = [...rowsWithIds(directory)];
      const ids = rows.map(({ id }) => id);
      assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
      for (const { table, id } of rows) assert.match(String(id), UUID_V4, `${table} id ${id}`);
      assert.ok(rows.length > directory.services.length * 10, 'nested rows carry ids too');
    });

    it('derives the ids of taxonomies and terms from their readable keys, and keeps the code in the term', () => {
      /** @type {Map<string, string>} */
      const keyOf = new Map();
      for (const taxonomy of directory.taxonomies) {
        const key = READABLE_KEYS[/** @type {keyof typeof READABLE_KEYS} */ (taxonomy.name)];
        assert.ok(key, `taxonomy ${taxonomy.name}`);
        assert.equal(taxonomy.id, uuidFrom(key), taxonomy.name);
        keyOf.set(taxonomy.id, key);
      }
      for (const term of directory.taxonomy_terms) {
        assert.match(term.code, /^[a-z][a-z0-9 -]*$/, `the readable code of ${term.name}`);
        assert.equal(term.id, uuidFrom(`${keyOf.get(term.taxonomy_id)}/${term.code}`), term.code);
        assert.equal(term.term, term.name);
      }
    });

    it('resolves every organisation, location, taxonomy and term reference', () => {
      const organisations = new Set(directory.organizations.map(({ id }) => id));
      const locations = new Set(directory.locations.map(({ id }) => id));
      const terms = new Set(directory.taxonomy_terms.map(({ id }) => id));
      const taxonomies = new Set(directory.taxonomies.map(({ id }) => id));
      for (const term of directory.taxonomy_terms) {
        assert.ok(taxonomies.has(term.taxonomy_id), `taxonomy ${term.taxonomy_id}`);
        if (term.parent_id) assert.ok(terms.has(term.parent_id), `parent ${term.parent_id}`);
      }
      for (const service of directory.services) {
        assert.ok(organisations.has(service.organization_id), `organisation of ${service.name}`);
        for (const { location_id } of service.service_at_locations) assert.ok(locations.has(location_id));
        for (const id of termsOf(service)) assert.ok(terms.has(id), `term ${id} of ${service.name}`);
      }
    });

    it('uses every organisation and every location', () => {
      const running = new Set(directory.services.map(({ organization_id }) => organization_id));
      const used = new Set(directory.services.flatMap((s) => s.service_at_locations.map((l) => l.location_id)));
      assert.deepEqual(
        directory.organizations.filter(({ id }) => !running.has(id)),
        [],
      );
      assert.deepEqual(
        directory.locations.filter(({ id }) => !used.has(id)),
        [],
      );
    });

    it('keeps the three taxonomies and their vocabularies exactly as the filters expect', () => {
      assert.deepEqual(
        directory.taxonomies.map(({ id, name }) => [id, name]),
        [
          [TAXONOMY_IDS.categories, 'Categories'],
          [TAXONOMY_IDS.howToJoin, 'How to join'],
          [TAXONOMY_IDS.attending, 'How you take part'],
        ],
      );
      const codes = (/** @type {'howToJoin' | 'attending'} */ taxonomy) =>
        directory.taxonomy_terms
          .filter((term) => term.taxonomy_id === TAXONOMY_IDS[taxonomy])
          .map(({ id, code }) => {
            assert.equal(id, termId(taxonomy, code), code);
            return code;
          });
      assert.deepEqual(codes('howToJoin').sort(), [
        'appointment',
        'drop-in',
        'membership',
        'referral',
        'self-referral',
      ]);
      assert.deepEqual(codes('attending').sort(), ['home visit', 'online', 'phone', 'venue']);
      const categories = directory.taxonomy_terms.filter((term) => term.taxonomy_id === TAXONOMY_IDS.categories);
      const tops = categories.filter((term) => !term.parent_id);
      assert.ok(tops.length >= 10 && tops.length <= 12, `${tops.length} top-level categories`);
      for (const top of tops) {
        assert.match(top.code, /^[a-z-]+$/);
        assert.equal(top.id, termId('categories', top.code));
        const children = categories.filter((term) => term.parent_id === top.id);
        assert.ok(children.length >= 2 && children.length <= 6, `${top.name} has ${children.length} children`);
        for (const child of children) assert.ok(!categories.some((term) => term.parent_id === child.id), 'two levels');
      }
    });

    it('files every service under one to three leaf categories, a way to join and a way to take part', () => {
      const parents = new Set(directory.taxonomy_terms.flatMap(({ parent_id }) => parent_id ?? []));
      const categoryIds = new Set(
        directory.taxonomy_terms.filter((term) => term.taxonomy_id === TAXONOMY_IDS.categories).map(({ id }) => id),
      );
      for (const service of directory.services) {
        const categories = termsOf(service).filter((id) => categoryIds.has(id));
        assert.ok(categories.length >= 1 && categories.length <= 3, `${service.name} categories`);
        assert.ok(
          categories.every((id) => !parents.has(id)),
          `${service.name} is filed under leaves`,
        );
        assert.ok(
          termsOf(service).some((id) => JOIN_IDS.has(id)),
          `${service.name} how to join`,
        );
        assert.ok(attendCodes(service).length > 0, `${service.name} how to take part`);
        assert.ok(service.attributes.every(({ link_type }) => link_type === 'service'));
      }
    });

    it('places every location inside Mansfield and its villages, near its own postcode', () => {
      const postcodes = new Map(directory.postcodes.map((row) => [row.postcode, row]));
      for (const location of directory.locations) {
        assert.equal(location.location_type, 'physical');
        assert.ok(location.latitude >= BOUNDS.south && location.latitude <= BOUNDS.north, `${location.name} latitude`);
        assert.ok(location.longitude >= BOUNDS.west && location.longitude <= BOUNDS.east, `${location.name} longitude`);
        assert.equal(location.addresses.length, 1);
        const [address] = location.addresses;
        assert.match(address.postal_code, POSTCODE);
        assert.equal(address.state_province, 'Nottinghamshire');
        assert.equal(address.country, 'GB');
        const postcode =
          postcodes.get(address.postal_code) ?? assert.fail(`${address.postal_code} is not in the table`);
        const km = kilometresBetween(location.latitude, location.longitude, postcode.latitude, postcode.longitude);
        assert.ok(km < 1, `${location.name} is ${km.toFixed(2)} km from ${address.postal_code}`);
      }
    });

    it('has a table of 60 to 90 real-format NG18 to NG21 postcodes, each inside the area', () => {
      const codes = directory.postcodes.map(({ postcode }) => postcode);
      assert.ok(codes.length >= 60 && codes.length <= 90, `${codes.length} postcodes`);
      assert.equal(new Set(codes).size, codes.length);
      for (const row of directory.postcodes) {
        assert.match(row.postcode, POSTCODE);
        assert.ok(row.latitude >= BOUNDS.south && row.latitude <= BOUNDS.north);
        assert.ok(row.longitude >= BOUNDS.west && row.longitude <= BOUNDS.east);
        assert.equal(row.country, 'England');
        assert.ok(row.admin_district.length > 0);
      }
      // A sector covers a village or two (NG21 9 is Clipstone and Edwinstowe), and each village's postcodes cluster.
      for (const row of directory.postcodes) {
        const sector = directory.postcodes.filter(
          ({ postcode }) => postcode.slice(0, -2) === row.postcode.slice(0, -2),
        );
        const distances = sector.map((other) =>
          kilometresBetween(row.latitude, row.longitude, other.latitude, other.longitude),
        );
        assert.ok(Math.max(...distances) < 6, `${row.postcode} is far from the rest of its sector`);
        assert.ok(distances.filter((km) => km > 0 && km < 1.5).length >= 2, `${row.postcode} has no neighbours`);
      }
    });

    it('omits empty optional fields instead of sending null or empty text', () => {
      /** @param {unknown} value @param {string} path */
      const visit = (value, path) => {
        assert.notEqual(value, null, `${path} is null`);
        assert.notEqual(value, '', `${path} is empty`);
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
      };
      visit(directory, 'directory');
    });

    it('describes every schedule in plain words that agree with its rule', () => {
      const schedules = directory.services.flatMap(allSchedules);
      for (const schedule of schedules) {
        assert.ok(schedule.description.length > 10, 'every schedule has words');
        if (!schedule.freq) {
          assert.equal(schedule.byday, undefined, 'no rule parts without a rule');
          continue;
        }
        assert.ok(
          schedule.description.startsWith(expectedWords(schedule)),
          `"${schedule.description}" should start "${expectedWords(schedule)}"`,
        );
        if (schedule.interval === 2)
          assert.equal(weekday(String(schedule.dtstart)), schedule.byday, 'dtstart is a meeting day');
        if (schedule.valid_from && schedule.valid_to) {
          assert.equal(weekday(schedule.valid_from), schedule.byday);
          assert.ok(schedule.description.endsWith(`to ${spokenDate(schedule.valid_to)}`), schedule.description);
        }
        assert.ok(String(schedule.opens_at) < String(schedule.closes_at), 'opens before it closes');
      }
    });

    it('says which sessions of a group that also meets online happen online', () => {
      const hybrid = directory.services.filter((s) => attendCodes(s).sort().join() === 'online,venue');
      assert.ok(hybrid.length > 0);
      for (const service of hybrid) {
        const online = service.schedules.filter(({ attending_type }) => attending_type === 'online');
        assert.equal(online.length, 1, service.name);
        assert.match(online[0].description, /, online$/);
        assert.ok(
          service.schedules.some(({ attending_type }) => attending_type === 'venue'),
          service.name,
        );
      }
    });

    it('has schedules of every shape a real feed carries', () => {
      const schedules = directory.services.flatMap(allSchedules);
      const some = (/** @type {(s: Schedule) => boolean} */ test, /** @type {string} */ what) =>
        assert.ok(schedules.some(test), `no ${what}`);
      some((s) => s.freq === 'WEEKLY' && s.interval === 1 && /^[A-Z]{2}$/.test(String(s.byday)), 'weekly on one day');
      some((s) => s.freq === 'WEEKLY' && /^[A-Z]{2}(,[A-Z]{2})+$/.test(String(s.byday)), 'weekly on several days');
      some((s) => s.interval === 2 && Boolean(s.dtstart), 'every other week');
      some((s) => s.freq === 'MONTHLY' && /^[1-4][A-Z]{2}$/.test(String(s.byday)), 'second-Tuesday style month');
      some((s) => s.freq === 'MONTHLY' && /^-1[A-Z]{2}$/.test(String(s.byday)), 'last-Friday style month');
      some((s) => Boolean(s.valid_from && s.valid_to), 'course with start and end dates');
      some((s) => !s.freq, 'schedule with words only');
      some((s) => / term time only/.test(s.description), 'term-time-only group');
      some((s) => String(s.opens_at) >= '17:00', 'evening session');
      some((s) => /SA|SU/.test(String(s.byday)), 'weekend session');
    });

    it('has the variety a link worker meets: costs, ways in, statuses, places and languages', () => {
      const { services, locations } = directory;
      const some = (/** @type {(s: Service) => boolean} */ test, /** @type {string} */ what) =>
        assert.ok(services.some(test), `no ${what}`);
      some((s) => s.cost_options.some(({ amount }) => amount === 0), 'free service');
      some(
        (s) =>
          s.cost_options.some(({ option, amount }) => /concession/i.test(String(option)) && amount > 0) &&
          s.cost_options.some(({ option, amount }) => !/concession/i.test(String(option)) && amount > 0),
        'paid service with a concession',
      );
      some((s) => /pay what you can/i.test(String(s.fees_description)), 'pay what you can');
      some((s) => s.status === 'temporarily closed' && Boolean(s.alert), 'temporarily closed service with an alert');
      some((s) => s.status === 'inactive', 'inactive service');
      some((s) => s.assured_date < A_YEAR_BEFORE, 'listing last checked over a year ago');
      some((s) => joinsBy(s, 'drop-in'), 'drop-in');
      some((s) => joinsBy(s, 'referral'), 'referral needed');
      some((s) => joinsBy(s, 'appointment'), 'appointment');
      some((s) => joinsBy(s, 'membership'), 'membership');
      some((s) => attendCodes(s).join() === 'online' && s.service_at_locations.length === 0, 'online-only');
      some((s) => attendCodes(s).join() === 'phone' && s.service_at_locations.length === 0, 'phone-only');
      some((s) => attendCodes(s).join() === 'home visit', 'home visits');
      some((s) => s.minimum_age === 55, 'group for over-55s');
      some((s) => s.minimum_age === 16 && s.maximum_age === 25, 'group for 16 to 25 year olds');
      some((s) => s.maximum_age !== undefined && s.maximum_age < 5, 'group for young children with parents');
      for (const code of ['pl', 'ur', 'bfi']) some((s) => s.languages.some((l) => l.code === code), `${code} speakers`);
      const notes = locations.flatMap(({ accessibility }) => accessibility.map(({ description }) => description));
      for (const note of ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Upstairs, no lift']) {
        assert.ok(notes.includes(note), `no venue with "${note}"`);
      }
    });

    it('shares venues between groups and lets organisations run several services', () => {
      const perLocation = new Map();
      const perOrganisation = new Map();
      for (const service of directory.services) {
        perOrganisation.set(service.organization_id, (perOrganisation.get(service.organization_id) ?? 0) + 1);
        for (const { location_id } of service.service_at_locations) {
          perLocation.set(location_id, (perLocation.get(location_id) ?? 0) + 1);
        }
      }
      assert.ok([...perLocation.values()].filter((n) => n >= 3).length >= 5, 'few venues host three or more groups');
      assert.ok([...perOrganisation.values()].filter((n) => n >= 4).length >= 5, 'few organisations run four or more');
    });

    it('keeps every service with a place in person, and every online, phone or home service without one', () => {
      for (const service of directory.services) {
        const inPerson = attendCodes(service).includes('venue');
        assert.equal(service.service_at_locations.length, inPerson ? 1 : 0, service.name);
      }
    });

    it('dates every listing on or before the reference date', () => {
      for (const service of directory.services) {
        assert.match(service.assured_date, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(service.assured_date < REFERENCE_DATE, `${service.name} checked ${service.assured_date}`);
        assert.match(service.last_modified, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        assert.ok(service.last_modified.slice(0, 10) < REFERENCE_DATE);
        assert.ok(!Number.isNaN(Date.parse(service.last_modified)));
      }
      const recent = directory.services.filter(({ assured_date }) => assured_date >= A_YEAR_BEFORE).length;
      assert.ok(recent / directory.services.length > 0.75, 'most listings were checked within the year');
    });

    it('uses only phone numbers Ofcom keeps for drama', () => {
      const numbers = [...strings(directory)].filter(([key]) => key === 'number').map(([, value]) => value);
      assert.ok(numbers.length > directory.services.length / 2);
      for (const number of numbers) assert.match(number, DRAMA_NUMBER);
    });

    it('uses only example.org, example.com and .example addresses, never a real-looking domain', () => {
      const allowed = (/** @type {string} */ host) =>
        /(^|\.)example\.(org|com)$/.test(host) || /(^|\.)example$/.test(host);
      let seen = 0;
      for (const [key, text] of strings(directory)) {
        for (const [, host] of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
          seen++;
          assert.ok(allowed(host), `${key}: ${text}`);
        }
        for (const [, host] of text.matchAll(/\bhttps?:\/\/([^/\s"]+)/g)) {
          seen++;
          assert.ok(allowed(host), `${key}: ${text}`);
        }
        if (key === 'email' || key === 'website' || key === 'url' || key === 'uri') {
          assert.match(text, /@|^https:\/\//, `${key} is an address`);
        }
      }
      assert.ok(seen > directory.services.length / 2, 'addresses were found to check');
    });
  });
}

describe('the committed demo directory', () => {
  /** @type {string} */
  const text = readFileSync(COMMITTED_FILE, 'utf8');
  /** @type {Directory} */
  const directory = JSON.parse(text);

  it('is exactly what the generator writes with its default arguments', () => {
    assert.equal(serializeDirectory(generateDirectory()), text, 'run `npm run demo:generate` and commit the result');
  });

  it('holds about 250 services from about 60 organisations', () => {
    assert.ok(directory.services.length >= 230 && directory.services.length <= 270, `${directory.services.length}`);
    assert.ok(directory.organizations.length >= 50 && directory.organizations.length <= 70);
    assert.equal(directory.meta.services, directory.services.length);
  });

  it('says in its own words that it is fictional', () => {
    assert.equal(directory.meta.fictional, true);
    assert.match(directory.meta.notice, /invented/);
    assert.equal(directory.meta.generated, REFERENCE_DATE);
  });

  checkDirectory('the committed file', () => directory);
});

describe('a generated 2,000-service directory', () => {
  /** @type {string} */
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'waymark-demo-data-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is byte-identical when the generator runs twice with the same arguments', () => {
    const first = join(folder, 'first.json');
    const second = join(folder, 'second.json');
    const third = join(folder, 'third.json');
    execFileSync(process.execPath, [GENERATOR, '--services', '2000', '--out', first]);
    execFileSync(process.execPath, [GENERATOR, '--services', '2000', '--out', second]);
    execFileSync(process.execPath, [GENERATOR, '--services', '2000', '--seed', '7', '--out', third]);
    assert.ok(readFileSync(first).equals(readFileSync(second)), 'same arguments, same bytes');
    assert.ok(!readFileSync(first).equals(readFileSync(third)), 'another seed, another directory');
    assert.equal(JSON.parse(readFileSync(first, 'utf8')).services.length, 2000);
  });

  it('refuses a service count that is not a whole number', () => {
    const result = spawnSync(process.execPath, [GENERATOR, '--services', 'lots', '--out', join(folder, 'x.json')]);
    assert.notEqual(result.status, 0);
    assert.match(String(result.stderr), /--services must be a whole number/);
  });

  it('grows organisations and venues with the number of services, in the same towns', () => {
    const small = generateDirectory({ services: 250 });
    const big = generateDirectory({ services: 2000 });
    assert.equal(big.services.length, 2000);
    assert.ok(big.organizations.length >= 400 && big.organizations.length <= 560, `${big.organizations.length}`);
    assert.ok(big.locations.length > small.locations.length * 4, `${big.locations.length} venues`);
    assert.deepEqual(big.postcodes, small.postcodes);
    assert.deepEqual(big.taxonomy_terms, small.taxonomy_terms);
  });

  it('gives taxonomies and terms the same ids whatever the seed and the number of services', () => {
    const usual = generateDirectory();
    const other = generateDirectory({ services: 40, seed: 7 });
    assert.notEqual(other.services[0].id, usual.services[0].id, 'the other rows do change with the seed');
    assert.deepEqual(other.taxonomies, usual.taxonomies);
    assert.deepEqual(other.taxonomy_terms, usual.taxonomy_terms);
  });

  checkDirectory('its contents', () => generateDirectory({ services: 2000 }));
});
