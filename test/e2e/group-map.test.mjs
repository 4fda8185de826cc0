// @ts-check
/**
 * The map on a real demo page, under the demo server's real Content-Security-Policy
 * with Trusted Types enforced (`require-trusted-types-for 'script'`): Leaflet must load
 * and draw without a single HTML string, and a keyboard alone must reach a group.
 * There is no internet here, and the policy allows images from the page's own
 * origin only, so OpenStreetMap's tiles are refused: the map must say so and
 * still show its markers.
 */
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

/** The tiles the page's policy refuses, as it should: no other error is expected. */
const REFUSED_TILE = /tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png/;

/** @param {import('playwright-core').Page} page */
function activeLabel(page) {
  return page.evaluate(() => {
    const map = document.querySelector('waymark-group-map');
    const active = map?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.localName) : null;
  });
}

describe('<waymark-group-map> on a demo page', () => {
  it('draws under Trusted Types with no errors but the refused tiles, and notes the missing background', async () => {
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${session.server.url}/map.html`, { waitUntil: 'networkidle' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    const map = page.locator('waymark-group-map');
    await map.locator('.markers button').first().waitFor();
    await map.getByText('The map background could not be loaded').waitFor();
    const count = await map.locator('.markers button').count();
    assert.ok(count > 3, `expected clusters and markers, found ${count}`);

    const unexpected = errors.filter((error) => !REFUSED_TILE.test(error));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(await axeViolations(page), []);
    // Last, as it logs its own violation: the policy is really enforced here, so an HTML string throws.
    const enforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(enforced, true);
    await page.close();
  });

  it('takes a keyboard user from the map to a group’s summary and back', async () => {
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${session.server.url}/map.html`, { waitUntil: 'networkidle' });
    const map = page.locator('waymark-group-map');
    await map.locator('.markers button').first().waitFor();

    // From the skip link: Tab reaches the map, then its first marker or cluster.
    await map.locator('.skip').focus();
    await page.keyboard.press('Tab');
    assert.equal(await activeLabel(page), 'Map of groups and activities');
    await page.keyboard.press('Tab');
    let label = (await activeLabel(page)) ?? '';
    // Enter zooms into clusters until a group's own marker has focus.
    for (let step = 0; step < 12 && /press Enter to zoom in/.test(label); step++) {
      await page.keyboard.press('Enter');
      label = (await activeLabel(page)) ?? '';
    }
    assert.doesNotMatch(label, /zoom in/, `still on a cluster: ${label}`);
    const marker = label;
    await page.keyboard.press('Enter');
    const summary = map.locator('[part="summary"]');
    await summary.waitFor();
    const heading = (await activeLabel(page)) ?? '';
    assert.ok(heading.length > 0, 'focus moved to the summary');
    if (/press Enter to see/.test(marker)) {
      // A place with several groups lists them: pick the first.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await map.locator('[part="details-button"]').waitFor();
    }
    assert.equal(await map.locator('[part="details-button"]').count(), 1);
    assert.deepEqual(await axeViolations(page), []);

    await page.keyboard.press('Escape');
    await summary.waitFor({ state: 'detached' });
    assert.equal(await activeLabel(page), marker);
    assert.deepEqual(
      errors.filter((error) => !REFUSED_TILE.test(error)),
      [],
    );
    await page.close();
  });

  it('skips the map with its skip link', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/map.html`, { waitUntil: 'networkidle' });
    const map = page.locator('waymark-group-map');
    await map.locator('.markers button').first().waitFor();
    await map.locator('.skip').focus();
    await page.keyboard.press('Enter');
    assert.equal(
      await page.evaluate(() => document.querySelector('waymark-group-map')?.shadowRoot?.activeElement?.id),
      'after-map',
    );
    await page.close();
  });
});
