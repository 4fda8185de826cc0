import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DirectoryClient } from '../src/data/directory/client.js';
import { WaymarkGroupFinder } from '../src/elements/group-finder/index.js';
import { defineElement } from '../src/elements/shared/define.js';
import { FakeDirectory, v3Service, type RawService } from '../test/data/fake-directory.js';

/**
 * `<waymark-group-finder>` in every state a person can reach. Each story reads an in-memory
 * directory (the test suite's fake ORUK 3.0 API), so Storybook needs no server. The finder keeps
 * its search in the page's address, so a story that starts from a search sets the address first.
 */
// Defined here: a bare import of the element's index is dropped from a built Storybook as free of side
// effects (package.json's "sideEffects" names only dist files), and every story was an empty box.
defineElement('waymark-group-finder', WaymarkGroupFinder);

const meta: Meta = {
  title: 'Elements/Group finder',
  component: 'waymark-group-finder',
};
export default meta;

const silent = { groupCollapsed() {}, groupEnd() {}, warn() {}, error() {} };

function services(): RawService[] {
  return [
    v3Service(1, {
      name: 'Forest Town Walking Group',
      description: 'A gentle walk round the park, then tea. Bring comfortable shoes.',
      cost_options: [{ amount: 0, currency: 'GBP' }],
      assured_date: '2026-06-01',
    }),
    v3Service(2, {
      name: 'Lunch Club',
      schedules: [{ id: 's2', freq: 'WEEKLY', interval: 1, byday: 'TU', opens_at: '12:00', closes_at: '14:00' }],
      cost_options: [{ amount: 3.5, currency: 'GBP' }],
      phones: [{ number: '01632 960123' }],
    }),
    v3Service(3, {
      name: 'Memory Café',
      status: 'temporarily closed',
      schedules: [{ id: 's3', freq: 'MONTHLY', interval: 1, byday: '2TU', opens_at: '14:00', closes_at: '16:00' }],
      assured_date: '2020-01-15',
    }),
    ...Array.from({ length: 27 }, (_, i) => v3Service(i + 4)),
  ];
}

function client(fake: FakeDirectory, localThreshold = 2000): DirectoryClient {
  return new DirectoryClient({
    src: fake.base,
    fetch: fake.fetch,
    dialect: 'oruk-v3',
    postcodeApi: new URL(fake.base).origin,
    retries: 0,
    localThreshold,
    logger: silent,
  });
}

function directory(): FakeDirectory {
  return new FakeDirectory({
    services: services(),
    summaryLists: false,
    postcodes: { 'NG18 1AB': { latitude: 53.14, longitude: -1.2 } },
  });
}

/** Sets the address's finder state for a story (and clears the last story's). */
function address(params = ''): void {
  history.replaceState(
    null,
    '',
    `${location.pathname}?${new URLSearchParams(location.search).get('id') ? `id=${new URLSearchParams(location.search).get('id')}&` : ''}${params}`,
  );
}

function finder(fake: FakeDirectory, params = '', localThreshold?: number) {
  address(params);
  return html`<waymark-group-finder
    .client=${client(fake, localThreshold)}
    report-url="https://council.example.gov.uk/report"
    referral-url="https://council.example.gov.uk/refer"
  ></waymark-group-finder>`;
}

export const Results: StoryObj = { render: () => finder(directory()) };

export const Loading: StoryObj = {
  render: () => finder(directory().fail({ path: 'services' }, 'hang')),
};

export const SearchWithATypo: StoryObj = { render: () => finder(directory(), 'wm-q=lunch+clbu') };

export const NearAPostcode: StoryObj = { render: () => finder(directory(), 'wm-postcode=NG18+1AB&wm-radius=5') };

export const PostcodeNotFound: StoryObj = { render: () => finder(directory(), 'wm-postcode=NG99+9ZZ') };

export const FiltersWithChips: StoryObj = { render: () => finder(directory(), 'wm-free=1&wm-day=MO') };

export const NothingMatches: StoryObj = { render: () => finder(directory(), 'wm-day=SU&wm-time=evening') };

export const DirectoryUnreachable: StoryObj = {
  render: () => finder(directory().fail({ path: 'services' }, { status: 500 })),
};

export const BigDirectoryThroughTheApi: StoryObj = { render: () => finder(directory(), '', 10) };

export const Details: StoryObj = { render: () => finder(directory(), 'wm-service=svc-2') };

export const SharedShortlist: StoryObj = { render: () => finder(directory(), 'wm-shortlist=svc-1,svc-2') };

export const ListAndMap: StoryObj = { render: () => finder(directory(), 'wm-view=both') };

export const Welsh: StoryObj = {
  render: () => html`<div lang="cy">${finder(directory())}</div>`,
};

export const NotAUkPostcode: StoryObj = { render: () => finder(directory(), 'wm-postcode=XYZ') };

/** "Use my location" pressed on a device where the person does not allow it: the browser's answer is stubbed. */
export const LocationRefused: StoryObj = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (_found: PositionCallback, failed: PositionErrorCallback) =>
          failed({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'refused' }),
      },
    });
    return () => {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as { geolocation?: unknown }).geolocation;
    };
  },
  render: () => finder(directory()),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('waymark-group-finder');
    for (let i = 0; i < 50 && !el?.shadowRoot?.querySelector('#results-heading'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    [...(el?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.search button') ?? [])]
      .find((button) => button.textContent?.includes('Use my location'))
      ?.click();
  },
};
