// @ts-check
/**
 * The reference server against a hostile page or client: DNS rebinding (a page on another
 * name that resolves to 127.0.0.1), a reused Idempotency-Key, an endless chunked upload,
 * and what a cross-origin page may read (Retry-After).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTestServer } from './fixtures/test-server.mjs';

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
before(async () => {
  server = await startTestServer({ allowedHosts: ['directory.example.org'] });
});
after(async () => {
  await server.stop();
});

/**
 * A GET with the Host header given, as a browser sends it after DNS rebinding.
 * @param {string} path
 * @param {string | undefined} host
 * @returns {Promise<{ status: number, body: string, headers: http.IncomingHttpHeaders }>}
 */
function getWithHost(path, host) {
  const { hostname, port } = new URL(server.url);
  /** @type {http.OutgoingHttpHeaders} */
  const headers = host === undefined ? {} : { host };
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path, headers, agent: false, setHost: host === undefined },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** A valid referral, as the referral tests send. */
function referral(name = 'Sam Patel') {
  return {
    version: 1,
    person: { name, postcode: 'NG18 1AB', phone: '01632 960123', contactPreferences: ['phone'] },
    reasons: ['social-isolation'],
    consent: { shareWithLinkWorker: true, contactMe: true },
    submittedAt: '2026-11-21T10:15:00Z',
  };
}

describe('the Host header', () => {
  it('answers localhost, 127.0.0.1, [::1] and the configured host, with or without a port', async () => {
    const { port } = new URL(server.url);
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      'localhost',
      'directory.example.org',
    ]) {
      const response = await getWithHost('/api/v3/', host);
      assert.equal(response.status, 200, host);
    }
  });

  it('refuses any other name, so a DNS-rebinding page cannot read the referrals', async () => {
    const { port } = new URL(server.url);
    for (const host of [`attacker.example:${port}`, 'localhost.attacker.example', '127.0.0.1.nip.io', '']) {
      for (const path of ['/referrals.json', '/referrals', '/api/v3/services', '/']) {
        const response = await getWithHost(path, host);
        assert.equal(response.status, 421, `${host} ${path}`);
        assert.ok(!response.body.includes('reference'), 'nothing of the referrals');
      }
    }
  });
});

describe('a reused Idempotency-Key', () => {
  it('never reveals the reference of the referral first sent with it', async () => {
    const key = randomUUID();
    /** @param {unknown} body */
    const send = (body) =>
      server.fetch('/referrals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
    const first = await send(referral('First Person'));
    assert.equal(first.status, 201);
    const { reference } = /** @type {{ reference: string }} */ (await first.json());
    const reuse = await send(referral('Someone Else'));
    assert.equal(reuse.status, 422);
    const text = await reuse.text();
    assert.ok(!text.includes(reference), `the answer names the other referral: ${text}`);
    assert.ok(!/WM-[A-Z0-9]{4}-[A-Z0-9]{4}/.test(text));
  });
});

describe('an over-limit chunked upload', () => {
  /**
   * Sends a body in chunks, with no Content-Length, until the server answers or `total` is sent.
   * @param {number} total bytes
   * @param {number} chunkSize
   * @returns {Promise<number>} the status read
   */
  function chunkedUpload(total, chunkSize) {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          hostname,
          port,
          path: '/referrals',
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
            'transfer-encoding': 'chunked',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      const chunk = Buffer.alloc(chunkSize, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      request.write('{"whatMatters":"');
      pump();
    });
  }

  it('always gets its 413, however big and however sent', async () => {
    for (const [total, chunkSize] of [
      [70 * 1024, 1024],
      [2 * 1024 * 1024, 16 * 1024],
      [8 * 1024 * 1024, 64 * 1024],
    ]) {
      for (let attempt = 0; attempt < 5; attempt++) {
        assert.equal(await chunkedUpload(total, chunkSize), 413, `${total} bytes in ${chunkSize}-byte chunks`);
      }
    }
    assert.equal((await server.fetch('/api/v3/')).status, 200, 'the server carries on');
  });
});

describe('what a page on another origin may read', () => {
  it('exposes Retry-After on API answers, so a cross-origin client can honour it', async () => {
    for (const path of ['/api/v3/services', '/api/v3/services?fault=500', '/api/v1/services']) {
      const response = await server.fetch(path, { headers: { origin: 'https://council.example' } });
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /\bRetry-After\b/i, path);
    }
  });
});
