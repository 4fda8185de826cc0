import { expect } from '@open-wc/testing';
import { apiAddress, requestAddress } from '../../../src/data/directory/api-address.js';
import { DirectoryClient } from '../../../src/data/directory/client.js';
import { FakeDirectory, makeServices } from '../fake-directory.js';

describe('The directory address a site gives', () => {
  it('takes the API base as it is, with or without a closing slash', () => {
    for (const src of ['https://example.org/api/v3', 'https://example.org/api/v3/', 'https://example.org/api/v3//']) {
      const address = apiAddress(src);
      expect(address.base).to.equal('https://example.org/api/v3/');
      expect(requestAddress(address, 'services', { page: '2' })).to.equal('https://example.org/api/v3/services?page=2');
    }
  });

  it('takes the address of the services list as the base of the API it belongs to', () => {
    expect(apiAddress('https://example.org/api/v3/services').base).to.equal('https://example.org/api/v3/');
    expect(apiAddress('https://example.org/api/v3/Services/').base).to.equal('https://example.org/api/v3/');
    expect(apiAddress('https://example.org/services').base).to.equal('https://example.org/');
    // Only the last part of the path: a base that merely mentions services stays as it is.
    expect(apiAddress('https://example.org/services/api').base).to.equal('https://example.org/services/api/');
    expect(apiAddress('https://example.org/api/our-services').base).to.equal('https://example.org/api/our-services/');
  });

  it('sends the query of the address (an API key) with every request, beside the request’s own parameters', () => {
    const address = apiAddress('https://example.org/api/v3/services?api_key=a%20b&page=9#top');
    expect(address.base).to.equal('https://example.org/api/v3/');
    expect(requestAddress(address, '')).to.equal('https://example.org/api/v3/?api_key=a+b&page=9');
    expect(requestAddress(address, 'services/abc')).to.equal(
      'https://example.org/api/v3/services/abc?api_key=a+b&page=9',
    );
    // The request's own parameters win over the same names in the site's query.
    const list = new URL(requestAddress(address, 'services', { page: '2', per_page: '100' }));
    expect(list.searchParams.get('api_key')).to.equal('a b');
    expect(list.searchParams.getAll('page')).to.deep.equal(['2']);
    expect(list.searchParams.get('per_page')).to.equal('100');
  });
});

describe('A client given the services list’s address with an API key', () => {
  for (const format of ['oruk-v3', 'oruk-v1'] as const) {
    it(`loads a ${format} directory, sending the key with every request`, async () => {
      const directory = new FakeDirectory({ format, services: makeServices(30, format) });
      const client = new DirectoryClient({
        src: `${directory.base}/services/?api_key=s3cret`,
        fetch: directory.fetch,
        online: () => true,
      });
      await client.load();
      const results = await client.search({}, { pageSize: 100 });
      expect(results.total).to.equal(30);
      expect((await client.service(results.hits[0]!.service.id))?.name).to.equal(results.hits[0]!.service.name);
      expect(directory.requests.length).to.be.greaterThan(0);
      for (const url of directory.requests) {
        expect(url.searchParams.get('api_key'), url.href).to.equal('s3cret');
        expect(url.pathname, url.href).not.to.contain('/services/services');
      }
    });
  }
});
