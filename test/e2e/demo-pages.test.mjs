// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, openSession, watchForErrors } from './browser-session.mjs';

/** @type {Awaited<ReturnType<typeof openSession>>} */
let session;

before(async () => {
  session = await openSession();
});
after(async () => {
  await session?.close();
});

/** Every page the demo's index links to on its own site, plus the index and the referrals page. */
async function demoPages() {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.url}/`);
  const links = await page.$$eval('a[href]', (as) => as.map((a) => /** @type {HTMLAnchorElement} */ (a).href));
  await page.close();
  const origin = new URL(session.server.url).origin;
  const pages = links.filter(
    (href) => new URL(href).origin === origin && /\.html$|\/referrals$/.test(new URL(href).pathname),
  );
  return [...new Set([`${session.server.url}/`, ...pages.map((href) => href.split('#')[0] ?? href)])];
}

describe('the demo site', () => {
  it('loads every demo page with zero axe violations and zero console errors', async () => {
    const pages = await demoPages();
    assert.ok(
      pages.length >= 6,
      `expected the index, four host pages and the referrals page, found ${pages.join(', ')}`,
    );
    /** @type {string[]} */
    const failures = [];
    for (const url of pages) {
      const page = await session.browser.newPage();
      const errors = watchForErrors(page);
      await page.goto(url, { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);
      failures.push(...violations.map((v) => `${url}: ${v}`), ...errors.map((e) => `${url}: ${e}`));
      await page.close();
    }
    assert.deepEqual(failures, []);
  });

  it('reflows every demo page to 320 CSS pixels without sideways scrolling', async () => {
    const pages = await demoPages();
    /** @type {string[]} */
    const failures = [];
    for (const url of pages) {
      const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(url, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) failures.push(`${url} is ${width}px wide at 320px`);
      await page.close();
    }
    assert.deepEqual(failures, []);
  });

  it('has an axe check that fails on a page with a violation', async () => {
    // The check above means something only if it can fail: a field with no label must be caught.
    const page = await session.browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><input type="text"></main></html>');
    const violations = await axeViolations(page);
    await page.close();
    assert.ok(
      violations.some((v) => v.startsWith('label')),
      `axe missed the unlabelled field: ${violations.join('; ')}`,
    );
  });

  it('reports a console error on a page, so the zero-errors check can fail', async () => {
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${session.server.url}/`);
    await page.evaluate(() => console.error('deliberate'));
    await page.close();
    assert.ok(errors.some((e) => e.includes('deliberate')));
  });
});
