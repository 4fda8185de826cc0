/**
 * One attempt at sending a referral: `POST` with its Idempotency-Key, a
 * timeout, and the answer sorted into what the person should be told. Loaded
 * with the end of the form, not with its first page.
 */
import type { OutboxItem, SendResult } from './outbox.js';

export interface DeliveryOptions {
  readonly fetch?: typeof fetch;
  /** How long to wait for the server before saying so and keeping the referral (ms). */
  readonly timeoutMs?: number;
}

export async function postReferral(item: OutboxItem, options: DeliveryOptions = {}): Promise<SendResult> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), options.timeoutMs ?? 20_000);
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(item.action, {
      method: 'POST',
      headers: { 'Content-Type': item.contentType, 'Idempotency-Key': item.key, Accept: 'application/json' },
      body: item.body,
      signal: stop.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { ok: false, problem: stop.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) {
    let reply: unknown;
    try {
      reply = await response.json();
    } catch {
      // Received all the same: a 2xx is the server saying it has the referral.
    }
    const reference = (reply as { reference?: unknown } | undefined)?.reference;
    return {
      ok: true,
      status: response.status,
      reply,
      ...(typeof reference === 'string' && reference.trim() ? { reference: reference.trim().slice(0, 64) } : {}),
    };
  }
  const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
  return { ok: false, problem: retryable ? 'server' : 'refused', status: response.status };
}
