import { expect } from '@open-wc/testing';
import {
  activeFilterCount,
  EMPTY_FINDER_STATE,
  METRES_PER_MILE,
  readFinderState,
  sameSearch,
  searchQueryFor,
  writeFinderState,
  type FinderState,
} from '../../../src/data/search/finder-query.js';

const full: FinderState = {
  ...EMPTY_FINDER_STATE,
  text: 'walkng group',
  postcode: 'NG18 1AB',
  radius: 5,
  categories: ['walking'],
  days: ['TU', 'SA'],
  times: ['evening'],
  free: true,
  stepFree: true,
  attending: ['online'],
  joining: ['drop-in'],
  age: 67,
  page: 3,
  service: 'svc-1',
  view: 'both',
  shared: ['svc-2', 'svc-3'],
};

describe('the finder search in the address', () => {
  it('reads back every part of a search it wrote', () => {
    expect(readFinderState(writeFinderState(full))).to.deep.equal(full);
  });

  it('leaves a fresh search out of the address, and keeps the host page’s own parameters', () => {
    const params = writeFinderState(EMPTY_FINDER_STATE, new URLSearchParams('tab=2&wm-q=old'));
    expect(params.toString()).to.equal('tab=2');
  });

  it('leaves out what it cannot read instead of failing: bad days, ages, views and points', () => {
    const state = readFinderState(
      new URLSearchParams('wm-day=MO,XX&wm-age=abc&wm-view=grid&wm-near=999,1&wm-page=-2&wm-time=noon,morning'),
    );
    expect(state.days).to.deep.equal(['MO']);
    expect(state.times).to.deep.equal(['morning']);
    expect(state.age).to.equal(undefined);
    expect(state.view).to.equal(undefined);
    expect(state.near).to.equal(undefined);
    expect(state.page).to.equal(1);
  });

  it('rounds "my location" to about 100 m, so a shared link does not give away a home', () => {
    const params = writeFinderState({ ...EMPTY_FINDER_STATE, near: { latitude: 53.1412345, longitude: -1.1987654 } });
    expect(params.get('wm-near')).to.equal('53.141,-1.199');
  });

  it('asks the data layer for the same search: miles become metres, a chosen category wins over the site’s list', () => {
    const query = searchQueryFor(full, ['site-category']);
    expect(query).to.deep.include({
      text: 'walkng group',
      postcode: 'NG18 1AB',
      proximity: 5 * METRES_PER_MILE,
      categoryIds: ['walking'],
      days: ['TU', 'SA'],
      timeOfDay: ['evening'],
      free: true,
      stepFree: true,
      attending: ['online'],
      howToJoin: ['drop-in'],
      age: 67,
    });
    expect(searchQueryFor(EMPTY_FINDER_STATE, ['site-category']).categoryIds).to.deep.equal(['site-category']);
  });

  it('uses a distance only with a place to measure it from', () => {
    expect(searchQueryFor({ ...EMPTY_FINDER_STATE, radius: 5 })).to.not.have.property('proximity');
  });

  it('counts the filters a person can remove, and tells a new search from a new page', () => {
    expect(activeFilterCount(full)).to.equal(9);
    expect(sameSearch(full, { ...full, page: 1, service: undefined })).to.equal(true);
    expect(sameSearch(full, { ...full, free: false })).to.equal(false);
  });
});
