/**
 * The referral outbox: sends a referral exactly once and keeps it until the
 * service has it. Every attempt carries the same Idempotency-Key, so a double
 * click, a retry after a timeout or a retry after a reload makes one referral
 * at the server. With the person's agreement (and only then) the answers and
 * the unsent referral are kept in sessionStorage, and cleared once the server
 * answers 2xx.
 */
import type { StorageLike } from '../directory/response-cache.js';

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

export interface OutboxOptions {
  /** Names what is kept, so two forms on one site keep their answers apart. */
  readonly storageKey: string;
  readonly storage?: StorageLike | undefined;
}

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

/** A new Idempotency-Key: a random UUID. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isItem(value: unknown): value is OutboxItem {
  const v = value as Partial<OutboxItem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.key === 'string' &&
    typeof v.action === 'string' &&
    typeof v.contentType === 'string' &&
    typeof v.body === 'string'
  );
}

export class ReferralOutbox {
  readonly #storage: StorageLike | undefined;
  readonly #draftKey: string;
  readonly #outboxKey: string;
  #keep = false;
  #pending: OutboxItem | undefined;
  #inFlight: Promise<SendResult> | undefined;

  constructor(options: OutboxOptions) {
    this.#storage = options.storage;
    this.#draftKey = `${options.storageKey}:draft`;
    this.#outboxKey = `${options.storageKey}:outbox`;
    const stored = this.#read(this.#outboxKey);
    if (isItem(stored)) {
      this.#pending = stored;
      // Something was kept, so the person had agreed to it.
      this.#keep = true;
    }
    if (this.#read(this.#draftKey) !== undefined) this.#keep = true;
  }

  /** Whether the person agreed to keep their answers on this device until they are sent. */
  get keep(): boolean {
    return this.#keep;
  }

  /** Agreeing keeps what there is from now on; withdrawing removes everything kept. */
  set keep(value: boolean) {
    this.#keep = value;
    if (!value) this.#forget();
    else if (this.#pending) this.#write(this.#outboxKey, this.#pending);
  }

  /** The referral waiting to be sent, if any. */
  get pending(): OutboxItem | undefined {
    return this.#pending;
  }

  /** Keeps the answers so far, when the person agreed to it. */
  saveDraft(draft: unknown): void {
    if (this.#keep) this.#write(this.#draftKey, draft);
  }

  /** The answers kept before a reload, if any. */
  loadDraft(): unknown {
    return this.#read(this.#draftKey);
  }

  /** Puts a referral in the outbox, unless one is already there (it keeps its key). */
  put(item: OutboxItem): OutboxItem {
    if (!this.#pending) {
      this.#pending = item;
      if (this.#keep) this.#write(this.#outboxKey, item);
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

  /** Forgets the referral and the answers, in memory and on the device. */
  clear(): void {
    this.#pending = undefined;
    this.#forget();
  }

  #read(key: string): unknown {
    try {
      const text = this.#storage?.getItem(key);
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }

  #write(key: string, value: unknown): void {
    try {
      this.#storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the referral is still held in memory on this page.
    }
  }

  #forget(): void {
    try {
      this.#storage?.removeItem(this.#draftKey);
      this.#storage?.removeItem(this.#outboxKey);
    } catch {
      // Nothing more can be done; nothing was written that could not be.
    }
  }
}
