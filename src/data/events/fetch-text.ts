/**
 * GET a text feed (an `.ics` file) the way `http.ts` gets JSON: a time limit
 * on each request, retries with backoff for network errors, 429 and 5xx, and
 * every failure turned into a `DirectoryError`. `http.ts` parses JSON inside
 * its attempt, so the text case has its own small loop over the same helpers.
 */
import { DirectoryError, type DirectoryErrorKind } from '../directory/directory-error.js';
import {
  abortError,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  sleep,
  throwIfAborted,
  untilAborted,
  type GetOptions,
  type HttpOptions,
} from '../directory/http.js';
import { readRetryAfter, retryDelay } from '../directory/retry.js';

type Outcome =
  | { readonly text: string }
  | { readonly error: DirectoryError; readonly retry: boolean; readonly retryAfterMs?: number };

export async function getText(
  url: string,
  options: HttpOptions & GetOptions & { accept?: string } = {},
): Promise<string> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const wait = options.wait ?? sleep;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(options.signal);
    const outcome = await attemptText(url, options);
    if ('text' in outcome) return outcome.text;
    let { error } = outcome;
    if (error.kind === 'unreachable') {
      const { explainNetworkFailure } = await import('../directory/network-failure.js');
      const kind = await explainNetworkFailure(url, options);
      if (kind !== 'unreachable') error = new DirectoryError(kind, url, { cause: error.cause });
      if (kind === 'cors') throw error;
    }
    if (!outcome.retry || attempt >= retries) throw error;
    await wait(retryDelay(attempt, outcome.retryAfterMs, options), options.signal);
  }
}

async function attemptText(url: string, options: HttpOptions & GetOptions & { accept?: string }): Promise<Outcome> {
  const { signal } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request took too long.', 'TimeoutError'));
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await untilAborted(
      fetchFn(url, { signal: controller.signal, headers: { Accept: options.accept ?? 'text/calendar, text/plain' } }),
      controller.signal,
    );
    if (!response.ok) {
      const { status } = response;
      let kind: DirectoryErrorKind = 'server';
      if (status === 404 || status === 410) kind = 'not-found';
      else if (status === 429) kind = 'rate-limited';
      else if (status >= 400 && status < 500) kind = 'refused';
      const retry = status === 429 || status >= 500;
      const retryAfterMs = retry ? readRetryAfter(response.headers.get('Retry-After')) : undefined;
      return {
        error: new DirectoryError(kind, url, { status }),
        retry,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    }
    return { text: await untilAborted(response.text(), controller.signal) };
  } catch (cause) {
    if (signal?.aborted) throw abortError();
    if (timedOut) return { error: new DirectoryError('timeout', url, { cause }), retry: false };
    return { error: new DirectoryError('unreachable', url, { cause }), retry: true };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
