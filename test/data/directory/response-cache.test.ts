import { expect } from '@open-wc/testing';
import { ResponseCache, type StorageLike } from '../../../src/data/directory/response-cache.js';

const PAGE = 'https://directory.test/api/v3/services?page=1&per_page=100';
const pageUrl = (n: number): string => PAGE.replace('page=1', `page=${n}`);
/** A reading of a stored answer, as the client reads a page: here, the body as it is. */
const asIs = (body: unknown): unknown => body;
/** Stores `value` as the reading of a body that was its JSON. */
function keep(cache: ResponseCache, url: string, value: unknown): void {
  const text = JSON.stringify(value);
  cache.set(url, value, text.length, text);
}

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
    keep(cache, PAGE, { contents: [1] });
    expect(cache.get(PAGE, asIs)).to.deep.equal({ contents: [1] });
    expect(cache.get(pageUrl(2), asIs)).to.equal(undefined);
  });

  it('hands a body restored from storage to prepare before reading it, and a reading in memory to no one', async () => {
    const storage = new MemoryStorage();
    keep(new ResponseCache({ storage }), PAGE, { contents: ['<p>kept</p>'] });
    const cache = new ResponseCache({ storage });
    const steps: string[] = [];
    const prepare = async (body: unknown): Promise<void> => {
      await Promise.resolve();
      steps.push(`prepare ${JSON.stringify(body)}`);
    };
    const read = (body: unknown): unknown => (steps.push(`read ${JSON.stringify(body)}`), { readFrom: body });
    expect(await cache.getPrepared(PAGE, read, prepare)).to.deep.equal({ readFrom: { contents: ['<p>kept</p>'] } });
    expect(steps).to.deep.equal(['prepare {"contents":["<p>kept</p>"]}', 'read {"contents":["<p>kept</p>"]}']);
    expect(await cache.getPrepared(PAGE, read, prepare), 'now from memory').to.deep.equal({
      readFrom: { contents: ['<p>kept</p>'] },
    });
    expect(steps).to.have.length(2);
    expect(await cache.getPrepared(pageUrl(2), read, prepare)).to.equal(undefined);
    expect(steps).to.have.length(2);
  });

  it('finds an answer stored by an earlier page load in the same session', () => {
    const storage = new MemoryStorage();
    keep(new ResponseCache({ storage }), PAGE, { contents: ['kept'] });
    const read: unknown[] = [];
    const again = new ResponseCache({ storage }).get(PAGE, (body) => (read.push(body), { readFrom: body }));
    expect(again, 'the text kept is read again').to.deep.equal({ readFrom: { contents: ['kept'] } });
    expect(read).to.have.length(1);
    expect([...storage.items.keys()][0]).to.contain(PAGE);
  });

  it('forgets an answer older than the time limit, in memory and in storage', () => {
    const storage = new MemoryStorage();
    let now = 1_000;
    const cache = new ResponseCache({ storage, ttlMs: 500, now: () => now });
    keep(cache, PAGE, 'fresh');
    now = 1_400;
    expect(cache.get(PAGE, asIs)).to.equal('fresh');
    now = 1_600;
    expect(cache.get(PAGE, asIs)).to.equal(undefined);
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
    expect(cache.get(PAGE, asIs)).to.equal(undefined);
    keep(cache, PAGE, 'in memory');
    expect(cache.get(PAGE, asIs)).to.equal('in memory');
  });

  it('ignores a stored value it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(`waymark:v1:${PAGE}`, '{"at": 1, "bo');
    expect(new ResponseCache({ storage }).get(PAGE, asIs)).to.equal(undefined);
    expect(storage.items.size).to.equal(0);
  });

  it('keeps readings under its byte budget, dropping the least recently used first', () => {
    const cache = new ResponseCache({ budgetBytes: 3_000 });
    for (const n of [1, 2, 3]) cache.set(pageUrl(n), `page ${n}`, 1_000);
    expect(cache.get(pageUrl(1), asIs), 'page 1 used again').to.equal('page 1');
    cache.set(pageUrl(4), 'page 4', 1_000);
    expect(cache.bytes).to.equal(3_000);
    expect(cache.get(pageUrl(2), asIs), 'the least recently used went').to.equal(undefined);
    expect([1, 3, 4].map((n) => cache.get(pageUrl(n), asIs))).to.deep.equal(['page 1', 'page 3', 'page 4']);
  });

  it('never holds more than its budget, however many answers it is given', () => {
    const cache = new ResponseCache({ budgetBytes: 10_000 });
    for (let n = 1; n <= 1_000; n++) cache.set(pageUrl(n), n, 700);
    expect(cache.bytes).to.be.at.most(10_000);
    expect(cache.size).to.equal(14);
    cache.set(pageUrl(0), 'too big to keep', 10_001);
    expect(cache.get(pageUrl(0), asIs)).to.equal(undefined);
  });

  it('drops expired answers as it adds, without being asked for them', () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 100, now: () => now });
    for (const n of [1, 2, 3]) cache.set(pageUrl(n), n, 500);
    now = 200;
    cache.set(pageUrl(4), 4, 500);
    expect(cache.size).to.equal(1);
    expect(cache.bytes).to.equal(500);
  });
});
