/**
 * Answers already received, by URL: in memory always, and in sessionStorage
 * when the site asks, so moving between pages of one site does not load the
 * directory again. Entries expire after a time limit. Storage is a
 * convenience: when it is full, missing or throws, the cache simply misses.
 * Only good answers are stored, never errors.
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
  /** The clock, so tests can move time on. */
  readonly now?: () => number;
}

export const DEFAULT_CACHE_TTL_MS = 10 * 60 * 1000;

/** Bump when what is stored changes shape, so old entries are ignored. */
const KEY_PREFIX = 'waymark:v1:';

interface Entry {
  readonly at: number;
  readonly body: unknown;
}

export class ResponseCache {
  readonly #memory = new Map<string, Entry>();
  readonly #storage: StorageLike | undefined;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor({ storage, ttlMs = DEFAULT_CACHE_TTL_MS, now = Date.now }: ResponseCacheOptions = {}) {
    this.#storage = storage;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** The fresh answer stored for `url`, or undefined. */
  get(url: string): unknown {
    const entry = this.#memory.get(url) ?? this.#fromStorage(url);
    if (entry === undefined) return undefined;
    if (this.#now() - entry.at > this.#ttlMs) {
      this.delete(url);
      return undefined;
    }
    this.#memory.set(url, entry);
    return entry.body;
  }

  set(url: string, body: unknown): void {
    const entry: Entry = { at: this.#now(), body };
    this.#memory.set(url, entry);
    if (!this.#storage) return;
    try {
      this.#storage.setItem(KEY_PREFIX + url, JSON.stringify(entry));
    } catch {
      // Full or forbidden storage (quota, private browsing): the memory copy is enough for this page.
    }
  }

  delete(url: string): void {
    this.#memory.delete(url);
    try {
      this.#storage?.removeItem(KEY_PREFIX + url);
    } catch {
      // Nothing to do: storage that cannot be written will not be read either.
    }
  }

  #fromStorage(url: string): Entry | undefined {
    let text: string | null;
    try {
      text = this.#storage?.getItem(KEY_PREFIX + url) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const entry = JSON.parse(text) as Partial<Entry> | null;
      if (entry && typeof entry.at === 'number' && 'body' in entry) return { at: entry.at, body: entry.body };
    } catch {
      // Someone else's value or a cut-short write: treated as absent below.
    }
    this.delete(url);
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
