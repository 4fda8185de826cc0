import { expect, fixtureSync, html } from '@open-wc/testing';

// Every component test leans on `to.be.accessible()`: these prove the check can fail as well as pass.
// fixtureSync: plain HTML needs no render to wait for (fixture() would wait for a frame a background tab never paints).
describe('the axe check every component test uses', () => {
  it('fails on a form field with no label', async () => {
    const el = fixtureSync(html`<form><input type="text" /></form>`);
    await expect(el).not.to.be.accessible();
  });

  it('fails on text too faint to read against its background', async () => {
    const el = fixtureSync(html`<p style="color:#bbb;background:#fff">Lunch club, Tuesdays</p>`);
    await expect(el).not.to.be.accessible();
  });

  it('passes on a labelled field', async () => {
    const el = fixtureSync(html`<form><label for="pc">Your postcode</label><input id="pc" type="text" /></form>`);
    await expect(el).to.be.accessible();
  });
});
