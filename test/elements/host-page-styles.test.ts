import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/easy-read/index.js';
import '../../src/elements/referral-form/index.js';
import '../../src/elements/group-finder/index.js';

// Text styles are inherited through a shadow root: a widget placed in a host page's centred, bold,
// italic, capitalised or unwrapped container (common in CMS content blocks) would take them on.
// Every widget starts from baseStyles, which sets them back to the widget's own.
const hostile = 'text-align:center;font-weight:700;font-style:italic;text-transform:uppercase;white-space:nowrap';

async function paragraphIn(tag: string): Promise<{ el: HTMLElement; p: HTMLElement }> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${hostile}></div>`);
  const el = document.createElement(tag);
  if (tag === 'waymark-group-finder') el.setAttribute('src', 'http://127.0.0.1:9/api');
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('p:not(.visually-hidden)'), `${tag} shows a paragraph`, {
    timeout: 5000,
  });
  return { el, p: el.shadowRoot!.querySelector<HTMLElement>('p:not(.visually-hidden)')! };
}

describe('A widget inside a host page that styles its text', () => {
  for (const tag of ['waymark-easy-read', 'waymark-referral-form', 'waymark-group-finder']) {
    it(`${tag} keeps its own text styles`, async () => {
      const { el, p } = await paragraphIn(tag);
      // Set back on the widget itself, and so on the text inside it.
      for (const style of [getComputedStyle(el), getComputedStyle(p)]) {
        expect(style.textAlign, 'text-align').to.equal('start');
        expect(style.fontStyle, 'font-style').to.equal('normal');
        expect(style.textTransform, 'text-transform').to.equal('none');
        expect(style.whiteSpace, 'white-space').to.equal('normal');
      }
      expect(getComputedStyle(el).fontWeight, 'font-weight').to.equal('400');
      // The font shorthand keeps the widget's own family, size and line height.
      const host = getComputedStyle(el);
      expect(host.fontFamily).to.contain('system-ui');
      expect(host.fontSize).to.equal(getComputedStyle(document.documentElement).fontSize);
      expect(Number.parseFloat(host.lineHeight) / Number.parseFloat(host.fontSize)).to.be.closeTo(1.5, 0.01);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps its text at 16px or more on a page whose root font size is 10px (Bootstrap 3)', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      for (const tag of ['waymark-easy-read', 'waymark-referral-form', 'waymark-group-finder']) {
        const { el, p } = await paragraphIn(tag);
        expect(getComputedStyle(el).fontSize, tag).to.equal('16px');
        expect(Number.parseFloat(getComputedStyle(p).fontSize), `${tag} paragraph`).to.be.at.least(16);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
