/**
 * The groups a person has saved on this device, to print or share: kept in
 * localStorage (or any store like it) under one key, as ids and names only,
 * so a listing that changes shows its newest details when printed. Storage
 * that is missing, full or refused only means the list lasts for this page.
 */
import type { StorageLike } from './directory/response-cache.js';

export interface ShortlistEntry {
  readonly id: string;
  readonly name: string;
}

const KEY = 'waymark:shortlist:v1';
const MAX_ENTRIES = 100;

function readEntries(value: string | null): ShortlistEntry[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    const seen = new Set<string>();
    const entries: ShortlistEntry[] = [];
    for (const item of parsed as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { id, name } = item as { id?: unknown; name?: unknown };
      if (typeof id !== 'string' || id === '' || typeof name !== 'string' || seen.has(id)) continue;
      seen.add(id);
      entries.push({ id, name });
    }
    return entries.slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

export class Shortlist extends EventTarget {
  readonly #storage: StorageLike | undefined;
  readonly #key: string;
  #entries: readonly ShortlistEntry[];

  constructor(storage: StorageLike | undefined, key = KEY) {
    super();
    this.#storage = storage;
    this.#key = key;
    this.#entries = this.#read();
  }

  get entries(): readonly ShortlistEntry[] {
    return this.#entries;
  }

  get size(): number {
    return this.#entries.length;
  }

  has(id: string): boolean {
    return this.#entries.some((entry) => entry.id === id);
  }

  add(entry: ShortlistEntry): void {
    if (this.has(entry.id) || this.#entries.length >= MAX_ENTRIES) return;
    this.#save([...this.#entries, { id: entry.id, name: entry.name }]);
  }

  remove(id: string): void {
    if (!this.has(id)) return;
    this.#save(this.#entries.filter((entry) => entry.id !== id));
  }

  clear(): void {
    if (this.#entries.length) this.#save([]);
  }

  /** Reads the store again, e.g. after another tab changed it (the `storage` event). */
  refresh(): void {
    const entries = this.#read();
    if (JSON.stringify(entries) === JSON.stringify(this.#entries)) return;
    this.#entries = entries;
    this.dispatchEvent(new Event('change'));
  }

  #read(): ShortlistEntry[] {
    try {
      return readEntries(this.#storage?.getItem(this.#key) ?? null);
    } catch {
      return [];
    }
  }

  #save(entries: readonly ShortlistEntry[]): void {
    this.#entries = entries;
    try {
      if (entries.length) this.#storage?.setItem(this.#key, JSON.stringify(entries));
      else this.#storage?.removeItem(this.#key);
    } catch {
      // Full or refused: the list still lasts for this page.
    }
    this.dispatchEvent(new Event('change'));
  }
}
