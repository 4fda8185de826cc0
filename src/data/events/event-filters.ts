/**
 * The calendar's filters over dated events: what a person narrows "what's on"
 * by. Each filter left unset lets everything through.
 */
import type { CalendarEvent } from './event-model.js';
import { dayNumber, minutesOfTime, weekdayIndex } from '../time/london-time.js';
import { wallClockTime } from './calendar-words.js';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface EventFilters {
  /** Words to find in the title, organiser, place or description. */
  readonly text?: string;
  /** A category id the event must carry. */
  readonly categoryId?: string;
  readonly freeOnly?: boolean;
  readonly stepFree?: boolean;
  readonly weekendsOnly?: boolean;
  readonly partOfDay?: PartOfDay;
  readonly attending?: 'in-person' | 'online';
  /** Only events whose place is within this many metres of `distanceOf`'s point; events with no place drop out. */
  readonly withinMetres?: number;
}

/** How far an event's place is, in metres; undefined when it has no place with a point. */
export type DistanceOf = (event: CalendarEvent) => number | undefined;

/** Before 12pm, 12pm to 5pm, from 5pm: when the event starts. */
export function partOfDay(event: CalendarEvent): PartOfDay | undefined {
  if (!event.start) return undefined;
  const minutes = minutesOfTime(wallClockTime(event.start)) ?? 0;
  return minutes < 720 ? 'morning' : minutes < 1020 ? 'afternoon' : 'evening';
}

function isOnline(event: CalendarEvent): boolean {
  return event.location?.kind === 'virtual' || (event.attending.includes('online') && !event.location);
}

function searchableText(event: CalendarEvent): string {
  const place = event.location;
  return [
    event.title,
    event.organizer,
    place?.name,
    place?.address?.town,
    event.description,
    ...event.categories.map((c) => c.name),
  ]
    .filter((part) => part !== undefined)
    .join(' ')
    .toLocaleLowerCase();
}

/** Whether any filter is set. */
export function hasFilters(filters: EventFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== false && value !== '');
}

/**
 * The events that pass every filter that is set, in their order. The distance
 * filter applies only with `distanceOf` (once a postcode has been found).
 */
export function filterEvents(
  events: readonly CalendarEvent[],
  filters: EventFilters,
  distanceOf?: DistanceOf,
): readonly CalendarEvent[] {
  if (!hasFilters(filters)) return events;
  const within = distanceOf && filters.withinMetres;
  const words = (filters.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const texts = new Map<string, string>();
  return events.filter((event) => {
    if (filters.categoryId && !event.categories.some((c) => c.id === filters.categoryId)) return false;
    if (filters.freeOnly && event.free !== true) return false;
    if (filters.stepFree && !event.access.some((a) => a === 'step-free' || a === 'wheelchair')) return false;
    if (filters.weekendsOnly && weekdayIndex(dayNumber(event.date) ?? 0) < 5) return false;
    if (filters.partOfDay && partOfDay(event) !== filters.partOfDay) return false;
    if (filters.attending && isOnline(event) !== (filters.attending === 'online')) return false;
    if (within && !((distanceOf(event) ?? Infinity) <= within)) return false;
    if (words.length > 0) {
      let text = texts.get(event.seriesId);
      if (text === undefined) texts.set(event.seriesId, (text = searchableText(event)));
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}
