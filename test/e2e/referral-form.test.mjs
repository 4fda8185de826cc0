// @ts-check
/**
 * The referral form on the GP practice demo page, against the demo server: a whole referral with the
 * keyboard alone, a referral whose network fails mid-send and survives a reload, and a "yes" to the
 * safety question. Each checks what the server received.
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
 * The referrals the demo server has stored, for one person's name or all of them.
 * @param {string} [name]
 * @returns {Promise<{ reference: string, idempotencyKey: string, referral: any }[]>}
 */
async function received(name) {
  const response = await fetch(`${session.server.url}/referrals.json`);
  const list = /** @type {{ reference: string, idempotencyKey: string, referral: any }[]} */ (await response.json());
  return name ? list.filter((r) => r.referral?.person?.name === name) : list;
}

/**
 * What has focus, looking through shadow roots.
 * @param {import('playwright-core').Page} page
 */
function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return { tag: '', id: '', name: '', text: '', label: '' };
    const root = /** @type {Document | ShadowRoot} */ (active.getRootNode());
    const label = active.id ? (root.querySelector(`label[for="${active.id}"]`)?.textContent ?? '') : '';
    return {
      tag: active.tagName.toLowerCase(),
      id: active.id,
      name: active.getAttribute('name') ?? '',
      text: (active.textContent ?? '').trim().replace(/\s+/g, ' '),
      label: label.trim(),
    };
  });
}

/**
 * Presses Tab until what has focus matches, as a keyboard user would.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} match
 * @param {string} what
 */
async function tabTo(page, match, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** @param {import('playwright-core').Page} page @param {string} text */
const tabToButton = (page, text) => tabTo(page, (f) => f.tag === 'button' && f.text === text, `the ${text} button`);
/** @param {import('playwright-core').Page} page @param {string} id */
const tabToField = (page, id) => tabTo(page, (f) => f.id === `f-${id}`, `the field ${id}`);
/** @param {import('playwright-core').Page} page @param {string} label */
const tabToLabel = (page, label) => tabTo(page, (f) => f.label === label, `the option ${label}`);

/** @param {import('playwright-core').Page} page */
async function headingText(page) {
  return (await page.locator('waymark-referral-form .heading').textContent())?.trim();
}

/**
 * Fills the whole form with the mouse-free locators playwright gives (used where the keyboard is not the point).
 * @param {import('playwright-core').Locator} form
 * @param {{ keep: boolean }} options
 */
async function fillForm(form, { keep }) {
  await form.getByRole('radio', { name: 'No' }).check();
  if (keep) await form.getByLabel('Keep my answers on this device until they are sent').check();
  await form.getByRole('button', { name: 'Start' }).click();
  await form.getByRole('radio', { name: 'Me', exact: true }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.locator('#f-name').fill('Jo Example');
  await form.locator('#f-dobDay').fill('3');
  await form.locator('#f-dobMonth').fill('11');
  await form.locator('#f-dobYear').fill('1950');
  await form.locator('#f-address').fill('2 Example Street, Mansfield');
  await form.locator('#f-postcode').fill('NG19 7AA');
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('checkbox', { name: 'Letter' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('checkbox', { name: 'Housing' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.locator('#f-consentContact').check();
  await form.getByRole('radio', { name: 'No' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await form.locator('.heading').textContent(), 'Check your answers before sending');
}

describe('the referral form on the GP practice page', () => {
  it('completes a referral with the keyboard alone, fixing two errors, and the server receives it once', async () => {
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${session.server.url}/gp-practice.html`, { waitUntil: 'networkidle' });
    // The one thing not done by keyboard: no waiting for the robot check, so the test runs fast.
    await page.locator('waymark-referral-form').evaluate((el) => el.setAttribute('min-fill-seconds', '0'));
    assert.deepEqual(await axeViolations(page), [], 'the first page');

    // The safety question: Tab to the radios, arrow to "No"; keep my answers; Start.
    await tabTo(page, (f) => f.name === 'who' && f.tag === 'input', 'the safety question');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).label, 'No');
    await tabToField(page, 'keep');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Start');
    await page.keyboard.press('Enter');
    // With the box ticked, Start waits for the part that keeps answers (asked for when it was ticked).
    await page.locator('waymark-referral-form .heading', { hasText: 'Who are you asking for?' }).waitFor();
    assert.equal(await headingText(page), 'Who are you asking for?');
    assert.equal((await focused(page)).tag, 'h3', 'focus moves to the new heading');

    await tabToLabel(page, 'Me');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    // About you, with two mistakes: a postcode cut short and an NHS number with a wrong check digit.
    assert.equal(await headingText(page), 'About you');
    await tabToField(page, 'name');
    await page.keyboard.type('Alex Keyboard');
    await tabToField(page, 'dobDay');
    await page.keyboard.type('14');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1972');
    await tabToField(page, 'address');
    await page.keyboard.type('7 Example Lane, Mansfield');
    await tabToField(page, 'postcode');
    await page.keyboard.type('NG18');
    await tabToField(page, 'nhsNumber');
    await page.keyboard.type('943 476 5918');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    await page.locator('waymark-referral-form .error-summary').waitFor();
    assert.equal((await focused(page)).id, '', 'the error summary has focus');
    assert.match((await focused(page)).text, /^There is a problem/);
    assert.deepEqual(await axeViolations(page), [], 'the error state');
    // Each message links to its field: follow them with the keyboard and fix each answer.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Enter a full postcode, like NG18 1AB', 'the postcode error');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'f-postcode');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('NG18 1AB');
    await tabToField(page, 'nhsNumber');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('943 476 5919');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'How should a link worker get in touch?');
    await tabToLabel(page, 'Phone call');
    await page.keyboard.press('Space');
    await tabToField(page, 'phone');
    await page.keyboard.type('01632 960555');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'Help with communication');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'What would you like help with?');
    await tabToLabel(page, 'Feeling lonely or cut off');
    await page.keyboard.press('Space');
    await tabToField(page, 'whatMatters');
    await page.keyboard.type('Meeting people nearby.');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'Meeting a link worker');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'Your agreement');
    await tabToField(page, 'consentContact');
    await page.keyboard.press('Space');
    await tabToLabel(page, 'Yes');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Continue');
    await page.keyboard.press('Enter');

    assert.equal(await headingText(page), 'Check your answers before sending');
    assert.deepEqual(await axeViolations(page), [], 'check your answers');
    await tabToButton(page, 'Send my referral');
    await page.keyboard.press('Enter');
    await page.locator('waymark-referral-form .reference').waitFor();
    const reference = (await page.locator('waymark-referral-form .reference').textContent())?.trim();
    assert.deepEqual(await axeViolations(page), [], 'the confirmation');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing is left on the device');

    const mine = await received('Alex Keyboard');
    assert.equal(mine.length, 1);
    assert.equal(mine[0]?.reference, reference);
    assert.equal(mine[0]?.referral.person.postcode, 'NG18 1AB');
    assert.equal(mine[0]?.referral.person.nhsNumber, '9434765919');
    assert.deepEqual(mine[0]?.referral.reasons, ['social-isolation']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('survives the network failing mid-send and a reload, and the server keeps exactly one referral', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const keys = [];
    let attempt = 0;
    await page.route('**/referrals', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      attempt++;
      if (attempt === 1) {
        // The server's fault mode: it never answers, and the form gives up waiting.
        return route.continue({ headers: { ...route.request().headers(), 'x-waymark-fault': 'timeout' } });
      }
      if (attempt === 2) {
        // The server receives it, then the connection drops before the answer arrives.
        await route.fetch();
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    await page.goto(`${session.server.url}/gp-practice.html`, { waitUntil: 'networkidle' });
    const form = page.locator('waymark-referral-form');
    await form.evaluate((el) => {
      el.setAttribute('min-fill-seconds', '0');
      el.setAttribute('timeout', '1500');
    });
    await fillForm(form, { keep: true });
    await form.getByRole('button', { name: 'Send my referral' }).click();
    await form.getByText('The service took too long to answer.').waitFor();
    assert.equal(await headingText(page), 'Your referral has not been sent yet');
    assert.ok(await form.getByText('Your answers are saved on this device').isVisible());
    assert.deepEqual(await received('Jo Example'), [], 'the timed-out attempt stored nothing');

    await page.reload({ waitUntil: 'networkidle' });
    assert.equal(await headingText(page), 'Your referral has not been sent yet', 'the referral survived the reload');
    await form.getByRole('button', { name: 'Try sending again' }).click();
    await form.getByText('We could not reach the service').waitFor();
    assert.equal((await received('Jo Example')).length, 1, 'the server got the second attempt');

    // Back online: the form tries again by itself.
    await context.setOffline(true);
    await context.setOffline(false);
    await form.locator('.reference').waitFor();
    const reference = (await form.locator('.reference').textContent())?.trim();

    const list = await received('Jo Example');
    assert.equal(list.length, 1, 'exactly one referral arrived');
    assert.equal(list[0]?.reference, reference, 'the retry was told the reference of the one stored');
    assert.equal(keys.length, 3);
    assert.equal(new Set(keys).size, 1, 'every attempt carried the same Idempotency-Key');
    assert.equal(list[0]?.idempotencyKey, keys[0]);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    await context.close();
  });

  it('shows the crisis routes after a yes to the safety question, and sends and keeps nothing', async () => {
    const before = (await received()).length;
    const page = await session.browser.newPage();
    const errors = watchForErrors(page);
    /** @type {string[]} */
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto(`${session.server.url}/gp-practice.html`, { waitUntil: 'networkidle' });
    const form = page.locator('waymark-referral-form');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByLabel('Keep my answers on this device until they are sent').check();
    await form.getByRole('button', { name: 'Start' }).click();
    assert.equal(await headingText(page), 'Please get help now');
    const links = await form
      .locator('[part="crisis-routes"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT']);
    assert.equal(await form.locator('form').count(), 0, 'no form in place of the crisis routes');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(posts, []);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.equal((await received()).length, before);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
