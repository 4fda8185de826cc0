/**
 * The event calendar's month view with 2,000 recurring schedules (QUALITY.md: under 50 ms, and
 * faster than FullCalendar rendering the same occurrences). Ours expands the schedules inside the
 * timed run; FullCalendar is handed the occurrences already expanded, so the comparison, if
 * anything, favours it. Both show at most three events a day with "N more", and both are laid out.
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import type { EventFeed } from '../../../src/data/events/event-model.js';
import { serviceEventFeed } from '../../../src/data/events/service-events.js';
import type { Schedule, Service, Weekday } from '../../../src/data/model.js';
import { WaymarkEventCalendar, WaymarkSource } from '../../../src/elements/event-calendar/index.js';
import { benchCase } from '../bench-case.js';

// package.json's `sideEffects` names only dist/, so a bare import of the entry would be dropped by the bundler.
if (!customElements.get('waymark-source')) customElements.define('waymark-source', WaymarkSource);
if (!customElements.get('waymark-event-calendar'))
  customElements.define('waymark-event-calendar', WaymarkEventCalendar);

const SCHEDULES = 2000;
const MONTH = { date: '2026-03-15', from: '2026-02-23', to: '2026-04-05' };
const DAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 2,000 groups: mostly weekly, some every other week, some monthly (first / last weekday), at many times. */
function services(): Service[] {
  return Array.from({ length: SCHEDULES }, (_, i): Service => {
    const day = DAYS[i % 7] ?? 'MO';
    const opens = 9 * 60 + ((i * 37) % (11 * 60));
    const schedule: Schedule = {
      id: `s${i}`,
      rule:
        i % 10 === 9
          ? { freq: 'MONTHLY', interval: 1, byDay: [{ day, ordinal: i % 20 === 9 ? 1 : -1 }], byMonthDay: [] }
          : { freq: 'WEEKLY', interval: i % 5 === 4 ? 2 : 1, byDay: [{ day }], byMonthDay: [], dtstart: '2026-01-05' },
      opensAt: `${pad(Math.floor(opens / 60))}:${pad(opens % 60)}`,
      closesAt: `${pad(Math.floor(opens / 60) + 2)}:${pad(opens % 60)}`,
    };
    return {
      id: `svc-${i}`,
      name: `Group ${i}`,
      status: 'active',
      categories: [],
      howToJoin: [],
      attending: [],
      costs: [],
      languages: [],
      contacts: [],
      phones: [],
      locations: [],
      schedules: [schedule],
      serviceAreas: [],
      detail: 'full',
      source: 'oruk-v3',
    };
  });
}

interface Ours {
  host: HTMLElement;
  feed: EventFeed;
}

interface Peer {
  host: HTMLElement;
  events: EventInput[];
}

function host(): HTMLElement {
  const el = document.createElement('div');
  el.style.inlineSize = '1100px';
  document.body.append(el);
  return el;
}

export default [
  benchCase<Ours, Peer>({
    name: 'month view with 2,000 recurring schedules expanded (QUALITY.md: under 50 ms, faster than FullCalendar)',
    // FullCalendar takes seconds a run with ~7,700 events: a dozen samples keep the run to minutes.
    maxIterations: 12,
    // The feed is read once, as a page loads it; each run is a new calendar, which expands the month itself.
    setup: () => ({ host: host(), feed: serviceEventFeed(services()) }),
    run: async ({ host, feed }) => {
      const calendar = document.createElement('waymark-event-calendar') as WaymarkEventCalendar;
      calendar.setAttribute('view', 'month');
      calendar.setAttribute('date', MONTH.date);
      const source = document.createElement('waymark-source');
      source.feed = feed;
      calendar.append(source);
      host.append(calendar);
      for (let i = 0; i < 10 && !calendar.shadowRoot?.querySelector('.chip'); i++) await calendar.updateComplete;
      const grid = calendar.shadowRoot?.querySelector<HTMLElement>('table');
      if (!grid || !calendar.shadowRoot?.querySelector('.chip')) throw new Error('the month did not render');
      // Laid out, as FullCalendar's render is.
      const height = grid.offsetHeight;
      calendar.remove();
      return height;
    },
    peer: {
      name: 'FullCalendar 6 (core + daygrid), dayGridMonth, dayMaxEvents 3, the same occurrences given already expanded',
      setup: () => {
        const occurrences = serviceEventFeed(services()).occurrences(MONTH);
        return {
          host: host(),
          // Wall-clock London times, as FullCalendar takes them without a time-zone plugin.
          events: occurrences.map((o) => ({
            id: o.id,
            title: o.title,
            start: o.start?.slice(0, 19),
            end: o.end?.slice(0, 19),
          })),
        };
      },
      run: ({ host, events }) => {
        const el = document.createElement('div');
        host.append(el);
        const calendar = new Calendar(el, {
          plugins: [dayGridPlugin],
          initialView: 'dayGridMonth',
          initialDate: MONTH.date,
          firstDay: 1,
          dayMaxEvents: 3,
          events,
        });
        calendar.render();
        if (!el.querySelector('.fc-event')) throw new Error('FullCalendar did not render');
        const height = el.offsetHeight;
        calendar.destroy();
        el.remove();
        return height;
      },
    },
  }),
];
