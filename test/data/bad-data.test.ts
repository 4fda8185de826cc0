/**
 * Bad directory data never breaks anything: for each malformed payload the
 * reader does not throw, keeps the valid items (with the right fields), and
 * reports each problem once, with the item's id and the field.
 */
import { expect } from '@open-wc/testing';
import { oruk1 } from '../../src/data/dialects/oruk-v1.js';
import { oruk3 } from '../../src/data/dialects/oruk-v3.js';
import { outpost } from '../../src/data/dialects/outpost.js';
import type { Dialect } from '../../src/data/dialects/dialect.js';
import type { DataProblemCode, PageInfo, Service } from '../../src/data/model.js';
import { MAX_TEXT_LENGTH } from '../../src/data/text/read.js';
import { useTextReader } from '../../src/data/text/markup-check.js';
import { textReader } from '../../src/data/text/rich-text.js';

// Markup read as the client reads an answer that carries some (it loads the markup reader first);
// `plain-or-rich.test.ts` proves that plain words read the same without it.
useTextReader(textReader);

interface Expected {
  readonly code: DataProblemCode;
  readonly itemId?: string;
  readonly field?: string;
}

interface BadCase {
  readonly name: string;
  readonly dialect: Dialect;
  /** `page` reads a list page (the default); `service` reads one record. */
  readonly read?: 'page' | 'service';
  readonly payload: unknown;
  readonly expect: {
    readonly kept: readonly string[];
    readonly problems: readonly Expected[];
    /** What the kept services must hold. */
    readonly check?: (services: readonly Service[]) => void;
    /** What the page must say about paging, when it matters. */
    readonly page?: Partial<PageInfo>;
  };
}

const v3 = (...contents: unknown[]) => ({ total_items: contents.length, total_pages: 1, page_number: 1, contents });
const v1 = (...content: unknown[]) => ({ totalElements: content.length, totalPages: 1, number: 1, content });
const op = (...content: unknown[]) => ({
  totalElements: content.length,
  totalPages: 1,
  number: 1,
  perPage: 20,
  content,
});
const ok = { id: 'ok', name: 'A good group' };

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const first = (services: readonly Service[]): Service => services[0]!;

const cases: BadCase[] = [
  {
    name: 'null in every optional field',
    dialect: oruk3,
    payload: v3({
      id: 'n',
      name: 'Nulls',
      description: null,
      url: null,
      email: null,
      status: null,
      organization: null,
      schedules: null,
      contacts: null,
      cost_options: null,
      attributes: null,
      service_at_locations: null,
      minimum_age: null,
    }),
    expect: {
      kept: ['n'],
      problems: [],
      check: (s) => {
        expect(first(s)).to.include({ status: 'active' });
        expect(first(s)).not.to.have.property('description');
        expect(first(s).schedules).to.deep.equal([]);
      },
    },
  },
  {
    name: 'a name given as a number is read as text',
    dialect: oruk3,
    payload: v3({ id: 'num', name: 12345 }),
    expect: { kept: ['num'], problems: [], check: (s) => expect(first(s).name).to.equal('12345') },
  },
  {
    name: 'a name given as an object leaves the service out',
    dialect: oruk3,
    payload: v3({ id: 'obj', name: { en: 'Walk' } }, ok),
    expect: {
      kept: ['ok'],
      problems: [
        { code: 'wrong-type', itemId: 'obj', field: 'name' },
        { code: 'missing-name', itemId: 'obj', field: 'name' },
      ],
    },
  },
  {
    name: 'a name given as a list leaves the service out',
    dialect: oruk1,
    payload: v1({ id: 'arr', name: ['Walk', 'Talk'] }, ok),
    expect: {
      kept: ['ok'],
      problems: [
        { code: 'wrong-type', itemId: 'arr', field: 'name' },
        { code: 'missing-name', itemId: 'arr', field: 'name' },
      ],
    },
  },
  {
    name: 'a description given as a list, schedules as an object, contacts as a string',
    dialect: oruk3,
    payload: v3({
      id: 'w',
      name: 'Wrong types',
      description: ['a', 'b'],
      schedules: { freq: 'WEEKLY' },
      contacts: 'Ann',
    }),
    expect: {
      kept: ['w'],
      problems: [
        { code: 'wrong-type', itemId: 'w', field: 'description' },
        { code: 'wrong-type', itemId: 'w', field: 'schedules' },
        { code: 'wrong-type', itemId: 'w', field: 'contacts' },
      ],
      check: (s) => {
        expect(first(s).name).to.equal('Wrong types');
        expect(first(s).schedules).to.deep.equal([]);
        expect(first(s).contacts).to.deep.equal([]);
      },
    },
  },
  {
    name: 'services with no id are left out, each reported where it is on the page',
    dialect: oruk3,
    payload: v3({ name: 'No id' }, ok, { id: '  ', name: 'Blank id' }),
    expect: {
      kept: ['ok'],
      problems: [
        { code: 'missing-id', field: 'contents[0].id' },
        { code: 'missing-id', field: 'contents[2].id' },
      ],
    },
  },
  {
    name: 'a service with no name is left out',
    dialect: outpost,
    payload: op({ id: 7, organisation: { name: 'Org' } }, { id: 8, name: '   ', organisation: { name: 'Org' } }, ok),
    expect: {
      kept: ['ok'],
      problems: [
        { code: 'missing-name', itemId: '7', field: 'name' },
        { code: 'missing-name', itemId: '8', field: 'name' },
      ],
    },
  },
  {
    name: 'three services sharing an id: the first kept, reported once',
    dialect: oruk1,
    payload: v1({ id: 'd', name: 'First' }, { id: 'd', name: 'Second' }, { id: 'd', name: 'Third' }),
    expect: {
      kept: ['d'],
      problems: [{ code: 'duplicate-id', itemId: 'd', field: 'id' }],
      check: (s) => expect(first(s).name).to.equal('First'),
    },
  },
  {
    name: 'latitude 100 and longitude 101, as in the official examples',
    dialect: oruk3,
    payload: v3({
      id: 'geo',
      name: 'Civic centre',
      service_at_locations: [
        { id: 'sal', location: { id: 'loc', name: 'Civic Center', latitude: 100, longitude: 101 } },
      ],
    }),
    expect: {
      kept: ['geo'],
      problems: [{ code: 'impossible-coordinates', itemId: 'loc', field: 'latitude/longitude' }],
      check: (s) => {
        expect(first(s).locations[0]!.location.name).to.equal('Civic Center');
        expect(first(s).locations[0]!.location).not.to.have.property('point');
      },
    },
  },
  {
    name: 'coordinates sent as strings are read, and reported once',
    dialect: oruk1,
    payload: v1({
      id: 'str',
      name: 'Strings',
      service_at_locations: [{ location: { id: 'l1', name: 'Hall', latitude: '53.14', longitude: '-1.20' } }],
    }),
    expect: {
      kept: ['str'],
      problems: [{ code: 'wrong-type', itemId: 'l1', field: 'latitude/longitude' }],
      check: (s) => expect(first(s).locations[0]!.location.point).to.deep.equal({ latitude: 53.14, longitude: -1.2 }),
    },
  },
  {
    name: 'GeoJSON given as [lat, lng] is swapped back',
    dialect: outpost,
    payload: op({
      id: 1,
      name: 'Swapped',
      organisation: { name: 'Org' },
      locations: [{ id: 2, name: 'Hall', geometry: { type: 'Point', coordinates: [51.8, -0.81] } }],
    }),
    expect: {
      kept: ['1'],
      problems: [{ code: 'swapped-coordinates', itemId: '2', field: 'geometry.coordinates' }],
      check: (s) => expect(first(s).locations[0]!.location.point).to.deep.equal({ latitude: 51.8, longitude: -0.81 }),
    },
  },
  {
    name: 'GeoJSON coordinates as a string',
    dialect: outpost,
    payload: op({
      id: 1,
      name: 'Text point',
      organisation: { name: 'Org' },
      locations: [{ id: 2, name: 'Hall', geometry: { type: 'Point', coordinates: '-0.81,51.8' } }],
    }),
    expect: {
      kept: ['1'],
      problems: [{ code: 'wrong-type', itemId: '2', field: 'geometry.coordinates' }],
      check: (s) => expect(first(s).locations[0]!.location.name).to.equal('Hall'),
    },
  },
  {
    name: 'an unknown freq: the rule is left out, the description kept',
    dialect: oruk3,
    payload: v3({
      id: 'f',
      name: 'Fortnightly',
      schedules: [{ freq: 'FORTNIGHTLY', description: 'Every other Monday' }],
    }),
    expect: {
      kept: ['f'],
      problems: [{ code: 'unreadable-schedule', itemId: 'f', field: 'schedules[0].freq' }],
      check: (s) => {
        expect(first(s).schedules[0]).to.deep.equal({ description: 'Every other Monday' });
      },
    },
  },
  {
    name: 'byday garbage',
    dialect: oruk3,
    payload: v3({
      id: 'b',
      name: 'Garbage days',
      schedules: [{ freq: 'WEEKLY', byday: 'XX,9ZZ', description: 'Weekly' }],
    }),
    expect: {
      kept: ['b'],
      problems: [{ code: 'unreadable-schedule', itemId: 'b', field: 'schedules[0].byday' }],
      check: (s) => expect(first(s).schedules[0]?.rule).to.equal(undefined),
    },
  },
  {
    name: 'opens_at garbage',
    dialect: oruk1,
    payload: v1({
      id: 't',
      name: 'Bad time',
      regular_schedules: [{ weekday: 'Monday', opens_at: 'ten-ish', closes_at: '12:00' }],
    }),
    expect: {
      kept: ['t'],
      problems: [{ code: 'invalid-value', itemId: 't', field: 'regular_schedules[0].opens_at' }],
      check: (s) => expect(first(s).schedules[0]).to.deep.include({ closesAt: '12:00' }),
    },
  },
  {
    name: 'an empty page',
    dialect: oruk3,
    payload: { total_items: 0, total_pages: 0, page_number: 1, empty: true, contents: [] },
    expect: { kept: [], problems: [], page: { page: 1, isLast: true, totalItems: 0 } },
  },
  {
    name: 'a page that is a bare list is read as one last page, and reported',
    dialect: oruk3,
    payload: [ok],
    expect: { kept: ['ok'], problems: [{ code: 'unreadable-page' }], page: { page: 1, isLast: true } },
  },
  {
    name: 'a page that is a string',
    dialect: oruk3,
    payload: '<html>502 Bad Gateway</html>',
    expect: { kept: [], problems: [{ code: 'unreadable-page' }] },
  },
  {
    name: 'a page that is a number',
    dialect: oruk1,
    payload: 42,
    expect: { kept: [], problems: [{ code: 'unreadable-page' }] },
  },
  {
    name: 'a page that is null',
    dialect: outpost,
    payload: null,
    expect: { kept: [], problems: [{ code: 'unreadable-page' }] },
  },
  {
    name: 'contents that is not a list',
    dialect: oruk3,
    payload: { total_items: 1, total_pages: 1, page_number: 1, contents: { id: 'x', name: 'X' } },
    expect: { kept: [], problems: [{ code: 'wrong-type', field: 'contents' }] },
  },
  {
    name: 'items that are not objects among good ones',
    dialect: oruk1,
    payload: v1(null, 5, 'text', ok),
    expect: {
      kept: ['ok'],
      problems: [
        { code: 'wrong-type', field: 'content[0]' },
        { code: 'wrong-type', field: 'content[1]' },
        { code: 'wrong-type', field: 'content[2]' },
      ],
    },
  },
  {
    name: 'HTML and a script in the name and the description: plain text out, script content gone',
    dialect: oruk3,
    payload: v3({
      id: 'h',
      name: '<b>Walking</b> group<script>alert("name")</script>',
      description: '<p>Gentle <i>walks</i></p><script>steal(document.cookie)</script><p>Tea after</p>',
    }),
    expect: {
      kept: ['h'],
      problems: [
        { code: 'markup-removed', itemId: 'h', field: 'name' },
        { code: 'markup-removed', itemId: 'h', field: 'description' },
      ],
      check: (s) => {
        expect(first(s).name).to.equal('Walking group');
        expect(first(s).description).to.equal('Gentle walks Tea after');
        expect(JSON.stringify(first(s))).not.to.match(/steal|alert|<script/);
      },
    },
  },
  {
    name: 'an onerror attribute in rich text',
    dialect: oruk1,
    payload: v1({ id: 'o', name: 'Images', description: '<p>Look<img src="x" onerror="alert(1)"></p><p>here</p>' }),
    expect: {
      kept: ['o'],
      problems: [{ code: 'markup-removed', itemId: 'o', field: 'description' }],
      check: (s) => {
        expect(first(s).description).to.equal('Look here');
        expect(JSON.stringify(first(s))).not.to.contain('onerror');
      },
    },
  },
  {
    name: 'javascript: URLs in url, in a contact and in a description link',
    dialect: oruk3,
    payload: v3({
      id: 'js',
      name: 'Links',
      url: 'javascript:alert(1)',
      organization: { name: 'Org', website: 'JAVASCRIPT:alert(2)' },
      contacts: [{ name: 'Ann', email: 'javascript:alert(3)//@x.org', phones: [{ number: 'javascript:alert(4)' }] }],
      description: 'Visit [our page](javascript:alert(5)) or <a href="java&#x09;script:alert(6)">this</a>',
    }),
    expect: {
      kept: ['js'],
      problems: [
        { code: 'unsafe-url', itemId: 'js', field: 'url' },
        { code: 'unsafe-url', itemId: 'js', field: 'organization.website' },
        { code: 'invalid-value', itemId: 'js', field: 'contacts[0].email' },
        { code: 'invalid-value', itemId: 'js', field: 'contacts[0].phones[0].number' },
        { code: 'unsafe-url', itemId: 'js', field: 'description' },
      ],
      check: (s) => {
        expect(JSON.stringify(first(s)).toLowerCase()).not.to.contain('javascript');
        expect(first(s).contacts).to.deep.equal([{ name: 'Ann', phones: [] }]);
        expect(first(s)).not.to.have.property('url');
      },
    },
  },
  {
    name: 'websites written without a scheme, as a real 1.0 feed writes 8 in 819, are linked with https',
    dialect: oruk1,
    payload: v1(
      { id: 'bare', name: 'Bare', url: 'kateartereft.com' },
      { id: 'colon', name: 'Colon', url: 'http:www.example.org.uk' },
      { id: 'words', name: 'Words', url: 'see our Facebook page' },
    ),
    expect: {
      kept: ['bare', 'colon', 'words'],
      problems: [{ code: 'unsafe-url', itemId: 'words', field: 'url' }],
      check: (s) => {
        expect(s.map((service) => service.url)).to.deep.equal([
          'https://kateartereft.com/',
          'https://www.example.org.uk/',
          undefined,
        ]);
      },
    },
  },
  {
    name: 'quotes in phone and email links, which would break a site building HTML strings',
    dialect: oruk3,
    payload: v3({
      id: 'q',
      name: 'Quotes',
      email: 'hello"onmouseover="alert(1)@example.org',
      description:
        '<p><a href=\'tel:0123"onmouseover=alert(1)\'>Call</a> or <a href="mailto:a\'b"@example.org">email</a>.</p>' +
        '<p><a href="tel:0115 496 0000" href="javascript:alert(2)">Ring us</a></p>',
    }),
    expect: {
      kept: ['q'],
      problems: [
        { code: 'invalid-value', itemId: 'q', field: 'email' },
        { code: 'unsafe-url', itemId: 'q', field: 'description' },
      ],
      check: (s) => {
        const service = first(s);
        expect(service).not.to.have.property('email');
        const links = JSON.stringify(service.richDescription);
        expect(links).not.to.contain('onmouseover');
        expect(links).not.to.contain('javascript');
        expect(service.richDescription?.blocks[1]).to.deep.equal({
          kind: 'paragraph',
          content: [{ kind: 'link', text: 'Ring us', href: 'tel:0115 496 0000' }],
        });
      },
    },
  },
  {
    name: 'a description as council feeds send it: &nbsp;, style=, <h1> and a 145 KB picture written into it',
    dialect: oruk1,
    payload: v1({
      id: 'pic',
      name: 'Picture',
      description:
        '<h1 style="color:red">Knit&nbsp;and natter</h1><p style="margin:0">Come along.</p>' +
        `<p><img alt="" src="data:image/png;base64,${'iVBORw0KGgo'.repeat(13_200)}"></p>` +
        '<p>Wool provided.</p>',
    }),
    expect: {
      kept: ['pic'],
      problems: [],
      check: (s) => {
        expect(first(s).description).to.equal('Knit and natter Come along. Wool provided.');
        expect(JSON.stringify(first(s))).not.to.contain('base64');
      },
    },
  },
  {
    name: 'a plain-text description with Windows line ends reads as paragraphs',
    dialect: oruk1,
    payload: v1({ id: 'crlf', name: 'Lines', description: 'Come along.\r\n\r\nBring a friend.\r\nAll welcome.' }),
    expect: {
      kept: ['crlf'],
      problems: [],
      check: (s) => {
        expect(first(s).description).to.equal('Come along. Bring a friend. All welcome.');
        expect(first(s).richDescription?.blocks).to.have.length(2);
      },
    },
  },
  {
    name: 'a 2 MB description is cut and reported',
    dialect: oruk3,
    payload: v3({ id: 'big', name: 'Big', description: 'All welcome. '.repeat(160_000) }),
    expect: {
      kept: ['big'],
      problems: [{ code: 'too-long', itemId: 'big', field: 'description' }],
      check: (s) => expect(first(s).description!.length).to.be.at.most(MAX_TEXT_LENGTH + 1),
    },
  },
  {
    name: 'emoji and right-to-left text are kept intact',
    dialect: outpost,
    payload: op({
      id: 3,
      name: 'Café 👩🏽‍🦳 مقهى',
      description: 'أهلاً وسهلاً 🎉',
      organisation: { name: 'Org' },
    }),
    expect: {
      kept: ['3'],
      problems: [],
      check: (s) => expect(first(s)).to.include({ name: 'Café 👩🏽‍🦳 مقهى', description: 'أهلاً وسهلاً 🎉' }),
    },
  },
  {
    name: 'a negative age and an absurd one',
    dialect: oruk3,
    payload: v3({ id: 'age', name: 'Ages', minimum_age: -4, maximum_age: 999 }),
    expect: {
      kept: ['age'],
      problems: [
        { code: 'invalid-value', itemId: 'age', field: 'minimum_age' },
        { code: 'invalid-value', itemId: 'age', field: 'maximum_age' },
      ],
      check: (s) => expect(first(s)).not.to.have.any.keys('minimumAge', 'maximumAge'),
    },
  },
  {
    name: 'minimum_age above maximum_age: neither limit is trusted',
    dialect: outpost,
    payload: op({ id: 4, name: 'Backwards', organisation: { name: 'Org' }, min_age: 65, max_age: 18 }),
    expect: {
      kept: ['4'],
      problems: [{ code: 'invalid-value', itemId: '4', field: 'min_age' }],
      check: (s) => expect(first(s)).not.to.have.any.keys('minimumAge', 'maximumAge'),
    },
  },
  {
    name: 'an unknown status reads as active',
    dialect: oruk1,
    payload: v1({ id: 'st', name: 'Status', status: 'on a break' }),
    expect: {
      kept: ['st'],
      problems: [{ code: 'invalid-value', itemId: 'st', field: 'status' }],
      check: (s) => expect(first(s).status).to.equal('active'),
    },
  },
  {
    name: 'costs as strings: a number as text is read, words are kept as the description',
    dialect: oruk3,
    payload: v3(
      {
        id: 'c1',
        name: 'Costs',
        cost_options: [
          { option: 'Adults', amount: '3.50' },
          { option: 'Family', amount: '£5 a go' },
        ],
      },
      { id: 'c2', name: 'Cost list as text', cost_options: '£5' },
    ),
    expect: {
      kept: ['c1', 'c2'],
      problems: [
        { code: 'wrong-type', itemId: 'c1', field: 'cost_options[0].amount' },
        { code: 'wrong-type', itemId: 'c1', field: 'cost_options[1].amount' },
        { code: 'wrong-type', itemId: 'c2', field: 'cost_options' },
      ],
      check: (s) => {
        expect(first(s).costs).to.deep.equal([
          { option: 'Adults', amount: 3.5, currency: 'GBP' },
          { option: 'Family', currency: 'GBP', description: '£5 a go' },
        ]);
        expect(first(s).free).to.equal(false);
      },
    },
  },
  {
    name: 'a taxonomy term with no name, and one with no id',
    dialect: oruk3,
    payload: v3({
      id: 'tx',
      name: 'Terms',
      attributes: [
        { taxonomy_term: { id: 't-noname' } },
        { taxonomy_term: { name: 'No id' } },
        { taxonomy_term: { id: 't-ok', name: 'Gardening' } },
      ],
    }),
    expect: {
      kept: ['tx'],
      problems: [
        { code: 'missing-name', itemId: 't-noname', field: 'name' },
        { code: 'missing-id', itemId: 'tx', field: 'attributes[1].taxonomy_term.id' },
      ],
      check: (s) => expect(first(s).categories).to.deep.equal([{ id: 't-ok', name: 'Gardening' }]),
    },
  },
  {
    name: 'a location with no id gets a stable id made from what it says, and is kept',
    dialect: oruk1,
    payload: v1({
      id: 'li',
      name: 'No place id',
      service_at_locations: [
        {
          location: {
            name: 'Village hall',
            physical_addresses: [{ address_1: '1 Church St', postal_code: 'NG18 1AB' }],
          },
        },
        { location: { description: null } },
      ],
    }),
    expect: {
      kept: ['li'],
      problems: [{ code: 'missing-id', itemId: 'place-8lrw53', field: 'id' }],
      check: (s) => {
        // The empty place has nothing to show and no id: it is left out.
        expect(first(s).locations.map((p) => [p.id, p.location.name])).to.deep.equal([
          ['place-8lrw53', 'Village hall'],
        ]);
      },
    },
  },
  {
    name: 'deeply nested garbage objects',
    dialect: oruk3,
    payload: v3({
      id: 'deep',
      name: 'Deep',
      description: deeplyNested(10_000),
      email: deeplyNested(10_000),
      schedules: [{ opens_at: deeplyNested(10_000), freq: deeplyNested(10_000), description: 'Mondays' }],
      organization: deeplyNested(10_000),
    }),
    expect: {
      kept: ['deep'],
      problems: [
        { code: 'wrong-type', itemId: 'deep', field: 'description' },
        { code: 'invalid-value', itemId: 'deep', field: 'email' },
        { code: 'invalid-value', itemId: 'deep', field: 'schedules[0].opens_at' },
        { code: 'unreadable-schedule', itemId: 'deep', field: 'schedules[0].freq' },
        { code: 'missing-name', itemId: 'deep', field: 'organization.name' },
      ],
      check: (s) => expect(first(s).schedules).to.deep.equal([{ description: 'Mondays' }]),
    },
  },
  {
    name: 'prototype-pollution keys do not pollute',
    dialect: oruk1,
    payload: JSON.parse(
      '{"totalElements":1,"number":1,"content":[{"id":"pp","name":"Proto","__proto__":{"polluted":true},' +
        '"constructor":{"prototype":{"polluted":true}},"status":"constructor","attending_type":"__proto__",' +
        '"service_taxonomys":[{"taxonomy":{"id":"__proto__","name":"Proto term","vocabulary":"constructor"}}]}]}',
    ),
    expect: {
      kept: ['pp'],
      problems: [
        { code: 'invalid-value', itemId: 'pp', field: 'status' },
        { code: 'invalid-value', itemId: 'pp', field: 'attending_type' },
      ],
      check: (s) => {
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        expect(first(s).status).to.equal('active');
        expect(first(s).attending).to.deep.equal([]);
        expect(first(s).categories).to.deep.equal([{ id: '__proto__', name: 'Proto term', taxonomyId: 'constructor' }]);
        expect(Object.getPrototypeOf(first(s))).to.equal(Object.prototype);
      },
    },
  },
  {
    name: 'unknown attending words in ORUK 1.0',
    dialect: oruk1,
    payload: v1({ id: 'aw', name: 'Words', attending_type: 'venue, teleport', attending_access: 'by invitation' }),
    expect: {
      kept: ['aw'],
      problems: [
        { code: 'invalid-value', itemId: 'aw', field: 'attending_type' },
        { code: 'invalid-value', itemId: 'aw', field: 'attending_access' },
      ],
      check: (s) => expect(first(s).attending).to.deep.equal(['in-person']),
    },
  },
  {
    name: 'a service-at-location item with no service',
    dialect: oruk3,
    payload: v3({ id: 'sal', service: 'svc-1', location: { id: 'l', name: 'Hall' } }, ok),
    expect: { kept: ['ok'], problems: [{ code: 'wrong-type', field: 'contents[0].service' }] },
  },
  {
    name: 'a single record that is not an object',
    dialect: oruk3,
    read: 'service',
    payload: 'Service not found',
    expect: { kept: [], problems: [{ code: 'unreadable-page' }] },
  },
  {
    name: 'an Outpost taxonomy with no name and a hidden contact',
    dialect: outpost,
    read: 'service',
    payload: {
      id: 10,
      name: 'Taxonomies',
      organisation: { name: 'Org' },
      taxonomies: [
        { id: 1, slug: 'nameless' },
        { id: 2, name: 'Sport', slug: 'sport' },
      ],
      contacts: [{ name: 'Hidden', visible: false, email: 'x@y.org' }],
    },
    expect: {
      kept: ['10'],
      problems: [{ code: 'missing-name', itemId: 'nameless', field: 'name' }],
      check: (s) => {
        expect(first(s).categories.map((c) => c.id)).to.deep.equal(['sport']);
        expect(first(s).contacts).to.deep.equal([]);
      },
    },
  },
];

function describeProblem(p: Expected): string {
  return `${p.code} ${p.itemId ?? '-'} ${p.field ?? '-'}`;
}

describe('bad directory data never breaks anything', () => {
  it('holds at least 30 cases across the three dialects', () => {
    expect(cases.length).to.be.at.least(30);
    expect(new Set(cases.map((c) => c.dialect.id))).to.have.length(3);
  });

  for (const badCase of cases) {
    it(`${badCase.dialect.id}: ${badCase.name}`, async () => {
      const { dialect, payload } = badCase;
      const reader = await dialect.load();
      const reading = badCase.read === 'service' ? reader.readService(payload) : reader.readServicePage(payload);
      expect(reading.items.map((s) => s.id)).to.deep.equal(badCase.expect.kept);
      expect(reading.problems.map(describeProblem).sort()).to.deep.equal(
        badCase.expect.problems.map(describeProblem).sort(),
      );
      badCase.expect.check?.(reading.items);
      if (badCase.expect.page) expect(reading.page).to.deep.include(badCase.expect.page);
    });
  }
});
