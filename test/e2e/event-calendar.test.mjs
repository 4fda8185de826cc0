// @ts-check
/**
 * The event calendar on the community magazine's "What's on" page, as a
 * person using only the keyboard meets it, and in a browser far from London.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** @param {import('playwright-core').Page} page */
async function openWhatsOn(page) {
  await page.goto(`${session.server.url}/whats-on.html`);
  const calendar = page.locator('waymark-event-calendar');
  await calendar.locator('.event').first().waitFor();
  return calendar;
}

/** @param {import('playwright-core').Locator} calendar */
const announced = (calendar) => calendar.locator('[role="status"][aria-live]').textContent();

describe('the event calendar on the magazine page', () => {
  it('moves through the month grid by keyboard, announces the month, opens an event and downloads its .ics', async () => {
    const page = await session.browser.newPage({ acceptDownloads: true });
    const errors = watchForErrors(page);
    const calendar = await openWhatsOn(page);
    await calendar.getByRole('button', { name: 'Month' }).click();
    const grid = calendar.getByRole('grid');
    await grid.waitFor();

    // Tab into the grid: one day is in the tab order.
    await calendar.locator('td[tabindex="0"]').focus();
    const before = await calendar.locator('#period').textContent();
    await page.keyboard.press('PageDown');
    const after = await calendar.locator('#period').textContent();
    assert.notEqual(after, before);
    assert.match((await announced(calendar)) ?? '', new RegExp(`^${after}: [\\d,]+ events$`));
    const focusedDate = () =>
      page.evaluate(() =>
        document.querySelector('waymark-event-calendar')?.shadowRoot?.activeElement?.getAttribute('data-date'),
      );
    const start = await focusedDate();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const moved = await focusedDate();
    assert.ok(start && moved, 'a day of the grid has focus');
    assert.equal((Date.parse(moved) - Date.parse(start)) / 86_400_000, 8);

    // Enter goes to the day's events; Enter opens one.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const dialog = calendar.locator('dialog[open]');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /When/);
    assert.deepEqual(await axeViolations(page), []);

    const download = page.waitForEvent('download');
    await dialog.getByRole('link', { name: /Download this session/ }).click();
    const file = await readFile((await (await download).path()) ?? '', 'utf8');
    assert.match(file, /^BEGIN:VCALENDAR\r\n/);
    assert.match(file, /TZID:Europe\/London/);
    assert.match(file, /DTSTART;TZID=Europe\/London:\d{8}T\d{6}\r\n/);
    assert.match((await download).suggestedFilename(), /-\d{4}-\d{2}-\d{2}\.ics$/);

    // Escape closes the details and puts you back on the event you opened.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const focused = await page.evaluate(
      () => document.querySelector('waymark-event-calendar')?.shadowRoot?.activeElement?.className,
    );
    assert.equal(focused, 'open');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a 10am London group at 10am on both sides of both clock changes, in a browser in New York', async () => {
    const context = await session.browser.newContext({ timezoneId: 'America/New_York' });
    const page = await context.newPage();
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 'America/New_York');
    const calendar = await openWhatsOn(page);
    /** The time shown for each event of the week around `date`, by title. @param {string} date */
    const weekOf = async (date) => {
      await page.evaluate((d) => {
        const el = /** @type {HTMLElement & { date: string, view: string }} */ (
          document.querySelector('waymark-event-calendar')
        );
        el.view = 'week';
        el.date = d;
      }, date);
      await calendar.locator('#period').filter({ hasText: /to/ }).waitFor();
      return new Map(
        await calendar
          .locator('.event .open')
          .evaluateAll((buttons) =>
            buttons.map((b) => [
              b.querySelector('.title')?.textContent ?? '',
              b.querySelector('.time')?.textContent ?? '',
            ]),
          ),
      );
    };
    for (const [beforeChange, afterChange] of [
      ['2026-03-23', '2026-03-30'],
      ['2026-10-19', '2026-10-26'],
    ]) {
      const first = await weekOf(beforeChange);
      const second = await weekOf(afterChange);
      const tenAm = [...first].filter(
        ([title, time]) => time.startsWith('10am') && second.get(title)?.startsWith('10am'),
      );
      assert.ok(tenAm.length > 0, `a group meets at 10am in the weeks of ${beforeChange} and ${afterChange}`);
      // Nothing shifts by the hour between the two weeks.
      for (const [title, time] of first) if (second.has(title)) assert.equal(second.get(title), time, title);
    }
    await context.close();
  });
});
