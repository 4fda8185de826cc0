/**
 * The exact filters of a local search: what each service offers, read once
 * into numbers and sets (`ServiceFacts`), and a query turned into a few
 * tests over them, so a filter pass over thousands of services is a tight loop.
 */
import type { DirectoryQuery } from '../dialects/dialect.js';
import { minutesOfTime } from '../time/london-time.js';
import { WEEKDAY_INDEX } from '../time/weekdays.js';
import {
  WEEKDAYS,
  type AccessFeature,
  type AttendingType,
  type Category,
  type JoinMethod,
  type Schedule,
  type Service,
  type Weekday,
} from '../model.js';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

/** The parts of a query that the exact filters answer. */
export interface ServiceFilters extends Pick<
  DirectoryQuery,
  'categoryIds' | 'taxonomyId' | 'days' | 'startTime' | 'endTime' | 'age' | 'free'
> {
  /** Any of: a session that runs at some time in one of these parts of the day. */
  readonly timeOfDay?: readonly TimeOfDay[];
  /** A place with step-free (or wheelchair) access. */
  readonly stepFree?: boolean;
  /** All of these features at one place. */
  readonly access?: readonly AccessFeature[];
  /** Any of. */
  readonly attending?: readonly AttendingType[];
  /** Any of. */
  readonly howToJoin?: readonly JoinMethod[];
  /** Default false: 'inactive' and 'defunct' are hidden; 'temporarily closed' is shown (widgets flag it). */
  readonly includeClosed?: boolean;
}

/** One schedule as numbers: weekday and part-of-day bit masks, and minutes since midnight (-1 unknown). */
export interface Session {
  readonly days: number;
  readonly periods: number;
  readonly opens: number;
  readonly closes: number;
}

/** What the filters need to know about one service, read once when the index is built. */
export interface ServiceFacts {
  readonly open: boolean;
  /** Its categories and every broader category above them. */
  readonly categoryIds: ReadonlySet<string>;
  readonly taxonomyIds: ReadonlySet<string>;
  readonly sessions: readonly Session[];
  readonly free: boolean;
  readonly stepFree: boolean;
  /** One access-feature bit mask per place. */
  readonly placeAccess: readonly number[];
  readonly attending: number;
  readonly joining: number;
  readonly minimumAge: number;
  readonly maximumAge: number;
}

export type ServiceTest = (facts: ServiceFacts) => boolean;

const PERIODS: Record<TimeOfDay, { bit: number; from: number; to: number }> = {
  morning: { bit: 1, from: 0, to: 12 * 60 },
  afternoon: { bit: 2, from: 12 * 60, to: 17 * 60 },
  // Runs past midnight too: a session closing at 01:00 is read as closing at 25:00.
  evening: { bit: 4, from: 17 * 60, to: 48 * 60 },
};

const ACCESS_BITS: Record<AccessFeature, number> = {
  'step-free': 1,
  wheelchair: 2,
  'hearing-loop': 4,
  'accessible-toilet': 8,
  'accessible-parking': 16,
  lift: 32,
  'quiet-space': 64,
};
const STEP_FREE = ACCESS_BITS['step-free'] | ACCESS_BITS.wheelchair;

const PERIOD_BITS = Object.fromEntries(Object.entries(PERIODS).map(([name, { bit }]) => [name, bit])) as Record<
  TimeOfDay,
  number
>;
const WEEKDAY_BITS = Object.fromEntries(WEEKDAYS.map((day) => [day, 1 << WEEKDAY_INDEX[day]])) as Record<
  Weekday,
  number
>;

const ATTENDING_BITS: Record<AttendingType, number> = { 'in-person': 1, online: 2, phone: 4, 'home-visit': 8 };

const JOIN_BITS: Record<JoinMethod, number> = {
  'drop-in': 1,
  'self-refer': 2,
  referral: 4,
  appointment: 8,
  membership: 16,
};

/** Each category's broader categories, from a taxonomy list and from the categories services carry. */
export class CategoryTree {
  readonly #parents = new Map<string, string>();
  readonly #taxonomies = new Map<string, string>();
  readonly #ancestors = new Map<string, readonly string[]>();

  constructor(categories: readonly Category[], services: readonly Service[]) {
    // The taxonomy list is the better source, so it is read last and wins.
    for (const service of services) for (const category of service.categories) this.#learn(category);
    for (const category of categories) this.#learn(category);
  }

  /** The category and every category above it; stops at a loop in bad data. */
  lineage(id: string): readonly string[] {
    const known = this.#ancestors.get(id);
    if (known) return known;
    const line = [id];
    for (let parent = this.#parents.get(id); parent !== undefined && !line.includes(parent);) {
      line.push(parent);
      parent = this.#parents.get(parent);
    }
    this.#ancestors.set(id, line);
    return line;
  }

  taxonomyOf(id: string): string | undefined {
    return this.#taxonomies.get(id);
  }

  #learn(category: Category): void {
    if (category.parentId !== undefined && category.parentId !== category.id)
      this.#parents.set(category.id, category.parentId);
    if (category.taxonomyId !== undefined) this.#taxonomies.set(category.id, category.taxonomyId);
  }
}

export function serviceFacts(service: Service, tree: CategoryTree): ServiceFacts {
  const categoryIds = new Set<string>();
  const taxonomyIds = new Set<string>();
  for (const category of service.categories) {
    for (const id of tree.lineage(category.id)) categoryIds.add(id);
    const taxonomy = category.taxonomyId ?? tree.taxonomyOf(category.id);
    if (taxonomy !== undefined) taxonomyIds.add(taxonomy);
  }
  const schedules = [...service.schedules, ...service.locations.flatMap((place) => place.schedules)];
  const placeAccess = service.locations.map((place) => maskOf(place.location.access, ACCESS_BITS));
  return {
    open: service.status !== 'inactive' && service.status !== 'defunct',
    categoryIds,
    taxonomyIds,
    sessions: schedules.map(sessionOf),
    free: service.free === true,
    stepFree: placeAccess.some((mask) => (mask & STEP_FREE) !== 0),
    placeAccess,
    attending: maskOf(service.attending, ATTENDING_BITS),
    joining: maskOf(service.howToJoin, JOIN_BITS),
    minimumAge: service.minimumAge ?? -Infinity,
    maximumAge: service.maximumAge ?? Infinity,
  };
}

/** The tests a query asks for; an empty list when it asks for none. */
export function compileFilters(query: ServiceFilters): ServiceTest[] {
  const tests: ServiceTest[] = [];
  if (!query.includeClosed) tests.push((f) => f.open);
  if (query.categoryIds?.length) {
    const wanted = query.categoryIds;
    tests.push((f) => wanted.some((id) => f.categoryIds.has(id)));
  }
  if (query.taxonomyId !== undefined) {
    const wanted = query.taxonomyId;
    tests.push((f) => f.taxonomyIds.has(wanted));
  }
  const sessionTest = compileSessionTest(query);
  if (sessionTest) tests.push((f) => f.sessions.some(sessionTest));
  if (query.free) tests.push((f) => f.free);
  if (query.stepFree) tests.push((f) => f.stepFree);
  if (query.access?.length) {
    const wanted = maskOf(query.access, ACCESS_BITS);
    tests.push((f) => f.placeAccess.some((mask) => (mask & wanted) === wanted));
  }
  if (query.attending?.length) {
    const wanted = maskOf(query.attending, ATTENDING_BITS);
    tests.push((f) => (f.attending & wanted) !== 0);
  }
  if (query.howToJoin?.length) {
    const wanted = maskOf(query.howToJoin, JOIN_BITS);
    tests.push((f) => (f.joining & wanted) !== 0);
  }
  if (query.age !== undefined && Number.isFinite(query.age)) {
    const age = query.age;
    tests.push((f) => f.minimumAge <= age && age <= f.maximumAge);
  }
  return tests;
}

/**
 * Day, part of day and time window must all hold for one session: "Monday
 * evenings" is not met by a Monday morning group that also meets on Friday evenings.
 */
function compileSessionTest(query: ServiceFilters): ((session: Session) => boolean) | undefined {
  const days = query.days?.length ? maskOf(query.days, WEEKDAY_BITS) : 0;
  const periods = query.timeOfDay?.length ? maskOf(query.timeOfDay, PERIOD_BITS) : 0;
  const after = query.startTime === undefined ? -1 : minutesOf(query.startTime);
  let before = query.endTime === undefined ? -1 : minutesOf(query.endTime);
  if (after >= 0 && before >= 0 && before <= after) before += 24 * 60;
  if (days === 0 && periods === 0 && after < 0 && before < 0) return undefined;
  return (s) =>
    (days === 0 || (s.days & days) !== 0) &&
    (periods === 0 || (s.periods & periods) !== 0) &&
    (after < 0 || (s.opens >= 0 && s.closes > after)) &&
    (before < 0 || (s.opens >= 0 && s.opens < before));
}

/**
 * A session without a closing time is taken to last a minute, so it counts for
 * the part of the day it starts in; one with both times counts for every part it spans.
 */
function sessionOf(schedule: Schedule): Session {
  let days = 0;
  for (const { day } of schedule.rule?.byDay ?? []) days |= WEEKDAY_BITS[day] ?? 0;
  const opens = schedule.opensAt === undefined ? -1 : minutesOf(schedule.opensAt);
  let closes = schedule.closesAt === undefined || opens < 0 ? -1 : minutesOf(schedule.closesAt);
  if (opens >= 0 && closes <= opens) closes = closes < 0 ? opens + 1 : closes + 24 * 60;
  let periods = 0;
  if (opens >= 0) {
    for (const { bit, from, to } of Object.values(PERIODS)) if (opens < to && closes > from) periods |= bit;
  }
  return { days, periods, opens, closes };
}

/** Minutes since midnight; -1 when it is not a time. */
function minutesOf(time: string): number {
  return minutesOfTime(time) ?? -1;
}

function maskOf<T extends string>(values: readonly T[], bits: Record<T, number>): number {
  let mask = 0;
  for (const value of values) mask |= bits[value] ?? 0;
  return mask;
}
