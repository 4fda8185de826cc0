import { expect } from '@open-wc/testing';
import { loadWithoutHtmlStrings } from '../../../src/elements/group-map/load-leaflet.js';

/**
 * The page's Trusted Types enforcement is proven on a demo page (test/e2e/group-map.test.mjs).
 * Here the browser's setter is wrapped to record what reaches it, the way an enforcing page
 * would see it: Leaflet's inline-SVG probe must not reach it, everything else must.
 */
describe('loading the map chunk on a Trusted Types page', () => {
  const browsers = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  let reached: unknown[] = [];

  beforeEach(() => {
    reached = [];
    Object.defineProperty(Element.prototype, 'innerHTML', {
      ...browsers,
      set(this: Element, value: unknown) {
        reached.push(value);
        browsers.set!.call(this, value);
      },
    });
  });
  afterEach(() => Object.defineProperty(Element.prototype, 'innerHTML', browsers));

  it("answers Leaflet's inline-SVG probe with an <svg> element built from DOM nodes", async () => {
    const probe = await loadWithoutHtmlStrings(async () => {
      const div = document.createElement('div');
      div.innerHTML = '<svg/>';
      return div.firstChild instanceof Element ? div.firstChild.namespaceURI : null;
    });
    expect(probe).to.equal('http://www.w3.org/2000/svg');
    expect(reached).to.deep.equal([]);
  });

  it('passes every other string to the browser, and puts the setter back, even when loading fails', async () => {
    const before = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    await loadWithoutHtmlStrings(async () => {
      document.createElement('div').innerHTML = '<b>bold</b>';
    });
    expect(reached).to.deep.equal(['<b>bold</b>']);
    let failed = false;
    await loadWithoutHtmlStrings(() => Promise.reject(new Error('offline'))).catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')).to.deep.equal(before);
    document.createElement('div').innerHTML = '<svg/>';
    expect(reached.at(-1)).to.equal('<svg/>');
  });
});
