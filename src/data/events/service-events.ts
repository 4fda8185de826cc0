/**
 * A directory's regular groups as an event feed: each schedule of each
 * service is a series, expanded by `recurrence.ts` into dated occurrences in
 * Europe/London only for the dates a calendar asks for.
 *
 * A schedule of one place of a service meets at that place; a schedule of
 * the service as a whole meets at its first physical place (or online).
 * Services that have closed for good are left out; a service that is
 * temporarily closed shows its sessions as cancelled, with its notice.
 */
import type { DirectoryClient } from '../directory/client.js';
import { compact, type AccessFeature, type Location, type Schedule, type Service } from '../model.js';
import { dateOfDay, dayNumber } from '../time/london-time.js';
import { expandSchedules, nextOccurrence } from '../time/recurrence.js';
import type { CalendarEvent, DateRange, EventDetails, EventFeed, EventStatus } from './event-model.js';

interface Series {
  readonly seriesId: string;
  readonly details: EventDetails;
  readonly schedule: Schedule;
  readonly status: EventStatus;
  readonly statusNote?: string;
}

function placeOf(service: Service): Location | undefined {
  const places = service.locations.map((l) => l.location);
  return places.find((l) => l.kind === 'physical') ?? places[0];
}

function detailsOf(service: Service, location: Location | undefined): EventDetails {
  const access = new Set<AccessFeature>(location?.access ?? []);
  // The model's promise: absent, never undefined-valued keys.
  return compact<EventDetails>({
    title: service.name,
    description: service.description,
    organizer: service.organization?.name,
    location,
    categories: service.categories,
    costs: service.costs,
    free: service.free,
    feesDescription: service.feesDescription,
    access: [...access],
    attending: service.attending,
    howToJoin: service.howToJoin,
    contacts: service.contacts,
    url: service.url,
    email: service.email,
    phone: service.phones[0]?.number,
    serviceId: service.id,
  });
}

function seriesOf(service: Service): Series[] {
  if (service.status === 'defunct' || service.status === 'inactive') return [];
  const closed = service.status === 'temporarily closed';
  const series: Series[] = [];
  const add = (schedule: Schedule, location: Location | undefined, key: string): void => {
    if (!schedule.rule) return;
    series.push({
      seriesId: `${service.id}/${schedule.id ?? key}`,
      details: detailsOf(service, location),
      schedule,
      status: closed ? 'cancelled' : 'scheduled',
      ...(closed && service.alert ? { statusNote: service.alert } : {}),
    });
  };
  const whole = placeOf(service);
  service.schedules.forEach((schedule, i) => add(schedule, whole, `s${i}`));
  for (const [p, place] of service.locations.entries()) {
    place.schedules.forEach((schedule, i) => add(schedule, place.location, `l${p}s${i}`));
  }
  return series;
}

export interface ServiceEventOptions {
  /** A name for this source, carried on each event (`sourceName`). */
  readonly sourceName?: string;
}

/** The services' schedules as an `EventFeed`, expanded lazily for any range of dates. */
export function serviceEventFeed(services: readonly Service[], options: ServiceEventOptions = {}): EventFeed {
  const bySchedule = new Map<Schedule, Series>();
  for (const service of services) {
    for (const series of seriesOf(service)) {
      // One schedule object shared by two records (a feed's quirk) is shown once.
      if (!bySchedule.has(series.schedule)) bySchedule.set(series.schedule, series);
    }
  }
  const schedules = [...bySchedule.keys()];
  const sourceName = options.sourceName;
  // What every occurrence of a series shares, built once: an occurrence adds only its dates.
  const shared = new Map<
    Schedule,
    { readonly base: Omit<CalendarEvent, 'id' | 'date' | 'allDay'>; readonly seriesId: string }
  >();
  for (const [schedule, series] of bySchedule) {
    const base = compact<Omit<CalendarEvent, 'id' | 'date' | 'allDay'>>({
      ...series.details,
      seriesId: series.seriesId,
      status: series.status,
      statusNote: series.statusNote,
      rule: schedule.rule,
      schedule,
      sourceName,
    });
    shared.set(schedule, { base, seriesId: series.seriesId });
  }

  return {
    dialect: 'directory',
    problems: [],
    occurrences({ from, to }: DateRange): readonly CalendarEvent[] {
      const events: CalendarEvent[] = [];
      for (const { schedule, date, start, end } of expandSchedules(schedules, from, to)) {
        const series = shared.get(schedule);
        if (!series) continue;
        const event: { -readonly [K in keyof CalendarEvent]: CalendarEvent[K] } = {
          ...series.base,
          id: `${series.seriesId}@${start ?? date}`,
          date,
          allDay: start === undefined,
        };
        if (start !== undefined) event.start = start;
        if (end !== undefined) event.end = end;
        events.push(event);
      }
      return events;
    },
    nextDateWithEvents(after: string, withinDays: number): string | undefined {
      const day = dayNumber(after);
      if (day === undefined) return undefined;
      const next = nextOccurrence(schedules, dateOfDay(day + 1));
      if (!next) return undefined;
      const nextDay = dayNumber(next.date);
      return nextDay !== undefined && nextDay - day <= withinDays ? next.date : undefined;
    },
  };
}

export interface ServiceEventLoadOptions extends ServiceEventOptions {
  readonly signal?: AbortSignal;
  /** Services read so far, while a big directory is read page by page. */
  readonly onProgress?: (progress: { readonly loaded: number; readonly total: number }) => void;
}

/** How many services to ask for at once from a directory too big to hold whole (`remote` mode). */
const PAGE_SIZE = 500;

/**
 * Reads every service of a directory (a small one is already held whole by
 * its client; a big one is read page by page) and makes them an event feed.
 */
export async function loadServiceEvents(
  client: DirectoryClient,
  options: ServiceEventLoadOptions = {},
): Promise<EventFeed> {
  const onLoadProgress = (event: Event): void => {
    const detail = (event as CustomEvent<{ loaded: number; total: number }>).detail;
    options.onProgress?.(detail);
  };
  client.addEventListener('progress', onLoadProgress);
  const caller = {};
  const services: Service[] = [];
  try {
    for (let page = 1; ; page += 1) {
      const results = await client.search({}, { page, pageSize: PAGE_SIZE, caller, signal: options.signal });
      for (const hit of results.hits) services.push(hit.service);
      if (results.mode === 'remote') options.onProgress?.({ loaded: services.length, total: results.total });
      if (page >= results.totalPages || results.hits.length === 0) break;
    }
  } finally {
    client.removeEventListener('progress', onLoadProgress);
  }
  return serviceEventFeed(services, options);
}
