/**
 * Answers already received, by URL, in memory: what was read from an answer
 * (a page of services, not the raw body), under a byte budget counted by the
 * size of the bodies they came from, dropping the least recently used first
 * and anything expired whenever it adds. Only good answers are kept, never
 * errors. Keeping answers in sessionStorage as well, when a site asks, is
 * `ResponseCache` (`response-cache.ts`), loaded only then.
 */

export interface MemoryCacheOptions {
  /** How long an answer stays fresh, in ms (default 10 minutes). */
  readonly ttlMs?: number;
  /** The most bytes of answers whose readings are kept in memory (default 8 MB). */
  readonly budgetBytes?: number;
  /** The clock, so tests can move time on. */
  readonly now?: () => number;
}

export const DEFAULT_CACHE_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_CACHE_BUDGET_BYTES = 8 * 1024 * 1024;

interface Entry {
  readonly at: number;
  readonly value: unknown;
  readonly bytes: number;
}

/** How an answer is read before it is kept: the same URL is always read the same way. */
export type ReadAnswer<T> = (body: unknown) => T;

/** An answer kept outside memory: when it came, its body and its size. */
export interface StoredAnswer {
  readonly at: number;
  readonly body: unknown;
  readonly bytes: number;
}

export class MemoryCache {
  /** In least-recently-used order: the first entry goes first. */
  readonly #memory = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #budget: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor({
    ttlMs = DEFAULT_CACHE_TTL_MS,
    budgetBytes = DEFAULT_CACHE_BUDGET_BYTES,
    now = Date.now,
  }: MemoryCacheOptions = {}) {
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
    if (entry !== undefined && !this.expired(entry.at)) return true;
    return this.stored(url) !== undefined;
  }

  /** The fresh reading kept for `url`, read again from storage when only the text is there; or undefined. */
  get<T>(url: string, read: ReadAnswer<T>): T | undefined {
    return this.#get(url, read, () => this.stored(url));
  }

  /** As `get`, but a body read again from storage is first handed to `prepare` (to load what reading it needs). */
  async getPrepared<T>(
    url: string,
    read: ReadAnswer<T>,
    prepare: (body: unknown) => Promise<void>,
  ): Promise<T | undefined> {
    const stored = this.#memory.has(url) ? undefined : this.stored(url);
    if (stored) await prepare(stored.body);
    return this.#get(url, read, () => stored);
  }

  #get<T>(url: string, read: ReadAnswer<T>, fromStorage: () => StoredAnswer | undefined): T | undefined {
    const entry = this.#memory.get(url);
    if (entry !== undefined) {
      this.#memory.delete(url);
      if (this.expired(entry.at)) {
        this.#bytes -= entry.bytes;
        this.unstore(url);
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
    if (text !== undefined) this.store(url, at, text);
  }

  #keep(url: string, entry: Entry): void {
    const old = this.#memory.get(url);
    if (old) this.#drop(url, old);
    // Expired entries go whenever one is added, so a long session does not carry dead answers.
    for (const [key, held] of this.#memory) if (this.expired(held.at)) this.#drop(key, held);
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

  protected expired(at: number): boolean {
    return this.#now() - at > this.#ttlMs;
  }

  // Where answers outlive the page: a memory cache has nowhere, `ResponseCache` has sessionStorage.

  /** The fresh answer kept outside memory for `url`, if any. */
  protected stored(_url: string): StoredAnswer | undefined {
    return undefined;
  }

  /** Keeps an answer's text outside memory. */
  protected store(_url: string, _at: number, _text: string): void {}

  /** Forgets the answer kept outside memory for `url`. */
  protected unstore(_url: string): void {}
}
