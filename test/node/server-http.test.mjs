// @ts-check
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { problem } from '../../demo/server/replies.mjs';
import { startTestServer } from './fixtures/test-server.mjs';

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
/** @type {string} */
let root;

// A repository root of our own, so these tests do not depend on the real demo pages.
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'waymark-static-test-'));
  await mkdir(join(root, 'demo', 'assets'), { recursive: true });
  await mkdir(join(root, 'demo', 'empty-folder'), { recursive: true });
  await mkdir(join(root, 'dist', 'cdn'), { recursive: true });
  await writeFile(join(root, 'package.json'), '{"secret": true}');
  await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>Home</title>');
  await writeFile(join(root, 'demo', 'council.html'), '<!doctype html><title>Council</title>');
  await writeFile(join(root, 'demo', '.env'), 'SECRET=1');
  await writeFile(join(root, 'demo', 'assets', 'site.css'), 'body { margin: 0; }');
  await writeFile(join(root, 'demo', 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'demo', 'assets', 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(root, 'demo', 'assets', 'data.json'), '{}');
  await writeFile(join(root, 'dist', 'cdn', 'waymark.js'), 'export {};');
  await writeFile(join(root, 'dist', 'cdn', 'waymark.js.map'), '{}');
  await symlink(join(root, 'package.json'), join(root, 'demo', 'assets', 'linked.json'));
  server = await startTestServer({
    root,
    extraRoutes: (router) => {
      router.get('/api/test/throw', () => {
        throw new Error('a bug in a handler');
      });
      router.get('/api/test/reject', async () => {
        await Promise.resolve();
        throw new TypeError('a bug after an await');
      });
      router.get('/api/test/ok', () => problem(418, 'still here'), { api: true });
    },
  });
});
after(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

/**
 * Sends the path exactly as written (fetch would tidy `..` away first).
 * @param {string} path
 * @returns {Promise<{ status: number, body: string, headers: http.IncomingHttpHeaders }>}
 */
function rawGet(path) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: 'GET', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('CORS', () => {
  it('lets any origin read every API answer, errors included', async () => {
    for (const path of [
      '/api/v3/services',
      '/api/v1/services',
      '/api/v3/services/nope',
      '/api/v3/services?day=XX',
      '/postcodes/NG181AB',
      '/postcodes/nope',
      '/openactive/session-series',
      '/events.ics',
    ]) {
      const response = await server.fetch(path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
      await response.arrayBuffer();
    }
  });

  it('answers the preflight for POST /referrals with Content-Type and Idempotency-Key', async () => {
    const response = await server.fetch('/referrals', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://council.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.ok(allowed.includes('content-type') && allowed.includes('idempotency-key'));
  });

  it('answers the preflight for an API GET that sends the fault header', async () => {
    const response = await server.fetch('/api/v3/services', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-waymark-fault' },
    });
    assert.equal(response.status, 204);
    assert.match((response.headers.get('access-control-allow-headers') ?? '').toLowerCase(), /x-waymark-fault/);
  });
});

describe('fault mode', () => {
  it('fault=500 answers a JSON server error', async () => {
    for (const init of [{ path: '/api/v3/services?fault=500' }, { path: '/api/v3/services', header: '500' }]) {
      const response = await server.fetch(
        init.path,
        init.header ? { headers: { 'x-waymark-fault': init.header } } : {},
      );
      assert.equal(response.status, 500);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(/** @type {{ status: number }} */ (await response.json()).status, 500);
    }
  });

  it('fault=slow answers correctly, after the delay asked for', async () => {
    const started = performance.now();
    const response = await server.fetch('/api/v3/services?fault=slow&delay=300');
    assert.equal(response.status, 200);
    assert.equal(/** @type {{ total_items: number }} */ (await response.json()).total_items, 9);
    assert.ok(performance.now() - started >= 290);
  });

  it('fault=truncate sends a 200 whose JSON is cut in half', async () => {
    const whole = await (await server.fetch('/api/v3/services')).text();
    const response = await server.fetch('/api/v3/services?fault=truncate');
    assert.equal(response.status, 200);
    const cut = await response.text();
    assert.equal(Buffer.byteLength(cut), Math.floor(Buffer.byteLength(whole) / 2));
    assert.throws(() => JSON.parse(cut), SyntaxError);
  });

  it('fault=cors answers without the CORS header, the preflight too', async () => {
    const response = await server.fetch('/api/v3/services?fault=cors');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const preflight = await server.fetch('/referrals?fault=cors', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  it('fault=timeout never answers, and the server still closes cleanly and quickly', async () => {
    const own = await startTestServer();
    const controller = new AbortController();
    const pending = fetch(`${own.url}/api/v3/services?fault=timeout`, { signal: controller.signal }).then(
      () => 'answered',
      () => 'failed',
    );
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve('waiting'), 400))]);
    assert.equal(early, 'waiting');
    const started = performance.now();
    await own.stop();
    assert.ok(performance.now() - started < 2000, 'close did not wait for the held request');
    assert.equal(await pending, 'failed', 'the held request ends without an answer');
    controller.abort();
  });

  it('refuses a fault it does not know', async () => {
    const response = await server.fetch('/api/v3/services?fault=gremlins');
    assert.equal(response.status, 400);
  });

  it('leaves pages alone', async () => {
    const response = await server.fetch('/council.html?fault=500');
    assert.equal(response.status, 200);
  });
});

describe('errors in handlers', () => {
  it('turns an exception into a 500 JSON answer, logs it, and keeps serving', async () => {
    for (const path of ['/api/test/throw', '/api/test/reject']) {
      const response = await server.fetch(path);
      assert.equal(response.status, 500, path);
      assert.deepEqual(await response.json(), { status: 500, error: 'Something went wrong on the server' });
    }
    assert.ok(server.errors.some((message) => message.includes('/api/test/throw')));
    assert.ok(server.errors.some((message) => message.includes('/api/test/reject')));
    assert.equal((await server.fetch('/api/test/ok')).status, 418);
    assert.equal((await server.fetch('/api/v3/')).status, 200);
  });
});

describe('static files', () => {
  it('serves index.html at / as an HTML page with the strict CSP and no caching', async () => {
    const response = await server.fetch('/');
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '<!doctype html><title>Home</title>');
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html waymark',
    ]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.ok(!csp.includes('unsafe'));
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  it('serves each kind of file with its MIME type', async () => {
    /** @type {[string, string][]} */
    const cases = [
      ['/council.html', 'text/html; charset=utf-8'],
      ['/assets/site.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/assets/map.png', 'image/png'],
      ['/assets/data.json', 'application/json; charset=utf-8'],
      ['/dist/cdn/waymark.js', 'text/javascript; charset=utf-8'],
      ['/dist/cdn/waymark.js.map', 'application/json; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const response = await server.fetch(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
      await response.arrayBuffer();
    }
  });

  it('lets a host page on another origin load the library as a module', async () => {
    const response = await server.fetch('/dist/cdn/waymark.js');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), 'export {};');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await server.fetch('/assets/site.css', { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), String(Buffer.byteLength('body { margin: 0; }')));
    assert.equal(await response.text(), '');
  });

  it('lists no directories', async () => {
    assert.equal((await server.fetch('/empty-folder/')).status, 404);
    assert.equal((await server.fetch('/assets/')).status, 404);
  });

  it('refuses every way of climbing out of the folder, and dotfiles', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/dist/../../package.json',
      '/dist/..%2f..%2fpackage.json',
      '/..\\package.json',
      '/%5c..%5cpackage.json',
      '/assets/%00site.css',
      '/.env',
      '/%2eenv',
      '/assets/linked.json',
    ]) {
      const { status, body } = await rawGet(path);
      assert.equal(status, 404, path);
      assert.ok(!body.includes('secret') && !body.includes('SECRET'), path);
    }
  });

  it('answers an unknown page with a plain 404 page, under the CSP', async () => {
    const response = await server.fetch('/no-such-page.html');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.ok(response.headers.get('content-security-policy'));
    assert.match(await response.text(), /Page not found/);
  });

  it('still serves the pages when the library has not been built', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'waymark-no-dist-'));
    await mkdir(join(bare, 'demo'));
    await writeFile(join(bare, 'demo', 'index.html'), '<!doctype html><title>Home</title>');
    const own = await startTestServer({ root: bare });
    try {
      assert.equal((await own.fetch('/')).status, 200);
      assert.equal((await own.fetch('/dist/cdn/waymark.js')).status, 404);
    } finally {
      await own.stop();
      await rm(bare, { recursive: true, force: true });
    }
  });
});
