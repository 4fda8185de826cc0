/**
 * What the event calendar reads: dated events from any source (a directory's
 * services and their schedules, an OpenActive feed, an iCalendar feed), in
 * Europe/London, with the same promises as `model.ts` (plain text, absent
 * rather than empty, arrays always present, safe URLs).
 *
 * Each source becomes an `EventFeed`: a set of series and one-off events that
 * can be expanded into `CalendarEvent`s for any range of dates. Expansion is
 * lazy so a calendar only pays for the weeks it shows.
 */
import type {
  AccessFeature,
  AttendingType,
  Category,
  Contact,
  Cost,
  DataProblem,
  JoinMethod,
  Location,
  RecurrenceRule,
  Schedule,
} from '../model.js';

/** The formats an event feed can speak; `directory` means a directory's services and their schedules. */
export type EventDialectId = 'directory' | 'openactive' | 'ical';

export type EventStatus = 'scheduled' | 'cancelled' | 'changed';

/** What an event is about and how to go: shared by every occurrence of a series. */
export interface EventDetails {
  readonly title: string;
  /** Plain text. */
  readonly description?: string;
  readonly organizer?: string;
  /** The place; a `virtual` location for online events. */
  readonly location?: Location;
  readonly categories: readonly Category[];
  readonly costs: readonly Cost[];
  /** true when free, false when a price is given, absent when unknown. */
  readonly free?: boolean;
  readonly feesDescription?: string;
  readonly access: readonly AccessFeature[];
  readonly attending: readonly AttendingType[];
  readonly howToJoin: readonly JoinMethod[];
  readonly contacts: readonly Contact[];
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
  /** Ages it is for, when the feed says (OpenActive `ageRange`, a directory's eligibility). */
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  /** When the event comes from a directory service: its id, so the group finder on the same page can open it. */
  readonly serviceId?: string;
}

/** One dated occurrence, ready to show. */
export interface CalendarEvent extends EventDetails {
  /** Stable for this occurrence across reloads: `${seriesId}@${start or date}`. */
  readonly id: string;
  /** Stable for the series (or the one-off event): the iCalendar UID of "add the whole series". */
  readonly seriesId: string;
  /** YYYY-MM-DD: the local date in Europe/London. */
  readonly date: string;
  /** ISO 8601 instant with its UK offset ("2026-03-30T10:00:00+01:00"); absent for all-day events. */
  readonly start?: string;
  readonly end?: string;
  /** YYYY-MM-DD, exclusive, for all-day events spanning days. */
  readonly endDate?: string;
  readonly allDay: boolean;
  readonly status: EventStatus;
  /** Why it changed or was cancelled, in the feed's words. */
  readonly statusNote?: string;
  /** The rule of its series, for "Every Wednesday" and for adding the whole series; absent for one-off events. */
  readonly rule?: RecurrenceRule;
  /** The directory schedule it comes from, when it does. */
  readonly schedule?: Schedule;
  /** The name of the source it came from, so a failure or a duplicate can be named. */
  readonly sourceName?: string;
}

/** Dates to expand, inclusive, as YYYY-MM-DD in Europe/London. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** A source read into memory: expands into occurrences for any range. */
export interface EventFeed {
  readonly dialect: EventDialectId;
  /** Every occurrence that starts within the range, sorted by start, cancelled ones included (marked). */
  occurrences(range: DateRange): readonly CalendarEvent[];
  /** The first date after `after` (exclusive) with any occurrence, looking at most `withinDays` ahead. */
  nextDateWithEvents?(after: string, withinDays: number): string | undefined;
  readonly problems: readonly DataProblem[];
}

/** Progress while a paged feed loads (OpenActive follows `next` links page by page). */
export interface EventFeedProgress {
  readonly pages: number;
  readonly items: number;
}

export interface EventFeedOptions {
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: EventFeedProgress) => void;
  /** A name for this source, carried on each event (`sourceName`). */
  readonly sourceName?: string;
  /** Stop following `next` after this many pages (a safety cap; default 200). */
  readonly maxPages?: number;
}
