/**
 * What a failed request means and when to try again: the kind of failure a
 * refusing server's status is, and the wait before the next attempt (backoff
 * with jitter, or the server's `Retry-After`), whether to try again at all,
 * and the waiting. Loaded by `http.ts` only when a request fails: most pages
 * never need it.
 */
import { DirectoryError, type DirectoryErrorKind } from './directory-error.js';
import { abortError, DEFAULT_RETRIES, type FailedAttempt, type GetOptions, type HttpOptions } from './http.js';

export const DEFAULT_BACKOFF_MS = 500;
export const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;

/** The failure a response that is not ok stands for: 404/410 not found, 429 rate-limited, other 4xx refused, else a server error. */
export function statusFailure(url: string, response: Response): FailedAttempt {
  const { status } = response;
  let kind: DirectoryErrorKind = 'server';
  if (status === 404 || status === 410) kind = 'not-found';
  else if (status === 429) kind = 'rate-limited';
  else if (status >= 400 && status < 500) kind = 'refused';
  const retry = status === 429 || status >= 500;
  const retryAfterMs = retry ? readRetryAfter(response.headers.get('Retry-After')) : undefined;
  return { error: new DirectoryError(kind, url, { status }), retry, retryAfterMs };
}

/**
 * After a failed attempt: throws its error when another attempt would not pass (a refusal, CORS, or
 * the last of `retries`), else waits before the next. fetch rejects alike for CORS and for no network:
 * which it was is asked once (`network-failure.ts`, loaded only then) and returned as `networkKind`,
 * for the next failure.
 */
export async function afterFailure(
  url: string,
  options: HttpOptions & GetOptions,
  outcome: FailedAttempt,
  attempt: number,
  networkKind: DirectoryErrorKind | undefined,
): Promise<DirectoryErrorKind | undefined> {
  let { error } = outcome;
  if (error.kind === 'unreachable') {
    networkKind ??= await (await import('./network-failure.js')).explainNetworkFailure(url, options);
    if (networkKind !== 'unreachable') error = new DirectoryError(networkKind, url, { cause: error.cause });
    // CORS will not pass with retrying.
    if (networkKind === 'cors') throw error;
  }
  if (!outcome.retry || attempt >= (options.retries ?? DEFAULT_RETRIES)) throw error;
  await (options.wait ?? sleep)(retryDelay(attempt, outcome.retryAfterMs, options), options.signal);
  return networkKind;
}

/** Exponential backoff with jitter, or what the server asked for; never longer than the cap. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, options: HttpOptions = {}): number {
  const cap = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, cap);
  const exponential = (options.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** attempt;
  // Half fixed, half random: clients that failed together do not all come back together.
  const jittered = exponential * (0.5 + (options.random ?? Math.random)() * 0.5);
  return Math.min(Math.round(jittered), cap);
}

/** `Retry-After` as seconds ("120") or as an HTTP date, in ms from now; undefined when absent or unreadable. */
export function readRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
