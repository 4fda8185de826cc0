/**
 * The one way widgets reach a directory. A `DirectoryClient` works out which
 * format the directory speaks (`detect.ts`), then either loads a small
 * directory whole and answers every query locally, or passes queries on to a
 * big directory's own API a page at a time (`local-or-remote.ts`,
 * `api-query.ts`). It reads lists at a bounded cost (`list-pages.ts`), fills
 * in what list summaries lack in the background (`details.ts`), keeps what it
 * read under a byte budget (`memory-cache.ts`; `response-cache.ts` also keeps
 * it in sessionStorage, for a site that asks), retries what may pass
 * (`http.ts`), aborts searches that a newer one replaced, reports loading
 * progress, and turns every failure into a `DirectoryError` and every fault in
 * the data into a `DataProblem` logged once to the console.
 *
 * What only some pages need is loaded on demand: the reader of the format the
 * directory speaks, the search index once there is data, the
 * postcode lookup at the first postcode, the query translation at the first
 * remote search, the detail fetching when a list gives summaries or a person
 * opens a service, sessionStorage when a site asks, and the words for
 * problems and failures when there are some.
 */
import type { Dialect, DialectReader, DirectoryRequest } from '../dialects/dialect.js';
import { oruk3 } from '../dialects/oruk-v3.js';
import type { Category, DataProblem, DialectId, GeoPoint, Reading, Service } from '../model.js';
import { ProblemLog, useProblemWords } from '../problems.js';
import type { PostcodeLookup } from '../search/geo.js';
import type { SearchHit, SearchIndex, SearchQuery } from '../search/search.js';
import { detectFormat, loadTextReaderFor } from './detect.js';
import { isDirectoryError } from './error-check.js';
import {
  getJsonAnswer,
  isAbortError,
  throwIfAborted,
  untilAborted,
  type HttpOptions,
  type JsonAnswer,
} from './http.js';
import type { ListContext } from './list-pages.js';
import { modeFromFirstPage, pageOfHits, type DirectoryMode } from './local-or-remote.js';
import { apiAddress, requestAddress, type ApiAddress } from './api-address.js';
import { absoluteUrl, registry } from './registry.js';
import { MemoryCache, type MemoryCacheOptions } from './memory-cache.js';
import type { StorageLike } from './response-cache.js';

export type { PostcodeLookup } from '../search/geo.js';
export type { SearchHit, SearchQuery } from '../search/search.js';
export type { DirectoryMode } from './local-or-remote.js';

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
  /** Most bytes of answers whose readings are kept in memory (default 8 MB); the least recently used go first. */
  readonly cacheBudgetBytes?: number;
  /** Defaults to the page's sessionStorage when there is one. */
  readonly storage?: StorageLike;
  /** Directories with at most this many services are loaded whole (default 2,000). */
  readonly localThreshold?: number;
  /**
   * Most full records fetched in the background when list items are summaries
   * (default 300); the others are fetched when a person opens them.
   */
  readonly detailThreshold?: number;
  /** Most requests in flight at once while loading (default 4). */
  readonly concurrency?: number;
  /** `per_page` asked for while loading (default 100; servers may send fewer). */
  readonly pageSize?: number;
  /** Most pages read from the services list, whatever the directory claims (default 500). */
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

/** What the parts of the client loaded on demand need of it. */
export interface ClientInside {
  /** Every service of a local directory, in the directory's order. */
  readonly services: Map<string, Service>;
  readonly log: ProblemLog;
  /** Full records being fetched when a person opens them; once fetched they are in the cache, which is bounded. */
  readonly pending: Map<string, Promise<Service | undefined>>;
  readonly concurrency: number;
  format(): { dialect: Dialect; reader: DialectReader };
  /** A GET through the cache, kept as `read` reads it. */
  get<T>(url: string, read: (body: unknown) => T, signal?: AbortSignal): Promise<T>;
  url(request: DirectoryRequest): string;
  /** Logs the problems not logged before. */
  report(): Promise<void>;
  lookup(postcode: string, signal: AbortSignal): Promise<PostcodeLookup>;
}

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
/** Categories are a short list: a feed paging them for ever is cut short sooner. */
export const DEFAULT_MAX_CATEGORY_PAGES = 20;

const EVERY_CALLER = {};

/**
 * Fires `progress` (a `DirectoryProgressEvent`) while a directory loads, and
 * `change` when services it already answered with have been filled in (their
 * full records arrived in the background): searching again shows them whole.
 */
export class DirectoryClient extends EventTarget {
  /** The base URL, absolute. */
  readonly src: string;
  readonly #address: ApiAddress;
  readonly #options: DirectoryClientOptions;
  #cache: MemoryCache;
  readonly #logger: DirectoryLogger;
  readonly #log = new ProblemLog();
  #logged = 0;
  readonly #loggedErrors = new Set<string>();

  #dialect: Dialect | undefined;
  #reader: DialectReader | undefined;
  #mode: DirectoryMode | undefined;
  #loading: Promise<void> | undefined;
  /** Stops the background work of a load that was replaced. */
  #loadController = new AbortController();
  #completing: Promise<void> = Promise.resolve();
  /** Every service of a local directory, in the directory's order. */
  readonly #services = new Map<string, Service>();
  /** Set once a local directory is loaded whole. */
  #index: SearchIndex | undefined;
  #categories: Promise<readonly Category[]> | undefined;
  #insideParts: ClientInside | undefined;
  /** Whether answers are kept in sessionStorage too, as `cache: 'session'` asks. */
  #session = false;
  readonly #searches = new WeakMap<object, AbortController>();

  constructor(options: DirectoryClientOptions) {
    super();
    this.#options = options;
    this.src = absoluteUrl(options.src);
    this.#address = apiAddress(this.src);
    this.#cache = new MemoryCache(cacheOptions(options));
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
   * Resolves once the load and the background fetching of full records it
   * started have finished (never rejects: what could not be fetched is a problem).
   */
  async completed(): Promise<void> {
    await this.load();
    await this.#completing;
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
        : await (
            await import('./api-query.js')
          ).searchRemotely(query, page, pageSize, this.#inside(), controller.signal);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) throw abortErrorFrom(error);
      this.#logError(error);
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      if (this.#searches.get(caller) === controller) this.#searches.delete(caller);
    }
  }

  /** One service in full: from memory when known in full, else fetched. Undefined when there is none. */
  async service(id: string): Promise<Service | undefined> {
    await this.load();
    const known = this.#services.get(id);
    if (known?.detail === 'full') return known;
    // Fetching and merging a full record loads when a person first opens a service.
    const { openService } = await import('./details.js');
    return openService(this.#inside(), id, known);
  }

  /** The directory's categories, for filters: its own list when it has one, else those its services use. */
  async categories(): Promise<readonly Category[]> {
    await this.load();
    this.#categories ??= this.#loadCategories();
    return this.#categories;
  }

  async #load(): Promise<void> {
    // A load that failed part way leaves nothing behind for this one to trip on.
    this.#loadController.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    this.#services.clear();
    this.#index = undefined;
    this.#categories = undefined;
    this.#mode = undefined;
    if (this.#options.cache === 'session' && !this.#session) {
      // Keeping answers for the site's other pages loads only for a site that asks.
      const { ResponseCache, sessionStorageIfAvailable } = await import('./response-cache.js');
      const storage = this.#options.storage ?? sessionStorageIfAvailable();
      this.#cache = new ResponseCache({ ...cacheOptions(this.#options), storage });
      this.#session = true;
    }
    const { dialect, reader, first } = await detectFormat(this.#detection(await this.#namedDialect()));
    this.#dialect = dialect;
    this.#reader = reader;
    for (const problem of first.problems) this.#log.add(problem);
    if (modeFromFirstPage(first.page, first.items.length, this.#localThreshold) === 'remote') {
      await this.#goRemote();
      return;
    }
    // A local directory will need the index: it downloads while the other pages do.
    import('../search/search.js').catch(() => undefined);
    if (!(await this.#readServices(first))) return;
    await this.#addPlaces();
    if (dialect.lists.includes('categories')) this.#categories = this.#loadCategories();
    await this.#buildIndex();
    this.#mode = 'local';
    await this.#reportProblems();
    if ([...this.#services.values()].some((s) => s.detail === 'summary'))
      this.#completing = import('./details.js')
        .then((m) => m.completeInBackground(this.#inside(), this.#detailThreshold, controller.signal))
        .then(async (fetched) => {
          if (controller.signal.aborted) return;
          if (fetched > 0) {
            await this.#buildIndex();
            this.dispatchEvent(new Event('change'));
          }
          await this.#reportProblems();
        })
        .catch(() => undefined);
  }

  async #goRemote(): Promise<void> {
    this.#services.clear();
    this.#mode = 'remote';
    await this.#reportProblems();
  }

  async #buildIndex(): Promise<void> {
    const categories = await this.#categories;
    const { SearchIndex } = await import('../search/search.js');
    this.#index = new SearchIndex([...this.#services.values()], categories);
  }

  #detection(named: Dialect | undefined): Parameters<typeof detectFormat>[0] {
    const given = this.#options.dialects;
    return {
      src: this.src,
      root: requestAddress(this.#address, ''),
      pageSize: this.#pageSize,
      // ORUK 3.0 is tried first and answers at its root: on its directories the other profiles never load.
      candidates: given ?? [oruk3],
      every: () => (given ? Promise.resolve(given) : everyDialect()),
      named,
      cache: this.#cache,
      dialectKey: `${this.#address.base}#dialect`,
      fetch: (url, retries) => this.#fetch(url, { retries }),
      url: (request) => this.#url(request),
    };
  }

  async #namedDialect(): Promise<Dialect | undefined> {
    const id = this.#options.dialect;
    if (id === undefined) return undefined;
    // " OUTPOST " reads as "outpost"; ORUK 3.0 (or a format the site gave) is at hand, any other loads the profiles.
    const wanted = id.trim().toLowerCase();
    const dialect =
      (this.#options.dialects ?? [oruk3]).find((d) => d.id === id || d.id === wanted) ??
      (await everyDialect()).find((d) => d.id === wanted);
    if (!dialect)
      this.#logger.warn(`Waymark: dialect "${id}" is not one Waymark reads; working out the format instead.`);
    return dialect;
  }

  #listContext(): ListContext & ClientInside {
    return { ...this.#inside(), dialect: this.#format().dialect, pageSize: this.#pageSize };
  }

  /** What the parts loaded on demand (`details.ts`, `api-query.ts`) need of the client. */
  #inside(): ClientInside {
    return (this.#insideParts ??= {
      services: this.#services,
      log: this.#log,
      pending: new Map(),
      concurrency: this.#concurrency,
      format: () => this.#format(),
      get: (url, read, signal) => this.#get(url, read, { signal }),
      url: (request) => this.#url(request),
      report: () => this.#reportProblems(),
      lookup: (postcode, signal) => this.#lookup(postcode, signal),
    });
  }

  /**
   * Reads every page of the services list into memory, summaries or full.
   * Returns false (having switched to remote mode) when it turns out to be too big.
   */
  async #readServices(first: Reading<Service>): Promise<boolean> {
    const { reader } = this.#format();
    let tooBig = false;
    // Reading every page is for a directory loaded whole: one searched through its API never needs it.
    const { readListPages } = await import('./list-pages.js');
    await readListPages<Service>(
      this.#listContext(),
      'services',
      first,
      (body) => reader.readServicePage(body),
      (reading, total) => {
        for (const service of reading.items) {
          if (this.#services.has(service.id))
            this.#log.for('service', service.id).say('duplicate-id', 'id', 'duplicate', 'service');
          else this.#services.set(service.id, service);
        }
        const loaded = this.#services.size;
        tooBig = loaded > this.#localThreshold;
        if (!tooBig) this.#progress(loaded, Math.max(total ?? 0, loaded));
        return !tooBig;
      },
      this.#maxPages,
    );
    if (tooBig) await this.#goRemote();
    else this.#progress(this.#services.size, this.#services.size);
    return !tooBig;
  }

  /**
   * Services whose list items came without places get them from the list of places (`addPlaces` in
   * `details.ts`, loaded only for such lists): a list of full records never needs it.
   */
  async #addPlaces(): Promise<void> {
    if (!this.#format().dialect.lists.includes('locations')) return;
    for (const service of this.#services.values())
      if (service.detail === 'summary' && service.locations.length === 0) {
        const { addPlaces } = await import('./details.js');
        await addPlaces(this.#listContext(), this.#maxLocationPages);
        return;
      }
  }

  /** The categories: their code loads when first asked for (`categories.ts`), as most searches never need them. */
  async #loadCategories(): Promise<readonly Category[]> {
    const { loadCategories } = await import('./categories.js');
    return loadCategories(this.#listContext(), Math.min(this.#maxPages, DEFAULT_MAX_CATEGORY_PAGES));
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
      hits: pageOfHits(hits, page, pageSize),
      total: hits.length,
      page,
      totalPages: Math.max(1, Math.ceil(hits.length / pageSize)),
      mode: 'local',
      ...(near ? { near } : {}),
      ...(postcode ? { postcode } : {}),
    };
  }

  async #lookup(postcode: string, signal: AbortSignal): Promise<PostcodeLookup> {
    const { postcodeApi, fetch, timeoutMs } = this.#options;
    const { lookupPostcode } = await import('../search/geo.js');
    return lookupPostcode(postcode, { apiBase: postcodeApi, fetch, timeoutMs, signal });
  }

  /** A GET through the cache, kept as `read` reads it: answers are kept, errors never. */
  async #get<T>(
    url: string,
    read: (body: unknown) => T,
    { signal, retries }: { signal?: AbortSignal | undefined; retries?: number } = {},
  ): Promise<T> {
    const cached = await this.#cache.getPrepared(url, read, loadTextReaderFor);
    if (cached !== undefined) return cached;
    const answer = await this.#fetch(url, { signal, retries });
    await loadTextReaderFor(answer.body);
    const value = read(answer.body);
    this.#cache.set(url, value, answer.bytes, answer.text);
    return value;
  }

  #fetch(
    url: string,
    { signal, retries }: { signal?: AbortSignal | undefined; retries?: number },
  ): Promise<JsonAnswer> {
    return getJsonAnswer(url, { ...this.#options, signal, retries: retries ?? this.#options.retries });
  }

  #url(request: DirectoryRequest): string {
    return requestAddress(this.#address, request.path, request.params);
  }

  #progress(loaded: number, total: number): void {
    this.dispatchEvent(new CustomEvent<DirectoryProgress>('progress', { detail: { loaded, total } }));
  }

  /**
   * Logs the problems not logged before, as one collapsed group for the site
   * owner (`problem-report.ts` and the problems' sentences, `problem-words.ts`,
   * loaded only when there are problems to log).
   */
  async #reportProblems(): Promise<void> {
    const fresh = this.#log.problems.slice(this.#logged);
    this.#logged = this.#log.problems.length;
    if (fresh.length === 0) return;
    try {
      const [{ logProblems }, { problemWords }] = await Promise.all([
        import('../problem-report.js'),
        import('../problem-words.js'),
      ]);
      useProblemWords(problemWords);
      logProblems(this.#logger, this.src, fresh);
    } catch {
      // The console lines are for the site owner: a page that cannot load them still shows the directory.
    }
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

  /** Places: at most two per service of the biggest directory loaded whole, and never more than `maxPages`. */
  get #maxLocationPages(): number {
    return Math.min(this.#maxPages, Math.ceil((2 * this.#localThreshold) / this.#pageSize) + 1);
  }
}

const clients = registry<DirectoryClientOptions, DirectoryClient>(
  (options) => new DirectoryClient(options),
  absoluteUrl,
);

/**
 * The client for these options, shared: two widgets with the same `src` on
 * one page use one client, so the directory is loaded once.
 */
export function clientFor(options: DirectoryClientOptions): DirectoryClient {
  return clients.get(options);
}

/** Every format Waymark reads: the profiles other than ORUK 3.0 load only when it does not fit. */
function everyDialect(): Promise<readonly Dialect[]> {
  return import('../dialects/index.js').then((m) => m.dialects);
}

function cacheOptions(options: DirectoryClientOptions): MemoryCacheOptions {
  return { ttlMs: options.cacheTtlMs, budgetBytes: options.cacheBudgetBytes, now: options.now };
}

function abortErrorFrom(error: unknown): unknown {
  return isAbortError(error) ? error : new DOMException('The search was replaced by a newer one.', 'AbortError');
}
