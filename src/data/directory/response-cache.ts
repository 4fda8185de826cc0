/**
 * Answers already received, by URL. In memory it keeps what was read from an
 * answer (a page of services, not the raw body), under a byte budget counted
 * by the size of the bodies they came from, dropping the least recently used
 * first and anything expired whenever it adds. In sessionStorage, when the
 * site asks, it keeps the raw text, so moving between pages of one site does
 * not load the directory again. Storage is a convenience: when it is full,
 * missing or throws, the cache simply misses. Only good answers are stored,
 * never errors.
 */

/** The part of the Web Storage API the cache uses, so tests and other stores can stand in. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ResponseCacheOptions {
  /** Where answers outlive the page; absent means memory only. */
  readonly storage?: StorageLike;
  /** How long an answer stays fresh, in ms (default 10 minutes). */
  readonly ttlMs?: number;
  /** The most bytes of answers whose readings are kept in memory (default 8 MB). */
  readonly budgetBytes?: number;
  /** The clock, so tests can move time on. */
  readonly now?: () => number;
}

export const DEFAULT_CACHE_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_CACHE_BUDGET_BYTES = 8 * 1024 * 1024;

/** Bump when what is stored changes shape, so old entries are ignored. */
const KEY_PREFIX = 'waymark:v1:';

interface Entry {
  readonly at: number;
  readonly value: unknown;
  readonly bytes: number;
}

/** How an answer is read before it is kept: the same URL is always read the same way. */
export type ReadAnswer<T> = (body: unknown) => T;

interface StoredAnswer {
  readonly at: number;
  readonly body: unknown;
  readonly bytes: number;
}

export class ResponseCache {
  /** In least-recently-used order: the first entry goes first. */
  readonly #memory = new Map<string, Entry>();
  readonly #storage: StorageLike | undefined;
  readonly #ttlMs: number;
  readonly #budget: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor({
    storage,
    ttlMs = DEFAULT_CACHE_TTL_MS,
    budgetBytes = DEFAULT_CACHE_BUDGET_BYTES,
    now = Date.now,
  }: ResponseCacheOptions = {}) {
    this.#storage = storage;
    this.#ttlMs = ttlMs;
    this.#budget = budgetBytes;
    this.#now = now;
  }

  /** Bytes of the answers whose readings are held in memory. */
  get bytes(): number {
    return this.#bytes;
  }

  /** How many answers are held in memory. */
  get size(): number {
    return this.#memory.size;
  }

  /** Whether a fresh answer for `url` is kept, in memory or in storage. */
  has(url: string): boolean {
    const entry = this.#memory.get(url);
    if (entry !== undefined && !this.#expired(entry.at)) return true;
    return this.#fromStorage(url) !== undefined;
  }

  /** The fresh reading kept for `url`, read again from storage when only the text is there; or undefined. */
  get<T>(url: string, read: ReadAnswer<T>): T | undefined {
    return this.#get(url, read, () => this.#fromStorage(url));
  }

  /** As `get`, but a body read again from storage is first handed to `prepare` (to load what reading it needs). */
  async getPrepared<T>(
    url: string,
    read: ReadAnswer<T>,
    prepare: (body: unknown) => Promise<void>,
  ): Promise<T | undefined> {
    const stored = this.#memory.has(url) ? undefined : this.#fromStorage(url);
    if (stored) await prepare(stored.body);
    return this.#get(url, read, () => stored);
  }

  #get<T>(url: string, read: ReadAnswer<T>, fromStorage: () => StoredAnswer | undefined): T | undefined {
    const entry = this.#memory.get(url);
    if (entry !== undefined) {
      this.#memory.delete(url);
      if (this.#expired(entry.at)) {
        this.#bytes -= entry.bytes;
        this.#removeStored(url);
        return undefined;
      }
      this.#memory.set(url, entry);
      return entry.value as T;
    }
    const stored = fromStorage();
    if (stored === undefined) return undefined;
    const value = read(stored.body);
    this.#keep(url, { at: stored.at, value, bytes: stored.bytes });
    return value;
  }

  /** Keeps `value`, read from an answer of `bytes` bytes whose text was `text`. */
  set(url: string, value: unknown, bytes: number, text?: string): void {
    const at = this.#now();
    this.#keep(url, { at, value, bytes });
    if (!this.#storage || text === undefined) return;
    try {
      this.#storage.setItem(KEY_PREFIX + url, `{"at":${at},"body":${text}}`);
    } catch {
      // Full or forbidden storage (quota, private browsing): the memory copy is enough for this page.
    }
  }

  delete(url: string): void {
    const entry = this.#memory.get(url);
    if (entry) this.#bytes -= entry.bytes;
    this.#memory.delete(url);
    this.#removeStored(url);
  }

  #keep(url: string, entry: Entry): void {
    const old = this.#memory.get(url);
    if (old) {
      this.#bytes -= old.bytes;
      this.#memory.delete(url);
    }
    // Expired entries go whenever one is added, so a long session does not carry dead answers.
    for (const [key, held] of this.#memory) if (this.#expired(held.at)) this.#drop(key, held);
    if (entry.bytes > this.#budget) return;
    this.#memory.set(url, entry);
    this.#bytes += entry.bytes;
    for (const [key, held] of this.#memory) {
      if (this.#bytes <= this.#budget) break;
      this.#drop(key, held);
    }
  }

  #drop(key: string, entry: Entry): void {
    this.#memory.delete(key);
    this.#bytes -= entry.bytes;
  }

  #expired(at: number): boolean {
    return this.#now() - at > this.#ttlMs;
  }

  #removeStored(url: string): void {
    try {
      this.#storage?.removeItem(KEY_PREFIX + url);
    } catch {
      // Nothing to do: storage that cannot be written will not be read either.
    }
  }

  #fromStorage(url: string): StoredAnswer | undefined {
    let text: string | null;
    try {
      text = this.#storage?.getItem(KEY_PREFIX + url) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const entry = JSON.parse(text) as { at?: unknown; body?: unknown } | null;
      if (entry && typeof entry.at === 'number' && 'body' in entry) {
        if (this.#expired(entry.at)) {
          this.#removeStored(url);
          return undefined;
        }
        return { at: entry.at, body: entry.body, bytes: text.length };
      }
    } catch {
      // Someone else's value or a cut-short write: treated as absent below.
    }
    this.#removeStored(url);
    return undefined;
  }
}

/** The page's sessionStorage when there is one and it can be used (it throws in some private modes). */
export function sessionStorageIfAvailable(): StorageLike | undefined {
  try {
    return (globalThis as { sessionStorage?: StorageLike }).sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
