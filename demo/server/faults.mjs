// @ts-check
/**
 * Fault mode, so tests and demos can show how the widgets survive a bad network or server:
 * `?fault=500|slow|truncate|timeout|cors` on any API URL, or the `X-Waymark-Fault` header.
 */
import { HttpProblem } from './replies.mjs';

/**
 * @typedef {object} Fault
 * @property {'500' | 'slow' | 'truncate' | 'timeout' | 'cors'} kind
 *   500: a JSON error; slow: answers after `delay` ms; truncate: a 200 whose JSON is cut in half;
 *   timeout: never answers (until the server closes); cors: answers without the CORS header
 * @property {number} delay milliseconds, for `slow`
 */

export const SLOW_DELAY_DEFAULT = 1500;
const SLOW_DELAY_MAX = 60_000;
const KINDS = new Set(['500', 'slow', 'truncate', 'timeout', 'cors']);

/**
 * @param {URLSearchParams} query
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Fault | undefined}
 */
export function readFault(query, headers) {
  const header = headers['x-waymark-fault'];
  const kind = query.get('fault') ?? (Array.isArray(header) ? header[0] : header);
  if (kind === undefined || kind === '') return undefined;
  if (!KINDS.has(kind)) throw new HttpProblem(400, `Unknown fault "${kind}": use 500, slow, truncate, timeout or cors`);
  const delayText = query.get('delay');
  const delay = delayText === null ? SLOW_DELAY_DEFAULT : Number(delayText);
  if (!Number.isInteger(delay) || delay < 0 || delay > SLOW_DELAY_MAX) {
    throw new HttpProblem(400, `delay must be a whole number of milliseconds from 0 to ${SLOW_DELAY_MAX}`);
  }
  return { kind: /** @type {Fault['kind']} */ (kind), delay };
}

/**
 * Waits `ms` (for ever when undefined), or until one of the signals says stop: the server is
 * closing, or the client has gone.
 * @param {number | undefined} ms
 * @param {AbortSignal[]} signals
 */
export function pause(ms, signals) {
  return new Promise((resolve) => {
    if (signals.some((signal) => signal.aborted)) return resolve(undefined);
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', done);
      resolve(undefined);
    }
    for (const signal of signals) signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The first half of a body: valid HTTP, broken JSON.
 * @param {string | Buffer} body
 */
export function truncated(body) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}
