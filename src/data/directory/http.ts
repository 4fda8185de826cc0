/**
 * GET a directory's JSON the way a flaky public API needs: a time limit on
 * each request, retries with backoff for what may pass (network errors, 429,
 * 5xx, a body cut short), none for what will not, and every failure turned
 * into a `DirectoryError` a site owner can act on. Aborting is never an error
 * to explain: it rejects with an `AbortError` the caller can ignore.
 */
import type { DirectoryError, DirectoryErrorKind, DirectoryErrorDetails } from './directory-error.js';

export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  /** Defaults to the global `fetch`; tests pass a fake. */
  readonly fetch?: FetchFunction;
  /** Time limit for each request, in ms (default 15 s). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  readonly retries?: number;
  /** First backoff delay in ms, doubled each retry, with jitter (default 500). */
  readonly backoffMs?: number;
  /** Longest wait between attempts, whatever `Retry-After` asks (default 30 s). */
  readonly maxRetryDelayMs?: number;
  /** 0..1, for the jitter; tests fix it. */
  readonly random?: () => number;
  /** How to wait between attempts; tests record the delays instead of waiting. */
  readonly wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Whether the device says it is online; defaults to `navigator.onLine` when there is one. */
  readonly online?: () => boolean;
  /** Largest answer read, in bytes (default 20 MB): a bigger one is refused as `too-large`, unread. */
  readonly maxBodyBytes?: number;
}

export interface GetOptions {
  readonly signal?: AbortSignal;
  /** Overrides `HttpOptions.retries` for one request (detection asks `GET /` once). */
  readonly retries?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

/** An answer read: the JSON, its text (for storage) and how many bytes it was. */
export interface JsonAnswer {
  readonly body: unknown;
  readonly text: string;
  readonly bytes: number;
}

/** A failed attempt: the error, whether another attempt may pass, and when the server asked for it. */
export interface FailedAttempt {
  readonly error: DirectoryError;
  readonly retry: boolean;
  readonly retryAfterMs?: number;
}

/** What a good answer's text becomes, or a failed attempt when it cannot be read. */
export type ReadText<T> = (text: string, bytes: number, status: number) => T | Promise<FailedAttempt>;

/** The JSON at `url`, or a `DirectoryError` saying why not, or an `AbortError` when `signal` aborts. */
export async function getJson(url: string, options: HttpOptions & GetOptions = {}): Promise<unknown> {
  return (await getJsonAnswer(url, options)).body;
}

/** As `getJson`, with the answer's text and size. */
export function getJsonAnswer(url: string, options: HttpOptions & GetOptions = {}): Promise<JsonAnswer> {
  return getAnswer(url, options, 'application/json', (text, bytes, status) => {
    try {
      return { body: JSON.parse(text) as unknown, text, bytes };
    } catch (cause) {
      // A body that starts like JSON was probably cut short on the way: worth another try. HTML will stay HTML.
      const cutShort = text.trim() === '' || /^\s*[[{]/.test(text);
      return failed('unreadable', url, { status, cause }, cutShort);
    }
  });
}

/**
 * The GET under every request, JSON or text (`events/fetch-text.ts`): attempts within the time limit
 * and the body cap, retried as `HttpOptions` say, and `read` turning a good answer's text into `T`.
 */
export async function getAnswer<T extends object>(
  url: string,
  options: HttpOptions & GetOptions,
  accept: string,
  read: ReadText<T>,
): Promise<T> {
  let networkKind: DirectoryErrorKind | undefined;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(options.signal);
    const outcome = await attemptGet(url, options, accept, read);
    if (!isFailedAttempt(outcome)) return outcome;
    // Whether to try again, and the wait, load with what a failure needs (`retry.ts`): most pages never need them.
    networkKind = await (await import('./retry.js')).afterFailure(url, options, outcome, attempt, networkKind);
  }
}

function isFailedAttempt(outcome: object): outcome is FailedAttempt {
  return 'error' in outcome && 'retry' in outcome;
}

async function attemptGet<T extends object>(
  url: string,
  options: HttpOptions & GetOptions,
  accept: string,
  read: ReadText<T>,
): Promise<T | FailedAttempt> {
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
      fetchFn(url, { signal: controller.signal, headers: { Accept: accept } }),
      controller.signal,
    );
    // What a refusal means, and when to ask again, loads only when a server refuses.
    if (!response.ok) return (await import('./retry.js')).statusFailure(url, response);
    const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const body = await untilAborted(readCapped(response, maxBytes), controller.signal);
    if (body === undefined) return failed('too-large', url, { status: response.status }, false);
    return await read(body.text, body.bytes, response.status);
  } catch (cause) {
    if (signal?.aborted) throw abortError();
    if (timedOut) return failed('timeout', url, { cause }, false);
    return failed('unreachable', url, { cause }, true);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A failed attempt. The words that explain a failure load only when a request fails: most pages never need them. */
async function failed(
  kind: DirectoryErrorKind,
  url: string,
  details: DirectoryErrorDetails,
  retry: boolean,
): Promise<FailedAttempt> {
  const { DirectoryError } = await import('./directory-error.js');
  return { error: new DirectoryError(kind, url, details), retry };
}

/**
 * The body as text, or undefined as soon as it is known to be over `maxBytes`:
 * by its Content-Length, or, when it has none (a chunked answer), while it
 * streams in, so a huge or endless answer is never held whole.
 */
async function readCapped(response: Response, maxBytes: number): Promise<{ text: string; bytes: number } | undefined> {
  const lengthHeader = response.headers.get('Content-Length');
  const declared = lengthHeader === null ? NaN : Number(lengthHeader);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const stream = response.body;
  // With a length within the cap, text() reads it whole (and lets the browser finish the request its own way).
  if (!stream || Number.isFinite(declared)) {
    const text = await response.text();
    // A compressed answer's length is the compressed size: the text itself must fit too.
    const bytes = Number.isFinite(declared)
      ? Math.max(declared, text.length)
      : new TextEncoder().encode(text).byteLength;
    return bytes > maxBytes ? undefined : { text, bytes };
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}

export function abortError(): DOMException {
  return new DOMException('The request was stopped before it finished.', 'AbortError');
}

/** Whether a rejection only means "stopped on purpose": callers ignore these. */
export function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The promise, or a rejection as soon as `signal` aborts: a fetch that ignores its signal must not hang us. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
