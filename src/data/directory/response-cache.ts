/**
 * A cache of answers that also keeps them in sessionStorage, when the site
 * asks (`cache: 'session'`), so moving between pages of one site does not load
 * the directory again. In memory it is a `MemoryCache` (`memory-cache.ts`); in
 * storage it keeps the raw text. Storage is a convenience: when it is full,
 * missing or throws, the cache simply misses. Loaded only for such sites.
 */
import { MemoryCache, type MemoryCacheOptions, type StoredAnswer } from './memory-cache.js';

export {
  DEFAULT_CACHE_BUDGET_BYTES,
  DEFAULT_CACHE_TTL_MS,
  type ReadAnswer,
  type StoredAnswer,
} from './memory-cache.js';

/** The part of the Web Storage API the cache uses, so tests and other stores can stand in. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ResponseCacheOptions extends MemoryCacheOptions {
  /** Where answers outlive the page; absent means memory only. */
  readonly storage?: StorageLike;
}

/** Bump when what is stored changes shape, so old entries are ignored. */
const KEY_PREFIX = 'waymark:v1:';

export class ResponseCache extends MemoryCache {
  readonly #storage: StorageLike | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    super(options);
    this.#storage = options.storage;
  }

  protected override store(url: string, at: number, text: string): void {
    try {
      this.#storage?.setItem(KEY_PREFIX + url, `{"at":${at},"body":${text}}`);
    } catch {
      // Full or forbidden storage (quota, private browsing): the memory copy is enough for this page.
    }
  }

  protected override unstore(url: string): void {
    try {
      this.#storage?.removeItem(KEY_PREFIX + url);
    } catch {
      // Nothing to do: storage that cannot be written will not be read either.
    }
  }

  protected override stored(url: string): StoredAnswer | undefined {
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
        if (this.expired(entry.at)) {
          this.unstore(url);
          return undefined;
        }
        return { at: entry.at, body: entry.body, bytes: text.length };
      }
    } catch {
      // Someone else's value or a cut-short write: treated as absent below.
    }
    this.unstore(url);
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
