/**
 * Filling in what list summaries lack. A list item is a summary when it does
 * not carry every field Waymark shows (places, meeting times, categories);
 * summaries are enough to list and search, so the full records are fetched
 * afterwards, in the background, a few at a time and at most
 * `detailThreshold` of them, or one at a time when a person opens a service.
 * Many real feeds' full records add nothing to their list items: when the
 * first few fetched add nothing, the rest are not fetched.
 */
import type { Service } from '../model.js';
import type { ProblemLog } from '../problems.js';
import type { ClientInside } from './client.js';
import { isDirectoryError } from './error-check.js';
import { isAbortError } from './http.js';
import { readListPages, type ListContext } from './list-pages.js';
import { safely, unreadableReading } from './safe-reading.js';
import { mergeServices } from './merge.js';

/** Full records fetched before deciding whether the rest are worth fetching. */
export const DETAIL_PROBE = 5;

export interface DetailFetching {
  /** Most requests in flight at once. */
  readonly concurrency: number;
  /** The full record of one service, or undefined; rejects with a DirectoryError or an AbortError. */
  fetchService(id: string): Promise<Service | undefined>;
  /** Takes a full record in. */
  take(summary: Service, full: Service): void;
  /** Says why a full record could not be had. */
  failed(summary: Service, error: unknown): void;
  readonly signal: AbortSignal;
}

export interface DetailOutcome {
  readonly fetched: number;
  /** True when the first few added nothing, so the rest were left until a person opens them. */
  readonly stoppedEarly: boolean;
}

/** Fetches the full record of each summary, at most `concurrency` at once, stopping early as above. */
export async function fetchDetails(summaries: readonly Service[], how: DetailFetching): Promise<DetailOutcome> {
  const queue = summaries.values();
  let fetched = 0;
  let useful = 0;
  const worthGoingOn = (): boolean => fetched < DETAIL_PROBE || useful > 0;
  const worker = async (): Promise<void> => {
    for (const summary of queue) {
      if (how.signal.aborted || !worthGoingOn()) return;
      try {
        const full = await how.fetchService(summary.id);
        if (how.signal.aborted) return;
        if (full) {
          if (addsSomething(summary, full)) useful++;
          how.take(summary, full);
        }
      } catch (error) {
        if (how.signal.aborted) return;
        how.failed(summary, error);
      }
      fetched++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, how.concurrency), summaries.length) }, worker));
  return { fetched, stoppedEarly: !worthGoingOn() && fetched < summaries.length };
}

/** Whether a full record holds anything its summary lacked. */
export function addsSomething(summary: Service, full: Service): boolean {
  const before = measure(summary);
  return measure(full).some((n, i) => n > (before[i] ?? 0));
}

function measure(service: Service): number[] {
  const placeSchedules = service.locations.reduce((n, place) => n + place.schedules.length, 0);
  return [
    service.locations.length,
    service.schedules.length + placeSchedules,
    service.categories.length,
    service.howToJoin.length,
    service.attending.length,
    service.costs.length,
    service.contacts.length,
    service.phones.length,
    service.languages.length,
    service.serviceAreas.length,
    service.description?.length ?? 0,
    service.eligibility === undefined ? 0 : 1,
  ];
}

/**
 * The full records of `summaries` fetched as above and merged into `services`
 * (a service that went meanwhile is left out); what could not be had is a
 * problem in `log`. Returns how many were fetched.
 */
export async function completeSummaries(
  summaries: readonly Service[],
  how: Pick<DetailFetching, 'concurrency' | 'signal' | 'fetchService'> & {
    readonly log: ProblemLog;
    readonly services: Map<string, Service>;
  },
): Promise<number> {
  const { services, log } = how;
  const outcome = await fetchDetails(summaries, {
    ...how,
    take: (summary, full) => {
      const existing = services.get(summary.id);
      if (existing) services.set(summary.id, mergeServices(existing, full));
    },
    failed: (summary, error) => {
      if (isAbortError(error)) return;
      const why = isDirectoryError(error) ? error.advice : String(error);
      log.for('service', summary.id).say('unreadable-page', undefined, 'detail', why);
    },
  });
  return outcome.fetched;
}

/** The full record of one service, read; undefined when the answer holds none. */
export async function fetchService(
  inside: ClientInside,
  id: string,
  signal?: AbortSignal,
): Promise<Service | undefined> {
  const { dialect, reader } = inside.format();
  const reading = await inside.get(
    inside.url(dialect.serviceRequest(id)),
    (body) => safely(() => reader.readService(body), unreadableReading<Service>()),
    signal,
  );
  for (const problem of reading.problems) inside.log.add(problem);
  return reading.items[0];
}

/**
 * A service a person opens, in full: its full record fetched (once, however
 * many ask at the same time) and merged into what the list said of it.
 * Undefined when the directory has no such service.
 */
export async function openService(
  inside: ClientInside,
  id: string,
  known: Service | undefined,
): Promise<Service | undefined> {
  const { pending, services } = inside;
  let fetching = pending.get(id);
  if (!fetching) {
    fetching = fetchService(inside, id)
      .catch((error: unknown) => {
        if (isDirectoryError(error) && error.kind === 'not-found') return undefined;
        throw error;
      })
      .finally(() => pending.delete(id));
    pending.set(id, fetching);
  }
  const full = await fetching;
  await inside.report();
  if (!full || !known) return full ?? known;
  const merged = mergeServices(known, full);
  if (services.get(id) === known) services.set(id, merged);
  return merged;
}

/**
 * In the background, once the directory answers: the full records of the
 * services that came as summaries, within `detailThreshold`, stopping when
 * the first few add nothing. Returns how many were fetched.
 */
export function completeInBackground(
  inside: ClientInside,
  detailThreshold: number,
  signal: AbortSignal,
): Promise<number> {
  const summaries = [...inside.services.values()].filter((s) => s.detail === 'summary');
  return completeSummaries(summaries.slice(0, detailThreshold), {
    concurrency: inside.concurrency,
    signal,
    log: inside.log,
    fetchService: (id) => fetchService(inside, id, signal),
    services: inside.services,
  });
}

/**
 * Services whose list items came without places get them from the list of
 * places, matched per service; services that have their places keep them.
 * Reads at most `maxPages` pages of places.
 */
export async function addPlaces(context: ListContext & ClientInside, maxPages: number): Promise<void> {
  const { services } = context;
  const needing = new Set<string>();
  for (const service of services.values())
    if (service.detail === 'summary' && service.locations.length === 0) needing.add(service.id);
  const { reader } = context.format();
  await readListPages<Service>(
    context,
    'locations',
    undefined,
    (body) => reader.readServicePage(body),
    (reading) => {
      for (const incoming of reading.items) {
        const existing = services.get(incoming.id);
        if (existing && needing.has(incoming.id)) services.set(incoming.id, mergeServices(existing, incoming));
      }
      return true;
    },
    maxPages,
  );
}
