import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Service } from '../../../src/data/model.js';
import '../../../src/elements/directory/index.js';
import '../../../src/elements/group-map/index.js';
import type { GroupMapSelectDetail, WaymarkGroupMap } from '../../../src/elements/group-map/index.js';
import {
  aPlace,
  aService,
  FOREST_TOWN,
  MANSFIELD,
  RAINWORTH,
  WARSOP,
  weekly,
} from '../../data/builders/service-builder.js';
import { FakeDirectory, FAKE_BASE, makeServices } from '../../data/fake-directory.js';

const WALKING = aService({
  name: 'Walking group',
  organization: { name: 'Mansfield Ramblers' },
  free: true,
  locations: [aPlace(MANSFIELD, { name: 'Titchfield Park', schedules: [weekly(['TU'], '10:00', '11:30')] })],
});
const LUNCH = aService({
  name: 'Lunch club',
  feesDescription: '£3 a meal',
  locations: [aPlace(RAINWORTH, { name: 'Rainworth' })],
});
const SHED = aService({ name: "Men's Shed", locations: [aPlace(WARSOP, { name: 'Warsop' })] });
const PHONE_ONLY = aService({ name: 'Phone befriending', locations: [aPlace(undefined)] });

function withTown(service: Service, town: string): Service {
  return {
    ...service,
    locations: service.locations.map((place) => ({
      ...place,
      location: { ...place.location, address: { lines: [], town } },
    })),
  };
}

/** Many groups around Forest Town: enough to cluster at any zoom that shows them all. */
function crowd(count: number): Service[] {
  return Array.from({ length: count }, (_, i) =>
    withTown(
      aService({
        name: `Group ${i + 1}`,
        locations: [
          aPlace({
            latitude: FOREST_TOWN.latitude + ((i % 10) - 5) * 0.002,
            longitude: FOREST_TOWN.longitude + (Math.floor(i / 10) - 5) * 0.003,
          }),
        ],
      }),
      'Forest Town',
    ),
  );
}

async function mapOf(
  services: readonly Service[] | undefined,
  attributes: { lang?: string } = {},
): Promise<WaymarkGroupMap> {
  const el = fixtureSync<WaymarkGroupMap>(
    html`<waymark-group-map tile-url="none" lang=${attributes.lang ?? 'en'} .services=${services}></waymark-group-map>`,
  );
  await waitUntil(() => el.view, 'the map did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

function markers(el: WaymarkGroupMap): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.markers button')];
}

function labels(el: WaymarkGroupMap): string[] {
  return markers(el).map((m) => m.getAttribute('aria-label') ?? '');
}

function focused(el: WaymarkGroupMap): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<waymark-group-map>', () => {
  it('shows a named marker for each group with a place, and says which groups are not on the map', async () => {
    const el = await mapOf([withTown(WALKING, 'Mansfield'), LUNCH, SHED, PHONE_ONLY]);
    el.fitResults();
    await el.updateComplete;
    expect(labels(el)).to.have.members(['Walking group, Mansfield', 'Lunch club, Rainworth', "Men's Shed, Warsop"]);
    expect(el.shadowRoot!.textContent).to.contain('1 group is not on the map because we do not know where it meets.');
    const map = el.shadowRoot!.querySelector('[part="map"]')!;
    expect(map.getAttribute('aria-label')).to.equal('Map of groups and activities');
    await expect(el).to.be.accessible();
  });

  it('never breaks on bad records: no places, impossible coordinates, nulls', async () => {
    const broken = [
      { ...aService({ name: 'No places' }), locations: null },
      aService({ name: 'Nowhere', locations: [aPlace({ latitude: Number.NaN, longitude: 2 })] }),
      aService({ name: 'Off the globe', locations: [aPlace({ latitude: 123, longitude: 2 })] }),
      null,
      LUNCH,
    ] as unknown as Service[];
    const el = await mapOf(broken);
    el.fitResults();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Lunch club, Rainworth']);
  });

  it('clusters many groups into one named button that zooms in on Enter and moves focus to a marker inside it', async () => {
    const el = await mapOf(crowd(100));
    el.view!.leaflet.setView([FOREST_TOWN.latitude, FOREST_TOWN.longitude], 10, { animate: false });
    await el.updateComplete;
    const clusters = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="cluster"]');
    expect(clusters.length).to.be.greaterThan(0);
    expect(markers(el).length).to.be.lessThan(10);
    const cluster = clusters[0]!;
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ groups near Forest Town, press Enter to zoom in$/);
    await expect(el).to.be.accessible();
    const zoomBefore = el.view!.leaflet.getZoom();
    cluster.focus();
    cluster.click(); // what Enter does on a button
    expect(el.view!.leaflet.getZoom()).to.be.greaterThan(zoomBefore);
    expect(markers(el)).to.include(focused(el));
    expect(markers(el).length).to.be.greaterThan(1);
  });

  it('draws markers in reading order, so Tab moves top to bottom', async () => {
    const el = await mapOf([LUNCH, SHED, withTown(WALKING, 'Mansfield')]);
    el.fitResults();
    await el.updateComplete;
    // Warsop is furthest north, Rainworth furthest south.
    expect(labels(el)[0]).to.equal("Men's Shed, Warsop");
    expect(labels(el).at(-1)).to.equal('Lunch club, Rainworth');
  });

  it('opens a summary like the list when a person picks a marker, tells the page, and returns focus on close', async () => {
    const el = await mapOf([withTown(WALKING, 'Mansfield'), LUNCH]);
    el.fitResults();
    await el.updateComplete;
    const picks: GroupMapSelectDetail[] = [];
    document.addEventListener('waymark-select', (e) => picks.push((e as CustomEvent<GroupMapSelectDetail>).detail));
    const marker = markers(el).find((m) => m.getAttribute('aria-label') === 'Walking group, Mansfield')!;
    marker.focus();
    marker.click();
    await el.updateComplete;
    expect(picks).to.deep.equal([{ id: WALKING.id, action: 'marker' }]);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.contain('Walking group');
    expect(summary.textContent).to.contain('Mansfield Ramblers');
    expect(summary.textContent).to.contain('Every Tuesday');
    expect(summary.textContent).to.contain('Free');
    expect(focused(el)?.textContent?.trim()).to.equal('Walking group');
    expect(el.selected).to.equal(WALKING.id);
    expect(marker.getAttribute('aria-current')).to.equal('true');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    expect(picks.at(-1)).to.deep.equal({ id: WALKING.id, action: 'details' });

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });

  it('closes the summary with Escape', async () => {
    const el = await mapOf([LUNCH]);
    el.fitResults();
    await el.updateComplete;
    markers(el)[0]!.click();
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('.summary-title')!;
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
  });

  it('gathers the groups that meet at one place into one marker that lists them', async () => {
    const hall = { latitude: 53.16, longitude: -1.18 };
    const here = ['Knit and natter', 'Memory café', 'Tai chi'].map((name) =>
      aService({ name, locations: [aPlace(hall, { name: 'Forest Town Arena' })] }),
    );
    const el = await mapOf(here);
    el.fitResults();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['3 groups at Forest Town Arena, press Enter to see them']);
    markers(el)[0]!.click();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.querySelector('h3')!.textContent).to.equal('Groups at Forest Town Arena');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'Knit and natter',
      'Memory café',
      'Tai chi',
    ]);
    await expect(el).to.be.accessible();
    summary.querySelector<HTMLButtonElement>('li button')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal(here[0]!.id);
    expect(el.shadowRoot!.querySelector('.summary-title')!.textContent).to.equal('Knit and natter');
  });

  it('highlights, reveals and summarises the group the page selects, zooming out of its cluster', async () => {
    const groups = crowd(100);
    const el = await mapOf(groups);
    el.view!.leaflet.setView([FOREST_TOWN.latitude, FOREST_TOWN.longitude], 9, { animate: false });
    const target = groups[42]!;
    el.selected = target.id;
    await el.updateComplete;
    const chosen = el.shadowRoot!.querySelector('[part~="selected"]');
    expect(chosen?.getAttribute('aria-label')).to.equal('Group 43, Forest Town');
    expect(chosen?.getAttribute('aria-current')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.summary-title')!.textContent).to.equal('Group 43');
    // The page chose it, so focus stays where the person is.
    expect(focused(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reveals a group chosen before the map was ready', async () => {
    const groups = crowd(100);
    const el = fixtureSync<WaymarkGroupMap>(
      html`<waymark-group-map tile-url="none" selected=${groups[7]!.id} .services=${groups}></waymark-group-map>`,
    );
    await waitUntil(() => el.view, 'the map did not load', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="selected"]')?.getAttribute('aria-label')).to.equal(
      'Group 8, Forest Town',
    );
    expect(el.shadowRoot!.querySelector('.summary-title')!.textContent).to.equal('Group 8');
  });

  it('closes the summary when the page chooses a group that is not on the map, or none', async () => {
    const el = await mapOf([LUNCH, SHED, PHONE_ONLY]);
    el.selected = LUNCH.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary-title')!.textContent).to.equal('Lunch club');
    el.selected = PHONE_ONLY.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    el.selected = SHED.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary-title')!.textContent).to.equal("Men's Shed");
    el.selected = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="selected"]')).to.equal(null);
  });

  it('fits the view to the results after each search', async () => {
    const el = await mapOf([LUNCH]);
    el.fitResults();
    await el.updateComplete;
    expect(el.view!.leaflet.getBounds().contains([WARSOP.latitude, WARSOP.longitude])).to.equal(false);
    el.services = [LUNCH, SHED];
    el.fitResults(); // as the finder does, straight after setting the results
    const bounds = el.view!.leaflet.getBounds();
    expect(bounds.contains([WARSOP.latitude, WARSOP.longitude])).to.equal(true);
    expect(bounds.contains([RAINWORTH.latitude, RAINWORTH.longitude])).to.equal(true);
  });

  it('shows the place searched from as its own, named marker', async () => {
    const el = await mapOf([LUNCH]);
    el.origin = MANSFIELD;
    el.fitResults();
    await el.updateComplete;
    const origin = el.shadowRoot!.querySelector('[part="origin"]');
    expect(origin?.getAttribute('role')).to.equal('img');
    expect(origin?.getAttribute('aria-label')).to.equal('The place you searched from');
    expect(el.view!.leaflet.getBounds().contains([MANSFIELD.latitude, MANSFIELD.longitude])).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh when its page does', async () => {
    const el = await mapOf([LUNCH, ...crowd(30)], { lang: 'cy' });
    el.view!.leaflet.setView([FOREST_TOWN.latitude, FOREST_TOWN.longitude], 9, { animate: false });
    await el.updateComplete;
    const text = labels(el).join(' | ');
    expect(text).to.match(/\d+ grŵp ger Forest Town, pwyswch Enter i chwyddo i mewn/);
    expect(el.shadowRoot!.querySelector('.skip')!.textContent).to.equal('Neidio heibio’r map');
    expect(el.shadowRoot!.querySelector('[part="map"]')!.getAttribute('aria-label')).to.equal(
      'Map o grwpiau a gweithgareddau',
    );
  });

  it("speaks its page's language when it has none of its own", async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div lang="cy"><waymark-group-map tile-url="none" .services=${[LUNCH]}></waymark-group-map></div>`,
    );
    const el = page.querySelector('waymark-group-map')!;
    await waitUntil(() => el.view, 'the map did not load', { timeout: 8000 });
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.skip')!.textContent).to.equal('Neidio heibio’r map');
  });

  it('lets a keyboard user skip past the map', async () => {
    const el = await mapOf(crowd(10));
    const skip = el.shadowRoot!.querySelector<HTMLAnchorElement>('.skip')!;
    skip.click();
    expect(focused(el)?.id).to.equal('after-map');
  });

  it('zooms with its own named buttons, without animation for a person who prefers less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mapOf([LUNCH]).finally(() => emulateMedia({ reducedMotion: 'no-preference' }));
    el.fitResults();
    await el.updateComplete;
    const zoom = el.view!.leaflet.getZoom();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')!.click();
    expect(el.view!.leaflet.getZoom()).to.equal(zoom - 1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
    expect(el.view!.leaflet.getZoom()).to.equal(zoom);
    expect(el.shadowRoot!.querySelector('[aria-label="Zoom in"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[aria-label="Show all groups on the map"]')).to.exist;
  });

  it('keeps its markers on a plain background, with a note, when the tiles cannot be reached', async () => {
    const el = fixtureSync<WaymarkGroupMap>(
      html`<waymark-group-map tile-url="http://127.0.0.1:9/{z}/{x}/{y}.png" .services=${[LUNCH]}></waymark-group-map>`,
    );
    await waitUntil(() => el.view, 'the map did not load', { timeout: 8000 });
    el.fitResults();
    await waitUntil(
      () => el.shadowRoot!.textContent?.includes('The map background could not be loaded'),
      'no note about the background',
      { timeout: 8000 },
    );
    expect(labels(el)).to.deep.equal(['Lunch club, Rainworth']);
    expect(el.view!.tiles).to.equal('failed');
    expect(el.shadowRoot!.querySelector('[part="attribution"] a')?.getAttribute('href')).to.equal(
      'https://www.openstreetmap.org/copyright',
    );
    await expect(el).to.be.accessible();
  });

  it('builds a new map when the tile address changes, keeping its markers', async () => {
    const el = await mapOf([LUNCH]);
    const first = el.view;
    el.tileUrl = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
    await waitUntil(() => el.view && el.view !== first, 'no new map', { timeout: 8000 });
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Lunch club, Rainworth']);
    expect(el.view!.tiles).to.not.equal('none');
  });

  it('warns once about a tile address it cannot use, and uses OpenStreetMap instead', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = fixtureSync<WaymarkGroupMap>(
        html`<waymark-group-map tile-url="javascript:alert(1)" .services=${[LUNCH]}></waymark-group-map>`,
      );
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('tile-url="javascript:alert(1)"'))).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="attribution"]')?.textContent).to.contain('OpenStreetMap');
    } finally {
      console.warn = original;
    }
  });

  it('does not load the map while it is hidden, and loads it once shown', async () => {
    const el = fixtureSync<WaymarkGroupMap>(
      html`<waymark-group-map hidden tile-url="none" .services=${[LUNCH]}></waymark-group-map>`,
    );
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.view).to.equal(undefined);
    el.hidden = false;
    await waitUntil(() => el.view, 'the map did not load once shown', { timeout: 8000 });
  });

  describe('used alone', () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it('shows every group of the directory at src', async () => {
      const base = `${FAKE_BASE}/alone-ok`;
      const fake = new FakeDirectory({ base, services: makeServices(12), summaryLists: false });
      globalThis.fetch = fake.fetch as typeof fetch;
      const el = fixtureSync<WaymarkGroupMap>(
        html`<waymark-group-map tile-url="none" src=${base}></waymark-group-map>`,
      );
      await waitUntil(() => el.view && markers(el).length > 0, 'no markers', { timeout: 8000 });
      const names = labels(el).join(' | ');
      expect(names).to.match(/Group \d+|groups near Mansfield/);
      await expect(el).to.be.accessible();
    });

    it('shows every group of the surrounding <waymark-directory>', async () => {
      const base = `${FAKE_BASE}/inside-provider`;
      globalThis.fetch = new FakeDirectory({ base, services: makeServices(5), summaryLists: false })
        .fetch as typeof fetch;
      const page = fixtureSync<HTMLElement>(
        html`<waymark-directory src=${base}
          ><waymark-group-map tile-url="none"></waymark-group-map
        ></waymark-directory>`,
      );
      const el = page.querySelector('waymark-group-map')!;
      await waitUntil(() => el.view && markers(el).length > 0, 'no markers', { timeout: 8000 });
      expect(labels(el).join(' | ')).to.match(/Group \d+, Mansfield|groups near Mansfield/);
    });

    it('says so in plain words when the directory cannot be reached, and tries again', async () => {
      const base = `${FAKE_BASE}/alone-down`;
      const fake = new FakeDirectory({ base, services: makeServices(3), summaryLists: false });
      fake.fail({ path: '' }, 'unreachable');
      fake.fail({ path: 'services' }, 'unreachable');
      globalThis.fetch = fake.fetch as typeof fetch;
      const el = fixtureSync<WaymarkGroupMap>(
        html`<waymark-group-map tile-url="none" src=${base}></waymark-group-map>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'We cannot show groups and activities right now',
      );
      await expect(el).to.be.accessible();
      globalThis.fetch = new FakeDirectory({ base, services: makeServices(3), summaryLists: false })
        .fetch as typeof fetch;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => el.view && markers(el).length > 0, 'no markers after trying again', { timeout: 8000 });
    });
  });
});
