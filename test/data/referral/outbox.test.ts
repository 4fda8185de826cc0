import { postReferral } from '../../../src/data/referral/delivery.js';
import { expect } from '@open-wc/testing';
import { KeptReferralOutbox } from '../../../src/data/referral/kept-outbox.js';
import { randomUuid } from '../../../src/data/referral/random-uuid.js';
import {
  isAllowedEndpoint,
  newIdempotencyKey,
  ReferralOutbox,
  type OutboxItem,
} from '../../../src/data/referral/outbox.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

interface Call {
  readonly url: string;
  readonly key: string | null;
  readonly body: string;
}

/** A server that answers each request with the next of `answers` (a status, or 'network' to fail). */
function fakeServer(answers: (number | 'network' | 'hang')[]) {
  const calls: Call[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push({ url, key: new Headers(init.headers).get('Idempotency-Key'), body: String(init.body) });
    const answer = answers.shift() ?? 201;
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang')
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    return Promise.resolve(new Response(JSON.stringify({ reference: 'WM-7K3D-QX9P' }), { status: answer }));
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ITEM: OutboxItem = {
  key: 'c0ffee00-0000-4000-8000-000000000001',
  action: 'https://service.example/referrals',
  contentType: 'application/json',
  body: '{"version":1}',
};

describe('the referral outbox', () => {
  it('sends with the Idempotency-Key, clears what it kept once the server says 2xx, and gives the reference', async () => {
    const storage = new MemoryStorage();
    const server = fakeServer([201]);
    const outbox = new KeptReferralOutbox({ storageKey: 'k', storage });
    const send = () => outbox.send((item) => postReferral(item, { fetch: server.fetch }));
    outbox.keep = true;
    outbox.saveDraft({ name: 'Sam' });
    outbox.put(ITEM);
    expect(storage.items.size).to.equal(2);
    const result = await send();
    expect(result).to.deep.include({ ok: true, status: 201, reference: 'WM-7K3D-QX9P' });
    expect(server.calls).to.deep.equal([{ url: ITEM.action, key: ITEM.key, body: ITEM.body }]);
    expect(storage.items.size).to.equal(0);
    expect(outbox.pending).to.be.undefined;
  });

  it('sends one request for a double click', async () => {
    const server = fakeServer([201]);
    const outbox = new ReferralOutbox();
    const send = () => outbox.send((item) => postReferral(item, { fetch: server.fetch }));
    outbox.put(ITEM);
    const [first, second] = await Promise.all([send(), send()]);
    expect(server.calls).to.have.length(1);
    expect(first).to.equal(second);
  });

  it('keeps the referral after a network error, a 5xx and a timeout, and retries with the same key', async () => {
    const server = fakeServer(['network', 503, 'hang', 201]);
    const outbox = new ReferralOutbox();
    const send = () => outbox.send((item) => postReferral(item, { fetch: server.fetch, timeoutMs: 50 }));
    outbox.put(ITEM);
    expect(await send()).to.deep.equal({ ok: false, problem: 'offline' });
    expect(await send()).to.deep.equal({ ok: false, problem: 'server', status: 503 });
    expect(await send()).to.deep.equal({ ok: false, problem: 'timeout' });
    expect(outbox.pending).to.equal(ITEM);
    expect((await send()).ok).to.be.true;
    expect(server.calls.map((c) => c.key)).to.deep.equal([ITEM.key, ITEM.key, ITEM.key, ITEM.key]);
  });

  it('calls a 4xx a refusal that retrying will not fix, and keeps the referral', async () => {
    const outbox = new ReferralOutbox();
    const send = () => outbox.send((item) => postReferral(item, { fetch: fakeServer([422]).fetch }));
    outbox.put(ITEM);
    expect(await send()).to.deep.equal({ ok: false, problem: 'refused', status: 422 });
    expect(outbox.pending).to.equal(ITEM);
  });

  it('writes nothing to the device without the person’s agreement', async () => {
    const storage = new MemoryStorage();
    const outbox = new KeptReferralOutbox({ storageKey: 'k', storage });
    const send = () => outbox.send((item) => postReferral(item, { fetch: fakeServer(['network']).fetch }));
    outbox.saveDraft({ name: 'Sam' });
    outbox.put(ITEM);
    await send();
    expect(storage.items.size).to.equal(0);
  });

  it('finds the kept referral after a reload, with its key, and forgets everything when agreement is withdrawn', () => {
    const storage = new MemoryStorage();
    const before = new KeptReferralOutbox({ storageKey: 'k', storage });
    before.keep = true;
    before.saveDraft({ name: 'Sam' });
    before.put(ITEM);
    const after = new KeptReferralOutbox({ storageKey: 'k', storage });
    expect(after.keep).to.be.true;
    expect(after.pending).to.deep.equal(ITEM);
    expect(after.loadDraft()).to.deep.equal({ name: 'Sam' });
    // A second put keeps the first key: one referral, whatever happens.
    expect(after.put({ ...ITEM, key: 'another' }).key).to.equal(ITEM.key);
    after.keep = false;
    expect(storage.items.size).to.equal(0);
  });

  it('ignores what it cannot read from storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('k:outbox', '{"key": 3}');
    storage.setItem('k:draft', 'not json');
    const outbox = new KeptReferralOutbox({ storageKey: 'k', storage });
    expect(outbox.pending).to.be.undefined;
    expect(outbox.loadDraft()).to.be.undefined;
  });

  it('sends only to https:, or to http: on this computer', () => {
    expect(isAllowedEndpoint(new URL('https://service.example/referrals'))).to.be.true;
    expect(isAllowedEndpoint(new URL('http://localhost:8000/referrals'))).to.be.true;
    expect(isAllowedEndpoint(new URL('http://127.0.0.1:8123/referrals'))).to.be.true;
    expect(isAllowedEndpoint(new URL('http://service.example/referrals'))).to.be.false;
    expect(isAllowedEndpoint(new URL('ftp://service.example/referrals'))).to.be.false;
  });

  it('makes a new random key for each referral', async () => {
    const a = await newIdempotencyKey();
    expect(a).to.match(UUID);
    expect(await newIdempotencyKey()).not.to.equal(a);
  });

  it('makes one by hand where the browser has no crypto.randomUUID (a page not served over https)', async () => {
    const a = randomUuid();
    expect(a).to.match(UUID);
    expect(randomUuid()).not.to.equal(a);
    const own = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(await newIdempotencyKey()).to.match(UUID);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', own);
    }
  });
});
