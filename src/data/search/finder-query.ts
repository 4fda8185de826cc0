/**
 * What a person has asked the group finder, as one plain value that lives in
 * the page's address: so a link worker can bookmark or share a search, and
 * Back and Forward step through searches as a person expects. Parameters are
 * prefixed `wm-` so they never collide with the host page's own.
 */
import { compact, WEEKDAYS, type AttendingType, type GeoPoint, type JoinMethod, type Weekday } from '../model.js';
import type { SearchQuery, TimeOfDay } from './search.js';

export type FinderView = 'list' | 'map' | 'both';

export interface FinderState {
  readonly text: string;
  /** As typed; looked up by the client. */
  readonly postcode: string;
  /** From "use my location", rounded to about 100 m so a shared link does not give away a home. */
  readonly near?: GeoPoint;
  /** Miles (as UK readers measure); only with a postcode or a point. */
  readonly radius?: number;
  readonly categories: readonly string[];
  readonly days: readonly Weekday[];
  readonly times: readonly TimeOfDay[];
  readonly free: boolean;
  readonly stepFree: boolean;
  readonly attending: readonly AttendingType[];
  readonly joining: readonly JoinMethod[];
  readonly age?: number;
  /** 1-based. */
  readonly page: number;
  /** The service whose details are open. */
  readonly service?: string;
  readonly view?: FinderView;
  /** Ids of a shortlist someone shared as a link. */
  readonly shared: readonly string[];
}

export const EMPTY_FINDER_STATE: FinderState = {
  text: '',
  postcode: '',
  categories: [],
  days: [],
  times: [],
  free: false,
  stepFree: false,
  attending: [],
  joining: [],
  page: 1,
  shared: [],
};

/** The radius choices offered, in miles. */
export const RADIUS_CHOICES: readonly number[] = [1, 2, 5, 10, 20];
export const METRES_PER_MILE = 1609.344;
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export const ATTENDING_CHOICES: readonly AttendingType[] = ['in-person', 'online', 'phone'];
export const JOINING_CHOICES: readonly JoinMethod[] = ['drop-in', 'self-refer', 'referral'];
export const FINDER_VIEWS: readonly FinderView[] = ['list', 'map', 'both'];

/** What every finder parameter in the address starts with, so it never clashes with the page's own. */
export const FINDER_PREFIX = 'wm-';
const KEYS = [
  'q',
  'postcode',
  'near',
  'radius',
  'category',
  'day',
  'time',
  'free',
  'step-free',
  'attend',
  'join',
  'age',
  'page',
  'service',
  'view',
  'shortlist',
] as const;
const MAX_TEXT = 200;
const MAX_LIST = 50;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((part): part is T => (allowed as readonly string[]).includes(part)))];
}

function idsOf(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id !== '').slice(0, MAX_LIST);
}

function pointOf(value: string | null): GeoPoint | undefined {
  const match = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? '');
  if (!match) return undefined;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** Rounds a point to 3 decimal places (about 100 m). */
export function roundPoint(point: GeoPoint): GeoPoint {
  return { latitude: Math.round(point.latitude * 1000) / 1000, longitude: Math.round(point.longitude * 1000) / 1000 };
}

/** The state held in an address's query; anything unreadable is left out, never an error. */
export function readFinderState(params: URLSearchParams): FinderState {
  const get = (key: (typeof KEYS)[number]): string | null => params.get(FINDER_PREFIX + key);
  const view = get('view');
  return compact({
    text: (get('q') ?? '').slice(0, MAX_TEXT),
    postcode: (get('postcode') ?? '').trim().slice(0, 10),
    near: pointOf(get('near')),
    radius: wholeNumber(get('radius'), 1, 200),
    categories: idsOf(get('category')),
    days: listOf(get('day'), WEEKDAYS),
    times: listOf(get('time'), TIMES_OF_DAY),
    free: get('free') === '1',
    stepFree: get('step-free') === '1',
    attending: listOf(get('attend'), ATTENDING_CHOICES),
    joining: listOf(get('join'), JOINING_CHOICES),
    age: wholeNumber(get('age'), 0, 120),
    page: wholeNumber(get('page'), 1, 100_000) ?? 1,
    service: get('service')?.trim() || undefined,
    view: (FINDER_VIEWS as readonly (string | null)[]).includes(view) ? (view as FinderView) : undefined,
    shared: idsOf(get('shortlist')),
  });
}

/**
 * `params` with the finder's keys replaced by `state`'s (defaults are left
 * out, so a fresh search has a clean address); the host page's own keys stay.
 */
export function writeFinderState(state: FinderState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  const near = state.near && roundPoint(state.near);
  // In the order of KEYS; a list is written comma-separated, a flag as 1, and an empty value not at all.
  const values = [
    state.text.trim().slice(0, MAX_TEXT),
    state.postcode.trim(),
    near && `${near.latitude},${near.longitude}`,
    state.postcode || state.near ? state.radius : undefined,
    state.categories,
    state.days,
    state.times,
    state.free ? 1 : undefined,
    state.stepFree ? 1 : undefined,
    state.attending,
    state.joining,
    state.age,
    state.page > 1 ? state.page : undefined,
    state.service,
    state.view,
    state.shared,
  ];
  KEYS.forEach((key, i) => {
    const value = String(values[i] ?? '');
    out.delete(FINDER_PREFIX + key);
    if (value) out.set(FINDER_PREFIX + key, value);
  });
  return out;
}

/** Whether two states ask the same search (details, view and page aside). */
export function sameSearch(a: FinderState, b: FinderState): boolean {
  const strip = (s: FinderState): string =>
    writeFinderState({ ...s, page: 1, service: undefined, view: undefined, shared: [] }).toString();
  return strip(a) === strip(b);
}

/** How many filters are narrowing the search (text and place aside): the chips a person can remove. */
export function activeFilterCount(state: FinderState): number {
  return (
    state.categories.length +
    state.days.length +
    state.times.length +
    state.attending.length +
    state.joining.length +
    (state.free ? 1 : 0) +
    (state.stepFree ? 1 : 0) +
    (state.age !== undefined ? 1 : 0)
  );
}

/**
 * The data layer's query for a state. `limitTo` is the site's own list of
 * categories (the `categories` attribute), used when the person picked none.
 */
export function searchQueryFor(state: FinderState, limitTo: readonly string[] = []): SearchQuery {
  const categoryIds = state.categories.length ? state.categories : limitTo;
  const place = state.near ? { near: state.near } : state.postcode.trim() ? { postcode: state.postcode.trim() } : {};
  const hasPlace = 'near' in place || 'postcode' in place;
  const some = <T>(list: readonly T[]): readonly T[] | undefined => (list.length ? list : undefined);
  return compact({
    text: state.text.trim() || undefined,
    ...place,
    proximity: hasPlace && state.radius !== undefined ? state.radius * METRES_PER_MILE : undefined,
    categoryIds: some(categoryIds),
    days: some(state.days),
    timeOfDay: some(state.times),
    free: state.free || undefined,
    stepFree: state.stepFree || undefined,
    attending: some(state.attending),
    howToJoin: some(state.joining),
    age: state.age,
    // Temporarily closed groups show, marked; groups that stopped are hidden.
  });
}
