/**
 * Loading the pages of one list (services, places or categories) in order,
 * with a few in flight at once, at a bounded cost whatever the feed claims:
 * a page count is believed only up to a cap, reading stops at an empty page
 * before the end and after two pages that bring no new id, and a page that
 * fails is reported and skipped.
 */
import type { Dialect, DirectoryRequest, ListKind } from '../dialects/dialect.js';
import type { DataProblemCode, Reading } from '../model.js';
import type { ProblemKey } from '../problem-words.js';
import type { ProblemLog } from '../problems.js';
import type { DirectoryError } from './directory-error.js';
import { isDirectoryError } from './error-check.js';
import { safely, unreadableReading } from './safe-reading.js';

/** What reading a list needs from the client. */
export interface ListContext {
  readonly dialect: Dialect;
  readonly pageSize: number;
  readonly concurrency: number;
  readonly log: ProblemLog;
  /** GET through the cache, the answer read by `read`. */
  get<T>(url: string, read: (body: unknown) => T, signal?: AbortSignal): Promise<T>;
  url(request: DirectoryRequest): string;
}

/** Pages in a row that bring no id not seen before, after which a list is not read further. */
export const PAGES_WITHOUT_NEW_IDS = 2;

type PageOutcome<T> = { readonly reading: Reading<T> } | { readonly error: DirectoryError };

/**
 * Reads the pages of one list in order, at most `concurrency` in flight,
 * handing each to `take` (which returns false to stop), never more than
 * `maxPages` of them.
 */
export async function readListPages<T extends { readonly id: string }>(
  context: ListContext,
  kind: ListKind,
  first: Reading<T> | undefined,
  read: (body: unknown) => Reading<T>,
  take: (reading: Reading<T>, total: number | undefined) => boolean,
  maxPages: number,
): Promise<void> {
  const { dialect, log } = context;
  const controller = new AbortController();
  const fetchPage = async (page: number): Promise<PageOutcome<T>> => {
    try {
      const url = context.url(dialect.listRequest(kind, {}, page, context.pageSize));
      return {
        reading: await context.get(url, (body) => safely(() => read(body), unreadableReading<T>()), controller.signal),
      };
    } catch (error) {
      if (isDirectoryError(error)) return { error };
      throw error;
    }
  };
  const listProblem: ListProblem = (page, code, key, ...values) =>
    log.for('page', String(page)).say(code, kind, key, page, kind, ...values);

  const firstOutcome: PageOutcome<T> = first ? { reading: first } : await fetchPage(1);
  if ('error' in firstOutcome) {
    pageProblem(listProblem, 1, firstOutcome.error);
    return;
  }
  const info = firstOutcome.reading.page;
  const total = info?.totalItems;
  for (const problem of firstOutcome.reading.problems) log.add(problem);
  if (!take(firstOutcome.reading, total) || info?.isLast || firstOutcome.reading.items.length === 0) return;

  const lastPage = believedLastPage(
    log,
    kind,
    info?.totalPages,
    total,
    info?.perPage ?? firstOutcome.reading.items.length,
    maxPages,
  );
  // With no known end, one page at a time: prefetching past the end would only fetch errors.
  const ahead = lastPage === undefined ? 1 : context.concurrency;
  const end = lastPage ?? maxPages;
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
  const seen = new Set(firstOutcome.reading.items.map((item) => item.id));
  let withoutNew = 0;
  try {
    for (; pageBeingRead <= end; pageBeingRead++) {
      launch();
      const outcome = await (pending.get(pageBeingRead) ?? fetchPage(pageBeingRead));
      pending.delete(pageBeingRead);
      if ('error' in outcome) {
        pageProblem(listProblem, pageBeingRead, outcome.error);
        continue;
      }
      const { reading } = outcome;
      for (const problem of reading.problems) log.add(problem);
      if (reading.items.length === 0) {
        if (lastPage !== undefined) listProblem(pageBeingRead, 'invalid-value', 'page-empty', lastPage);
        return;
      }
      const before = seen.size;
      for (const item of reading.items) seen.add(item.id);
      withoutNew = seen.size === before ? withoutNew + 1 : 0;
      if (withoutNew >= PAGES_WITHOUT_NEW_IDS) {
        listProblem(pageBeingRead, 'repeated-page', 'page-repeats', PAGES_WITHOUT_NEW_IDS);
        return;
      }
      if (!take(reading, total) || reading.page?.isLast === true) return;
    }
    if (lastPage === undefined) log.for('page').say('invalid-value', kind, 'no-end', maxPages, kind);
  } finally {
    controller.abort();
  }
}

/** The last page to read, capped: a feed claiming 100,000 pages is not believed. */
function believedLastPage(
  log: ProblemLog,
  kind: ListKind,
  totalPages: number | undefined,
  totalItems: number | undefined,
  perPage: number,
  maxPages: number,
): number | undefined {
  let last = totalPages;
  if (last === undefined && totalItems !== undefined && perPage > 0) last = Math.ceil(totalItems / perPage);
  if (last === undefined) return undefined;
  if (last > maxPages) {
    log.for('page').say('invalid-value', 'total_pages', 'page-count', kind, last, maxPages);
    return maxPages;
  }
  return last;
}

type ListProblem = (page: number, code: DataProblemCode, key: ProblemKey, ...values: (string | number)[]) => void;

function pageProblem(listProblem: ListProblem, page: number, error: DirectoryError): void {
  if (error.kind === 'unreadable') listProblem(page, 'unreadable-page', 'page-cut');
  else listProblem(page, 'unreadable-page', 'page-unreadable', error.advice);
}
