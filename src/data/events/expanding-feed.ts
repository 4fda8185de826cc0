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

/** Earlier date first; on one date, all-day events first, then by start instant. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const sa = a.start === undefined ? -Infinity : Date.parse(a.start);
  const sb = b.start === undefined ? -Infinity : Date.parse(b.start);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

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
      if (this.#replaced.has(`${series.seriesId}@${occurrence.date}`)) continue;
      const start = occurrence.start;
      events.push({
        ...series.details,
        id: `${series.seriesId}@${start ?? occurrence.date}`,
        seriesId: series.seriesId,
        date: occurrence.date,
        ...(start === undefined ? {} : { start }),
        ...(occurrence.end === undefined ? {} : { end: occurrence.end }),
        allDay: start === undefined,
        status: series.status,
        ...(occurrence.schedule.rule ? { rule: occurrence.schedule.rule } : {}),
        schedule: occurrence.schedule,
        ...(this.#sourceName === undefined ? {} : { sourceName: this.#sourceName }),
      });
    }
    for (const single of this.#singlesBetween(from, to)) events.push(this.#eventOf(single));
    return events.sort(compareEvents);
  }

  nextDateWithEvents(after: string, withinDays: number): string | undefined {
    const first = dayNumber(after);
    if (first === undefined || withinDays < 1) return undefined;
    // A month at a time: most feeds have something within weeks.
    for (let lo = first + 1; lo <= first + withinDays; lo += 31) {
      const hi = Math.min(lo + 30, first + withinDays);
      const found = this.occurrences({ from: dateOfDay(lo), to: dateOfDay(hi) }).find((e) => e.status !== 'cancelled');
      if (found) return found.date;
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
    return {
      ...single.details,
      id: `${single.seriesId}@${single.start ?? single.date}`,
      seriesId: single.seriesId,
      date: single.date,
      ...(single.start === undefined ? {} : { start: single.start }),
      ...(single.end === undefined ? {} : { end: single.end }),
      ...(single.endDate === undefined ? {} : { endDate: single.endDate }),
      allDay: single.allDay,
      status: single.status,
      ...(single.statusNote === undefined ? {} : { statusNote: single.statusNote }),
      ...(single.rule === undefined ? {} : { rule: single.rule }),
      ...(this.#sourceName === undefined ? {} : { sourceName: this.#sourceName }),
    };
  }
}
