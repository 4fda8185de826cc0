// @ts-check
/**
 * The CDN file as a host page uses it: one script tag registers <waymark-directory> and loads
 * each other element's own file only once its tag is on the page, including a tag a script
 * adds later, so a page with a referral form alone never downloads the group finder.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openSession, watchForErrors } from './browser-session.mjs';

/** @type {Awaited<ReturnType<typeof openSession>>} */
let session;

before(async () => {
  session = await openSession();
});

after(async () => {
  await session.close();
});

/**
 * A host page of our own on the demo server's origin, with `body` and the CDN script tag.
 * @param {import('playwright-core').Page} page @param {string} body
 */
async function hostPage(page, body) {
  const url = `${session.server.url}/cdn-host-test.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Host</title><main>${body}</main><script type="module" src="/dist/cdn/waymark.js"></script></html>`,
    }),
  );
  await page.goto(url, { waitUntil: 'networkidle' });
}

describe('the CDN file', () => {
  it('loads only the elements a page has, and one a script adds later', async () => {
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    /** @type {string[]} */
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await hostPage(page, '<waymark-referral-form action="/api/referrals"></waymark-referral-form>');
    await page.waitForFunction(() => document.querySelector('waymark-referral-form')?.shadowRoot?.textContent);
    const defined = () =>
      page.evaluate(() =>
        ['waymark-directory', 'waymark-referral-form', 'waymark-group-finder', 'waymark-event-calendar'].map((tag) =>
          Boolean(customElements.get(tag)),
        ),
      );
    assert.deepEqual(await defined(), [true, true, false, false]);
    assert.ok(scripts.includes('/dist/cdn/referral-form.js'), scripts.join(' '));
    assert.ok(!scripts.includes('/dist/cdn/group-finder.js'), 'the group finder was downloaded for a form alone');

    await page.evaluate(() => {
      const finder = document.createElement('waymark-group-finder');
      finder.setAttribute('src', '/api/v3');
      finder.setAttribute('tile-url', 'none');
      document.querySelector('main')?.append(finder);
    });
    await page.waitForFunction(
      () =>
        /groups found/.test(
          document.querySelector('waymark-group-finder')?.shadowRoot?.querySelector('#results-heading')?.textContent ??
            '',
        ),
      undefined,
      { timeout: 20_000 },
    );
    assert.deepEqual(await defined(), [true, true, true, false]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
