import { fixture, html, waitUntil } from '@open-wc/testing';
import { DirectoryClient, type DirectoryClientOptions } from '../../../src/data/directory/client.js';
import '../../../src/elements/group-finder/index.js';
import type { WaymarkGroupFinder } from '../../../src/elements/group-finder/index.js';
import { FakeDirectory, v3Service, type FakeDirectoryOptions, type RawService } from '../../data/fake-directory.js';

export const silent = { groupCollapsed() {}, groupEnd() {}, warn() {}, error() {} };

/** The test page's own address, put back after each test so one test's search never leaks into the next. */
const pageAddress = location.href;

export function resetPage(): void {
  history.replaceState(null, '', pageAddress);
  localStorage.removeItem('waymark:shortlist:v1');
}

/** A few groups a person might look for, in the feed's own shape. */
export function townServices(): RawService[] {
  return [
    v3Service(1, { name: 'Forest Town Walking Group', cost_options: [{ amount: 0, currency: 'GBP' }] }),
    v3Service(2, {
      name: 'Lunch Club',
      schedules: [{ id: 'sch-2', freq: 'WEEKLY', interval: 1, byday: 'TU', opens_at: '12:00', closes_at: '14:00' }],
      cost_options: [{ amount: 3.5, currency: 'GBP' }],
    }),
    v3Service(3, {
      name: 'Memory Café',
      status: 'temporarily closed',
      schedules: [{ id: 'sch-3', freq: 'MONTHLY', interval: 1, byday: '2TU', opens_at: '14:00', closes_at: '16:00' }],
      assured_date: '2020-01-15',
    }),
  ];
}

/** The richest service of the demo payload: markdown description, contacts, phones, costs. */
export async function richService(): Promise<RawService> {
  const page = (await (
    await fetch(new URL('../../data/payloads/oruk-v3-demo-services.json', import.meta.url))
  ).json()) as {
    contents: RawService[];
  };
  return page.contents[0]!;
}

export function fakeDirectory(options: FakeDirectoryOptions = {}): FakeDirectory {
  return new FakeDirectory({
    services: townServices(),
    summaryLists: false,
    postcodes: { 'NG18 1AB': { latitude: 53.14, longitude: -1.2 } },
    ...options,
  });
}

export function clientFor(fake: FakeDirectory, options: Partial<DirectoryClientOptions> = {}): DirectoryClient {
  return new DirectoryClient({
    src: fake.base,
    fetch: fake.fetch,
    dialect: 'oruk-v3',
    postcodeApi: new URL(fake.base).origin,
    retries: 0,
    logger: silent,
    ...options,
  });
}

export function shadow(el: WaymarkGroupFinder): ShadowRoot {
  return el.shadowRoot!;
}

export function names(el: WaymarkGroupFinder): string[] {
  return [...shadow(el).querySelectorAll('.result-list .result-name')].map((n) => n.textContent!.trim());
}

/** A finder on `client`, once its first results show. */
export async function finderOn(
  client: DirectoryClient,
  attributes: Record<string, string> = {},
): Promise<WaymarkGroupFinder> {
  const el = await fixture<WaymarkGroupFinder>(html`<waymark-group-finder .client=${client}></waymark-group-finder>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => shadow(el).querySelector('#results-heading'), 'the results never showed', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

export async function typeText(el: WaymarkGroupFinder, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('#text')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Opens the filters disclosure and waits for its controls, which load when a person heads for them. */
export async function openFilters(el: WaymarkGroupFinder): Promise<void> {
  shadow(el).querySelector<HTMLElement>('summary')!.click();
  await waitUntil(() => shadow(el).querySelector('.filter-body input'), 'the filters never showed their controls');
  await el.updateComplete;
}

export async function check(el: WaymarkGroupFinder, selector: string): Promise<void> {
  const box = shadow(el).querySelector<HTMLInputElement>(selector)!;
  box.click();
  await el.updateComplete;
}

/**
 * Waits for a view the finder loads on demand (`details` or `shortlist`) to replace its loading
 * placeholder, and checks the heading still has focus once it has.
 */
export async function viewShown(el: WaymarkGroupFinder, part: 'details' | 'shortlist'): Promise<void> {
  await waitUntil(() => shadow(el).querySelector(`[part="${part}"]`), `the ${part} view never loaded`, {
    timeout: 4000,
  });
  await el.updateComplete;
}
