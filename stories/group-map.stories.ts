import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GeoPoint, Service, ServiceLocation } from '../src/data/model.js';
import '../src/elements/group-map/index.js';

/**
 * `<waymark-group-map>`: the finder's map, also usable alone. Every marker and cluster is a named
 * button (Tab to reach them, Enter to pick or zoom in); picking a group opens a summary like the
 * list's. There are no map tiles in Storybook (no internet), which is itself a state: the markers
 * show on a plain background with a note.
 */

const MANSFIELD: GeoPoint = { latitude: 53.1437, longitude: -1.1965 };

function place(id: string, point: GeoPoint | undefined, name: string, town: string): ServiceLocation {
  return {
    id,
    location: {
      id,
      kind: point ? 'physical' : 'virtual',
      name,
      address: { lines: [], town, postcode: 'NG18 1AB' },
      ...(point ? { point } : {}),
      accessibility: [],
      access: [],
    },
    schedules: [],
  };
}

function group(id: string, name: string, point: GeoPoint | undefined, venue: string, town: string): Service {
  return {
    id,
    name,
    organization: { name: `${town} Community Trust` },
    status: 'active',
    categories: [],
    howToJoin: ['drop-in'],
    attending: ['in-person'],
    costs: [],
    free: true,
    languages: [],
    contacts: [],
    phones: [],
    locations: [place(`${id}-place`, point, venue, town)],
    schedules: [
      {
        rule: { freq: 'WEEKLY', interval: 1, byDay: [{ day: 'TU' }], byMonthDay: [] },
        opensAt: '10:00',
        closesAt: '12:00',
      },
    ],
    serviceAreas: [],
    detail: 'full',
    source: 'oruk-v3',
  };
}

const FEW: Service[] = [
  group('walk', 'Walking group', MANSFIELD, 'Titchfield Park', 'Mansfield'),
  group('lunch', 'Lunch club', { latitude: 53.119, longitude: -1.122 }, 'Village Hall', 'Rainworth'),
  group('shed', "Men's Shed", { latitude: 53.21, longitude: -1.15 }, 'The Old Forge', 'Warsop'),
  group('phone', 'Phone befriending', undefined, 'By phone', 'Mansfield'),
];

const TOWNS = ['Mansfield', 'Forest Town', 'Rainworth', 'Warsop', 'Clipstone', 'Pleasley'];
const MANY: Service[] = Array.from({ length: 400 }, (_, i) => {
  const angle = (i * 137.5 * Math.PI) / 180;
  const spread = 0.01 + ((i * 7919) % 100) / 700;
  return group(
    `g${i}`,
    `Group ${i + 1}`,
    {
      latitude: MANSFIELD.latitude + Math.sin(angle) * spread * 0.6,
      longitude: MANSFIELD.longitude + Math.cos(angle) * spread,
    },
    `Hall ${i % 40}`,
    TOWNS[i % TOWNS.length] ?? 'Mansfield',
  );
});

const HALL: GeoPoint = { latitude: 53.16, longitude: -1.18 };
const ONE_PLACE: Service[] = ['Knit and natter', 'Memory café', 'Tai chi'].map((name, i) =>
  group(`hall-${i}`, name, HALL, 'Forest Town Arena', 'Forest Town'),
);

interface Args {
  services?: readonly Service[];
  selected?: string;
  origin?: GeoPoint;
  tileUrl: string;
  lang: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Group map',
  component: 'waymark-group-map',
  args: { services: FEW, tileUrl: 'none', lang: 'en' },
  render: ({ services, selected, origin, tileUrl, lang, src }) => html`
    <waymark-group-map
      .services=${services}
      .origin=${origin}
      selected=${selected ?? ''}
      tile-url=${tileUrl}
      lang=${lang}
      src=${src ?? ''}
    ></waymark-group-map>
  `,
};

export default meta;

/** A few groups; one meets by phone, so it is not on the map and a note says so. */
export const Results: StoryObj<Args> = {};

/** 400 groups: clusters, each named ("12 groups near Forest Town, press Enter to zoom in"). */
export const Clustered: StoryObj<Args> = { args: { services: MANY } };

/** A group chosen (by the list, or by a marker): its marker is highlighted and its summary open. */
export const Selected: StoryObj<Args> = { args: { selected: 'walk' } };

/** Three groups meet in one building: one marker lists them. */
export const SeveralGroupsAtOnePlace: StoryObj<Args> = { args: { services: ONE_PLACE } };

/** After a postcode search: the place searched from has its own marker. */
export const WithSearchOrigin: StoryObj<Args> = { args: { origin: { latitude: 53.15, longitude: -1.2 } } };

/** The background map cannot be reached: markers on a plain background, and a note. */
export const NoBackground: StoryObj<Args> = { args: { tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png' } };

/** No groups match: an empty map of Britain, and a note under it. */
export const NoResults: StoryObj<Args> = { args: { services: [] } };

/** None of the groups has a known place. */
export const NothingOnTheMap: StoryObj<Args> = {
  args: { services: [group('phone', 'Phone befriending', undefined, 'By phone', 'Mansfield')] },
};

/** In Welsh, from the element's own `lang` (or the page's). */
export const Welsh: StoryObj<Args> = { args: { services: MANY, lang: 'cy' } };

/** Used alone with a directory that cannot be reached: plain words and a way to try again. */
export const DirectoryUnreachable: StoryObj<Args> = {
  args: { services: undefined, src: 'http://127.0.0.1:9/api/v3' },
};
