// @ts-check
/**
 * Checks every ORUK answer of the reference server against the official files: the ORUK 3.0
 * JSON schemata and OpenAPI (`oruk-v3/`), and the ORUK 1.0 OpenAPI (`oruk-v1/`), from the
 * shared fixtures folder next to the repository. Without that folder the suite is skipped, visibly,
 * on a developer's computer, and fails under CI=true, where the folder must be.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { MINI_DIRECTORY, startTestServer } from './fixtures/test-server.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// WAYMARK_FIXTURES points elsewhere (a missing folder, to see the suite skip or, under CI=true, fail).
const fixtures = process.env.WAYMARK_FIXTURES ?? path.resolve(repoRoot, '..', 'shared', 'fixtures');
const demoDirectory = path.join(repoRoot, 'demo', 'data', 'directory.json');
const dataFile = existsSync(demoDirectory) ? demoDirectory : MINI_DIRECTORY;

// Where the ORUK 3.0 OpenAPI file says its schemata live; the local copies are registered under these URLs.
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/';

/**
 * @typedef {{ [key: string]: unknown }} JsonObject
 */

/**
 * Replaces each `#/...` reference with what it points at in the same document.
 * @param {unknown} value
 * @param {JsonObject} document
 * @returns {unknown}
 */
function inlineLocalRefs(value, document) {
  if (Array.isArray(value)) return value.map((item) => inlineLocalRefs(item, document));
  if (!value || typeof value !== 'object') return value;
  const record = /** @type {JsonObject} */ (value);
  if (typeof record.$ref === 'string' && record.$ref.startsWith('#/')) {
    /** @type {unknown} */
    let target = document;
    for (const key of record.$ref.slice(2).split('/')) target = /** @type {JsonObject} */ (target)[key];
    return inlineLocalRefs(target, document);
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, inlineLocalRefs(item, document)]));
}

/**
 * The 200 response schema the OpenAPI file gives for `GET path`.
 * @param {JsonObject} openapi
 * @param {string} pathKey
 */
function responseSchema(openapi, pathKey) {
  const paths = /** @type {Record<string, { get: { responses: Record<string, JsonObject> } }>} */ (openapi.paths);
  const content = /** @type {Record<string, { schema: unknown }>} */ (paths[pathKey].get.responses['200'].content);
  return /** @type {JsonObject} */ (inlineLocalRefs(content['application/json'].schema, openapi));
}

/** @param {string} file */
function readJson(file) {
  return /** @type {JsonObject} */ (JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * @param {import('ajv').ValidateFunction} validate
 * @param {unknown} value
 * @param {string} what
 */
function assertValid(validate, value, what) {
  const valid = validate(value);
  assert.ok(valid, `${what}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

if (!existsSync(path.join(fixtures, 'oruk-v3'))) {
  const why = `${fixtures} is not here, so the ORUK conformance checks cannot run`;
  if (process.env.CI === 'true') {
    it('has the official ORUK files to check against', () => assert.fail(`${why}: CI must provide them`));
  } else {
    it.skip(`ORUK conformance of the reference server: ${why}`);
  }
} else {
  /** @type {import('./fixtures/test-server.mjs').TestServer} */
  let server;
  before(async () => {
    server = await startTestServer({ dataFile });
  });
  after(() => server.stop());

  describe(`ORUK 3.0 conformance (${path.relative(repoRoot, dataFile)})`, () => {
    const openapi = readJson(path.join(fixtures, 'oruk-v3', 'openapi.json'));
    // The official list schemas give `properties` without `type: object`: fine in JSON Schema, refused by strict ajv.
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    // ajv-formats checks the schemata's `format: uuid` (RFC 4122) on every id, taxonomies and terms included.
    addFormats.default(ajv);
    // The schemata are Frictionless table descriptions too; these words describe columns, not JSON.
    ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'core', 'constraints', 'example']);
    ajv.addVocabulary(['datapackage_type', 'tabular_required']);
    for (const file of readdirSync(path.join(fixtures, 'oruk-v3', 'schemata'))) {
      ajv.addSchema(readJson(path.join(fixtures, 'oruk-v3', 'schemata', file)), `${SCHEMA_BASE}${file}`);
    }
    // The OpenAPI file names "compiled" schemata that are not in the fixtures. What they mean, from the local ones:
    // a fully nested service is service.json; a list item is the same with its arrays optional, as they are already;
    // a service_at_location list item carries its location and its service.
    ajv.addSchema({ $ref: '../service.json' }, `${SCHEMA_BASE}compiled/service.json`);
    ajv.addSchema({ $ref: '../service.json' }, `${SCHEMA_BASE}compiled/service_list.json`);
    ajv.addSchema(
      {
        allOf: [{ $ref: '../service_at_location.json' }],
        required: ['location', 'service'],
        properties: { location: { $ref: '../location.json' }, service: { $ref: '../service.json' } },
      },
      `${SCHEMA_BASE}compiled/service_at_location_list.json`,
    );
    /** @param {string} pathKey */
    const validatorFor = (pathKey) => ajv.compile(responseSchema(openapi, pathKey));
    const pageKeys = [
      'total_items',
      'total_pages',
      'page_number',
      'size',
      'first_page',
      'last_page',
      'empty',
      'contents',
    ];

    /**
     * @param {string} url
     * @param {string} pathKey
     */
    async function checkPage(url, pathKey) {
      const page = /** @type {JsonObject & { contents: JsonObject[] }} */ (await server.json(url));
      assert.deepEqual(Object.keys(page), pageKeys, `${url}: the ORUK paging envelope`);
      assertValid(validatorFor(pathKey), page, url);
      assert.ok(page.contents.length > 0, `${url} has items to check`);
      return page;
    }

    it('GET / matches the API information schema', async () => {
      const root = await server.json('/api/v3/');
      assertValid(validatorFor('/'), root, '/');
      assert.equal(/** @type {JsonObject} */ (root).version, 'HSDS-UK-3.0');
    });

    it('GET /services: every service on the page matches the service list schema', async () => {
      await checkPage('/api/v3/services?per_page=1000', '/services');
    });

    it('GET /services/{id}: a fully nested service matches service.json', async () => {
      const page = await checkPage('/api/v3/services?per_page=20', '/services');
      const validate = validatorFor('/services/{id}');
      for (const item of page.contents) {
        const service = await server.json(`/api/v3/services/${item.id}`);
        assertValid(validate, service, `service ${item.id}`);
      }
    });

    it('GET /service_at_locations, with and without a postcode, matches the list schema', async () => {
      const page = await checkPage('/api/v3/service_at_locations?per_page=1000', '/service_at_locations');
      const withPoint = page.contents.filter((item) => {
        const location = /** @type {JsonObject} */ (item.location);
        return location.location_type === 'physical';
      });
      assert.ok(withPoint.length > 0);
      for (const item of withPoint) {
        const location = /** @type {JsonObject} */ (item.location);
        assert.equal(typeof location.latitude, 'number');
        assert.equal(typeof location.longitude, 'number');
      }
      const postcodes = /** @type {{ postcode: string }[]} */ (readJson(dataFile).postcodes);
      const postcode = encodeURIComponent(postcodes[0].postcode);
      await checkPage(`/api/v3/service_at_locations?postcode=${postcode}&proximity=5000`, '/service_at_locations');
      await checkPage(`/api/v3/service_at_locations?postcode=${postcode}&per_page=1000`, '/service_at_locations');
    });

    it('GET /service_at_locations/{id}: the item with its location and service', async () => {
      // The OpenAPI file points this path at compiled/service.json, which a service_at_location cannot
      // match (it has no name or status); its description says "fully nested service_at_location", so
      // that is what is checked.
      const page = await checkPage('/api/v3/service_at_locations?per_page=20', '/service_at_locations');
      const validate = ajv.compile({ $ref: `${SCHEMA_BASE}compiled/service_at_location_list.json` });
      for (const item of page.contents) {
        assertValid(validate, await server.json(`/api/v3/service_at_locations/${item.id}`), `place ${item.id}`);
      }
    });

    it('GET /taxonomies and /taxonomies/{id} match taxonomy.json', async () => {
      const page = await checkPage('/api/v3/taxonomies', '/taxonomies');
      const validate = validatorFor('/taxonomies/{id}');
      for (const item of page.contents) {
        assertValid(validate, await server.json(`/api/v3/taxonomies/${item.id}`), `taxonomy ${item.id}`);
      }
    });

    it('GET /taxonomy_terms and /taxonomy_terms/{id} match taxonomy_term.json', async () => {
      const page = await checkPage('/api/v3/taxonomy_terms?per_page=1000', '/taxonomy_terms');
      const validate = validatorFor('/taxonomy_terms/{id}');
      for (const item of page.contents.slice(0, 20)) {
        assertValid(validate, await server.json(`/api/v3/taxonomy_terms/${item.id}`), `term ${item.id}`);
      }
    });
  });

  describe(`ORUK 1.0 conformance (${path.relative(repoRoot, dataFile)})`, () => {
    const openapi = readJson(path.join(fixtures, 'oruk-v1', 'openapi.json'));
    // The official list schemas give `properties` without `type: object`: fine in JSON Schema, refused by strict ajv.
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    addFormats.default(ajv);
    // OpenAPI's number formats, which JSON Schema does not define.
    for (const format of ['int32', 'int64']) ajv.addFormat(format, { type: 'number', validate: Number.isInteger });
    for (const format of ['float', 'double']) ajv.addFormat(format, { type: 'number', validate: Number.isFinite });
    const schemas = /** @type {Record<string, JsonObject>} */ (
      /** @type {JsonObject} */ (inlineLocalRefs(openapi.components, openapi)).schemas
    );
    const listSchema = responseSchema(openapi, '/services');
    // The 1.0 OpenAPI file names the array `contents`; 1.0 feeds and clients use `content` (see SOURCES.md).
    const properties = /** @type {JsonObject} */ (listSchema.properties);
    const validateList = ajv.compile({
      ...listSchema,
      properties: { content: properties.contents },
      required: ['content', 'totalElements', 'totalPages', 'number', 'size', 'first', 'last', 'empty'],
    });
    const validateService = ajv.compile(responseSchema(openapi, '/services/{id}'));
    // A location inside a service does not list its services again.
    const locationProperties = { .../** @type {JsonObject} */ (schemas.location_details.properties) };
    delete locationProperties.service_at_locations;
    const validateLocation = ajv.compile({ ...schemas.location_details, properties: locationProperties });
    const validateTaxonomy = ajv.compile(schemas.taxonomy);

    it('GET /services pages with content, totalElements... and each service matches the service schema', async () => {
      const page = /** @type {{ content: JsonObject[] }} */ (await server.json('/api/v1/services?per_page=1000'));
      assertValid(validateList, page, '/api/v1/services');
      assert.ok(!('contents' in page));
      assert.ok(page.content.length > 0);
    });

    it('GET /services/{id} matches service_details, with locations and taxonomies in the 1.0 shapes', async () => {
      const page = /** @type {{ content: { id: string }[] }} */ (await server.json('/api/v1/services?per_page=20'));
      for (const { id } of page.content) {
        const service =
          /** @type {{ service_at_locations: { location?: unknown }[], service_taxonomys: { taxonomy: unknown }[] }} */ (
            await server.json(`/api/v1/services/${id}`)
          );
        assertValid(validateService, service, `service ${id}`);
        for (const { location } of service.service_at_locations)
          assertValid(validateLocation, location, `location of ${id}`);
        for (const { taxonomy } of service.service_taxonomys)
          assertValid(validateTaxonomy, taxonomy, `taxonomy of ${id}`);
      }
    });
  });
}
