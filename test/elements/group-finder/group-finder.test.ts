import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WaymarkGroupFinder } from '../../../src/elements/group-finder/index.js';
import { v3Service } from '../../data/fake-directory.js';
import {
  check,
  clientFor,
  fakeDirectory,
  finderOn,
  names,
  openFilters,
  resetPage,
  richService,
  shadow,
  typeText,
  viewShown,
} from './helpers.js';

function text(el: WaymarkGroupFinder, selector: string): string {
  return shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function param(name: string): string | null {
  return new URL(location.href).searchParams.get(name);
}

/** The address is written after the list is shown (and after typing pauses): wait until it says `value`. */
async function addressSays(name: string, value: string | null): Promise<void> {
  await waitUntil(() => param(name) === value, `the address never had ${name}=${String(value)}`, { timeout: 2000 });
}

describe('<waymark-group-finder>', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  describe('the list', () => {
    it('shows each group with its next meeting, its schedule in words, cost, place and how fresh the listing is', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      expect(names(el)).to.deep.equal(['Forest Town Walking Group', 'Lunch Club', 'Memory Café']);
      const lunch = text(el, '[data-id="svc-2"]');
      expect(lunch).to.match(/Next: Tuesday \d+ \w+, 12pm/);
      expect(lunch).to.contain('Every Tuesday, 12pm to 2pm');
      expect(lunch).to.contain('£3.50');
      expect(lunch).to.contain('2 High Street, Mansfield, NG18 1AB');
      expect(text(el, '[data-id="svc-1"]')).to.contain('Free');
      expect(text(el, '#results-heading')).to.equal('3 groups found');
      expect(text(el, '.results .hint')).to.equal('Showing 1 to 3 of 3');
      await expect(el).to.be.accessible();
    });

    it('marks a temporarily closed group, and says gently when its listing was last checked over a year ago', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const memory = text(el, '[data-id="svc-3"]');
      expect(memory).to.contain('Temporarily closed');
      expect(memory).to.contain('Second Tuesday of the month, 2pm to 4pm');
      expect(memory).to.contain('Listing last checked 15 January 2020');
      expect(memory).to.contain('over a year ago');
      expect(text(el, '[data-id="svc-1"]')).to.not.contain('Temporarily closed');
    });

    it('shows loading progress and placeholders, never a blank box, until the groups arrive', async () => {
      const fake = fakeDirectory({ latencyMs: 300 });
      const el = await fixture<WaymarkGroupFinder>(
        html`<waymark-group-finder .client=${clientFor(fake)}></waymark-group-finder>`,
      );
      expect(shadow(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
      expect(text(el, '.loading .status')).to.match(/Loading/);
      await expect(el).to.be.accessible();
      await waitUntil(() => names(el).length === 3, 'the groups never showed', { timeout: 4000 });
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    });

    it('keeps the good records of a feed with bad ones', async () => {
      const fake = fakeDirectory({
        services: [
          v3Service(1, { name: 'Good group' }),
          v3Service(2, { name: null }),
          v3Service(3, { name: '<img src=x onerror=alert(1)>Craft club', schedules: 'every day' }),
          v3Service(4, { name: 'Far away', service_at_locations: [{ id: 'x', location: { latitude: 999 } }] }),
        ],
      });
      const el = await finderOn(clientFor(fake));
      expect(names(el)).to.include.members(['Good group', 'Far away']);
      expect(shadow(el).querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('searching', () => {
    it('finds a group despite a typo, keeps the words in the address, and reads the count out once typing pauses', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      await typeText(el, 'lunch clbu');
      await waitUntil(() => names(el).join() === 'Lunch Club', 'the search never narrowed');
      await addressSays('wm-q', 'lunch clbu');
      const live = shadow(el).querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => live.textContent!.includes('1 group found'), 'the count was never announced', {
        timeout: 3000,
      });
    });

    it('filters by free only, shows the filter as a chip, and the chip removes it', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      await openFilters(el);
      await check(el, 'input[name="free"]');
      await waitUntil(() => names(el).join() === 'Forest Town Walking Group', 'free only never applied');
      await addressSays('wm-free', '1');
      const chip = shadow(el).querySelector<HTMLButtonElement>('.chip')!;
      expect(chip.getAttribute('aria-label')).to.equal('Remove filter: Free only');
      await expect(el).to.be.accessible();
      chip.click();
      await waitUntil(() => names(el).length === 3, 'removing the chip never widened the search');
      await addressSays('wm-free', null);
    });

    it('asks a big directory for its categories only once a person heads for the filters', async () => {
      const fake = fakeDirectory({
        categories: [
          { id: 'walking', name: 'Walking' },
          { id: 'money', name: 'Money' },
        ],
      });
      // Searched through the API (more groups than the threshold): the first list needs no categories.
      const el = await finderOn(clientFor(fake, { localThreshold: 1 }));
      expect(fake.requestsTo('taxonomy_terms')).to.have.length(0);
      await openFilters(el);
      await waitUntil(() => shadow(el).querySelector('#category'), 'the categories never came to the filters');
      const options = [...shadow(el).querySelectorAll('#category option')].map((o) => o.textContent!.trim());
      expect(options).to.deep.equal(['Any type', 'Walking', 'Money']);
      expect(fake.requestsTo('taxonomy_terms').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('says which filters to remove when nothing matches, and "clear all" clears them', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      await openFilters(el);
      await check(el, 'input[name="day"][value="SU"]');
      await check(el, 'input[name="time"][value="evening"]');
      await waitUntil(() => shadow(el).querySelector('.empty'), 'the empty state never showed');
      expect(text(el, '.empty')).to.equal('No groups match. Try removing a filter: Sunday, Evening.');
      await expect(el).to.be.accessible();
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.chips button')].at(-1)!.click();
      await waitUntil(() => names(el).length === 3, 'clear all never cleared');
      expect(shadow(el).querySelector('.chips')).to.equal(null);
    });

    it('starts from a search in the address, so a shared link shows the same results', async () => {
      history.replaceState(null, '', `${location.pathname}?wm-q=walking&wm-free=1`);
      const el = await finderOn(clientFor(fakeDirectory()));
      expect(names(el)).to.deep.equal(['Forest Town Walking Group']);
      expect(shadow(el).querySelector<HTMLInputElement>('#text')!.value).to.equal('walking');
      // The chips come with the filters' chunk, asked for because the search has a filter on.
      await waitUntil(() => shadow(el).querySelector('.chip'), 'the filter from the address never showed as a chip');
      expect(text(el, '.chip')).to.equal('Free only ×');
      await expect(el).to.be.accessible();
    });

    it('names the filters from the address when nothing matches', async () => {
      history.replaceState(null, '', `${location.pathname}?wm-day=SU&wm-time=evening`);
      const el = await finderOn(clientFor(fakeDirectory()));
      await waitUntil(() => text(el, '.empty').includes('Sunday'), 'the empty state never named the filters');
      expect(text(el, '.empty')).to.equal('No groups match. Try removing a filter: Sunday, Evening.');
      expect(shadow(el).querySelectorAll('.chip').length).to.equal(2);
    });

    it('goes back to the previous search with the browser’s Back', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      await openFilters(el);
      await check(el, 'input[name="free"]');
      await waitUntil(() => names(el).length === 1);
      history.back();
      await waitUntil(() => names(el).length === 3, 'Back never restored the wider search');
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="free"]')!.checked).to.equal(false);
    });

    it('shows in the age box the age it searches with, and keeps a half-typed postcode through a re-render', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      await openFilters(el);
      const age = shadow(el).querySelector<HTMLInputElement>('#age')!;
      age.value = 'abc';
      age.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(age.value).to.equal('');
      age.value = '030';
      age.dispatchEvent(new Event('change'));
      await addressSays('wm-age', '30');
      expect(age.value).to.equal('30');
      age.value = '030';
      age.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(age.value).to.equal('30');

      const postcode = shadow(el).querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'NG18';
      el.requestUpdate();
      await el.updateComplete;
      expect(postcode.value).to.equal('NG18');
    });

    it('sorts by distance from a postcode and shows how far each group is', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const postcode = shadow(el).querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'NG18 1AB';
      postcode.dispatchEvent(new Event('change'));
      await waitUntil(() => text(el, '[data-id="svc-1"]').includes('away'), 'no distance shown');
      expect(names(el)[0]).to.equal('Forest Town Walking Group');
      expect(shadow(el).querySelector('#radius')).to.exist;
      await addressSays('wm-postcode', 'NG18 1AB');
    });

    it('says so when a postcode is not found, and still shows groups', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const postcode = shadow(el).querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'NG99 9ZZ';
      postcode.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('#postcode-error'), 'no postcode message');
      expect(text(el, '#postcode-error')).to.equal('We could not find the postcode NG99 9ZZ. Check it and try again.');
      expect(postcode.getAttribute('aria-invalid')).to.equal('true');
      expect(names(el).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('says so when what is typed is not a UK postcode, and searches without it', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const postcode = shadow(el).querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'xyz';
      postcode.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('#postcode-error'), 'no postcode message');
      expect(text(el, '#postcode-error')).to.equal('XYZ does not look like a UK postcode. Check it and try again.');
      expect(text(el, '.results .error')).to.equal(text(el, '#postcode-error'));
      expect(names(el).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('says plainly when a person does not allow their location, and offers the postcode instead', async () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) =>
            fail({
              code: 1,
              PERMISSION_DENIED: 1,
              POSITION_UNAVAILABLE: 2,
              TIMEOUT: 3,
              message: 'denied',
            } as GeolocationPositionError),
        },
      });
      try {
        const el = await finderOn(clientFor(fakeDirectory()));
        [...shadow(el).querySelectorAll<HTMLButtonElement>('.search button')]
          .find((b) => b.textContent!.includes('Use my location'))!
          .click();
        // What the finder says about a refused location loads when the person asks for it.
        await waitUntil(() => shadow(el).querySelector('.search [role="alert"]'), 'the refusal was never said');
        expect(text(el, '.search [role="alert"]')).to.equal(
          'You did not allow this page to use your location. You can type your postcode instead.',
        );
        await expect(el).to.be.accessible();
      } finally {
        if (original) Object.defineProperty(navigator, 'geolocation', original);
        else delete (navigator as { geolocation?: unknown }).geolocation;
      }
    });

    it('uses the location a person allows, rounded, and measures distance from it', async () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (ok: PositionCallback) =>
            ok({ coords: { latitude: 53.14123, longitude: -1.20045 } } as GeolocationPosition),
        },
      });
      try {
        const el = await finderOn(clientFor(fakeDirectory()));
        [...shadow(el).querySelectorAll<HTMLButtonElement>('.search button')]
          .find((b) => b.textContent!.includes('Use my location'))!
          .click();
        await waitUntil(() => text(el, '[data-id="svc-1"]').includes('away'), 'no distance from the location');
        await addressSays('wm-near', '53.141,-1.2');
      } finally {
        if (original) Object.defineProperty(navigator, 'geolocation', original);
        else delete (navigator as { geolocation?: unknown }).geolocation;
      }
    });
  });

  describe('a big directory, searched through the API', () => {
    it('says "Showing 1 to 20 of 45" and pages through the API, the page kept in the address', async () => {
      const fake = fakeDirectory({ count: 45, services: undefined });
      const el = await finderOn(clientFor(fake, { localThreshold: 10 }));
      expect(text(el, '.results .hint')).to.equal('Showing 1 to 20 of 45');
      expect(names(el).length).to.equal(20);
      const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('.pager button')].at(-1)!;
      next.click();
      await waitUntil(() => text(el, '.results .hint') === 'Showing 21 to 40 of 45', 'page 2 never showed');
      await addressSays('wm-page', '2');
      expect(fake.requestsTo('services').some((url) => url.searchParams.get('page') === '2')).to.equal(true);
      expect(shadow(el).activeElement?.id).to.equal('results-heading');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the directory cannot be reached', () => {
    it('says so in plain words, and Retry works once the fault clears', async () => {
      const fake = fakeDirectory().fail({ path: 'services' }, { status: 500 }, 1);
      const el = await fixture<WaymarkGroupFinder>(
        html`<waymark-group-finder .client=${clientFor(fake)}></waymark-group-finder>`,
      );
      await waitUntil(() => shadow(el).querySelector('.problem'), 'the problem never showed', { timeout: 4000 });
      expect(text(el, '.problem p')).to.equal(
        'We cannot show groups and activities right now. Please try again later.',
      );
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.problem button')!.click();
      await waitUntil(() => names(el).length === 3, 'Retry never loaded the groups', { timeout: 4000 });
    });
  });

  describe('a group’s details', () => {
    it('opens with its own address, moves focus to its heading, and shows its description with its structure', async () => {
      const el = await finderOn(clientFor(fakeDirectory({ services: [await richService()] })), {
        'report-url': 'https://council.example.gov.uk/report',
      });
      const select = oneEvent(el, 'waymark-select');
      shadow(el).querySelector<HTMLAnchorElement>('.result-name a')!.click();
      expect((await select).detail).to.deep.equal({ id: 'svc-0001' });
      await el.updateComplete;
      await addressSays('wm-service', 'svc-0001');
      expect(shadow(el).activeElement?.id).to.equal('details-heading');
      // The first details opened on a page wait for their chunk: a heading to take focus meanwhile.
      expect(shadow(el).querySelector('section.details[aria-busy="true"] #details-heading')).to.exist;
      const copy = fixtureSync<HTMLDivElement>(html`<div></div>`);
      copy.innerHTML = shadow(el).innerHTML;
      await expect(copy).to.be.accessible();
      await viewShown(el, 'details');
      // The details view may arrive after the heading took focus: the heading it shows has focus too.
      expect(shadow(el).activeElement?.id).to.equal('details-heading');
      expect(text(el, '#details-heading')).to.equal('Wednesday Wellbeing Walk');
      const details = shadow(el).querySelector('.details')!;
      expect(details.querySelector('ul li')?.textContent).to.contain('comfortable shoes');
      expect(details.querySelector('strong')?.textContent).to.exist;
      expect(details.querySelector<HTMLAnchorElement>('a[href="https://ramblers.example.org/walks"]')).to.exist;
      expect(details.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:01623000111');
      expect(details.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')).to.exist;
      const report = [...details.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
        a.textContent!.includes('Report a problem'),
      )!;
      expect(new URL(report.href).searchParams.get('service')).to.equal('svc-0001');
      expect(new URL(report.href).searchParams.get('service-name')).to.equal('Wednesday Wellbeing Walk');
      await expect(el).to.be.accessible();
    });

    it('closes with "Back to results" and gives focus back to the group’s row', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      shadow(el).querySelector<HTMLAnchorElement>('[data-id="svc-2"] a')!.click();
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('.details .back')!.click();
      await waitUntil(() => !shadow(el).querySelector('.details'), 'the details never closed');
      await el.updateComplete;
      expect(shadow(el).activeElement?.textContent).to.equal('Lunch Club');
      await addressSays('wm-service', null);
    });

    it('opens when another widget on the page (the event calendar) selects a group', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const calendar = document.createElement('div');
      document.body.append(calendar);
      calendar.dispatchEvent(
        new CustomEvent('waymark-select', { detail: { id: 'svc-3' }, bubbles: true, composed: true }),
      );
      await waitUntil(() => text(el, '#details-heading') === 'Memory Café', 'the details never opened');
      calendar.remove();
    });

    it('hands the group to a referral form on the page and moves focus to it', async () => {
      const form = Object.assign(document.createElement('div'), { id: 'referral-form', tabIndex: -1 });
      document.body.append(form);
      try {
        const el = await finderOn(clientFor(fakeDirectory()), { 'referral-form': 'referral-form' });
        shadow(el).querySelector<HTMLAnchorElement>('[data-id="svc-2"] a')!.click();
        await viewShown(el, 'details');
        [...shadow(el).querySelectorAll<HTMLButtonElement>('.details button')]
          .find((b) => b.textContent!.includes('Refer me'))!
          .click();
        expect((form as HTMLElement & { service?: unknown }).service).to.deep.equal({
          id: 'svc-2',
          name: 'Lunch Club',
        });
        expect(document.activeElement).to.equal(form);
      } finally {
        form.remove();
      }
    });

    it('links to a referral page with the group named when given referral-url', async () => {
      const el = await finderOn(clientFor(fakeDirectory()), { 'referral-url': 'https://example.org/refer' });
      shadow(el).querySelector<HTMLAnchorElement>('[data-id="svc-2"] a')!.click();
      await viewShown(el, 'details');
      const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.details a')].find((a) =>
        a.textContent!.includes('Refer me'),
      )!;
      expect(link.href).to.equal('https://example.org/refer?service=svc-2&service-name=Lunch+Club');
    });

    it('says so in plain words when a link names a group the directory no longer has', async () => {
      history.replaceState(null, '', `${location.pathname}?wm-service=gone-away`);
      const el = await fixture<WaymarkGroupFinder>(
        html`<waymark-group-finder .client=${clientFor(fakeDirectory())}></waymark-group-finder>`,
      );
      await waitUntil(
        () => text(el, '#details-heading') === 'We cannot find this group. It may have closed or moved.',
        'the missing group was never explained',
        { timeout: 4000 },
      );
      expect(shadow(el).activeElement?.id).to.equal('details-heading');
      await expect(el).to.be.accessible();
    });
  });

  describe('the shortlist', () => {
    it('adds and removes groups, kept on the device, with a count and an event', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      const change = oneEvent(el, 'waymark-shortlist-change');
      shadow(el).querySelector<HTMLButtonElement>('[data-id="svc-2"] .shortlist-toggle')!.click();
      expect((await change).detail).to.deep.equal({ ids: ['svc-2'] });
      await el.updateComplete;
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[data-id="svc-2"] .shortlist-toggle')!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('★ Remove from shortlist: Lunch Club');
      expect(text(el, '#shortlist-button')).to.equal('Your shortlist (1)');
      expect(JSON.parse(localStorage.getItem('waymark:shortlist:v1')!)).to.deep.equal([
        { id: 'svc-2', name: 'Lunch Club' },
      ]);
      toggle.click();
      await el.updateComplete;
      expect(text(el, '#shortlist-button')).to.equal('Your shortlist');
    });

    it('prints a clean list with name, when, where, cost and contact, and shares the list as a link', async () => {
      const el = await finderOn(
        clientFor(fakeDirectory({ services: [await richService(), ...fakeDirectory().services] })),
      );
      shadow(el).querySelector<HTMLButtonElement>('[data-id="svc-0001"] .shortlist-toggle')!.click();
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('#shortlist-button')!.click();
      await el.updateComplete;
      expect(shadow(el).activeElement?.id).to.equal('shortlist-heading');
      await viewShown(el, 'shortlist');
      expect(shadow(el).activeElement?.id).to.equal('shortlist-heading');
      await expect(el).to.be.accessible();
      // The views bring their own look: on screen the printed page stays hidden, the share row lays out.
      expect(getComputedStyle(shadow(el).querySelector('.print-view')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.share-row')!).display).to.equal('flex');
      const share = shadow(el).querySelector<HTMLInputElement>('#share-link')!;
      expect(new URL(share.value).searchParams.get('wm-shortlist')).to.equal('svc-0001');

      // Copy link: copied, or (where the browser refuses) the link selected for the person to copy.
      const copyButton = shadow(el).querySelector<HTMLButtonElement>('.share-row button')!;
      const clipboard = navigator.clipboard;
      const originalWrite = clipboard.writeText;
      const written: string[] = [];
      try {
        clipboard.writeText = async (data: string) => void written.push(data);
        copyButton.click();
        await waitUntil(() => text(el, '.share [role="status"]') === 'Link copied.', 'the copy was never confirmed');
        expect(written).to.deep.equal([share.value]);
        clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
        copyButton.click();
        await waitUntil(
          () => text(el, '.share [role="status"]') === 'Select the link and copy it yourself.',
          'a refused copy was never explained',
        );
        expect(shadow(el).activeElement).to.equal(share);
      } finally {
        clipboard.writeText = originalWrite;
      }

      const originalPrint = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        shadow(el).querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
        await waitUntil(() => printed === 1, 'print was never asked for');
      } finally {
        window.print = originalPrint;
      }
      expect(el.hasAttribute('printing')).to.equal(true);
      const page = text(el, '.print-view');
      expect(page).to.contain('Wednesday Wellbeing Walk');
      expect(page).to.contain('Every Wednesday, 10am to 11:30am');
      expect(page).to.contain('Cost');
      expect(page).to.contain('01623 000 111');
      expect(shadow(el).querySelector('.print-view button')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('printing')).to.equal(false);
    });

    it('shows a shortlist someone shared as a link, and keeps it when asked', async () => {
      history.replaceState(null, '', `${location.pathname}?wm-shortlist=svc-1,svc-3`);
      const el = await finderOn(clientFor(fakeDirectory()));
      await waitUntil(() => shadow(el).querySelector('.shared'), 'the shared list never showed');
      expect(text(el, '.shared')).to.contain('Forest Town Walking Group');
      expect(text(el, '.shared')).to.contain('Memory Café');
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.shared button')!.click();
      await el.updateComplete;
      expect(el.shortlist.entries.map((e) => e.id)).to.deep.equal(['svc-1', 'svc-3']);
      await addressSays('wm-shortlist', null);
    });
  });

  describe('the map', () => {
    it('loads the map only when a map view is chosen, and a place picked on it selects that row', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      expect(shadow(el).querySelector('waymark-group-map')).to.equal(null);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.views button')]
        .find((b) => b.textContent!.trim() === 'List and map')!
        .click();
      await waitUntil(() => shadow(el).querySelector('waymark-group-map'), 'the map never loaded');
      await addressSays('wm-view', 'both');
      const map = shadow(el).querySelector('waymark-group-map')!;
      expect((map as unknown as { services: unknown[] }).services.length).to.equal(3);
      map.dispatchEvent(new CustomEvent('waymark-select', { detail: { id: 'svc-2' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('.result.selected')?.getAttribute('data-id')).to.equal('svc-2');
      expect(shadow(el).querySelector('.details')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the place picked on a map shown alone under the map, as its list row', async () => {
      const el = await finderOn(clientFor(fakeDirectory()));
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.views button')]
        .find((b) => b.textContent!.trim() === 'Map')!
        .click();
      await waitUntil(() => shadow(el).querySelector('waymark-group-map'), 'the map never loaded');
      expect(shadow(el).querySelector('.result')).to.equal(null);
      const map = shadow(el).querySelector('waymark-group-map')!;
      map.dispatchEvent(new CustomEvent('waymark-select', { detail: { id: 'svc-2' }, bubbles: true, composed: true }));
      await el.updateComplete;
      const chosen = shadow(el).querySelector('.map-area section[aria-label="Chosen on the map"]');
      expect(chosen?.querySelector('.result.selected')?.getAttribute('data-id')).to.equal('svc-2');
      expect(chosen?.textContent).to.contain('Lunch Club');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes a site sets', () => {
    it('warns once about a bad value and carries on with the default', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const el = await finderOn(clientFor(fakeDirectory()), { view: 'grid', 'page-size': 'lots', near: 'nowhere' });
        // The warnings' words load on demand (only a misconfigured page needs them).
        await waitUntil(() => warnings.some((w) => w.includes('page-size="lots"')), 'page-size never warned');
        el.requestUpdate();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(warnings.filter((w) => w.includes('view="grid"')).length).to.equal(1);
        expect(warnings.filter((w) => w.includes('page-size="lots"')).length).to.equal(1);
        expect(shadow(el).querySelector('.views [aria-pressed="true"]')!.textContent!.trim()).to.equal('List');
        expect(names(el).length).to.equal(3);
      } finally {
        console.warn = original;
      }
    });

    it('starts near the postcode given in near', async () => {
      const fake = fakeDirectory();
      const el = await fixture<WaymarkGroupFinder>(
        html`<waymark-group-finder near="NG18 1AB" .client=${clientFor(fake)}></waymark-group-finder>`,
      );
      await waitUntil(() => text(el, '[data-id="svc-1"]').includes('away'), 'no distance from near');
      expect(shadow(el).querySelector<HTMLInputElement>('#postcode')!.value).to.equal('NG18 1AB');
    });

    it('limits the finder to the categories given', async () => {
      const fake = fakeDirectory({
        services: [
          v3Service(1, { name: 'Walk', attributes: [{ taxonomy_term: { id: 'walking', name: 'Walking' } }] }),
          v3Service(2, { name: 'Debt help', attributes: [{ taxonomy_term: { id: 'money', name: 'Money' } }] }),
        ],
      });
      const el = await fixture<WaymarkGroupFinder>(
        html`<waymark-group-finder categories="money" .client=${clientFor(fake)}></waymark-group-finder>`,
      );
      await waitUntil(() => names(el).length > 0);
      expect(names(el)).to.deep.equal(['Debt help']);
    });

    it('speaks Welsh when its page does', async () => {
      // fixtureSync: fixture() waits a frame for a plain <div>, and a background tab never paints one.
      const el = fixtureSync<HTMLDivElement>(
        html`<div lang="cy"><waymark-group-finder .client=${clientFor(fakeDirectory())}></waymark-group-finder></div>`,
      ).querySelector<WaymarkGroupFinder>('waymark-group-finder')!;
      await el.updateComplete;
      // The Welsh words are their own chunk: until they arrive, placeholders without words, never English.
      const first = shadow(el).textContent!;
      expect(first).not.to.contain('Loading');
      expect(first).not.to.contain('What are you looking for?');
      expect(shadow(el).querySelector('[aria-busy="true"] .skeletons')).to.exist;
      // Axe on a copy of that state: the Welsh may arrive while axe runs on the element itself.
      const copy = fixtureSync<HTMLDivElement>(html`<div lang="cy"></div>`);
      copy.innerHTML = shadow(el).innerHTML;
      await expect(copy).to.be.accessible();
      await waitUntil(() => names(el).length === 3);
      expect(text(el, 'label[for="text"]')).to.equal('Beth ydych chi’n chwilio amdano?');
      expect(text(el, '#results-heading')).to.equal('3 grŵp wedi’u canfod');
      // The schedule phrases are Welsh too (their own chunk, loaded with the finder's Welsh words).
      expect(text(el, '[data-id="svc-2"]')).to.contain('Bob dydd Mawrth, 12yp i 2yp');
      await expect(el).to.be.accessible();
      // The filters' controls load on demand; their words come in Welsh too.
      await openFilters(el);
      expect(text(el, '.filter-body legend')).to.equal('Diwrnod');
      await expect(el).to.be.accessible();
      // The details view loads on demand; its own words come in Welsh too.
      shadow(el).querySelector<HTMLAnchorElement>('[data-id="svc-2"] h3 a')!.click();
      await viewShown(el, 'details');
      expect(text(el, '.details h3')).to.equal('Beth ydyw');
      await expect(el).to.be.accessible();
    });
  });
});
