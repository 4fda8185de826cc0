/**
 * Places and distances: how far apart two points are, and where a UK
 * postcode (or just its first half, "NG18") is, from a postcodes.io-shaped API.
 */
import { untilAborted } from '../directory/http.js';
import { isObject } from '../json.js';
import type { GeoPoint } from '../model.js';
import { normalisePostcode } from './postcode.js';

const DEFAULT_API = 'https://api.postcodes.io';
const DEFAULT_TIMEOUT_MS = 8_000;
/** Lookups a page keeps; a person types a handful, this only stops a runaway script. */
const CACHE_SIZE = 200;

export { distanceMetres } from './distance.js';

export type PostcodeLookup =
  | { readonly ok: true; readonly postcode: string; readonly point: GeoPoint; readonly district?: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'not-found' | 'unavailable' };

export interface PostcodeLookupOptions {
  /** Default 'https://api.postcodes.io'. */
  apiBase?: string;
  /** Default: the page's `fetch`. Called only with a URL string, so a plain `fetch` or a test double fits. */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Aborting rejects the lookup with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Default 8 s; past it the lookup answers 'unavailable'. */
  timeoutMs?: number;
}

/** A full UK postcode, in any case, with or without its space ("ng181ab", "GIR 0AA"). */
export function isUkPostcode(text: string): boolean {
  return normalisePostcode(text) !== undefined;
}

/** "ng18" → "NG18"; undefined when it is not the first half of a UK postcode. */
export function normaliseOutwardCode(text: string): string | undefined {
  // An outward code is exactly what makes a postcode with any inward code: one rule, not two.
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  return normalisePostcode(`${trimmed} 9AA`)?.split(' ')[0];
}

const answers = new Map<string, PostcodeLookup>();

/**
 * Where a postcode is. Checks the format first (an invalid one costs no
 * request), answers found and not-found from memory when asked again, and
 * turns every network or server failure into 'unavailable'.
 */
export async function lookupPostcode(text: string, options: PostcodeLookupOptions = {}): Promise<PostcodeLookup> {
  options.signal?.throwIfAborted();
  const postcode = normalisePostcode(text);
  const outward = postcode === undefined ? normaliseOutwardCode(text) : undefined;
  const code = postcode ?? outward;
  if (code === undefined) return { ok: false, reason: 'invalid' };
  const apiBase = withoutTrailingSlashes(options.apiBase ?? DEFAULT_API);
  const url = `${apiBase}/${postcode ? 'postcodes' : 'outcodes'}/${encodeURIComponent(code)}`;
  const known = answers.get(url);
  if (known) return known;

  const answer = await ask(url, code, options);
  if (answer.ok || answer.reason === 'not-found') remember(url, answer);
  return answer;
}

async function ask(url: string, code: string, options: PostcodeLookupOptions): Promise<PostcodeLookup> {
  const { signal } = options;
  const stop = new AbortController();
  const onAbort = (): void => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => stop.abort(new DOMException('The postcode lookup took too long.', 'TimeoutError')),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const fetchFrom = options.fetch ?? fetch;
  try {
    // Raced as well as passed on, so a fetch that ignores its signal still cannot hold the lookup.
    const response = await untilAborted(
      fetchFrom(url, { signal: stop.signal, headers: { Accept: 'application/json' } }),
      stop.signal,
    );
    if (response.status === 404) return { ok: false, reason: 'not-found' };
    if (!response.ok) return { ok: false, reason: 'unavailable' };
    return readAnswer(await untilAborted(response.json() as Promise<unknown>, stop.signal), code);
  } catch {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, reason: 'unavailable' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A postcodes.io answer: `{ status, result: { postcode | outcode, latitude, longitude, admin_district } }`. */
function readAnswer(body: unknown, code: string): PostcodeLookup {
  const result = isObject(body) ? body.result : undefined;
  if (!isObject(result)) return { ok: false, reason: 'unavailable' };
  const { latitude, longitude } = result;
  // postcodes.io sends null coordinates for the few postcodes it cannot place.
  if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) return { ok: false, reason: 'unavailable' };
  const point = { latitude, longitude };
  const named = typeof result.postcode === 'string' ? result.postcode : result.outcode;
  const postcode = (typeof named === 'string' ? (normalisePostcode(named) ?? named.trim().toUpperCase()) : '') || code;
  // An outward code can span districts: postcodes.io lists them all, and one name is enough to show.
  const districtValue = Array.isArray(result.admin_district) ? result.admin_district[0] : result.admin_district;
  const district = typeof districtValue === 'string' && districtValue.trim() !== '' ? districtValue.trim() : undefined;
  return { ok: true, postcode, point, ...(district ? { district } : {}) };
}

function isCoordinate(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Math.abs(value) <= limit;
}

function remember(url: string, answer: PostcodeLookup): void {
  answers.set(url, answer);
  if (answers.size > CACHE_SIZE) answers.delete(answers.keys().next().value ?? url);
}

/** The text without "/" at its end; a loop, since `/\/+$/` retries every "/" of a long run. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '/') end--;
  return text.slice(0, end);
}
