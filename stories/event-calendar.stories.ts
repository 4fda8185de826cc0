import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DirectoryError } from '../src/data/directory/directory-error.js';
import type { EventFeed } from '../src/data/events/event-model.js';
import { serviceEventFeed } from '../src/data/events/service-events.js';
import type { Schedule, Service, Weekday } from '../src/data/model.js';
import '../src/elements/event-calendar/index.js';

/**
 * `<waymark-event-calendar>`: what's on, as a list by day, a week or a month grid, from one or more
 * named sources. These stories use feeds held in memory (`<waymark-source .feed=…>`), so every
 * state can be seen without a server: loading, a failed source beside a working one, nothing this
 * month, cancelled sessions, and Welsh.
 */

function weekly(day: Weekday, opensAt: string, closesAt: string, extra: Partial<Schedule> = {}): Schedule {
  return { rule: { freq: 'WEEKLY', interval: 1, byDay: [{ day }], byMonthDay: [] }, opensAt, closesAt, ...extra };
}

function group(id: string, name: string, schedule: Schedule, fields: Partial<Service> = {}): Service {
  return {
    id,
    name,
    status: 'active',
    categories: [],
    howToJoin: ['drop-in'],
    attending: ['in-person'],
    costs: [],
    languages: [],
    contacts: [],
    phones: [{ number: '01632 960000' }],
    locations: [
      {
        id: `${id}-place`,
        location: {
          id: `${id}-loc`,
          kind: 'physical',
          name: 'Oakfield Community Centre',
          address: { lines: ['12 Oak Street'], town: 'Forest Town', postcode: 'NG19 0AA' },
          accessibility: [],
          access: ['step-free'],
        },
        schedules: [],
      },
    ],
    schedules: [schedule],
    serviceAreas: [],
    detail: 'full',
    source: 'oruk-v3',
    ...fields,
  };
}

const groups: Service[] = [
  group('walk', 'Tuesday walking group', weekly('TU', '10:00', '11:30'), {
    free: true,
    categories: [{ id: 'walking', name: 'Walking' }],
    description: 'A gentle walk round the old pit top, with benches on the way. Just turn up.',
  }),
  group('lunch', 'Lunch club', weekly('WE', '12:00', '14:00'), {
    costs: [{ amount: 3.5, currency: 'GBP' }],
    free: false,
    categories: [{ id: 'food', name: 'Food and lunch clubs' }],
  }),
  group('memory', 'Memory café', weekly('TH', '14:00', '16:00'), {
    free: true,
    categories: [{ id: 'memory', name: 'Memory and dementia' }],
  }),
  group('choir', 'Community choir', weekly('MO', '19:00', '21:00'), {
    categories: [{ id: 'music', name: 'Singing and music' }],
  }),
  group('shed', "Men's Shed", weekly('SA', '09:30', '12:30'), { free: true }),
  group('quiz', 'Quiz night', {
    rule: { freq: 'MONTHLY', interval: 1, byDay: [{ day: 'FR', ordinal: -1 }], byMonthDay: [] },
    opensAt: '19:00',
    closesAt: '21:00',
  }),
];

const directory = serviceEventFeed(groups, { sourceName: 'the groups directory' });
const closedHall = serviceEventFeed(
  [
    group('yoga', 'Chair yoga', weekly('FR', '10:00', '11:00'), {
      status: 'temporarily closed',
      alert: 'Cancelled while the hall floor is mended',
    }),
  ],
  { sourceName: 'the leisure centre' },
);
const onlyInMay = serviceEventFeed([
  group('fete', 'Garden club', weekly('SU', '14:00', '16:00', { validFrom: '2026-05-01' })),
]);
const neverLoads = (): Promise<EventFeed> => new Promise(() => {});
const offline = (): Promise<EventFeed> =>
  Promise.reject(new DirectoryError('offline', 'https://bugle.example/events.ics'));

interface Args {
  view: string;
  date: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Event calendar',
  component: 'waymark-event-calendar',
  args: { view: 'list', date: '2026-03-30', lang: 'en' },
  argTypes: { view: { control: 'select', options: ['list', 'week', 'month'] } },
  render: ({ view, date, lang }) => html`
    <waymark-event-calendar view=${view} date=${date} lang=${lang}>
      <waymark-source name="the groups directory" .feed=${directory}></waymark-source>
      <waymark-source name="the leisure centre" .feed=${closedHall}></waymark-source>
    </waymark-event-calendar>
  `,
};

export default meta;
type Story = StoryObj<Args>;

/** The default: a week, grouped by day. The week of 30 March 2026 starts the day after the clocks go forward. */
export const List: Story = {};

export const Week: Story = { args: { view: 'week' } };

/** The month grid: arrow keys, Home/End, Page Up/Down; Enter goes to the day's events. */
export const Month: Story = { args: { view: 'month' } };

/** The week of 26 October 2026, the day the clocks go back: every group still at its usual time. */
export const AcrossTheClockChange: Story = { args: { view: 'week', date: '2026-10-26' } };

export const Welsh: Story = { args: { view: 'month', lang: 'cy' } };

export const Loading: Story = {
  render: ({ view, date }) => html`
    <waymark-event-calendar view=${view} date=${date}>
      <waymark-source name="the Forest Town Bugle listings" .feed=${neverLoads}></waymark-source>
    </waymark-event-calendar>
  `,
};

/** One source fails: it is named, with Try again, and the other still shows. */
export const OneSourceFailed: Story = {
  render: ({ view, date }) => html`
    <waymark-event-calendar view=${view} date=${date}>
      <waymark-source name="the groups directory" .feed=${directory}></waymark-source>
      <waymark-source name="the Forest Town Bugle listings" .feed=${offline}></waymark-source>
    </waymark-event-calendar>
  `,
};

/** Nothing in March: the calendar says when the next thing is on and offers to go there. */
export const NothingThisMonth: Story = {
  args: { view: 'month', date: '2026-03-10' },
  render: ({ view, date }) => html`
    <waymark-event-calendar view=${view} date=${date}>
      <waymark-source name="the garden club" .feed=${onlyInMay}></waymark-source>
    </waymark-event-calendar>
  `,
};

/** Sessions of a temporarily closed group show as cancelled, with the reason in their details. */
export const Cancelled: Story = {
  args: { date: '2026-04-03' },
  render: ({ view, date }) => html`
    <waymark-event-calendar view=${view} date=${date}>
      <waymark-source name="the leisure centre" .feed=${closedHall}></waymark-source>
    </waymark-event-calendar>
  `,
};

const busyMonday = serviceEventFeed(
  Array.from({ length: 26 }, (_, i) =>
    group(
      `busy-${i}`,
      `Monday group ${i + 1}`,
      weekly('MO', `${String(9 + Math.floor(i / 3)).padStart(2, '0')}:${['00', '20', '40'][i % 3]}`, '18:00'),
    ),
  ),
);

/** A busy day (26 groups on Mondays): its first 20, then "Show all 26 events on Monday 30 March". */
export const BusyDay: Story = {
  args: { view: 'month' },
  render: ({ view, date }) => html`
    <waymark-event-calendar view=${view} date=${date}>
      <waymark-source name="the groups directory" .feed=${busyMonday}></waymark-source>
    </waymark-event-calendar>
  `,
};
