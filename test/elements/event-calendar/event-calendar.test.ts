import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import { DirectoryClient } from '../../../src/data/directory/client.js';
import { DirectoryError } from '../../../src/data/directory/directory-error.js';
import type { CalendarEvent, EventFeed } from '../../../src/data/events/event-model.js';
import { serviceEventFeed } from '../../../src/data/events/service-events.js';
import type { Schedule, Service } from '../../../src/data/model.js';
import '../../../src/elements/event-calendar/index.js';
import type { WaymarkEventCalendar } from '../../../src/elements/event-calendar/index.js';
import { directoryContext } from '../../../src/elements/shared/directory-context.js';
import { aCategory, aPlace, aService, FOREST_TOWN, weekly } from '../../data/builders/service-builder.js';
import { FakeDirectory, v3Service } from '../../data/fake-directory.js';

/** Loads are not what these tests time: a shared machine may take seconds. */
const LOAD = { timeout: 8000 };

const silent = { groupCollapsed() {}, groupEnd() {}, warn() {}, error() {} };

/** Stands in for `<waymark-directory>`: provides a client that reads a fake directory. */
class TestDirectory extends LitElement {
  readonly provider = new ContextProvider(this, { context: directoryContext });
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('test-directory', TestDirectory);

function lunchClub(fields: Partial<Service> = {}): Service {
  return aService({
    id: 'svc-lunch',
    name: 'Lunch club',
    free: true,
    howToJoin: ['drop-in'],
    phones: [{ number: '01632 960000' }],
    categories: [aCategory('food', 'Food')],
    locations: [aPlace(FOREST_TOWN, { name: 'Oakfield Centre', access: ['step-free'] })],
    schedules: [{ ...weekly(['MO'], '10:00', '12:00'), id: 'sch-1' }],
    ...fields,
  });
}

function choir(): Service {
  return aService({
    id: 'svc-choir',
    name: 'Evening choir',
    free: false,
    costs: [{ amount: 3, currency: 'GBP' }],
    schedules: [{ ...weekly(['WE'], '19:00', '21:00'), id: 'sch-2' }],
  });
}

async function calendarWith(
  feeds: { name: string; feed: EventFeed | (() => Promise<EventFeed>) }[],
  attributes: { view?: string; date?: string; lang?: string } = {},
): Promise<WaymarkEventCalendar> {
  const el = await fixture<WaymarkEventCalendar>(html`
    <waymark-event-calendar
      view=${attributes.view ?? 'list'}
      date=${attributes.date ?? '2026-03-30'}
      lang=${attributes.lang ?? 'en'}
    >
      ${feeds.map((f) => html`<waymark-source name=${f.name} .feed=${f.feed}></waymark-source>`)}
    </waymark-event-calendar>
  `);
  await el.updateComplete;
  return el;
}

const root = (el: WaymarkEventCalendar) => el.shadowRoot!;
const text = (el: WaymarkEventCalendar) => root(el).textContent!.replace(/\s+/g, ' ');
const status = (el: WaymarkEventCalendar) => root(el).querySelector('[role="status"][aria-live]')!.textContent!.trim();

async function settled(el: WaymarkEventCalendar): Promise<void> {
  await waitUntil(() => !root(el).querySelector('.loading'), 'the sources did not finish loading', LOAD);
  await el.updateComplete;
}

describe('<waymark-event-calendar>', () => {
  it('reads a directory’s groups through <waymark-directory>’s client and lists the week by day', async () => {
    const fake = new FakeDirectory({
      summaryLists: false,
      services: [
        v3Service(1, { name: 'Monday walk' }),
        v3Service(2, {
          name: 'Tuesday art',
          schedules: [{ id: 's2', freq: 'WEEKLY', interval: 1, byday: 'TU', opens_at: '14:00', closes_at: '15:00' }],
        }),
      ],
    });
    const wrapper = await fixture<TestDirectory>(html`
      <test-directory
        ><waymark-event-calendar date="2026-03-30" source-name="the test directory"></waymark-event-calendar
      ></test-directory>
    `);
    wrapper.provider.setValue(new DirectoryClient({ src: fake.base, fetch: fake.fetch, logger: silent }));
    const el = wrapper.querySelector('waymark-event-calendar')!;
    await waitUntil(() => root(el).querySelector('.event'), 'no events shown', LOAD);
    const headings = [...root(el).querySelectorAll('.day-heading')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Monday 30 March', 'Tuesday 31 March']);
    // The first week of summer time: still 10am.
    expect(text(el)).to.contain('10am to 12pm Monday walk');
    expect(text(el)).to.contain('2pm to 3pm Tuesday art');
    expect(root(el).querySelector('#period')!.textContent).to.equal('Monday 30 March to Sunday 5 April 2026');
    await expect(el).to.be.accessible();
  });

  it('shows loading with progress, then a failed source by name with a Retry that works, the others still shown', async () => {
    let attempts = 0;
    let finish: (feed: EventFeed) => void = () => {};
    const el = await calendarWith([
      { name: 'the groups directory', feed: serviceEventFeed([lunchClub()]) },
      {
        name: 'the Bugle listings',
        feed: () => {
          attempts++;
          if (attempts === 1) return Promise.reject(new DirectoryError('offline', 'https://bugle.test/events.ics'));
          return new Promise<EventFeed>((resolve) => (finish = resolve));
        },
      },
    ]);
    await waitUntil(() => root(el).querySelector('.failed'), 'the failure is not shown', LOAD);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('We could not load the Bugle listings.');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('You seem to be offline');
    expect(text(el)).to.contain('Lunch club');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('.failed button')!.click();
    await waitUntil(() => root(el).querySelector('.loading'), 'no loading message', LOAD);
    expect(root(el).querySelector('.loading')!.textContent).to.contain('Loading the Bugle listings…');
    await expect(el).to.be.accessible();

    finish(serviceEventFeed([choir()]));
    await settled(el);
    expect(attempts).to.equal(2);
    expect(root(el).querySelector('.failed')).to.equal(null);
    expect(text(el)).to.contain('Evening choir');
  });

  it('shows how far a big directory has loaded', async () => {
    const fake = new FakeDirectory({ summaryLists: false, count: 150, latencyMs: 30 });
    const wrapper = await fixture<TestDirectory>(
      html`<test-directory><waymark-event-calendar date="2026-03-30"></waymark-event-calendar></test-directory>`,
    );
    wrapper.provider.setValue(new DirectoryClient({ src: fake.base, fetch: fake.fetch, logger: silent, pageSize: 50 }));
    const el = wrapper.querySelector('waymark-event-calendar')!;
    await waitUntil(() => root(el).querySelector('.loading progress'), 'no progress shown', LOAD);
    expect(root(el).querySelector('.loading')!.textContent).to.match(/Loaded \d+ of \d+ groups/);
    await expect(el).to.be.accessible();
    await settled(el);
    // All 150 on one day: the first 20 listed, and the rest counted in the button that shows them.
    expect(root(el).querySelectorAll('.event').length).to.equal(20);
    expect(root(el).querySelector('button.show-all')!.textContent).to.contain('Show all 150 events');
  });

  it('says when nothing is on this month and goes to the next month with something', async () => {
    const may: Schedule = { ...weekly(['FR'], '18:00'), validFrom: '2026-05-01' };
    const el = await calendarWith(
      [{ name: 'x', feed: serviceEventFeed([aService({ name: 'Quiz night', schedules: [may] })]) }],
      {
        view: 'month',
        date: '2026-03-10',
      },
    );
    await settled(el);
    expect(text(el)).to.contain('Nothing is on for March 2026.');
    expect(text(el)).to.contain('The next thing on is on Friday 1 May 2026.');
    await expect(el).to.be.accessible();
    const go = root(el).querySelector<HTMLButtonElement>('.empty button')!;
    expect(go.textContent!.trim()).to.equal('Go to May 2026');
    go.click();
    await el.updateComplete;
    expect(root(el).querySelector('#period')!.textContent).to.equal('May 2026');
    expect(status(el)).to.equal('May 2026: 5 events');
  });

  it('lists the first 20 events of a busy day, and shows the rest on asking, moving to the first of them', async () => {
    const busy = Array.from({ length: 25 }, (_, i) =>
      aService({
        id: `svc-${i}`,
        name: `Group ${String(i + 1).padStart(2, '0')}`,
        schedules: [
          {
            ...weekly(['MO'], `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, '20:00'),
            id: `s${i}`,
          },
        ],
      }),
    );
    for (const view of ['list', 'month']) {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed(busy) }], { view });
      await settled(el);
      const day = () => root(el).querySelector('ul[data-day="2026-03-30"]')!;
      expect(day().querySelectorAll(':scope > li').length).to.equal(20);
      const more = root(el).querySelector<HTMLButtonElement>('button.show-all')!;
      expect(more.textContent!.trim()).to.equal('Show all 25 events on Monday 30 March');
      await expect(el).to.be.accessible();
      more.click();
      await waitUntil(() => day().querySelectorAll(':scope > li').length === 25, `${view}: the rest never showed`);
      expect(root(el).querySelector('button.show-all')).to.equal(null);
      expect(root(el).activeElement?.textContent).to.contain('Group 21');
      await expect(el).to.be.accessible();
    }
  });

  describe('the month grid', () => {
    it('follows the grid pattern: one cell in the tab order, each day named with its date and events', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir()]) }], { view: 'month' });
      await settled(el);
      const grid = root(el).querySelector('table[role="grid"]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal('period');
      const focusable = grid.querySelectorAll('td[tabindex="0"]');
      expect(focusable.length).to.equal(1);
      expect(focusable[0]!.textContent!.trim()).to.match(/^Monday 30 March, 1 event\s/);
      expect(grid.querySelector('td[data-date="2026-03-31"]')!.textContent!.trim()).to.match(
        /^Tuesday 31 March, nothing on\s/,
      );
      expect(grid.querySelectorAll('td[data-date]').length).to.equal(31);
      await expect(el).to.be.accessible();
    });

    it('moves by arrow keys, Home and End, and by month with Page Up and Page Down, announcing the month', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir()]) }], { view: 'month' });
      await settled(el);
      const focused = () => root(el).activeElement?.getAttribute('data-date');
      const press = async (key: string, options: KeyboardEventInit = {}) => {
        root(el)
          .querySelector('td[tabindex="0"]')!
          .dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...options }));
        await el.updateComplete;
      };
      root(el).querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
      await press('ArrowLeft');
      expect(focused()).to.equal('2026-03-29');
      await press('ArrowUp');
      expect(focused()).to.equal('2026-03-22');
      await press('Home');
      expect(focused()).to.equal('2026-03-16');
      await press('End');
      expect(focused()).to.equal('2026-03-22');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(focused()).to.equal('2026-04-05');
      expect(root(el).querySelector('#period')!.textContent).to.equal('April 2026');
      expect(status(el)).to.equal('April 2026: 9 events');
      await press('PageDown');
      expect(focused()).to.equal('2026-05-05');
      expect(status(el)).to.equal('May 2026: 8 events');
      await press('PageUp', { shiftKey: true });
      expect(focused()).to.equal('2025-05-05');
      await press('End', { ctrlKey: true });
      expect(focused()).to.equal('2025-05-31');
      await expect(el).to.be.accessible();
    });

    it('lists the focused day’s events below the grid; Enter takes you to them', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }], { view: 'month' });
      await settled(el);
      const cell = root(el).querySelector<HTMLElement>('td[tabindex="0"]')!;
      cell.focus();
      cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect(root(el).activeElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('10am to 12pm Lunch club');
      expect(root(el).querySelector('#day-heading')!.textContent).to.equal('Monday 30 March');
    });
  });

  it('shows a week with every day, saying when nothing is on', async () => {
    const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir()]) }], { view: 'week' });
    await settled(el);
    expect(root(el).querySelectorAll('.day-group').length).to.equal(7);
    expect(root(el).querySelectorAll('.nothing').length).to.equal(5);
    root(el).querySelector<HTMLButtonElement>('.toolbar .group button:last-child')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('#period')!.textContent).to.equal('Monday 6 April to Sunday 12 April 2026');
    expect(status(el)).to.equal('Monday 6 April to Sunday 12 April 2026: 2 events');
    await expect(el).to.be.accessible();
  });

  it('filters, and says how many events are shown', async () => {
    const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir()]) }]);
    await settled(el);
    root(el).querySelector('details')!.open = true;
    const free = [...root(el).querySelectorAll<HTMLLabelElement>('label.check')].find((l) =>
      l.textContent!.includes('Free only'),
    )!;
    free.querySelector('input')!.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.event .title')].map((t) => t.textContent)).to.deep.equal(['Lunch club']);
    expect(status(el)).to.equal('1 event shown');
    await expect(el).to.be.accessible();
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'nothing like this';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(el)).to.contain('Nothing matches your filters for Monday 30 March to Sunday 5 April 2026.');
    await expect(el).to.be.accessible();
  });

  describe('near a postcode', () => {
    const API = 'https://postcodes.test';
    const realFetch = window.fetch;
    let asked: string[] = [];

    beforeEach(() => {
      asked = [];
      // A fake postcodes.io: NG18 1AB is a few hundred metres from Forest Town; anything else is not found.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        if (!url.startsWith(API)) return realFetch(input, init);
        asked.push(url);
        if (url.endsWith('/postcodes/NG18%201AB')) {
          const result = { postcode: 'NG18 1AB', latitude: 53.153, longitude: -1.16 };
          return Promise.resolve(new Response(JSON.stringify({ status: 200, result }), { status: 200 }));
        }
        return Promise.resolve(new Response('{"status":404}', { status: 404 }));
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    function farAway(): Service {
      // Nottingham, about 13 miles south of Forest Town.
      return aService({
        id: 'svc-far',
        name: 'City walk',
        locations: [aPlace({ latitude: 52.9548, longitude: -1.1581 }, { name: 'Market square' })],
        schedules: [{ ...weekly(['TU'], '10:00', '11:00'), id: 'sch-3' }],
      });
    }

    async function nearCalendar(): Promise<WaymarkEventCalendar> {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir(), farAway()]) }]);
      el.postcodeApi = API;
      await settled(el);
      root(el).querySelector('details')!.open = true;
      return el;
    }

    const message = (el: WaymarkEventCalendar) =>
      root(el).querySelector('#near-message')!.textContent!.replace(/\s+/g, ' ').trim();

    async function findPostcode(el: WaymarkEventCalendar, postcode: string): Promise<void> {
      const before = message(el);
      const input = root(el).querySelector<HTMLInputElement>('input[name="postcode"]')!;
      input.value = postcode;
      root(el).querySelector<HTMLButtonElement>('form.near button[type="submit"]')!.click();
      await waitUntil(() => message(el) !== '' && message(el) !== before, 'no answer to the postcode', LOAD);
      await el.updateComplete;
    }

    const titles = (el: WaymarkEventCalendar) =>
      [...root(el).querySelectorAll('.event .title')].map((t) => t.textContent);

    it('shows how far each event is, and keeps only those within the distance you choose', async () => {
      const el = await nearCalendar();
      await expect(el).to.be.accessible();
      await findPostcode(el, 'ng18 1ab');
      expect(message(el)).to.equal('Showing how far each event is from NG18 1AB.');
      const lunch = [...root(el).querySelectorAll('.event')].find((e) => e.textContent!.includes('Lunch club'))!;
      expect(lunch.textContent).to.contain('Less than 1 mile away');
      const walk = [...root(el).querySelectorAll('.event')].find((e) => e.textContent!.includes('City walk'))!;
      expect(walk.textContent).to.contain('14 miles away');
      expect(titles(el)).to.include('Evening choir');
      await expect(el).to.be.accessible();

      const howFar = [...root(el).querySelectorAll('label.field')].find((l) => l.textContent!.includes('How far'))!;
      const select = howFar.querySelector('select')!;
      select.value = '5';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lunch club']);
      expect(status(el)).to.equal('1 event shown');
      expect(message(el)).to.contain(
        'Events with no place, like online events, are not shown when you choose a distance.',
      );
      expect(el.shownEvents.map((e) => e.title)).to.deep.equal(['Lunch club']);
      await expect(el).to.be.accessible();

      select.value = '20';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.have.members(['Lunch club', 'City walk']);
    });

    it('says in plain words when a postcode is not found or does not look like one', async () => {
      const el = await nearCalendar();
      await findPostcode(el, 'ZZ1 1ZZ');
      expect(message(el)).to.equal('We could not find the postcode ZZ1 1ZZ. Check it and try again.');
      expect(root(el).querySelector('input[name="postcode"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(titles(el)).to.have.members(['Lunch club', 'Evening choir', 'City walk']);
      await expect(el).to.be.accessible();
      const before = asked.length;
      await findPostcode(el, 'hello');
      expect(message(el)).to.equal('hello does not look like a UK postcode. Check it and try again.');
      expect(asked.length, 'an invalid postcode costs no request').to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('says so in Welsh', async () => {
      const el = await nearCalendar();
      el.lang = 'cy';
      await findPostcode(el, 'NG18 1AB');
      expect(message(el)).to.equal('Yn dangos pa mor bell yw pob digwyddiad o NG18 1AB.');
      expect(text(el)).to.contain('Llai nag 1 filltir i ffwrdd');
      await expect(el).to.be.accessible();
    });
  });

  describe('event details', () => {
    async function openFirst(el: WaymarkEventCalendar): Promise<HTMLDialogElement> {
      root(el).querySelector<HTMLButtonElement>('.event button')!.click();
      await waitUntil(() => root(el).querySelector('dialog[open]'), 'the details did not open', LOAD);
      return root(el).querySelector('dialog')!;
    }

    it('says when, how often, where, cost, access, how to join and contact, and can be closed back to the event', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }]);
      await settled(el);
      const dialog = await openFirst(el);
      const words = dialog.textContent!.replace(/\s+/g, ' ');
      expect(dialog.querySelector('h3')!.textContent).to.equal('Lunch club');
      expect(words).to.contain('When Monday 30 March, 10am to 12pm');
      expect(words).to.contain('How often Every Monday, 10am to 12pm');
      expect(words).to.contain('Where Oakfield Centre');
      expect(words).to.contain('Cost Free');
      expect(words).to.contain('Access Step-free access');
      expect(words).to.contain('How to join Just turn up');
      expect(dialog.querySelector('a[href="tel:01632960000"]')).to.exist;
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('dialog')).to.equal(null);
      expect(root(el).activeElement!.textContent).to.contain('Lunch club');
    });

    it('offers this session and every session as .ics files with London times, and web calendar links', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }]);
      await settled(el);
      const dialog = await openFirst(el);
      const [one, series] = [...dialog.querySelectorAll<HTMLAnchorElement>('a[download]')];
      expect(one!.download).to.equal('lunch-club-2026-03-30.ics');
      expect(series!.download).to.equal('lunch-club.ics');
      const file = await (await fetch(one!.href)).text();
      expect(file).to.contain('DTSTART;TZID=Europe/London:20260330T100000');
      expect(await (await fetch(series!.href)).text()).to.contain('RRULE:FREQ=WEEKLY;BYDAY=MO');
      const google = dialog.querySelector<HTMLAnchorElement>('a[href^="https://calendar.google.com"]')!;
      expect(google.target).to.equal('_blank');
      expect(google.textContent).to.contain('(opens in a new tab)');
      expect(dialog.querySelector('a[href^="https://outlook.live.com"]')).to.exist;
    });

    it('shows a cancelled session as cancelled', async () => {
      const el = await calendarWith([
        {
          name: 'x',
          feed: serviceEventFeed([
            lunchClub({ status: 'temporarily closed', alert: 'Closed while the hall is repaired' }),
          ]),
        },
      ]);
      await settled(el);
      expect(root(el).querySelector('.event .badge')!.textContent).to.equal('Cancelled');
      const dialog = await openFirst(el);
      expect(dialog.querySelector('.notice')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'This session is cancelled. Closed while the hall is repaired',
      );
      await expect(el).to.be.accessible();
    });

    it('links to the group in the finder when one is on the page', async () => {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }]);
      await settled(el);
      expect((await openFirst(el)).textContent).not.to.contain('See this group in the finder');
      root(el).querySelector<HTMLButtonElement>('dialog .close')!.click();
      await el.updateComplete;

      const finder = document.createElement('waymark-group-finder');
      document.body.append(finder);
      try {
        const dialog = await openFirst(el);
        const button = [...dialog.querySelectorAll('button')].find((b) =>
          b.textContent!.includes('See this group in the finder'),
        )!;
        setTimeout(() => button.click());
        const selected = await oneEvent(document, 'waymark-select');
        expect(selected.detail).to.deep.equal({ id: 'svc-lunch' });
        expect(selected.composed).to.equal(true);
      } finally {
        finder.remove();
      }
    });
  });

  it('speaks Welsh, with Welsh month and day names from the catalogue', async () => {
    const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }], {
      view: 'month',
      lang: 'cy',
    });
    await settled(el);
    expect(root(el).querySelector('#period')!.textContent).to.equal('Mawrth 2026');
    expect(root(el).querySelector('td[tabindex="0"] .visually-hidden')!.textContent).to.equal(
      'Dydd Llun 30 Mawrth, 1 digwyddiad',
    );
    expect(text(el)).to.contain('Mis nesaf');
    await expect(el).to.be.accessible();
  });

  it('prints a listing by day without the controls', async () => {
    const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub(), choir()]) }], { view: 'month' });
    await settled(el);
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered at once: the print dialog does not wait for the next frame.
    expect(root(el).querySelector('.toolbar')).to.equal(null);
    expect(root(el).querySelector('.print-title')!.textContent).to.equal('What’s on: March 2026');
    expect(root(el).querySelectorAll('.print .day-group').length).to.equal(9);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('table[role="grid"]')).to.exist;
  });

  it('warns once about a view it does not know and shows the list', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await calendarWith([{ name: 'x', feed: serviceEventFeed([lunchClub()]) }], { view: 'agenda' });
      await settled(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(root(el).querySelector('.list')).to.exist;
      expect(warnings.filter((w) => w.includes('view="agenda"')).length).to.equal(1);
    } finally {
      console.warn = original;
    }
  });

  it('merges several sources in time order, each event carrying its source name', async () => {
    const el = await calendarWith([
      { name: 'the directory', feed: serviceEventFeed([choir()], { sourceName: 'the directory' }) },
      { name: 'the Bugle', feed: serviceEventFeed([lunchClub()], { sourceName: 'the Bugle' }) },
    ]);
    await settled(el);
    const shown: readonly CalendarEvent[] = el.shownEvents;
    expect(shown.map((e) => [e.title, e.sourceName])).to.deep.equal([
      ['Lunch club', 'the Bugle'],
      ['Evening choir', 'the directory'],
    ]);
  });
});
