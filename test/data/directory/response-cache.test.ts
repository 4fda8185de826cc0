import { expect } from '@open-wc/testing';
import { ResponseCache, type StorageLike } from '../../../src/data/directory/response-cache.js';

const PAGE = 'https://directory.test/api/v3/services?page=1&per_page=100';

class MemoryStorage implements StorageLike {
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

describe('the response cache', () => {
  it('keeps an answer in memory for the same URL only', () => {
    const cache = new ResponseCache();
    cache.set(PAGE, { contents: [1] });
    expect(cache.get(PAGE)).to.deep.equal({ contents: [1] });
    expect(cache.get(PAGE.replace('page=1', 'page=2'))).to.equal(undefined);
  });

  it('finds an answer stored by an earlier page load in the same session', () => {
    const storage = new MemoryStorage();
    new ResponseCache({ storage }).set(PAGE, { contents: ['kept'] });
    expect(new ResponseCache({ storage }).get(PAGE)).to.deep.equal({ contents: ['kept'] });
    expect([...storage.items.keys()][0]).to.contain(PAGE);
  });

  it('forgets an answer older than the time limit, in memory and in storage', () => {
    const storage = new MemoryStorage();
    let now = 1_000;
    const cache = new ResponseCache({ storage, ttlMs: 500, now: () => now });
    cache.set(PAGE, 'fresh');
    now = 1_400;
    expect(cache.get(PAGE)).to.equal('fresh');
    now = 1_600;
    expect(cache.get(PAGE)).to.equal(undefined);
    expect(storage.items.size).to.equal(0);
  });

  it('keeps working in memory when storage throws on every call', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const cache = new ResponseCache({ storage });
    expect(cache.get(PAGE)).to.equal(undefined);
    cache.set(PAGE, 'in memory');
    expect(cache.get(PAGE)).to.equal('in memory');
  });

  it('ignores a stored value it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(`waymark:v1:${PAGE}`, '{"at": 1, "bo');
    expect(new ResponseCache({ storage }).get(PAGE)).to.equal(undefined);
    expect(storage.items.size).to.equal(0);
  });
});
