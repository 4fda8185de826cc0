/**
 * Why fetch rejected: fetch rejects alike for a CORS refusal and for no
 * network at all, so the client asks once which it was. Loaded on demand.
 */
import { untilAborted, DEFAULT_TIMEOUT_MS, type GetOptions, type HttpOptions } from './http.js';

/**
 * After a network failure: offline when the device says so; else, for another
 * origin, a `no-cors` request that succeeds (an opaque answer) proves the
 * server is there and refused to share; if that fails too, it is unreachable.
 */
export async function explainNetworkFailure(
  url: string,
  options: HttpOptions & GetOptions = {},
): Promise<'offline' | 'cors' | 'unreachable'> {
  if (!(options.online ?? deviceOnline)()) return 'offline';
  if (!isCrossOrigin(url)) return 'unreachable';
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    await untilAborted(fetchFn(url, { mode: 'no-cors', signal: controller.signal }), controller.signal);
    return 'cors';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

function deviceOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
}

function isCrossOrigin(url: string): boolean {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  try {
    return here === undefined || new URL(url).origin !== here;
  } catch {
    return true;
  }
}
