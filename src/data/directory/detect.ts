/**
 * Working out which format a directory speaks: the format the site named, or
 * the one remembered from an earlier visit, or the one its root answer names
 * (ORUK 3.0 answers `GET /` with its version), or the one its first page of
 * services looks like (`detect-by-page.ts`, loaded only then). The reader of
 * that format downloads while its first page does, and reads it.
 */
import type { Dialect, DialectReader, DirectoryRequest } from '../dialects/dialect.js';
import type { DialectId, Reading, Service } from '../model.js';
import { isDirectoryError } from './error-check.js';
import { isAbortError, type JsonAnswer } from './http.js';
import { safely } from './safe-reading.js';
import type { MemoryCache } from './memory-cache.js';

/** What detection needs from the client. */
export interface DetectionContext {
  /** The directory's address, for errors about the whole directory. */
  readonly src: string;
  /** The API's root, where ORUK 3.0 says what it is. */
  readonly root: string;
  readonly pageSize: number;
  /**
   * The formats at hand, tried first, in order: the start of `every()` (ORUK 3.0 alone
   * unless the site gave its own list), so trying them first finds what `every()` would.
   */
  readonly candidates: readonly Dialect[];
  /** Every format to try, in order, loaded only when those at hand do not settle it. */
  every(): Promise<readonly Dialect[]>;
  /** The format the site named, when it named one Waymark reads. */
  readonly named: Dialect | undefined;
  /**
   * The client's cache: it keeps the first page read, for when the same page is asked for again, and
   * under `dialectKey` the format found, for a later visit.
   */
  readonly cache: MemoryCache;
  readonly dialectKey: string;
  /** A GET that keeps nothing (the answer is read only once the format is known). */
  fetch(url: string, retries?: number): Promise<JsonAnswer>;
  url(request: DirectoryRequest): string;
}

export interface Detected {
  readonly dialect: Dialect;
  readonly reader: DialectReader;
  /** Page 1 of the services, read. */
  readonly first: Reading<Service>;
}

/** The format, its reader and page 1 of the services; detecting the format first when it was not given. */
export async function detectFormat(context: DetectionContext): Promise<Detected> {
  let dialect = context.named ?? (await rememberedDialect(context));
  let rootAnswered = false;
  if (!dialect) {
    let root: JsonAnswer | undefined;
    try {
      // Asked once: many feeds (ORUK 1.0 among them) have nothing at their root.
      root = await context.fetch(context.root, 0);
    } catch (error) {
      if (isAbortError(error)) throw error;
    }
    if (root) {
      rootAnswered = true;
      const { body } = root;
      const byRoot = (d: Dialect): boolean => safely(() => d.recogniseRoot?.(body) ?? false, false);
      dialect = context.candidates.find(byRoot) ?? (await context.every()).find(byRoot);
    }
    if (dialect) remember(context, dialect);
  }
  if (dialect) {
    const url = context.url(dialect.listRequest('services', {}, 1, context.pageSize));
    if (context.cache.has(url)) {
      const reader = await dialect.load();
      const first = await context.cache.getPrepared(url, (body) => reader.readServicePage(body), loadTextReaderFor);
      if (first) return { dialect, reader, first };
    }
    return settle(context, dialect, url, firstPage(context, url, false));
  }
  // A directory whose root does not say (ORUK 3.0's does): known by its first page, against every format,
  // whose profiles download while this chunk and that page do.
  const every = context.every();
  every.catch(() => undefined);
  return (await import('./detect-by-page.js')).detectByPage(context, rootAnswered, every);
}

/** The format found on an earlier visit, from those at hand or else from every format. */
async function rememberedDialect(context: DetectionContext): Promise<Dialect | undefined> {
  const id = context.cache.get(context.dialectKey, (body) => body as DialectId);
  if (id === undefined) return undefined;
  const byId = (d: Dialect): boolean => d.id === id;
  return context.candidates.find(byId) ?? (await context.every()).find(byId);
}

/** Remembers the format found, for a later visit (and, with `cache: 'session'`, the site's other pages). */
export function remember(context: DetectionContext, dialect: Dialect): void {
  context.cache.set(context.dialectKey, dialect.id, 0, JSON.stringify(dialect.id));
}

/** Settles on a format: its reader downloads while its first page does, then reads that page. */
export async function settle(
  context: DetectionContext,
  dialect: Dialect,
  url: string,
  page: Promise<JsonAnswer> | JsonAnswer,
): Promise<Detected> {
  const [reader, answer] = await Promise.all([dialect.load(), page]);
  await loadTextReaderFor(answer.body);
  const first = reader.readServicePage(answer.body);
  context.cache.set(url, first, answer.bytes, answer.text);
  return { dialect, reader, first };
}

/** The first page, with failures said in terms of the whole directory (their words load only then). */
export async function firstPage(
  context: DetectionContext,
  url: string,
  rootAnsweredOtherwise: boolean,
): Promise<JsonAnswer> {
  try {
    return await context.fetch(url);
  } catch (error) {
    if (!isDirectoryError(error)) throw error;
    throw (await import('./directory-error.js')).firstPageFailure(error, context.src, rootAnsweredOtherwise);
  }
}

/**
 * Loads the markup reader when `body` needs it, and the merging of a service's
 * records when it lists places (see `markup-check.ts`). The checks come with
 * the readers' shared code, which the reader needs anyway: by the time an
 * answer is read, they are already here.
 */
export async function loadTextReaderFor(body: unknown): Promise<void> {
  const { loadTextReaderFor: load, loadMergeFor } = await import('../text/markup-check.js');
  await Promise.all([load(body), loadMergeFor(body)]);
}
