/**
 * The referral outbox: sends a referral exactly once and holds it until the
 * service has it. Every attempt carries the same Idempotency-Key, so a double
 * click, a retry after a timeout or a retry after a reload makes one referral
 * at the server. With the person's agreement (and only then) the answers and
 * the unsent referral are kept in sessionStorage too (`kept-outbox.ts`, loaded
 * only then), and cleared once the server answers 2xx.
 */

export interface OutboxItem {
  /** The Idempotency-Key: fixed for this referral, whatever happens. */
  readonly key: string;
  readonly action: string;
  readonly contentType: string;
  readonly body: string;
}

export type SendProblem = 'offline' | 'timeout' | 'server' | 'refused';

export type SendResult =
  | { readonly ok: true; readonly status: number; readonly reply: unknown; readonly reference?: string }
  | { readonly ok: false; readonly problem: SendProblem; readonly status?: number };

/** One attempt at sending: `postReferral` in `delivery.ts`, loaded when the person reaches the end of the form. */
export type SendAttempt = (item: OutboxItem) => Promise<SendResult>;

/**
 * Only `https:` endpoints, or `http:` on this computer for development: a
 * referral is personal data and must never cross a network in the clear.
 */
export function isAllowedEndpoint(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * A new Idempotency-Key: a random UUID. A page that is not served over https has no
 * `crypto.randomUUID`; only such a page loads the code that makes one by hand.
 */
export async function newIdempotencyKey(): Promise<string> {
  const c = globalThis.crypto;
  return typeof c.randomUUID === 'function' ? c.randomUUID() : (await import('./random-uuid.js')).randomUuid();
}

/** The referral waiting to be sent, held on this page: what every person who sends one needs. */
export class ReferralOutbox {
  #pending: OutboxItem | undefined;
  #inFlight: Promise<SendResult> | undefined;

  /** Whether the answers and the referral are kept on this device too: only in `KeptReferralOutbox`. */
  get keep(): boolean {
    return false;
  }

  /** Nothing can be kept on the device by this outbox: `KeptReferralOutbox` keeps it. */
  set keep(value: boolean) {
    void value;
  }

  /** The referral waiting to be sent, if any. */
  get pending(): OutboxItem | undefined {
    return this.#pending;
  }

  /** Puts a referral in the outbox, unless one is already there (it keeps its key). */
  put(item: OutboxItem): OutboxItem {
    if (!this.#pending) {
      this.#pending = item;
      this.stored(item);
    }
    return this.#pending;
  }

  /**
   * Sends what is in the outbox. A second call while one is on its way gets the
   * same answer, not a second request. Once the server has it, everything kept is cleared.
   */
  send(attempt: SendAttempt): Promise<SendResult> {
    const item = this.#pending;
    if (!item) return Promise.resolve({ ok: false, problem: 'refused' });
    this.#inFlight ??= attempt(item)
      .then((result) => {
        if (result.ok) this.clear();
        return result;
      })
      .finally(() => (this.#inFlight = undefined));
    return this.#inFlight;
  }

  /** Forgets the referral and the answers, here and on the device. */
  clear(): void {
    this.#pending = undefined;
    this.forget();
  }

  /** Keeps the answers so far on the device: nothing here, without the person's agreement. */
  saveDraft(draft: unknown): void {
    void draft;
  }

  /** A referral was put in the outbox: kept on the device in `KeptReferralOutbox`. */
  protected stored(item: OutboxItem): void {
    void item;
  }

  /** Removes what is kept on the device: nothing is, here. */
  protected forget(): void {}
}
