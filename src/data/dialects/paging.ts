/**
 * Pages of a list: the envelope's paging figures (each format names them its
 * own way), and the services on one page, each once. A service met on several
 * items of one page (once per place in a `/service_at_locations` list) is
 * merged; two list items claiming one id are a duplicate, and the first is kept.
 */
import { compact, type PageInfo, type Reading, type Service } from '../model.js';
import { ProblemLog } from '../problems.js';
import { isObject } from '../json.js';
import { mergeInUse } from '../text/markup-check.js';
import { readBoolean, readNumber } from '../text/read.js';

/** Where a format keeps its paging figures. */
export interface EnvelopeShape {
  /** The list's field names, in the order to try ("content", then "contents"). */
  readonly items: readonly string[];
  readonly page: string;
  readonly totalPages: string;
  readonly totalItems: string;
  /** Fields giving the page size, in the order to trust them. */
  readonly perPage: readonly string[];
  readonly first?: string;
  readonly last?: string;
  readonly empty?: string;
  /**
   * The 1-based page number from the envelope's, for formats whose numbers may
   * count from 0 (Spring-style ORUK 1.0 feeds' do, see `spring-envelope.ts`);
   * others count from 1.
   */
  readonly pageNumber?: (
    number: number,
    first: boolean | undefined,
    last: boolean | undefined,
    totalPages: number | undefined,
  ) => number;
}

export const ORUK3_ENVELOPE: EnvelopeShape = {
  items: ['contents'],
  page: 'page_number',
  totalPages: 'total_pages',
  totalItems: 'total_items',
  perPage: ['size'],
  first: 'first_page',
  last: 'last_page',
  empty: 'empty',
};

export interface Envelope {
  readonly items: unknown[];
  /** The list's field name, for problems on its items ("contents[3].id"). */
  readonly field: string;
  readonly page?: PageInfo;
}

/**
 * The items and paging of a page. A payload that is not an object is
 * reported and yields nothing; a bare list is read as one last page.
 */
export function readEnvelope(payload: unknown, log: ProblemLog, shape: EnvelopeShape): Envelope {
  const problems = log.for('page');
  if (Array.isArray(payload)) {
    problems.say('unreadable-page', undefined, 'bare-list');
    return { items: payload, field: '', page: { page: 1, isLast: true } };
  }
  if (!isObject(payload)) {
    problems.say('unreadable-page', undefined, 'page', payload === null ? 'null' : typeof payload);
    return { items: [], field: shape.items[0] ?? 'contents' };
  }
  let field = shape.items[0] ?? 'contents';
  let items: unknown[] = [];
  const present = shape.items.find((name) => payload[name] !== undefined && payload[name] !== null);
  if (present !== undefined) {
    field = present;
    const list = payload[present];
    if (Array.isArray(list)) items = list;
    else problems.say('wrong-type', present, 'items');
  }

  const count = (name: string, min = 0): number | undefined =>
    readNumber(payload[name], problems, name, { min, integer: true });
  const flag = (name: string | undefined): boolean | undefined =>
    name === undefined ? undefined : readBoolean(payload[name], problems, name);
  const number = count(shape.page);
  const totalPages = count(shape.totalPages);
  const totalItems = count(shape.totalItems);
  let perPage: number | undefined;
  for (const name of shape.perPage) perPage ??= count(name, 1);
  const first = flag(shape.first);
  const last = flag(shape.last);
  const empty = flag(shape.empty);

  const page =
    number === undefined
      ? 1
      : shape.pageNumber
        ? shape.pageNumber(number, first, last, totalPages)
        : Math.max(1, number);
  let isLast: boolean;
  if (items.length === 0 || empty === true || last === true) isLast = true;
  else if (totalPages !== undefined) isLast = page >= totalPages;
  else if (last === false) isLast = false;
  else if (totalItems !== undefined && perPage !== undefined) isLast = page * perPage >= totalItems;
  else if (perPage !== undefined) isLast = items.length < perPage;
  else isLast = true;

  return { items, field, page: compact<PageInfo>({ page, isLast, totalPages, totalItems, perPage }) };
}

/** One list item read: the service, and whether it came through one of its places (`/service_at_locations`). */
export interface ListItem {
  readonly service: Service;
  readonly viaPlace: boolean;
}

/**
 * Reads a page of services: every item read on its own (one that cannot be
 * read at all is reported and skipped, never thrown), then each service once.
 */
export function readServiceList(
  payload: unknown,
  shape: EnvelopeShape,
  readItem: (raw: unknown, log: ProblemLog, field: string) => ListItem | undefined,
): Reading<Service> {
  // A service met once per place is merged once, at the end, from all its records.
  const byId = new Map<string, { records: Service[]; viaPlace: boolean }>();
  return readItems(
    payload,
    shape,
    readItem,
    ({ service, viaPlace }, log) => {
      const seen = byId.get(service.id);
      if (!seen) byId.set(service.id, { records: [service], viaPlace });
      else if (viaPlace && seen.viaPlace) seen.records.push(service);
      else log.for('service', service.id).say('duplicate-id', 'id', 'duplicate', 'service');
    },
    // Only a page of places has several records of one service: the client loaded the merging for it
    // (`loadMergeFor`) before reading, as `waymark/data` does at once.
    () => [...byId.values()].flatMap(({ records }) => (records[1] && mergeInUse()?.(records)) || records[0] || []),
  );
}

/** Reads one record (a `/services/{id}` answer), never throwing. */
export function readOne<T>(payload: unknown, read: (raw: unknown, log: ProblemLog) => T | undefined): Reading<T> {
  const log = new ProblemLog();
  if (!isObject(payload)) {
    log.for('page').say('unreadable-page', undefined, 'record');
    return { items: [], problems: log.problems };
  }
  try {
    const item = read(payload, log);
    return { items: item === undefined ? [] : [item], problems: log.problems };
  } catch (error) {
    log.for('page').say('invalid-value', undefined, 'record-error', String(error));
    return { items: [], problems: log.problems };
  }
}

/** Reads a page of things listed by id (categories), each id once, never throwing. */
export function readList<T extends { readonly id: string }>(
  payload: unknown,
  shape: EnvelopeShape,
  itemType: string,
  readItem: (raw: unknown, log: ProblemLog, field: string) => T | undefined,
): Reading<T> {
  const byId = new Map<string, T>();
  return readItems(
    payload,
    shape,
    readItem,
    (item, log) => {
      if (!byId.has(item.id)) byId.set(item.id, item);
      else log.for(itemType, item.id).say('duplicate-id', 'id', 'duplicate', itemType);
    },
    () => [...byId.values()],
  );
}

/**
 * Reads each item of a page on its own, one that cannot be read at all reported and skipped, never
 * thrown; `take` keeps each item read, and `items` gives what was kept.
 */
function readItems<T, U>(
  payload: unknown,
  shape: EnvelopeShape,
  readItem: (raw: unknown, log: ProblemLog, field: string) => T | undefined,
  take: (item: T, log: ProblemLog) => void,
  items: () => U[],
): Reading<U> {
  const log = new ProblemLog();
  const envelope = readEnvelope(payload, log, shape);
  envelope.items.forEach((raw, i) => {
    const field = `${envelope.field}[${i}]`;
    let item: T | undefined;
    try {
      item = readItem(raw, log, field);
    } catch (error) {
      log.for('page').say('invalid-value', field, 'item', String(error));
      return;
    }
    if (item !== undefined) take(item, log);
  });
  const { page } = envelope;
  return page === undefined
    ? { items: items(), problems: log.problems }
    : { items: items(), problems: log.problems, page };
}
