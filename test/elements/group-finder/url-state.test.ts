import { expect, waitUntil } from '@open-wc/testing';
import { EMPTY_FINDER_STATE, type FinderState } from '../../../src/data/search/finder-query.js';
import { AddressWriter, TYPING_PAUSE_MS, serviceLinks } from '../../../src/elements/group-finder/url-state.js';

const pageAddress = location.href;
const text = (value: string): FinderState => ({ ...EMPTY_FINDER_STATE, text: value });
const query = (): string | null => new URL(location.href).searchParams.get('wm-q');

describe('the finder’s address', () => {
  afterEach(() => history.replaceState(null, '', pageAddress));

  it('writes typing once it pauses, as one entry, not one per letter', async () => {
    const writer = new AddressWriter();
    const entries = history.length;
    for (const typed of ['w', 'wa', 'wal', 'walk']) writer.save(text(typed), 'typing');
    // Nothing yet: the address is not written between a keystroke and the list.
    expect(query()).to.equal(null);
    await waitUntil(() => query() === 'walk', 'the typed words never reached the address', {
      timeout: TYPING_PAUSE_MS * 5,
    });
    expect(history.length).to.equal(entries);
  });

  it('writes a committed change in the next task, after what was typed before it', async () => {
    const writer = new AddressWriter();
    const entries = history.length;
    writer.save(text('lunch'), 'typing');
    writer.save({ ...text('lunch'), free: true }, 'push');
    await waitUntil(() => new URL(location.href).searchParams.get('wm-free') === '1', 'the push was never written', {
      timeout: 500,
    });
    // One new entry for the push, none for the typing; Chromium keeps at most 50 entries a tab, and the test
    // runner's tab may already have them from earlier files.
    expect(history.length).to.equal(Math.min(entries + 1, 50));
    history.back();
    // Back returns to the typed words, not to the page before typing.
    await waitUntil(() => new URL(location.href).searchParams.get('wm-free') === null, 'Back never went back');
    expect(query()).to.equal('lunch');
  });

  it('forgets what is waiting when Back has put another search in the address', async () => {
    const writer = new AddressWriter();
    writer.save(text('memory'), 'typing');
    writer.cancel();
    await new Promise((done) => setTimeout(done, TYPING_PAUSE_MS + 100));
    expect(query()).to.equal(null);
  });

  it('links each group under the same search, keeping the page’s own parameters and fragment', () => {
    const link = serviceLinks(text('walk & talk'), 'https://example.org/groups?page=2#finder');
    const url = new URL(link('svc 1/α'));
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('wm-q')).to.equal('walk & talk');
    expect(url.searchParams.get('wm-service')).to.equal('svc 1/α');
    expect(url.hash).to.equal('#finder');
    expect(new URL(serviceLinks(EMPTY_FINDER_STATE, 'https://example.org/')('x')).search).to.equal('?wm-service=x');
  });
});
