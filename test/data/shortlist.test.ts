import { expect } from '@open-wc/testing';
import { Shortlist } from '../../src/data/shortlist.js';
import type { StorageLike } from '../../src/data/directory/response-cache.js';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('the shortlist kept on the device', () => {
  it('keeps groups added, once each, across a new page (a new Shortlist on the same storage)', () => {
    const storage = memoryStorage();
    const list = new Shortlist(storage);
    list.add({ id: 'a', name: 'Lunch club' });
    list.add({ id: 'a', name: 'Lunch club' });
    list.add({ id: 'b', name: 'Walking group' });
    expect(new Shortlist(storage).entries).to.deep.equal([
      { id: 'a', name: 'Lunch club' },
      { id: 'b', name: 'Walking group' },
    ]);
  });

  it('removes a group and tells its listeners', () => {
    const list = new Shortlist(memoryStorage());
    list.add({ id: 'a', name: 'Lunch club' });
    let changes = 0;
    list.addEventListener('change', () => changes++);
    list.remove('a');
    expect(list.size).to.equal(0);
    expect(list.has('a')).to.equal(false);
    expect(changes).to.equal(1);
  });

  it('ignores what it cannot read in storage instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('waymark:shortlist:v1', '[{"id":"a","name":"Ok"},{"id":3},null,"x"]');
    expect(new Shortlist(storage).entries).to.deep.equal([{ id: 'a', name: 'Ok' }]);
    storage.setItem('waymark:shortlist:v1', '{not json');
    expect(new Shortlist(storage).entries).to.deep.equal([]);
  });

  it('still works for this page when storage refuses to save', () => {
    const refusing: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const list = new Shortlist(refusing);
    list.add({ id: 'a', name: 'Lunch club' });
    expect(list.has('a')).to.equal(true);
  });

  it('picks up a change made in another tab when refreshed', () => {
    const storage = memoryStorage();
    const list = new Shortlist(storage);
    new Shortlist(storage).add({ id: 'z', name: 'Memory café' });
    list.refresh();
    expect(list.has('z')).to.equal(true);
  });
});
