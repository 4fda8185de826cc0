import { expect } from '@open-wc/testing';
import { locationWords, postcodeWords, refusedPostcode } from '../../../src/elements/group-finder/finder-problems.js';

describe('what the finder says when a place cannot be used (loaded on demand)', () => {
  it('asks the postcode lookup why an API refused a postcode: not found, or lookups unavailable', async () => {
    const original = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      return Promise.resolve(
        url.includes('ZZ')
          ? new Response('{}', { status: 404 })
          : Response.json({ status: 200, result: { postcode: 'NG18 1AB', latitude: 53.14, longitude: -1.2 } }),
      );
    }) as typeof fetch;
    try {
      const host = Object.assign(document.createElement('div'), { postcodeApi: '/problems-test-postcodes' });
      expect(await refusedPostcode(host, 'NG99 9ZZ')).to.equal('not-found');
      expect(await refusedPostcode(host, 'NG18 1AB')).to.equal('unavailable');
      expect(asked[0]).to.equal(new URL('/problems-test-postcodes/postcodes/NG99%209ZZ', document.baseURI).href);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('puts each problem in plain words, with the postcode as the person would write it', () => {
    expect(postcodeWords('invalid', ' ng1 ', 'en')).to.equal(
      'NG1 does not look like a UK postcode. Check it and try again.',
    );
    expect(postcodeWords('unavailable', 'NG18 1AB', 'en')).to.equal(
      'We cannot look up postcodes right now, so groups are not sorted by distance.',
    );
    expect(locationWords('unavailable', 'en')).to.equal(
      'We could not find your location. You can type your postcode instead.',
    );
    expect(locationWords('finding', 'en')).to.equal(undefined);
  });
});
