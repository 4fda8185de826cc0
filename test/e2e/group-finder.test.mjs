// @ts-check
/**
 * The group finder on the council and charity demo pages, used with the
 * keyboard alone: search with a typo, filter, open a group, shortlist it,
 * print the shortlist, and go back. Needs `npm run build` first (as `npm run test:e2e` does).
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

/**
 * What has focus, looking through shadow roots.
 * @param {import('playwright-core').Page} page
 */
function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      name: active?.getAttribute('name') ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until `wanted` has focus, as a keyboard user would.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} wanted
 * @param {string} what
 */
async function tabTo(page, wanted, what, backwards = false) {
  for (let presses = 0; presses < 150; presses++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

/**
 * The text of the finder's part matching `selector`.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
function finderText(page, selector) {
  return page.evaluate(
    (s) =>
      [...(document.querySelector('waymark-group-finder')?.shadowRoot?.querySelectorAll(s) ?? [])]
        .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    selector,
  );
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {(text: string) => boolean} test
 */
async function waitForFinderText(page, selector, test) {
  for (let i = 0; i < 100; i++) {
    if (test(await finderText(page, selector))) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${selector} never showed what was expected: "${await finderText(page, selector)}"`);
}

for (const pageName of ['council', 'charity']) {
  describe(`the group finder on the ${pageName} page, with the keyboard alone`, () => {
    it('searches with a typo, filters, opens a group, shortlists and prints it, and goes back', async () => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = watchForErrors(page);
      await page.goto(`${session.server.url}/${pageName}.html`, { waitUntil: 'networkidle' });
      await waitForFinderText(page, '#results-heading', (t) => /groups found/.test(t));

      // Search, with a typo.
      await tabTo(page, (f) => f.id === 'text', 'the search box');
      await page.keyboard.type('walkng');
      // Walking groups first, found despite the typo (others follow by their category: "Wanderers", "Strollers").
      await waitForFinderText(page, '.result-name', (t) => /^[^|]*walk/i.test(t));
      await waitForFinderText(page, '#results-heading', (t) => Number(t.replace(/\D/g, '')) < 60);
      // The address is written just after the list (after typing pauses), off the keystroke's path.
      await page.waitForURL(/wm-q=walkng/, { waitUntil: 'commit', timeout: 5000 });

      // Filter: free only, from the filters disclosure.
      await tabTo(page, (f) => f.tag === 'summary', 'the filters');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.name === 'free', 'the "Free only" box');
      await page.keyboard.press('Space');
      await waitForFinderText(page, '.chip', (t) => t.includes('Free only'));
      // The address is written just after the list (after typing pauses), off the keystroke's path.
      await page.waitForURL(/wm-free=1/, { waitUntil: 'commit', timeout: 5000 });
      assert.deepEqual(await axeViolations(page), []);

      // Open the first group's details: focus moves to its heading.
      await tabTo(page, (f) => f.tag === 'a' && /walk/i.test(f.text), 'the first result');
      const groupName = (await focused(page)).text;
      await page.keyboard.press('Enter');
      await waitForFinderText(page, '#details-heading', (t) => t === groupName);
      assert.equal((await focused(page)).id, 'details-heading');
      // The address is written just after the list (after typing pauses), off the keystroke's path.
      await page.waitForURL(/wm-service=/, { waitUntil: 'commit', timeout: 5000 });
      assert.deepEqual(await axeViolations(page), []);

      // Shortlist it.
      await tabTo(page, (f) => f.text.startsWith('☆ Add to shortlist'), 'the shortlist button');
      await page.keyboard.press('Enter');
      await waitForFinderText(page, '.details .shortlist-toggle', (t) => t.includes('Remove from shortlist'));

      // Back to the results: focus returns to the group's row.
      await tabTo(page, (f) => f.text.includes('Back to results'), 'Back to results', true);
      await page.keyboard.press('Enter');
      await waitForFinderText(page, '.result-list', (t) => t !== '');
      for (let i = 0; i < 20 && (await focused(page)).text !== groupName; i++) await page.waitForTimeout(50);
      assert.equal((await focused(page)).text, groupName);

      // The shortlist, and its printed page (the print dialog itself stubbed).
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await tabTo(page, (f) => f.id === 'shortlist-button', 'the shortlist button');
      assert.equal((await focused(page)).text, 'Your shortlist (1)');
      await page.keyboard.press('Enter');
      await waitForFinderText(page, '#shortlist-heading', (t) => t === 'Your shortlist');
      assert.equal((await focused(page)).id, 'shortlist-heading');
      assert.deepEqual(await axeViolations(page), []);
      await tabTo(page, (f) => f.text === 'Print your shortlist', 'the print button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('html[data-printed]');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const root = document.querySelector('waymark-group-finder')?.shadowRoot;
        const view = root?.querySelector('.print-view');
        const controls = root?.querySelector('.finder');
        return {
          shown: view ? getComputedStyle(view).display : '',
          controls: controls ? getComputedStyle(controls).display : '',
          text: view?.textContent?.replace(/\s+/g, ' ') ?? '',
          fontSize: view ? parseFloat(getComputedStyle(view).fontSize) : 0,
        };
      });
      assert.equal(printed.shown, 'block');
      assert.equal(printed.controls, 'none');
      assert.ok(printed.text.includes(groupName), `the printed page names ${groupName}`);
      assert.match(printed.text, /When.*Cost/);
      assert.ok(printed.fontSize >= 20, `large type when printed (${printed.fontSize}px)`);
      await page.emulateMedia({ media: 'screen' });

      // Back: the browser's Back steps back through the search, to before the filter.
      await tabTo(page, (f) => f.text.includes('Back to results'), 'Back to results', true);
      await page.keyboard.press('Enter');
      await page.goBack();
      await waitForFinderText(page, '.chips', (t) => t === '');
      assert.doesNotMatch(page.url(), /wm-free/);
      assert.match(page.url(), /wm-q=walkng/);

      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('the group finder at 320 CSS pixels and 200% zoom', () => {
  it('reflows without sideways scrolling, with its filters open', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${session.server.url}/council.html`, { waitUntil: 'networkidle' });
    await waitForFinderText(page, '#results-heading', (t) => /groups found/.test(t));
    await page.evaluate(() => {
      const summary = document.querySelector('waymark-group-finder')?.shadowRoot?.querySelector('summary');
      if (summary instanceof HTMLElement) summary.click();
    });
    await waitForFinderText(page, 'details[open] legend', (t) => t !== '');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await page.close();
    const zoomed = await session.browser.newPage({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    await zoomed.goto(`${session.server.url}/charity.html`, { waitUntil: 'networkidle' });
    await zoomed.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await waitForFinderText(zoomed, '#results-heading', (t) => /groups found/.test(t));
    assert.ok((await zoomed.evaluate(() => document.documentElement.scrollWidth)) <= 640);
    await zoomed.close();
  });
});

describe('the group finder’s map, from the CDN files', () => {
  it('draws the results on the charity page, which shows the list and the map', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    await page.goto(`${session.server.url}/charity.html`, { waitUntil: 'networkidle' });
    await waitForFinderText(page, '#results-heading', (t) => /groups found/.test(t));
    // The map's element comes with the finder's map chunk, which must define it: an undefined
    // <waymark-group-map> is an empty box with nothing on it.
    await page.waitForFunction(() => customElements.get('waymark-group-map') !== undefined, null, { timeout: 10_000 });
    await page.waitForFunction(
      () =>
        (document
          .querySelector('waymark-group-finder')
          ?.shadowRoot?.querySelector('waymark-group-map')
          ?.shadowRoot?.querySelectorAll('.markers button').length ?? 0) > 0,
      null,
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
