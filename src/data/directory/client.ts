/**
 * The one way widgets reach a directory. A `DirectoryClient` works out which
 * format the directory speaks, then either loads a small directory whole and
 * answers every query locally, or passes queries on to a big directory's own
 * API a page at a time. It caches answers, retries what may pass, aborts
 * searches that a newer one replaced, reports loading progress, and turns
 * every failure into a `DirectoryError` and every fault in the data into a
 * `DataProblem` logged once to the console.
 *
 * What only some pages need is loaded on demand: the reader of the format the
 * directory speaks, and the search index (with fuse.js) once there is data.
 */
import type { Dialect, DialectReader, DirectoryRequest, ListKind } from '../dialects/dialect.js';
import { dialectById, dialects as knownDialects } from '../dialects/index.js';
import { DirectoryError, isDirectoryError } from './directory-error.js';
import { lookupPostcode, type PostcodeLookup } from '../search/geo.js';
import { getJson, isAbortError, throwIfAborted, untilAborted, type HttpOptions } from './http.js';
import type { Category, DataProblem, DataProblemCode, DialectId, GeoPoint, Reading, Service } from '../model.js';
import { describeProblem, ProblemLog } from '../problems.js';
import { ResponseCache, sessionStorageIfAvailable, type StorageLike } from './response-cache.js';
import type { SearchHit, SearchIndex, SearchQuery } from '../search/search.js';

export type { PostcodeLookup } from '../search/geo.js';
export type { SearchHit, SearchQuery } from '../search/search.js';

/** Where the console lines for the site owner go; tests pass their own to count them. */
export interface DirectoryLogger {
  groupCollapsed(label: string): void;
  groupEnd(): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DirectoryClientOptions extends HttpOptions {
  /** The API's base URL, e.g. "https://directory.example.gov.uk/api/v3". */
  readonly src: string;
  /** Skips detection when the format is known. */
  readonly dialect?: DialectId;
  /** The formats to try, in order (default: every format Waymark reads). */
  readonly dialects?: readonly Dialect[];
  /** Base of a postcodes.io-shaped API for postcode searches. */
  readonly postcodeApi?: string;
  /** 'session' also keeps answers in sessionStorage, for other pages of the same site. */
  readonly cache?: 'memory' | 'session';
  readonly cacheTtlMs?: number;
  /** Defaults to the page's sessionStorage when there is one. */
  readonly storage?: StorageLike;
  /** Directories with at most this many services are loaded whole (default 2,000). */
  readonly localThreshold?: number;
  /** Most full records fetched one by one when a list gives only summaries (default 300). */
  readonly detailThreshold?: number;
  /** Most requests in flight at once while loading (default 4). */
  readonly concurrency?: number;
  /** `per_page` asked for while loading (default 100; servers may send fewer). */
  readonly pageSize?: number;
  /** Most pages read from one list, whatever the directory claims (default 500). */
  readonly maxPages?: number;
  readonly logger?: DirectoryLogger;
  /** The clock for the cache's time limit. */
  readonly now?: () => number;
}

export interface SearchOptions {
  /** 1-based. */
  readonly page?: number;
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
  /**
   * Whose search this is: a new search aborts the previous one from the same
   * caller only, so two widgets sharing a client do not cancel each other.
   */
  readonly caller?: object;
}

export interface SearchResults {
  readonly hits: SearchHit[];
  /** Matches in all pages (in remote mode, as the API counts them before local filters). */
  readonly total: number;
  readonly page: number;
  readonly totalPages: number;
  readonly mode: DirectoryMode;
  /** The point distances were measured from. */
  readonly near?: GeoPoint;
  /** The lookup of the query's postcode, when one was looked up: says whether it was found. */
  readonly postcode?: PostcodeLookup;
}

/** 'local': loaded whole, queried in the browser; 'remote': queried through the API, page by page. */
export type DirectoryMode = 'local' | 'remote';

export interface DirectoryProgress {
  /** Services loaded so far. */
  readonly loaded: number;
  readonly total: number;
}

export type DirectoryProgressEvent = CustomEvent<DirectoryProgress>;

export const DEFAULT_LOCAL_THRESHOLD = 2000;
export const DEFAULT_DETAIL_THRESHOLD = 300;
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_MAX_PAGES = 500;
/** Console lines per report: a broken feed can have thousands of problems. */
const MAX_LOGGED_PROBLEMS = 200;

const EVERY_CALLER = {};
/** The parts of a query about place, which the API is asked in its own way or not at all. */
const PLACE = ['postcode', 'near', 'proximity'];

type PageOutcome<T> = { readonly reading: Reading<T> } | { readonly error: DirectoryError };

export class DirectoryClient extends EventTarget {
  /** The base URL, absolute. */
  readonly src: string;
  readonly #base: string;
  readonly #options: DirectoryClientOptions;
  readonly #cache: ResponseCache;
  readonly #logger: DirectoryLogger;
  readonly #log = new ProblemLog();
  #logged = 0;
  readonly #loggedErrors = new Set<string>();

  #dialect: Dialect | undefined;
  #reader: DialectReader | undefined;
  #mode: DirectoryMode | undefined;
  #loading: Promise<void> | undefined;
  /** Every service of a local directory, in the directory's order. */
  readonly #services = new Map<string, Service>();
  /** Set once a local directory is loaded whole. */
  #index: SearchIndex | undefined;
  #categories: Promise<readonly Category[]> | undefined;
  readonly #details = new Map<string, Promise<Service | undefined>>();
  readonly #searches = new WeakMap<object, AbortController>();

  constructor(options: DirectoryClientOptions) {
    super();
    this.#options = options;
    this.src = absoluteUrl(options.src);
    this.#base = this.src.endsWith('/') ? this.src : `${this.src}/`;
    this.#cache = new ResponseCache({
      storage: options.cache === 'session' ? (options.storage ?? sessionStorageIfAvailable()) : undefined,
      ttlMs: options.cacheTtlMs,
      now: options.now,
    });
    this.#logger = options.logger ?? console;
  }

  /** The format in use, once known. */
  get dialect(): Dialect | undefined {
    return this.#dialect;
  }

  /** How queries are answered, once the load has decided. */
  get mode(): DirectoryMode | undefined {
    return this.#mode;
  }

  /** Every problem found in the directory's data so far, each once. */
  get problems(): readonly DataProblem[] {
    return this.#log.problems;
  }

  /**
   * Detects the format and, for a small directory, loads it whole. Shared by
   * every caller; after a failure the next call tries again.
   */
  load(): Promise<void> {
    this.#loading ??= this.#load().catch((error: unknown) => {
      this.#loading = undefined;
      this.#logError(error);
      throw error;
    });
    return this.#loading;
  }

  /** The same as `load()`: resolves when queries can be answered. */
  ready(): Promise<void> {
    return this.load();
  }

  /**
   * One page of the services that match `query`. A newer search from the same
   * caller aborts this one: its promise then rejects with an AbortError.
   */
  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchResults> {
    const caller = options.caller ?? EVERY_CALLER;
    this.#searches.get(caller)?.abort();
    const controller = new AbortController();
    this.#searches.set(caller, controller);
    const stop = (): void => controller.abort();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) controller.abort();
    const page = Math.max(1, Math.floor(options.page ?? 1));
    const pageSize = Math.max(1, Math.floor(options.pageSize ?? 20));
    try {
      await untilAborted(this.load(), controller.signal);
      return this.#index
        ? await this.#searchLocally(this.#index, query, page, pageSize, controller.signal)
        : await this.#searchRemotely(query, page, pageSize, controller.signal);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) throw abortErrorFrom(error);
      this.#logError(error);
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      if (this.#searches.get(caller) === controller) this.#searches.delete(caller);
    }
  }

  /** One service in full: from memory when loaded whole, else fetched once. Undefined when there is none. */
  async service(id: string): Promise<Service | undefined> {
    await this.load();
    const known = this.#services.get(id);
    if (known?.detail === 'full') return known;
    let pending = this.#details.get(id);
    if (!pending) {
      pending = this.#fetchService(id).catch((error: unknown) => {
        this.#details.delete(id);
        if (isDirectoryError(error) && error.kind === 'not-found') return undefined;
        throw error;
      });
      this.#details.set(id, pending);
    }
    const service = await pending;
    this.#reportProblems();
    return service ?? known;
  }

  /** The directory's categories, for filters: its own list when it has one, else those its services use. */
  async categories(): Promise<readonly Category[]> {
    await this.load();
    this.#categories ??= this.#loadCategories();
    return this.#categories;
  }

  async #load(): Promise<void> {
    // A load that failed part way leaves nothing behind for this one to trip on.
    this.#services.clear();
    this.#index = undefined;
    this.#categories = undefined;
    this.#mode = undefined;
    const first = await this.#firstPage();
    this.#addProblems(first.problems);
    const total = first.page?.totalItems;
    const summaries = first.items.some((s) => s.detail === 'summary');
    if (total !== undefined && (total > this.#localThreshold || (summaries && total > this.#detailThreshold))) {
      this.#goRemote();
      return;
    }
    if (!(await this.#readServices(first, !summaries))) return;
    if (!(await this.#completeSummaries())) return;
    await this.#addPlaces();
    if (this.#format().dialect.lists.includes('categories')) this.#categories = this.#loadCategories();
    const categories = await this.#categories;
    const { SearchIndex } = await import('../search/search.js');
    this.#index = new SearchIndex([...this.#services.values()], categories);
    this.#mode = 'local';
    this.#reportProblems();
  }

  #goRemote(): void {
    this.#services.clear();
    this.#mode = 'remote';
    this.#reportProblems();
  }

  /** Page 1 of the services, read; detecting the format first when it was not given. */
  async #firstPage(): Promise<Reading<Service>> {
    let dialect = this.#explicitDialect() ?? this.#candidate(this.#cache.get(this.#dialectKey));
    let rootAnswered = false;
    if (!dialect) {
      try {
        // Asked once: many feeds (ORUK 1.0 among them) have nothing at their root.
        const root = await this.#get(this.#base, { retries: 0 });
        rootAnswered = true;
        dialect = this.#candidates.find((d) => safely(() => d.recogniseRoot?.(root) ?? false, false));
      } catch (error) {
        if (isAbortError(error)) throw error;
      }
      if (dialect) this.#cache.set(this.#dialectKey, dialect.id);
    }
    if (dialect) {
      const request = dialect.listRequest('services', {}, 1, this.#pageSize);
      return this.#settle(dialect, this.#getDetectionPage(this.#url(request), false));
    }
    const url = this.#url({ path: 'services', params: { page: '1', per_page: String(this.#pageSize) } });
    const body = await this.#getDetectionPage(url, rootAnswered);
    const byPage = this.#candidates.find((d) => safely(() => d.recognisePage(body), false));
    if (!byPage) throw new DirectoryError('not-directory', this.src);
    this.#cache.set(this.#dialectKey, byPage.id);
    return this.#settle(byPage, body);
  }

  /** Settles on a format: its reader downloads while its first page does, then reads that page. */
  async #settle(dialect: Dialect, firstPage: unknown): Promise<Reading<Service>> {
    const [reader, body] = await Promise.all([dialect.load(), firstPage]);
    this.#dialect = dialect;
    this.#reader = reader;
    return reader.readServicePage(body);
  }

  get #candidates(): readonly Dialect[] {
    return this.#options.dialects ?? knownDialects;
  }

  /** One of the formats to try, by id; a remembered id lets a feed with no root skip being asked for one. */
  #candidate(id: unknown): Dialect | undefined {
    return this.#candidates.find((d) => d.id === id);
  }

  get #dialectKey(): string {
    return `${this.#base}#dialect`;
  }

  /** The first page, with failures said in terms of the whole directory. */
  async #getDetectionPage(url: string, rootAnsweredOtherwise: boolean): Promise<unknown> {
    try {
      return await this.#get(url);
    } catch (error) {
      if (!isDirectoryError(error) || (error.kind !== 'unreadable' && error.kind !== 'not-found')) throw error;
      const kind = error.kind === 'not-found' && !rootAnsweredOtherwise ? 'not-found' : 'not-directory';
      throw new DirectoryError(kind, this.src, { status: error.status, cause: error });
    }
  }

  #explicitDialect(): Dialect | undefined {
    const id = this.#options.dialect;
    if (id === undefined) return undefined;
    const dialect = this.#candidate(id) ?? dialectById(id);
    if (!dialect)
      this.#logger.warn(`Waymark: dialect "${id}" is not one Waymark reads; working out the format instead.`);
    return dialect;
  }

  /**
   * Reads every page of the services list into memory. Returns false (having
   * switched to remote mode) when it turns out to be too big.
   */
  async #readServices(first: Reading<Service>, countProgress: boolean): Promise<boolean> {
    const { reader } = this.#format();
    let tooBig = false;
    await this.#readList<Service>(
      'services',
      first,
      (body) => reader.readServicePage(body),
      (reading, total) => {
        for (const service of reading.items) {
          if (this.#services.has(service.id))
            this.#log
              .for('service', service.id)
              .report('duplicate-id', 'id', 'more than one service has this id; the first is kept.');
          else this.#services.set(service.id, service);
        }
        const loaded = this.#services.size;
        tooBig = loaded > this.#localThreshold;
        if (!tooBig) this.#progress(countProgress ? loaded : 0, Math.max(total ?? 0, loaded));
        return !tooBig;
      },
    );
    if (tooBig) this.#goRemote();
    else if (countProgress) this.#progress(this.#services.size, this.#services.size);
    return !tooBig;
  }

  /**
   * Fetches the full record of each summary. Returns false (having gone
   * remote) when there are too many to fetch one by one.
   */
  async #completeSummaries(): Promise<boolean> {
    const summaries = [...this.#services.values()].filter((s) => s.detail === 'summary');
    if (summaries.length > this.#detailThreshold) {
      this.#goRemote();
      return false;
    }
    let done = 0;
    await eachConcurrently(summaries, this.#concurrency, async (summary) => {
      try {
        const full = await this.#fetchService(summary.id);
        if (full) this.#services.set(summary.id, full);
      } catch (error) {
        if (isAbortError(error)) throw error;
        const why = isDirectoryError(error) ? error.advice : String(error);
        this.#log
          .for('service', summary.id)
          .report('unreadable-page', undefined, `its full record could not be read, so only its summary shows: ${why}`);
      }
      this.#progress(++done, summaries.length);
    });
    return true;
  }

  /** When services came without their places, reads the list of places and joins them on. */
  async #addPlaces(): Promise<void> {
    const { dialect, reader } = this.#format();
    const services = [...this.#services.values()];
    if (!dialect.lists.includes('locations') || services.length === 0) return;
    if (services.some((s) => s.locations.length > 0)) return;
    // Readers use it too, so it comes with the reader, already loaded.
    const { mergeServices } = await import('./merge.js');
    await this.#readList<Service>(
      'locations',
      undefined,
      (body) => reader.readServicePage(body),
      (reading) => {
        for (const incoming of reading.items) {
          const existing = this.#services.get(incoming.id);
          if (existing) this.#services.set(incoming.id, mergeServices(existing, incoming));
        }
        return true;
      },
    );
  }

  async #loadCategories(): Promise<readonly Category[]> {
    const found = new Map<string, Category>();
    const add = (categories: Iterable<Category>): void => {
      for (const category of categories) if (!found.has(category.id)) found.set(category.id, category);
    };
    const { dialect, reader } = this.#format();
    if (dialect.lists.includes('categories')) {
      await this.#readList<Category>(
        'categories',
        undefined,
        (body) => reader.readCategoryPage(body),
        (reading) => {
          add(reading.items);
          return true;
        },
      );
      this.#reportProblems();
    }
    if (found.size === 0) for (const service of this.#services.values()) add(service.categories);
    return [...found.values()];
  }

  /**
   * Reads the pages of one list in order, at most `concurrency` in flight,
   * handing each to `take` (which returns false to stop). Stops safely on an
   * empty page before the end, a page that repeats the one before, and after
   * `maxPages`; a page that fails is reported and skipped.
   */
  async #readList<T extends { readonly id: string }>(
    kind: ListKind,
    first: Reading<T> | undefined,
    read: (body: unknown) => Reading<T>,
    take: (reading: Reading<T>, total: number | undefined) => boolean,
  ): Promise<void> {
    const { dialect } = this.#format();
    const controller = new AbortController();
    const fetchPage = async (page: number): Promise<PageOutcome<T>> => {
      try {
        const body = await this.#get(this.#url(dialect.listRequest(kind, {}, page, this.#pageSize)), {
          signal: controller.signal,
        });
        return { reading: safely(() => read(body), unreadableReading<T>()) };
      } catch (error) {
        if (isDirectoryError(error)) return { error };
        throw error;
      }
    };
    const firstOutcome: PageOutcome<T> = first ? { reading: first } : await fetchPage(1);
    if ('error' in firstOutcome) {
      this.#pageProblem(kind, 1, firstOutcome.error);
      return;
    }
    const info = firstOutcome.reading.page;
    const total = info?.totalItems;
    this.#addProblems(firstOutcome.reading.problems);
    if (!take(firstOutcome.reading, total) || info?.isLast || firstOutcome.reading.items.length === 0) return;

    const lastPage = this.#lastPage(kind, info?.totalPages, total, info?.perPage ?? firstOutcome.reading.items.length);
    // With no known end, one page at a time: prefetching past the end would only fetch errors.
    const ahead = lastPage === undefined ? 1 : this.#concurrency;
    const end = lastPage ?? this.#maxPages;
    const pending = new Map<number, Promise<PageOutcome<T>>>();
    let pageBeingRead = 2;
    let launched = 1;
    const launch = (): void => {
      while (launched < end && launched < pageBeingRead + ahead - 1) {
        launched++;
        const page = fetchPage(launched);
        page.catch(() => undefined);
        pending.set(launched, page);
      }
    };
    let previousIds = idsOf(firstOutcome.reading.items);
    try {
      for (; pageBeingRead <= end; pageBeingRead++) {
        launch();
        const outcome = await (pending.get(pageBeingRead) ?? fetchPage(pageBeingRead));
        pending.delete(pageBeingRead);
        if ('error' in outcome) {
          this.#pageProblem(kind, pageBeingRead, outcome.error);
          continue;
        }
        const { reading } = outcome;
        this.#addProblems(reading.problems);
        if (reading.items.length === 0) {
          if (lastPage !== undefined)
            this.#listProblem(
              kind,
              pageBeingRead,
              'invalid-value',
              `is empty, though the directory said there were ${lastPage} pages; stopped reading there`,
            );
          return;
        }
        const ids = idsOf(reading.items);
        if (ids === previousIds) {
          this.#listProblem(
            kind,
            pageBeingRead,
            'repeated-page',
            `repeats page ${pageBeingRead - 1}: the server may ignore the page parameter. Stopped reading there`,
          );
          return;
        }
        previousIds = ids;
        if (!take(reading, total) || reading.page?.isLast === true) return;
      }
      if (lastPage === undefined)
        this.#log
          .for('page')
          .report(
            'invalid-value',
            kind,
            `more than ${this.#maxPages} pages of ${kind} and no end in sight; read the first ${this.#maxPages}.`,
          );
    } finally {
      controller.abort();
    }
  }

  /** The last page to read, capped: a feed claiming 100,000 pages is not believed. */
  #lastPage(
    kind: ListKind,
    totalPages: number | undefined,
    totalItems: number | undefined,
    perPage: number,
  ): number | undefined {
    let last = totalPages;
    if (last === undefined && totalItems !== undefined && perPage > 0) last = Math.ceil(totalItems / perPage);
    if (last === undefined) return undefined;
    if (last > this.#maxPages) {
      this.#log
        .for('page')
        .report(
          'invalid-value',
          'total_pages',
          `the ${kind} list claims ${last} pages; read only the first ${this.#maxPages}.`,
        );
      return this.#maxPages;
    }
    return last;
  }

  #pageProblem(kind: ListKind, page: number, error: DirectoryError): void {
    const why = error.kind === 'unreadable' ? 'it was cut short or not JSON, even after retrying' : error.advice;
    this.#listProblem(kind, page, 'unreadable-page', `could not be read (${why}); the other pages are kept`);
  }

  #listProblem(kind: ListKind, page: number, code: DataProblemCode, what: string): void {
    this.#log.for('page', String(page)).report(code, kind, `page ${page} of ${kind} ${what}.`);
  }

  async #searchLocally(
    index: SearchIndex,
    query: SearchQuery,
    page: number,
    pageSize: number,
    signal: AbortSignal,
  ): Promise<SearchResults> {
    let near = query.near;
    let postcode: PostcodeLookup | undefined;
    if (query.postcode && !near) {
      postcode = await this.#lookup(query.postcode, signal);
      if (postcode.ok) near = postcode.point;
    }
    throwIfAborted(signal);
    const hits = index.search({ ...query, near });
    return {
      hits: hits.slice((page - 1) * pageSize, page * pageSize),
      total: hits.length,
      page,
      totalPages: Math.max(1, Math.ceil(hits.length / pageSize)),
      mode: 'local',
      ...(near ? { near } : {}),
      ...(postcode ? { postcode } : {}),
    };
  }

  /**
   * Passes on what the API can answer, filters the rest locally on the page it
   * sends. A postcode goes as one when the API takes it, else as coordinates.
   */
  async #searchRemotely(
    query: SearchQuery,
    page: number,
    pageSize: number,
    signal: AbortSignal,
  ): Promise<SearchResults> {
    const { dialect, reader } = this.#format();
    const can = dialect.capabilities;
    const api: Record<string, unknown> = {};
    for (const key of can) if (query[key] !== undefined && !PLACE.includes(key)) api[key] = query[key];
    let near = query.near;
    let postcode: PostcodeLookup | undefined;
    if (query.postcode && can.has('postcode')) {
      api['postcode'] = query.postcode;
    } else {
      if (query.postcode && !near) {
        postcode = await this.#lookup(query.postcode, signal);
        if (postcode.ok) near = postcode.point;
      }
      if (near && can.has('near')) api['near'] = near;
    }
    const placeSent = api['postcode'] !== undefined || api['near'] !== undefined;
    if (placeSent && query.proximity !== undefined && can.has('proximity')) api['proximity'] = query.proximity;
    // What the API was not asked, it is asked here, of the page it sends; distances are measured here either way.
    const local = { ...Object.fromEntries(Object.entries(query).filter(([key]) => !(key in api))), near };
    const kind: ListKind = placeSent && dialect.lists.includes('locations') ? 'locations' : 'services';
    const body = await this.#get(this.#url(dialect.listRequest(kind, api, page, pageSize)), { signal });
    const reading = safely(() => reader.readServicePage(body), unreadableReading<Service>());
    this.#addProblems(reading.problems);
    this.#reportProblems();
    const { SearchIndex } = await import('../search/search.js');
    let hits = new SearchIndex(reading.items).search(local);
    // The API orders its pages; re-sorting one page would mix pages up. Only an asked-for order re-sorts.
    if (query.sort === undefined) hits = inListOrder(hits, reading.items);
    const info = reading.page;
    const totalPages = info?.totalPages ?? (info?.isLast === false ? page + 1 : page);
    return {
      hits,
      total: info?.totalItems ?? hits.length,
      page,
      totalPages: Math.max(totalPages, 1),
      mode: 'remote',
      ...(near ? { near } : {}),
      ...(postcode ? { postcode } : {}),
    };
  }

  #lookup(postcode: string, signal: AbortSignal): Promise<PostcodeLookup> {
    const { postcodeApi, fetch, timeoutMs } = this.#options;
    return lookupPostcode(postcode, { apiBase: postcodeApi, fetch, timeoutMs, signal });
  }

  async #fetchService(id: string): Promise<Service | undefined> {
    const { dialect, reader } = this.#format();
    const body = await this.#get(this.#url(dialect.serviceRequest(id)));
    const reading = safely(() => reader.readService(body), unreadableReading<Service>());
    this.#addProblems(reading.problems);
    return reading.items[0];
  }

  /** A GET through the cache: answers are kept, errors never. */
  async #get(url: string, { signal, retries }: { signal?: AbortSignal; retries?: number } = {}): Promise<unknown> {
    const cached = this.#cache.get(url);
    if (cached !== undefined) return cached;
    const body = await getJson(url, { ...this.#options, signal, retries: retries ?? this.#options.retries });
    this.#cache.set(url, body);
    return body;
  }

  #url(request: DirectoryRequest): string {
    const url = new URL(request.path, this.#base);
    for (const [name, value] of Object.entries(request.params)) url.searchParams.set(name, value);
    return url.href;
  }

  #progress(loaded: number, total: number): void {
    this.dispatchEvent(new CustomEvent<DirectoryProgress>('progress', { detail: { loaded, total } }));
  }

  #addProblems(problems: readonly DataProblem[]): void {
    for (const problem of problems) this.#log.add(problem);
  }

  /** Logs the problems not logged before, as one collapsed group for the site owner. */
  #reportProblems(): void {
    const fresh = this.#log.problems.slice(this.#logged);
    this.#logged = this.#log.problems.length;
    if (fresh.length === 0) return;
    const noun = fresh.length === 1 ? 'problem' : 'problems';
    this.#logger.groupCollapsed(`Waymark: ${fresh.length} ${noun} in the directory data at ${this.src}`);
    for (const problem of fresh.slice(0, MAX_LOGGED_PROBLEMS)) this.#logger.warn(describeProblem(problem));
    if (fresh.length > MAX_LOGGED_PROBLEMS) this.#logger.warn(`…and ${fresh.length - MAX_LOGGED_PROBLEMS} more.`);
    this.#logger.groupEnd();
  }

  #logError(error: unknown): void {
    if (!isDirectoryError(error) || this.#loggedErrors.has(error.advice)) return;
    this.#loggedErrors.add(error.advice);
    this.#logger.error(`Waymark: ${error.advice}`);
  }

  /** The format and its reader, once detection has found them. */
  #format(): { dialect: Dialect; reader: DialectReader } {
    if (!this.#dialect || !this.#reader) throw new Error('Waymark: the directory format is not known before load().');
    return { dialect: this.#dialect, reader: this.#reader };
  }

  get #localThreshold(): number {
    return this.#options.localThreshold ?? DEFAULT_LOCAL_THRESHOLD;
  }

  get #detailThreshold(): number {
    return this.#options.detailThreshold ?? DEFAULT_DETAIL_THRESHOLD;
  }

  get #concurrency(): number {
    return Math.max(1, this.#options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  get #pageSize(): number {
    return this.#options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  get #maxPages(): number {
    return this.#options.maxPages ?? DEFAULT_MAX_PAGES;
  }
}

// Held weakly: a client lives as long as a widget or provider holds it, so a page that changes
// `src` again and again does not keep every directory it ever read.
const clients = new Map<string, WeakRef<DirectoryClient>>();
const forgetClient = new FinalizationRegistry<string>((key) => {
  if (!clients.get(key)?.deref()) clients.delete(key);
});
const identities = new WeakMap<object, number>();
let identitiesGiven = 0;

/**
 * The client for these options, shared: two widgets with the same `src` on
 * one page use one client, so the directory is loaded once.
 */
export function clientFor(options: DirectoryClientOptions): DirectoryClient {
  const key = clientKey(options);
  let client = clients.get(key)?.deref();
  if (!client) {
    client = new DirectoryClient(options);
    clients.set(key, new WeakRef(client));
    forgetClient.register(client, key);
  }
  return client;
}

function clientKey(options: DirectoryClientOptions): string {
  const parts = Object.entries({ ...options, src: absoluteUrl(options.src) })
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => [
      name,
      typeof value === 'object' || typeof value === 'function' ? `#${identity(value)}` : value,
    ]);
  return JSON.stringify(parts);
}

function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    id = ++identitiesGiven;
    identities.set(value, id);
  }
  return id;
}

/** `src` made absolute: against the page's address when there is a page, else it must be absolute already. */
function absoluteUrl(src: string): string {
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(src, here);
  } catch {
    throw new TypeError(`Waymark: src "${src}" is not a web address.`);
  }
  url.hash = '';
  return url.href;
}

/** Runs `task` on each item with at most `limit` running at once; rejects on the first rejection. */
async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.values();
  const worker = async (): Promise<void> => {
    for (const item of queue) await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function inListOrder(hits: SearchHit[], services: readonly Service[]): SearchHit[] {
  const position = new Map(services.map((service, i) => [service.id, i]));
  return hits.sort((a, b) => (position.get(a.service.id) ?? 0) - (position.get(b.service.id) ?? 0));
}

function idsOf(items: readonly { readonly id: string }[]): string {
  return items.map((item) => item.id).join('\n');
}

/** A dialect's reader is not meant to throw; if one does, the page counts as unreadable rather than the load failing. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function unreadableReading<T>(): Reading<T> {
  return {
    items: [],
    problems: [{ code: 'unreadable-page', itemType: 'page', message: 'the page could not be read in this format.' }],
  };
}

function abortErrorFrom(error: unknown): unknown {
  return isAbortError(error) ? error : new DOMException('The search was replaced by a newer one.', 'AbortError');
}
