import { expect } from '@open-wc/testing';
import {
  distanceMetres,
  isUkPostcode,
  lookupPostcode,
  normaliseOutwardCode,
  type PostcodeLookupOptions,
} from '../../../src/data/search/geo.js';
import { MANSFIELD, RAINWORTH, WARSOP } from '../builders/service-builder.js';

type FakeFetch = NonNullable<PostcodeLookupOptions['fetch']>;

/** A postcodes.io stand-in that answers every request with one reply and records the URLs asked for. */
function fakeApi(reply: (url: string) => Response | Promise<Response>) {
  const requests: string[] = [];
  const fetch: FakeFetch = async (url) => {
    requests.push(url);
    return reply(url);
  };
  return { requests, fetch };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const FOUND = {
  status: 200,
  result: { postcode: 'NG18 1AB', latitude: 53.1437, longitude: -1.1965, admin_district: 'Mansfield' },
};

let apis = 0;
/** Each test its own API base, so answers remembered by one test never reach another. */
function anApiBase(): string {
  apis++;
  return `https://postcodes.test/${apis}`;
}

describe('distances', () => {
  it('measures great-circle distance in metres', () => {
    // London to Paris is 343.5 km on the mean-radius sphere.
    const london = { latitude: 51.5074, longitude: -0.1278 };
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    expect(distanceMetres(london, paris)).to.be.within(343_000, 344_000);
  });

  it('puts Rainworth nearer Mansfield than Warsop, the same either way round', () => {
    const rainworth = distanceMetres(MANSFIELD, RAINWORTH);
    expect(rainworth).to.be.within(5_500, 5_900);
    expect(distanceMetres(MANSFIELD, WARSOP)).to.be.within(7_800, 8_200);
    expect(distanceMetres(RAINWORTH, MANSFIELD)).to.equal(rainworth);
    expect(distanceMetres(MANSFIELD, MANSFIELD)).to.equal(0);
  });
});

describe('recognising postcodes', () => {
  it('accepts every UK postcode format, in any case, with or without the space', () => {
    for (const valid of [
      'NG18 1AB',
      'ng181ab',
      '  ng18   1ab ',
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'GIR 0AA',
      'gir0aa',
    ]) {
      expect(isUkPostcode(valid), valid).to.be.true;
    }
  });

  it('refuses what is not a whole UK postcode', () => {
    for (const invalid of ['', '   ', 'NG18', 'NG18 1A', 'NG18 1ABC', '12345', 'Mansfield', 'GIR 1AA', 'NG18 1AB x']) {
      expect(isUkPostcode(invalid), invalid).to.be.false;
    }
  });

  it('recognises the first half of a postcode on its own', () => {
    expect(normaliseOutwardCode(' ng18 ')).to.equal('NG18');
    expect(normaliseOutwardCode('ec1a')).to.equal('EC1A');
    expect(normaliseOutwardCode('M1')).to.equal('M1');
    for (const invalid of ['', 'NG', '18', 'NG18 1', 'NG18 1AB', 'NG1 8']) {
      expect(normaliseOutwardCode(invalid), invalid).to.equal(undefined);
    }
  });
});

describe('looking up a postcode', () => {
  it('finds a postcode, asking for it URL-encoded and upper case', async () => {
    const apiBase = anApiBase();
    const api = fakeApi(() => json(FOUND));
    const answer = await lookupPostcode('ng18 1ab', { apiBase, fetch: api.fetch });
    expect(answer).to.deep.equal({
      ok: true,
      postcode: 'NG18 1AB',
      point: { latitude: 53.1437, longitude: -1.1965 },
      district: 'Mansfield',
    });
    expect(api.requests).to.deep.equal([`${apiBase}/postcodes/NG18%201AB`]);
  });

  it('answers "invalid" without asking when the text is not a postcode', async () => {
    const api = fakeApi(() => json(FOUND));
    expect(await lookupPostcode('not a postcode', { apiBase: anApiBase(), fetch: api.fetch })).to.deep.equal({
      ok: false,
      reason: 'invalid',
    });
    expect(api.requests).to.deep.equal([]);
  });

  it('answers "not-found" for a 404', async () => {
    const api = fakeApi(() => json({ status: 404, error: 'Postcode not found' }, 404));
    expect(await lookupPostcode('NG18 9ZZ', { apiBase: anApiBase(), fetch: api.fetch })).to.deep.equal({
      ok: false,
      reason: 'not-found',
    });
  });

  it('answers "unavailable" for a server error, a network failure and an unreadable answer', async () => {
    const failures: (() => Response | Promise<Response>)[] = [
      () => json({ status: 500, error: 'Internal error' }, 500),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response('{"status":200,"result":', { status: 200 }),
      () => json({ status: 200, result: { postcode: 'NG18 1AB', latitude: null, longitude: null } }),
      () => json({ status: 200 }),
    ];
    for (const failure of failures) {
      const api = fakeApi(failure);
      expect(await lookupPostcode('NG18 1AB', { apiBase: anApiBase(), fetch: api.fetch })).to.deep.equal({
        ok: false,
        reason: 'unavailable',
      });
      expect(api.requests).to.have.length(1);
    }
  });

  it('gives up as "unavailable" when the answer takes longer than the timeout', async () => {
    const api = fakeApi(() => new Promise<Response>(() => undefined));
    const answer = await lookupPostcode('NG18 1AB', { apiBase: anApiBase(), fetch: api.fetch, timeoutMs: 20 });
    expect(answer).to.deep.equal({ ok: false, reason: 'unavailable' });
  });

  it('rejects with the AbortError when the caller aborts, rather than answering "unavailable"', async () => {
    const api = fakeApi(() => new Promise<Response>(() => undefined));
    const stop = new AbortController();
    const lookup = lookupPostcode('NG18 1AB', { apiBase: anApiBase(), fetch: api.fetch, signal: stop.signal });
    stop.abort();
    const error = await lookup.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('makes no request when the signal is already aborted', async () => {
    const api = fakeApi(() => json(FOUND));
    const stop = new AbortController();
    stop.abort();
    const error = await lookupPostcode('NG18 1AB', {
      apiBase: anApiBase(),
      fetch: api.fetch,
      signal: stop.signal,
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((error as DOMException).name).to.equal('AbortError');
    expect(api.requests).to.deep.equal([]);
  });

  it('remembers found and not-found answers, however the postcode was typed', async () => {
    const apiBase = anApiBase();
    const found = fakeApi(() => json(FOUND));
    await lookupPostcode('NG18 1AB', { apiBase, fetch: found.fetch });
    const again = await lookupPostcode('ng181ab', { apiBase, fetch: found.fetch });
    expect(again.ok).to.be.true;
    expect(found.requests).to.have.length(1);

    const missing = fakeApi(() => json({ status: 404 }, 404));
    await lookupPostcode('NG18 9ZZ', { apiBase, fetch: missing.fetch });
    await lookupPostcode('NG18 9ZZ', { apiBase, fetch: missing.fetch });
    expect(missing.requests).to.have.length(1);
  });

  it('asks again after a failure, and asks each API base separately', async () => {
    const apiBase = anApiBase();
    const failing = fakeApi(() => json({}, 503));
    await lookupPostcode('NG18 1AB', { apiBase, fetch: failing.fetch });
    await lookupPostcode('NG18 1AB', { apiBase, fetch: failing.fetch });
    expect(failing.requests).to.have.length(2);

    const found = fakeApi(() => json(FOUND));
    await lookupPostcode('NG18 1AB', { apiBase, fetch: found.fetch });
    await lookupPostcode('NG18 1AB', { apiBase: `${anApiBase()}/`, fetch: found.fetch });
    expect(found.requests).to.have.length(2);
    expect(found.requests[1]).to.match(/\/\d+\/postcodes\/NG18%201AB$/);
  });

  it('looks up the first half of a postcode at the outcodes endpoint', async () => {
    const apiBase = anApiBase();
    const api = fakeApi(() =>
      json({
        status: 200,
        result: { outcode: 'NG18', latitude: 53.13, longitude: -1.18, admin_district: ['Mansfield', 'Newark'] },
      }),
    );
    const answer = await lookupPostcode('ng18', { apiBase, fetch: api.fetch });
    expect(answer).to.deep.equal({
      ok: true,
      postcode: 'NG18',
      point: { latitude: 53.13, longitude: -1.18 },
      district: 'Mansfield',
    });
    expect(api.requests).to.deep.equal([`${apiBase}/outcodes/NG18`]);
  });
});
