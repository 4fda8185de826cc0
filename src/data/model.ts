/**
 * The one model every Waymark widget reads. Each dialect (ORUK 3.0, ORUK 1.0,
 * Outpost, and later OpenActive and iCalendar) turns its own payload into
 * these types; nothing above `src/data` ever sees a raw feed.
 *
 * Rules the dialects keep, so widgets never have to check again:
 * - every string is plain text (markup removed), trimmed, and never empty:
 *   an absent or empty value is `undefined`, never `''` or `null`;
 * - every URL is absolute and `http:`, `https:`, `mailto:` or `tel:`;
 * - coordinates are present only when they are possible WGS84 values;
 * - arrays are always present (possibly empty).
 */

/** The formats a directory can speak. Open: later readers add their own ids. */
export type DialectId = 'oruk-v3' | 'oruk-v1' | 'outpost' | (string & {});

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** How a person starts going: the ORUK 1.0 `attending_access` values, plus self-referral. */
export type JoinMethod = 'drop-in' | 'self-refer' | 'referral' | 'appointment' | 'membership';

/** How a person takes part: the ORUK 1.0 `attending_type` values, named plainly. */
export type AttendingType = 'in-person' | 'online' | 'phone' | 'home-visit';

/** Physical access features a person can filter on, read from accessibility notes. */
export type AccessFeature =
  'step-free' | 'wheelchair' | 'hearing-loop' | 'accessible-toilet' | 'accessible-parking' | 'lift' | 'quiet-space';

/** iCalendar weekday codes, as ORUK `byday` uses them. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The record without its absent fields: the model promises "absent" means no key at all. */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  // Only records Waymark built pass through here (never a feed's object), so for...in meets no inherited keys.
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** A WGS84 point, always within -90..90 and -180..180 and not the 0,0 "null island". */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** Plain text with the little structure a description may carry, safe to render as text. */
export type RichInline =
  | { readonly kind: 'text'; readonly text: string; readonly strong?: boolean; readonly emphasis?: boolean }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

export type RichBlock =
  | { readonly kind: 'paragraph'; readonly content: readonly RichInline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly RichInline[])[] };

export interface RichText {
  /** The same text with no structure: what search indexes and what a summary shows. */
  readonly text: string;
  readonly blocks: readonly RichBlock[];
}

export interface Organization {
  readonly id?: string;
  readonly name: string;
  readonly description?: string;
  readonly url?: string;
  readonly email?: string;
}

export interface Category {
  readonly id: string;
  readonly name: string;
  /** The broader term this one sits under, for a two-level list of filters. */
  readonly parentId?: string;
  readonly taxonomyId?: string;
  readonly code?: string;
  readonly description?: string;
}

export interface Phone {
  readonly number: string;
  readonly description?: string;
}

export interface Contact {
  readonly name?: string;
  readonly title?: string;
  readonly email?: string;
  readonly phones: readonly Phone[];
}

export interface Cost {
  /** What the price is for ("Adults", "Concessions"), as the feed says it. */
  readonly option?: string;
  /** In whole units of `currency` (3.5 means £3.50). Zero means free. */
  readonly amount?: number;
  readonly currency: string;
  readonly description?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

export interface Address {
  /** Street lines in order, without the town or postcode. */
  readonly lines: readonly string[];
  readonly town?: string;
  readonly region?: string;
  /** Upper case with one space before the inward code ("NG18 1AB") when it is a UK postcode. */
  readonly postcode?: string;
  readonly country?: string;
}

export interface AccessibilityNote {
  readonly description: string;
  readonly details?: string;
  readonly url?: string;
}

export type LocationKind = 'physical' | 'postal' | 'virtual';

export interface Location {
  readonly id: string;
  readonly kind: LocationKind;
  readonly name?: string;
  readonly description?: string;
  readonly address?: Address;
  /** Absent when the feed had none or its values could not be a real place. */
  readonly point?: GeoPoint;
  readonly accessibility: readonly AccessibilityNote[];
  /** Features read from the notes (and from feeds that flag them), for filters and icons. */
  readonly access: readonly AccessFeature[];
}

/** One day in a rule: "MO", or "2MO" (second Monday), or "-1FR" (last Friday). */
export interface WeekdayNum {
  readonly day: Weekday;
  /** 1..5 from the start of the month, -1..-5 from its end; absent means every such day. */
  readonly ordinal?: number;
}

/** The parts of an iCalendar RRULE that ORUK schedules carry. */
export interface RecurrenceRule {
  readonly freq: 'WEEKLY' | 'MONTHLY';
  /** 1 = every week or month, 2 = every other, and so on. */
  readonly interval: number;
  readonly byDay: readonly WeekdayNum[];
  readonly byMonthDay: readonly number[];
  /** YYYY-MM-DD: the first date the rule counts from (needed for intervals over 1). */
  readonly dtstart?: string;
  /** YYYY-MM-DD, inclusive. */
  readonly until?: string;
  readonly count?: number;
}

export interface Schedule {
  readonly id?: string;
  /** Absent when the feed had no rule or one that could not be read: then show `description`. */
  readonly rule?: RecurrenceRule;
  /** 24-hour "HH:MM", local time in Europe/London. */
  readonly opensAt?: string;
  readonly closesAt?: string;
  /** YYYY-MM-DD, inclusive. */
  readonly validFrom?: string;
  readonly validTo?: string;
  /** The feed's own words, e.g. "Every other Tuesday, term time only". */
  readonly description?: string;
  readonly notes?: string;
  /** When the schedule belongs to one place of a service, that place's id. */
  readonly locationId?: string;
}

/** One dated meeting of a schedule, in Europe/London. */
export interface Occurrence {
  /** YYYY-MM-DD, the local date in Europe/London. */
  readonly date: string;
  /** ISO 8601 instant with its UK offset ("2026-03-30T10:00:00+01:00"); absent when the schedule gives no time. */
  readonly start?: string;
  readonly end?: string;
  /** The schedule it comes from, for its description and notes. */
  readonly schedule: Schedule;
}

/** A service offered at one place, with any schedule particular to that place. */
export interface ServiceLocation {
  /** The feed's service_at_location id when it has one, else the location's id. */
  readonly id: string;
  readonly location: Location;
  readonly schedules: readonly Schedule[];
}

export interface Service {
  readonly id: string;
  readonly name: string;
  /** Plain text: what it is and what happens there. */
  readonly description?: string;
  /** Present when the feed's description carried markup worth keeping (paragraphs, lists, links). */
  readonly richDescription?: RichText;
  readonly organization?: Organization;
  readonly status: ServiceStatus;
  readonly categories: readonly Category[];
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  /** Who it is for, in the feed's words. */
  readonly eligibility?: string;
  readonly howToJoin: readonly JoinMethod[];
  readonly attending: readonly AttendingType[];
  readonly costs: readonly Cost[];
  /** true when the feed says it is free, false when a price is given, absent when unknown. */
  readonly free?: boolean;
  /** Cost in the feed's words ("£2, first session free"). */
  readonly feesDescription?: string;
  /** Language names ("English", "Polish", "British Sign Language"). */
  readonly languages: readonly string[];
  readonly contacts: readonly Contact[];
  /** Phone numbers given for the service itself rather than for a named contact. */
  readonly phones: readonly Phone[];
  readonly url?: string;
  readonly email?: string;
  /** A notice to show first ("Closed for August"). */
  readonly alert?: string;
  /** YYYY-MM-DD: when someone last checked the listing was right (ORUK `assured_date`). */
  readonly lastChecked?: string;
  /** ISO 8601 date-time of the last change to the record. */
  readonly lastModified?: string;
  readonly locations: readonly ServiceLocation[];
  /** Schedules of the service as a whole (place-specific ones are on `locations`). */
  readonly schedules: readonly Schedule[];
  /** Areas served, in the feed's words. */
  readonly serviceAreas: readonly string[];
  /** 'summary' when the feed gave only list fields and the full record can still be fetched. */
  readonly detail: 'summary' | 'full';
  readonly source: DialectId;
}

/** What a data problem is about, so a site owner can find and fix it in their feed. */
export type DataProblemCode =
  | 'missing-id'
  | 'missing-name'
  | 'duplicate-id'
  | 'wrong-type'
  | 'invalid-value'
  | 'impossible-coordinates'
  | 'swapped-coordinates'
  | 'unreadable-schedule'
  | 'unsafe-url'
  | 'markup-removed'
  | 'too-long'
  | 'unreadable-page'
  | 'repeated-page'
  | 'unknown-format';

/**
 * Something wrong in the directory's data. Never shown to the person using a
 * widget: logged once to the console for the site owner, and counted.
 */
export interface DataProblem {
  readonly code: DataProblemCode;
  /** The id of the record the problem is in, when it has one. */
  readonly itemId?: string;
  /** 'service', 'location', 'schedule', 'category', 'page'. */
  readonly itemType: string;
  /** The field, as the feed names it ("latitude", "schedules[0].byday"). */
  readonly field?: string;
  /** One sentence in English for the site owner (console only). */
  readonly message: string;
}

/** What one page of a paged list holds, as far as the envelope says. */
export interface PageInfo {
  /** 1-based. */
  readonly page: number;
  readonly totalPages?: number;
  readonly totalItems?: number;
  readonly perPage?: number;
  readonly isLast: boolean;
}

/** The result of reading any payload: what could be read, and what was wrong. */
export interface Reading<T> {
  readonly items: T[];
  readonly problems: DataProblem[];
  readonly page?: PageInfo;
}
