// @ts-check
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { referralValidator } from '../../demo/server/referrals.mjs';
import { startTestServer } from './fixtures/test-server.mjs';

/** @typedef {{ reference: string, received: string }} Receipt */
/** @typedef {{ reference: string, received: string, idempotencyKey: string, referral: { person: { name: string } } }} Listed */

const REFERENCE = /^WM-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/;

/** @param {string} name */
function referral(name = 'Sam Patel') {
  return {
    version: 1,
    person: {
      name,
      preferredName: 'Sam',
      dateOfBirth: '1961-04-09',
      postcode: 'NG18 1AB',
      phone: '01632 960123',
      contactPreferences: ['phone', 'letter'],
      safeToLeaveMessage: true,
    },
    reasons: ['social-isolation', 'money'],
    whatMatters: 'Getting out of the house, and someone to help with a PIP form.',
    communicationNeeds: { needs: ['large-print'], details: 'Please speak slowly.' },
    consent: { shareWithLinkWorker: true, contactMe: true },
    submittedAt: '2026-11-21T10:15:00Z',
    service: { id: 'a0000000-0000-4000-8000-000000000002', name: 'Memory Café' },
  };
}

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
/** @type {string} */
let dataDir;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-referrals-test-'));
  server = await startTestServer({ dataDir });
});
after(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * @param {unknown} payload a value to send as JSON, or a string to send as it is
 * @param {{ key?: string | null, type?: string }} [options] key null sends no Idempotency-Key
 */
function send(payload, { key = randomUUID(), type = 'application/json' } = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': type };
  if (key !== null) headers['idempotency-key'] = key;
  return server.fetch('/referrals', {
    method: 'POST',
    headers,
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

async function storedLines() {
  const text = await readFile(join(dataDir, 'referrals.jsonl'), 'utf8');
  return text.split('\n').filter((line) => line !== '');
}

describe('POST /referrals', () => {
  it('accepts a valid referral with 201 and a reference a person can read out', async () => {
    const response = await send(referral());
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const receipt = /** @type {Receipt} */ (await response.json());
    assert.deepEqual(Object.keys(receipt).sort(), ['received', 'reference']);
    assert.match(receipt.reference, REFERENCE);
    assert.ok(Math.abs(Date.parse(receipt.received) - Date.now()) < 60_000);
  });

  it('stores the referral on disk before answering', async () => {
    const key = randomUUID();
    const receipt = /** @type {Receipt} */ (await (await send(referral('Disk Test'), { key })).json());
    const lines = (await storedLines()).map((line) => JSON.parse(line));
    const stored = lines.find((line) => line.reference === receipt.reference);
    assert.ok(stored, 'the line is in the file when the 201 arrives');
    assert.equal(stored.referral.person.name, 'Disk Test');
    assert.equal(stored.idempotencyKey, key);
  });

  it('answers a retry with the same Idempotency-Key with the same status and body, and stores it once', async () => {
    const key = randomUUID();
    const before = (await storedLines()).length;
    const first = await send(referral('Retry Test'), { key });
    const second = await send(referral('Retry Test'), { key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(await second.json(), await first.json());
    assert.equal((await storedLines()).length, before + 1);
  });

  it('treats the same referral with its keys in another order as the same retry', async () => {
    const key = randomUUID();
    const payload = referral('Order Test');
    const reordered = Object.fromEntries(Object.entries(payload).reverse());
    const first = /** @type {Receipt} */ (await (await send(payload, { key })).json());
    const second = await send(reordered, { key });
    assert.equal(second.status, 201);
    assert.equal(/** @type {Receipt} */ (await second.json()).reference, first.reference);
  });

  it('stores two retries that arrive at once only once', async () => {
    const key = randomUUID();
    const before = (await storedLines()).length;
    const [a, b] = await Promise.all([send(referral('Race Test'), { key }), send(referral('Race Test'), { key })]);
    assert.deepEqual(await a.json(), await b.json());
    assert.equal((await storedLines()).length, before + 1);
  });

  it('refuses the same Idempotency-Key with a different referral (422), storing nothing', async () => {
    const key = randomUUID();
    await send(referral('First Person'), { key });
    const before = (await storedLines()).length;
    const response = await send(referral('Someone Else'), { key });
    assert.equal(response.status, 422);
    assert.match(/** @type {{ error: string }} */ (await response.json()).error, /Idempotency-Key/);
    assert.equal((await storedLines()).length, before);
  });

  it('refuses an invalid referral with 422 and a list of its problems', async () => {
    const invalid = { ...referral(), reasons: [], consent: { shareWithLinkWorker: false }, favouriteColour: 'blue' };
    const before = (await storedLines()).length;
    const response = await send(invalid);
    assert.equal(response.status, 422);
    const body = /** @type {{ status: number, problems: { path: string, message: string }[] }} */ (
      await response.json()
    );
    assert.equal(body.status, 422);
    const paths = body.problems.map((problem) => problem.path);
    assert.ok(paths.includes('/reasons'));
    assert.ok(paths.includes('/consent/shareWithLinkWorker'));
    assert.ok(body.problems.some((problem) => problem.message.includes('favouriteColour')));
    assert.equal((await storedLines()).length, before);
  });

  it('refuses broken JSON with 400, and the server carries on', async () => {
    const response = await send('{"version": 1, "person": ');
    assert.equal(response.status, 400);
    assert.match(/** @type {{ error: string }} */ (await response.json()).error, /not valid JSON/);
    assert.equal((await server.fetch('/api/v3/')).status, 200);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const huge = { ...referral(), whatMatters: 'x'.repeat(70 * 1024) };
    const response = await send(huge);
    assert.equal(response.status, 413);
    assert.equal(/** @type {{ status: number }} */ (await response.json()).status, 413);
  });

  it('asks for an Idempotency-Key (400) when there is none', async () => {
    const response = await send(referral(), { key: null });
    assert.equal(response.status, 400);
    assert.match(/** @type {{ error: string }} */ (await response.json()).error, /Idempotency-Key/);
  });

  it('asks for JSON (415) when sent anything else', async () => {
    const response = await send('name=Sam', { type: 'application/x-www-form-urlencoded' });
    assert.equal(response.status, 415);
  });
});

describe('the referrals received', () => {
  it('lists them as JSON, newest first', async () => {
    const first = /** @type {Receipt} */ (await (await send(referral('Older'))).json());
    const second = /** @type {Receipt} */ (await (await send(referral('Newer'))).json());
    const list = /** @type {Listed[]} */ (await server.json('/referrals.json'));
    const references = list.map((item) => item.reference);
    assert.ok(references.indexOf(second.reference) < references.indexOf(first.reference));
    assert.equal(list[0].referral.person.name, 'Newer');
  });

  it('keeps the list to its own origin (no CORS: it is personal data)', async () => {
    const response = await server.fetch('/referrals.json');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('shows them on an accessible page, every value escaped, under the strict CSP', async () => {
    const receipt = /** @type {Receipt} */ (await (await send(referral('<script>alert("hi")</script> & co'))).json());
    const response = await server.fetch('/referrals');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const page = await response.text();
    assert.match(page, /<caption id="referrals-caption">\d+ referrals, newest first<\/caption>/);
    assert.match(page, /<th scope="col">Reference<\/th>/);
    assert.ok(page.includes(`<th scope="row">${receipt.reference}</th>`));
    assert.ok(page.includes('&#60;script&#62;alert(&#34;hi&#34;)&#60;/script&#62; &#38; co'));
    assert.ok(!page.includes('<script'), 'no script of any kind on the page');
    assert.ok(!page.includes('style='), 'no inline style');
    assert.ok(page.includes('<link rel="stylesheet" href="/assets/site.css">'));
  });

  it('still has them after the server restarts on the same data folder', async () => {
    const receipt = /** @type {Receipt} */ (await (await send(referral('Survivor'))).json());
    await server.stop();
    server = await startTestServer({ dataDir });
    const list = /** @type {Listed[]} */ (await server.json('/referrals.json'));
    assert.ok(list.some((item) => item.reference === receipt.reference && item.referral.person.name === 'Survivor'));
    const page = await (await server.fetch('/referrals')).text();
    assert.ok(page.includes(receipt.reference));
  });

  it('after a restart, still answers a retry with the original reference', async () => {
    const key = randomUUID();
    const first = /** @type {Receipt} */ (await (await send(referral('Restart Retry'), { key })).json());
    await server.stop();
    server = await startTestServer({ dataDir });
    const again = await send(referral('Restart Retry'), { key });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
  });
});

describe('an empty inbox', () => {
  it('says that nothing has arrived yet, instead of an empty table', async () => {
    const fresh = await startTestServer();
    try {
      const page = await (await fresh.fetch('/referrals')).text();
      assert.match(page, /<p class="empty-state">No referrals have arrived yet/);
      assert.ok(!page.includes('<table'));
      assert.deepEqual(await fresh.json('/referrals.json'), []);
    } finally {
      await fresh.stop();
    }
  });
});

describe('the referral schema', () => {
  const problemsOf = referralValidator();

  it('accepts a full referral, and a minimal one', () => {
    assert.deepEqual(problemsOf(referral()), []);
    const minimal = {
      version: 1,
      person: { name: 'Jo' },
      reasons: ['housing'],
      consent: { shareWithLinkWorker: true },
    };
    assert.deepEqual(problemsOf(minimal), []);
  });

  it('accepts a referral made on someone else’s behalf', () => {
    const onBehalf = { ...referral(), referrer: { name: 'Ravi Patel', relationship: 'Son', phone: '07700 900123' } };
    assert.deepEqual(problemsOf(onBehalf), []);
  });

  it('refuses what version 1 does not allow', () => {
    const base = referral();
    /** @type {[string, unknown][]} */
    const cases = [
      ['another version', { ...base, version: 2 }],
      ['no name', { ...base, person: { ...base.person, name: undefined } }],
      ['a blank name', { ...base, person: { ...base.person, name: '   ' } }],
      ['an impossible date of birth', { ...base, person: { ...base.person, dateOfBirth: '1961-02-30' } }],
      ['a date of birth in another format', { ...base, person: { ...base.person, dateOfBirth: '09/04/1961' } }],
      ['an unknown reason', { ...base, reasons: ['boredom'] }],
      ['an unknown communication need', { ...base, communicationNeeds: { needs: ['carrier-pigeon'] } }],
      ['no consent to share', { ...base, consent: { contactMe: true } }],
      ['an unknown property on the person', { ...base, person: { ...base.person, nhsNumber: '123' } }],
      ['an email that is not one', { ...base, person: { ...base.person, email: 'sam at example' } }],
      ['a referrer with no name', { ...base, referrer: { relationship: 'Friend' } }],
      ['what matters, far too long', { ...base, whatMatters: 'x'.repeat(2001) }],
    ];
    for (const [what, payload] of cases) {
      assert.notDeepEqual(problemsOf(JSON.parse(JSON.stringify(payload))), [], what);
    }
  });
});
