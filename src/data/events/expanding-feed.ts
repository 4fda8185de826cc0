/**
 * An `EventFeed` over series that repeat on a `Schedule` and events that
 * happen once, as the OpenActive reader builds it. Series expand only for the
 * dates asked for, through the same recurrence code as a directory's
 * schedules (Europe/London, arithmetic on day numbers); a one-off session of
 * a series takes the place of what the schedule says on its date.
 */
import type { DataProblem, RecurrenceRule, Schedule } from '../model.js';
import { expandSchedules } from '../time/recurrence.js';
import { dateOfDay, dayNumber } from '../time/london-time.js';
import type { CalendarEvent, DateRange, EventDetails, EventDialectId, EventFeed, EventStatus } from './event-model.js';

/** One schedule of a series: the rule, its times, and the London dates it does not meet. */
export interface SeriesSchedule {
  readonly schedule: Schedule;
  readonly exceptDates: ReadonlySet<string>;
}

export interface EventSeries {
  readonly seriesId: string;
  readonly details: EventDetails;
  readonly schedules: readonly SeriesSchedule[];
  readonly status: EventStatus;
}

/** An event on one date: a one-off, or one session of a series. */
export interface SingleEvent {
  readonly seriesId: string;
  readonly details: EventDetails;
  readonly date: string;
  readonly start?: string;
  readonly end?: string;
  readonly endDate?: string;
  readonly allDay: boolean;
  readonly status: EventStatus;
  readonly statusNote?: string;
  /** The rule of the series it belongs to, for "Every Wednesday". */
  readonly rule?: RecurrenceRule;
  /** Whether it takes the place of its series' scheduled occurrence on the same date. */
  readonly replacesSeries: boolean;
}

/**
 * Where an event sorts: its London date, then its London wall-clock start ("" for all day, first),
 * then summer time before winter time for the hour the clocks repeat in October. Comparing these
 * strings orders events by start without parsing a date for each comparison.
 */
function sortKey(event: CalendarEvent): string {
  const { start } = event;
  if (start === undefined) return event.date;
  return `${event.date}${start.slice(11, 19)}${start.endsWith('+01:00') ? 0 : 1}`;
}

/** Earlier date first; on one date, all-day events first, then by start, then by title. */
export function sortEvents(events: readonly CalendarEvent[]): CalendarEvent[] {
  const keyed = events.map((event) => ({ key: sortKey(event), event }));
  keyed.sort((a, b) =>
    a.key !== b.key
      ? a.key < b.key
        ? -1
        : 1
      : a.event.title < b.event.title
        ? -1
        : a.event.title > b.event.title
          ? 1
          : 0,
  );
  return keyed.map(({ event }) => event);
}

/** A record being built; handed out as its readonly type. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class ExpandingFeed implements EventFeed {
  readonly dialect: EventDialectId;
  readonly problems: readonly DataProblem[];
  readonly #series: readonly EventSeries[];
  readonly #bySchedule = new Map<Schedule, EventSeries>();
  readonly #schedules: readonly Schedule[];
  readonly #exceptDates = new Map<Schedule, ReadonlySet<string>>();
  /** One-off events, sorted by date. */
  readonly #singles: readonly SingleEvent[];
  /** `${seriesId}@${date}` for each session that replaces its series' occurrence. */
  readonly #replaced: ReadonlySet<string>;
  readonly #sourceName: string | undefined;

  constructor(
    dialect: EventDialectId,
    series: readonly EventSeries[],
    singles: readonly SingleEvent[],
    problems: readonly DataProblem[],
    sourceName?: string,
  ) {
    this.dialect = dialect;
    this.problems = problems;
    this.#series = series;
    for (const one of series) {
      for (const { schedule, exceptDates } of one.schedules) {
        this.#bySchedule.set(schedule, one);
        if (exceptDates.size > 0) this.#exceptDates.set(schedule, exceptDates);
      }
    }
    this.#schedules = [...this.#bySchedule.keys()];
    this.#singles = [...singles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.#replaced = new Set(singles.filter((s) => s.replacesSeries).map((s) => `${s.seriesId}@${s.date}`));
    this.#sourceName = sourceName;
  }

  /** How many series and one-off events the feed holds. */
  get size(): { series: number; singles: number } {
    return { series: this.#series.length, singles: this.#singles.length };
  }

  occurrences({ from, to }: DateRange): readonly CalendarEvent[] {
    if (dayNumber(from) === undefined || dayNumber(to) === undefined || from > to) return [];
    const events: CalendarEvent[] = [];
    for (const occurrence of expandSchedules(this.#schedules, from, to)) {
      const series = this.#bySchedule.get(occurrence.schedule);
      if (!series) continue;
      if (this.#exceptDates.get(occurrence.schedule)?.has(occurrence.date)) continue;
      if (this.#replaced.size > 0 && this.#replaced.has(`${series.seriesId}@${occurrence.date}`)) continue;
      const { start, end, schedule } = occurrence;
      // Object.assign, then the fields: many times faster in V8 than a spread of the details for
      // thousands of events; optional fields are added only when present (the model's "absent, not empty").
      const event: Mutable<CalendarEvent> = Object.assign({}, series.details) as Mutable<CalendarEvent>;
      event.id = `${series.seriesId}@${start ?? occurrence.date}`;
      event.seriesId = series.seriesId;
      event.date = occurrence.date;
      if (start !== undefined) event.start = start;
      if (end !== undefined) event.end = end;
      event.allDay = start === undefined;
      event.status = series.status;
      if (schedule.rule) event.rule = schedule.rule;
      event.schedule = schedule;
      if (this.#sourceName !== undefined) event.sourceName = this.#sourceName;
      events.push(event);
    }
    for (const single of this.#singlesBetween(from, to)) events.push(this.#eventOf(single));
    return sortEvents(events);
  }

  nextDateWithEvents(after: string, withinDays: number): string | undefined {
    const first = dayNumber(after);
    if (first === undefined || withinDays < 1) return undefined;
    // A month at a time (most feeds have something within weeks), without building the events.
    for (let lo = first + 1; lo <= first + withinDays; lo += 31) {
      const from = dateOfDay(lo);
      const to = dateOfDay(Math.min(lo + 30, first + withinDays));
      let found: string | undefined;
      for (const single of this.#singlesBetween(from, to)) {
        if (single.status !== 'cancelled') {
          found = single.date;
          break;
        }
      }
      for (const occurrence of expandSchedules(this.#schedules, from, found ?? to)) {
        const series = this.#bySchedule.get(occurrence.schedule);
        if (!series || series.status === 'cancelled') continue;
        if (this.#exceptDates.get(occurrence.schedule)?.has(occurrence.date)) continue;
        if (this.#replaced.has(`${series.seriesId}@${occurrence.date}`)) continue;
        // Occurrences come in date order: the first that counts is the earliest.
        if (found === undefined || occurrence.date < found) found = occurrence.date;
        break;
      }
      if (found !== undefined) return found;
    }
    return undefined;
  }

  *#singlesBetween(from: string, to: string): Iterable<SingleEvent> {
    const singles = this.#singles;
    // Binary search for the first on or after `from`.
    let lo = 0;
    let hi = singles.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((singles[mid]?.date ?? '') < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < singles.length; i++) {
      const single = singles[i];
      if (!single || single.date > to) return;
      yield single;
    }
  }

  #eventOf(single: SingleEvent): CalendarEvent {
    const event = Object.assign({}, single.details) as Mutable<CalendarEvent>;
    event.id = `${single.seriesId}@${single.start ?? single.date}`;
    event.seriesId = single.seriesId;
    event.date = single.date;
    if (single.start !== undefined) event.start = single.start;
    if (single.end !== undefined) event.end = single.end;
    if (single.endDate !== undefined) event.endDate = single.endDate;
    event.allDay = single.allDay;
    event.status = single.status;
    if (single.statusNote !== undefined) event.statusNote = single.statusNote;
    if (single.rule !== undefined) event.rule = single.rule;
    if (this.#sourceName !== undefined) event.sourceName = this.#sourceName;
    return event;
  }
}
