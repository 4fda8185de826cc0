// @ts-check
/**
 * Cross-origin behaviour proved in a real browser, not assumed: the built client on a host
 * page on one origin reads a directory on another (two ports), honours a Retry-After it can only
 * read because the server exposes it, and says "CORS" when the directory does not let it read.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server/server.mjs';
import { problem } from '../../demo/server/replies.mjs';
import { CHROME_ARGS, chromePath } from '../browser.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {string} */
let dataDir;
/** @type {Awaited<ReturnType<typeof startServer>>} the host page's origin */
let site;
/** @type {Awaited<ReturnType<typeof startServer>>} the directory's origin */
let directory;
/** @type {import('playwright-core').Page} */
let page;

/** Seconds the busy directory asks clients to wait. */
const RETRY_AFTER = 7;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-e2e-cors-'));
  site = await startServer({
    port: 0,
    dataDir,
    quiet: true,
    // A host page without the demo's CSP (whose connect-src allows only its own origin), as a council's might be.
    extraRoutes: (router) =>
      router.get('/host.html', () => ({
        status: 200,
        type: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en-GB"><title>A council page</title><h1>Find a group</h1></html>',
      })),
  });
  directory = await startServer({
    port: 0,
    dataDir,
    quiet: true,
    extraRoutes: (router) => {
      // An API that is always busy: a 429 with Retry-After, and the usual CORS headers (api: true).
      const busy = () => ({ ...problem(429, 'Too many requests'), headers: { 'retry-after': String(RETRY_AFTER) } });
      router.get('/busy/v3/services', busy, { api: true });
      // Served outside the API, so with no Access-Control-Allow-Origin: a browser refuses to share it.
      router.get('/private/v3/services', () => problem(200, 'not for other websites'));
    },
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  page = await browser.newPage();
  await page.goto(`${site.url}/host.html`);
});
after(async () => {
  await browser?.close();
  await Promise.all([site?.close(), directory?.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Loads the directory at `src` with the built client, from the host page; returns how it went.
 * @param {string} src
 */
function loadFromHostPage(src) {
  return page.evaluate(async (apiSrc) => {
    const library = new URL('/dist/cdn/waymark.js', location.origin).href;
    /** @type {{ DirectoryClient: new (options: object) => any }} */
    const { DirectoryClient } = await import(library);
    /** @type {number[]} */
    const waits = [];
    const client = new DirectoryClient({
      src: apiSrc,
      dialect: 'oruk-v3',
      retries: 1,
      backoffMs: 1,
      random: () => 0,
      wait: async (/** @type {number} */ ms) => void waits.push(ms),
    });
    try {
      await client.load();
      const { total } = await client.search({});
      return { ok: true, total, mode: client.mode, waits };
    } catch (error) {
      const failure = /** @type {{ name: string, kind?: string, advice?: string }} */ (error);
      return { ok: false, name: failure.name, kind: failure.kind, advice: failure.advice, waits };
    }
  }, src);
}

describe('the built client on one origin, the directory on another', () => {
  it('runs on two origins', () => {
    assert.notEqual(new URL(site.url).origin, new URL(directory.url).origin);
  });

  it('reads the directory across origins', async () => {
    const result = await loadFromHostPage(`${directory.url}/api/v3`);
    assert.deepEqual(result, { ok: true, total: 248, mode: 'local', waits: [] });
  });

  it('waits as long as Retry-After says, which it can read only because the server exposes it', async () => {
    const result = await loadFromHostPage(`${directory.url}/busy/v3`);
    assert.equal(result.kind, 'rate-limited');
    // Hidden, the header reads as null and the client would back off for backoffMs (1 ms) instead.
    assert.deepEqual(result.waits, [RETRY_AFTER * 1000]);
  });

  it('says CORS refused when the directory does not let this origin read it', async () => {
    const result = await loadFromHostPage(`${directory.url}/private/v3`);
    assert.equal(result.ok, false);
    assert.equal(result.name, 'DirectoryError');
    assert.equal(result.kind, 'cors');
    assert.match(result.advice ?? '', /Access-Control-Allow-Origin/);
    assert.deepEqual(result.waits, [], 'a CORS refusal is not retried');
  });
});
