/**
 * Loads an OpenActive or iCalendar feed into an `EventFeed`. Each reader is
 * its own chunk, loaded with `import()` the first time a page uses it: a
 * calendar that only shows a directory's groups downloads neither, and
 * ical.js comes only with an `.ics` source.
 *
 * Failures a person should hear about throw a `DirectoryError` whose `kind`
 * chooses the words (`directoryErrorMessage` in src/i18n/common.ts); stopping
 * through `options.signal` rejects with an `AbortError` to ignore.
 */
import { DirectoryError } from '../directory/directory-error.js';
import { getJson, isAbortError, throwIfAborted } from '../directory/http.js';
import { ProblemLog } from '../problems.js';
import type { EventFeed, EventFeedOptions } from './event-model.js';

/** Pages followed at most, unless `maxPages` says otherwise. */
export const DEFAULT_MAX_PAGES = 200;

/**
 * The addresses in `src`, absolute. Split OpenActive feeds publish series and
 * sessions at two addresses: `src` may name both, separated by spaces.
 */
export function feedUrls(src: string): string[] {
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  return src
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((one) => {
      try {
        const url = base === undefined ? new URL(one) : new URL(one, base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('not http');
        return url.href;
      } catch (cause) {
        throw new DirectoryError('not-found', one, { cause });
      }
    });
}

export async function loadEventFeed(
  src: string,
  dialect: 'openactive' | 'ical',
  options: EventFeedOptions = {},
): Promise<EventFeed> {
  const urls = feedUrls(src);
  if (urls.length === 0) throw new DirectoryError('not-found', src);
  return dialect === 'ical' ? loadIcal(urls, options) : loadOpenActive(urls, options);
}

async function loadOpenActive(urls: readonly string[], options: EventFeedOptions): Promise<EventFeed> {
  const { readRpdePage, RpdeItems, openActiveFeed } = await import('./openactive.js');
  const log = new ProblemLog();
  const items = new RpdeItems();
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let pages = 0;
  let read = 0;
  for (const first of urls) {
    const seen = new Set<string>();
    let url: string | undefined = first;
    while (url !== undefined) {
      throwIfAborted(options.signal);
      if (pages >= maxPages) {
        log.for('page', url).report('repeated-page', 'next', `stopped after ${maxPages} pages; the rest was not read.`);
        break;
      }
      seen.add(url);
      let payload: unknown;
      try {
        payload = await getJson(url, {
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        // The first page decides whether the feed can be read; a later failure keeps what came before.
        if (isAbortError(error) || url === first) throw error;
        log
          .for('page', url)
          .report(
            'unreadable-page',
            undefined,
            `this page could not be read (${String(error)}); the rest was not read.`,
          );
        break;
      }
      const page = readRpdePage(payload, url, log);
      if (!page) {
        if (url === first) throw new DirectoryError('not-directory', url);
        log.for('page', url).report('unreadable-page', undefined, 'not an RPDE page; the rest was not read.');
        break;
      }
      pages += 1;
      read += page.items.length;
      for (const item of page.items) items.add(item);
      options.onProgress?.({ pages, items: read });
      // RPDE: the last page is the one with no items; its `next` points at itself for polling later.
      if (page.items.length === 0 || page.next === undefined) break;
      if (seen.has(page.next)) {
        log.for('page', url).report('repeated-page', 'next', 'a page pointed back to one already read; stopped there.');
        break;
      }
      url = page.next;
    }
  }
  return openActiveFeed(items.live(), log, options.sourceName);
}

async function loadIcal(urls: readonly string[], options: EventFeedOptions): Promise<EventFeed> {
  const [{ getText }, { readIcal, IcalReadError }] = await Promise.all([
    import('./fetch-text.js'),
    import('./ical-reader.js'),
  ]);
  const url = urls[0] ?? '';
  const text = await getText(url, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    const feed = readIcal(text, options.sourceName);
    options.onProgress?.({ pages: 1, items: feed.size });
    return feed;
  } catch (error) {
    if (error instanceof IcalReadError)
      throw new DirectoryError(error.reason === 'not-icalendar' ? 'not-directory' : 'unreadable', url, {
        cause: error,
      });
    throw error;
  }
}
