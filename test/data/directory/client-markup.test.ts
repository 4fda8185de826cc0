import { expect } from '@open-wc/testing';
import { DirectoryClient } from '../../../src/data/directory/client.js';
import { markupReaderInUse } from '../../../src/data/text/markup-check.js';
import { FakeDirectory, v1Service, type RawService } from '../fake-directory.js';

// Nothing in this file loads the markup reader itself: the client must, and only when an answer needs it.
// The tests run in order: the plain directory first.

function clientOf(services: RawService[]): DirectoryClient {
  const directory = new FakeDirectory({ format: 'oruk-v1', services });
  return new DirectoryClient({ src: directory.base, fetch: directory.fetch, online: () => true });
}

describe('The client and the markup reader', () => {
  it('reads a directory of plain words without loading the markup reader', async () => {
    const client = clientOf([v1Service(1, { description: 'Tea &amp; cake\r\nafter the walk' }), v1Service(2)]);
    await client.load();
    expect((await client.service('svc-1'))?.description).to.equal('Tea & cake after the walk');
    expect(markupReaderInUse()).to.equal(undefined);
  });

  it('loads the markup reader before reading an answer with markup, so its descriptions keep their structure', async () => {
    const client = clientOf([
      v1Service(1, { description: '<p>Woodwork and a brew.</p><p>Tools <b>provided</b>.</p>' }),
      v1Service(2, { description: 'Plain words' }),
    ]);
    await client.load();
    expect(markupReaderInUse()).to.not.equal(undefined);
    const full = await client.service('svc-1');
    expect(full?.description).to.equal('Woodwork and a brew. Tools provided.');
    expect(full?.richDescription?.blocks).to.have.length(2);
    expect((await client.service('svc-2'))?.description).to.equal('Plain words');
  });
});
