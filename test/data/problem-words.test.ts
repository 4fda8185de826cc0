import { expect } from '@open-wc/testing';
import { DirectoryClient } from '../../src/data/directory/client.js';
import { problemWords } from '../../src/data/problem-words.js';
import { ProblemLog } from '../../src/data/problems.js';
import { oruk3Reader } from '../../src/data/dialects/oruk-v3-reader.js';
import { FakeDirectory, type RawService } from './fake-directory.js';

// Nothing in this file imports `waymark/data` (src/data/index.ts), which puts the sentences in use at once:
// the readers and the client stand as a widget's page gets them.
class CountingLogger {
  readonly warnings: string[] = [];
  groupCollapsed(): void {}
  groupEnd(): void {}
  warn(message: string): void {
    this.warnings.push(message);
  }
  error(): void {}
}

describe('the sentences of data problems, loaded only when there are problems to log', () => {
  it('fills each value into its place', () => {
    expect(problemWords('ages', [18, 5])).to.equal('the minimum age 18 is above the maximum 5.');
    expect(problemWords('no-end', [20, 'services'])).to.equal(
      'more than 20 pages of services and no end in sight; read the first 20.',
    );
  });

  it('gives every problem a sentence once the client logs them, and logs those sentences', async () => {
    // Read before any client has logged a problem: the key and its values stand in for the sentence.
    const early = oruk3Reader.readService({ id: 'a', name: 'Group', status: 'Sleeping' }).problems;
    expect(early.map((p) => p.message)).to.deep.equal(['status: Sleeping']);

    const services: RawService[] = [
      { id: 'svc-1', name: 'Walking group', status: 'Sleeping' },
      { id: 'svc-2', name: 'Choir', minimum_age: 18, maximum_age: 5 },
    ];
    const directory = new FakeDirectory({ services, summaryLists: false });
    const logger = new CountingLogger();
    const client = new DirectoryClient({ src: directory.base, fetch: directory.fetch, logger, online: () => true });
    await client.load();
    const messages = client.problems.map((p) => p.message);
    expect(messages).to.include('"Sleeping" is not a status we know; read as active.');
    expect(messages).to.include('the minimum age 18 is above the maximum 5.');
    expect(logger.warnings).to.include(
      'service "svc-1" field status: "Sleeping" is not a status we know; read as active.',
    );
    // Problems read earlier read as sentences too, now that the words are here.
    expect(early[0]!.message).to.equal('"Sleeping" is not a status we know; read as active.');
  });

  it('keeps a sentence given outright, as the event feeds give theirs', () => {
    const log = new ProblemLog();
    log.for('page', 'p').report('repeated-page', 'next', 'stopped after 3 pages; the rest was not read.');
    expect(log.problems[0]).to.deep.equal({
      code: 'repeated-page',
      itemType: 'page',
      itemId: 'p',
      field: 'next',
      message: 'stopped after 3 pages; the rest was not read.',
    });
  });
});
