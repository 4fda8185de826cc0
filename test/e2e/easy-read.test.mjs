// @ts-check
/**
 * The easy-read explainer on the GP practice and council demo pages: a person
 * plays and pauses read-aloud with the keyboard. Headless Chromium has no
 * voices, so speech synthesis is replaced in the page by a recorder; the
 * element's own code (choosing the voice, one sentence at a time, the
 * highlight, pausing) runs against it.
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

/** Runs in the page before its scripts: a speech engine that records what it is asked to say. */
function stubSpeech() {
  class Utterance extends EventTarget {
    /** @param {string} text */
    constructor(text) {
      super();
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.rate = 1;
    }
  }
  const record = { spoken: /** @type {Utterance[]} */ ([]), cancelled: 0 };
  Object.defineProperty(window, 'waymarkSpeech', { value: record });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (/** @type {Utterance} */ u) => record.spoken.push(u),
      cancel: () => record.cancelled++,
      getVoices: () => [{ lang: 'en-GB', name: 'British English', default: true, localService: true, voiceURI: 'gb' }],
      addEventListener() {},
      removeEventListener() {},
    },
  });
}

function removeSpeech() {
  Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
}

/** @param {import('playwright-core').Page} page */
const spoken = (page) =>
  page.evaluate(() => {
    // @ts-expect-error the recorder the init script defines
    const record = window.waymarkSpeech;
    return { texts: record.spoken.map((/** @type {{ text: string }} */ u) => u.text), cancelled: record.cancelled };
  });

for (const [name, path] of [
  ['GP practice', '/gp-practice.html'],
  ['council', '/council.html'],
]) {
  describe(`the easy-read explainer on the ${name} page`, () => {
    it('plays and pauses read-aloud with the keyboard, highlighting the sentence being read', async () => {
      const page = await session.browser.newPage();
      const errors = watchForErrors(page);
      await page.addInitScript(stubSpeech);
      await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
      const explainer = page.locator('waymark-easy-read');
      await explainer.locator('[part~="picture"] svg').first().waitFor();

      const play = explainer.getByRole('button', { name: 'Read aloud' });
      await play.focus();
      await page.keyboard.press('Enter');
      const pause = explainer.getByRole('button', { name: 'Pause reading' });
      await pause.waitFor();
      let heard = await spoken(page);
      assert.deepEqual(heard.texts, ['What social prescribing is']);
      assert.equal(await explainer.locator('[part~="reading"]').textContent(), 'What social prescribing is');

      // The sentence ends; the next one is read and highlighted.
      await page.evaluate(() => {
        // @ts-expect-error the recorder the init script defines
        window.waymarkSpeech.spoken.at(-1).dispatchEvent(new Event('end'));
      });
      await page.waitForFunction(() => {
        // @ts-expect-error the recorder the init script defines
        return window.waymarkSpeech.spoken.length === 2;
      });
      heard = await spoken(page);
      assert.equal(heard.texts[1], 'Social prescribing helps you find support near you.');
      assert.equal((await explainer.locator('[part~="reading"]').textContent())?.trim(), heard.texts[1]);
      assert.deepEqual(await axeViolations(page), []);

      // Space on the same button pauses; focus stays on it.
      assert.equal(await pause.evaluate((b) => b.matches(':focus')), true);
      await page.keyboard.press('Space');
      const carryOn = explainer.getByRole('button', { name: 'Carry on reading' });
      await carryOn.waitFor();
      assert.ok((await spoken(page)).cancelled > 0, 'pausing stops the speech');
      assert.equal(await carryOn.evaluate((b) => b.matches(':focus')), true);

      // Enter carries on from the same sentence.
      await page.keyboard.press('Enter');
      await pause.waitFor();
      heard = await spoken(page);
      assert.equal(heard.texts.at(-1), 'Social prescribing helps you find support near you.');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('says plainly when the browser cannot read aloud', async () => {
      const page = await session.browser.newPage();
      const errors = watchForErrors(page);
      await page.addInitScript(removeSpeech);
      await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
      const explainer = page.locator('waymark-easy-read');
      await explainer.getByText('Your browser cannot read this page aloud.').waitFor();
      assert.equal(await explainer.getByRole('button', { name: 'Read aloud' }).count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
