/**
 * The outbox of a person who agreed to "Keep my answers on this device until
 * they are sent": the answers and the unsent referral are kept in
 * sessionStorage and found again after a reload. Loaded only for them, or when
 * the device already holds something kept.
 */
import { sessionStorageIfAvailable, type StorageLike } from '../directory/response-cache.js';
import { emptyAnswers, type ReferralAnswers } from './answers.js';
import { ReferralOutbox, type OutboxItem } from './outbox.js';

export interface KeptOutboxOptions {
  /** Names what is kept, so two forms on one site keep their answers apart. */
  readonly storageKey: string;
  /** Where it is kept: sessionStorage unless another is given. */
  readonly storage?: StorageLike | undefined;
}

/**
 * Answers read back from storage, keeping only values of the right shape, so
 * a stale or tampered copy can never break the form.
 */
export function readAnswers(value: unknown): ReferralAnswers {
  const answers = emptyAnswers();
  if (typeof value !== 'object' || value === null) return answers;
  const source = value as Record<string, unknown>;
  const target = answers as unknown as Record<string, unknown>;
  for (const key of Object.keys(answers)) {
    const empty = target[key];
    const given = source[key];
    if (Array.isArray(empty)) {
      if (Array.isArray(given)) target[key] = given.filter((item) => typeof item === 'string');
    } else if (typeof given === typeof empty) {
      target[key] = given;
    }
  }
  return answers;
}

/** What the form keeps while a person answers: the answers, the view they were on, and when they started. */
export interface Draft {
  readonly answers: ReferralAnswers;
  readonly view: string;
  readonly startedAt?: number | undefined;
}

/** The draft kept before a reload, read leniently: its view only one of `views` (else the first). */
export function readDraft(value: unknown, views: readonly string[]): Draft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { answers, view, startedAt } = value as { readonly [K in keyof Draft]?: unknown };
  return {
    answers: readAnswers(answers),
    view: typeof view === 'string' && views.includes(view) ? view : (views[0] ?? ''),
    ...(typeof startedAt === 'number' && { startedAt }),
  };
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

export class KeptReferralOutbox extends ReferralOutbox {
  readonly #storage: StorageLike | undefined;
  readonly #draftKey: string;
  readonly #outboxKey: string;
  #keep = false;

  constructor(options: KeptOutboxOptions) {
    super();
    this.#storage = options.storage ?? sessionStorageIfAvailable();
    this.#draftKey = `${options.storageKey}:draft`;
    this.#outboxKey = `${options.storageKey}:outbox`;
    const stored = this.#read(this.#outboxKey);
    if (isItem(stored)) {
      this.put(stored);
      // Something was kept, so the person had agreed to it.
      this.#keep = true;
    }
    if (this.#read(this.#draftKey) !== undefined) this.#keep = true;
  }

  /** Whether the person agreed to keep their answers on this device until they are sent. */
  override get keep(): boolean {
    return this.#keep;
  }

  /** Agreeing keeps what there is from now on; withdrawing removes everything kept. */
  override set keep(value: boolean) {
    this.#keep = value;
    if (!value) this.forget();
    else if (this.pending) this.#write(this.#outboxKey, this.pending);
  }

  /** Keeps the answers so far, when the person agreed to it. */
  override saveDraft(draft: unknown): void {
    if (this.#keep) this.#write(this.#draftKey, draft);
  }

  /** The answers kept before a reload, if any. */
  loadDraft(): unknown {
    return this.#read(this.#draftKey);
  }

  protected override stored(item: OutboxItem): void {
    if (this.#keep) this.#write(this.#outboxKey, item);
  }

  protected override forget(): void {
    try {
      this.#storage?.removeItem(this.#draftKey);
      this.#storage?.removeItem(this.#outboxKey);
    } catch {
      // Nothing more can be done; nothing was written that could not be.
    }
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
}
