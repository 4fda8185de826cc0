// @ts-check
/**
 * The referrals received, kept durably: one JSON line each in `referrals.jsonl`, appended and
 * fsynced before the server says it has them, and read back when the server starts again.
 * Deduplicated by Idempotency-Key, so a retry never makes a second referral.
 */
import { createHash, randomInt } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * @typedef {object} StoredReferral
 * @property {string} reference what the person is told, e.g. `WM-7K3D-QX9P`
 * @property {string} received ISO date-time
 * @property {string} idempotencyKey
 * @property {string} fingerprint a hash of the referral, to tell a retry from a different referral
 * @property {unknown} referral the payload as received
 */

/** @typedef {{ stored: StoredReferral, replayed: boolean } | { conflict: StoredReferral }} Receipt */

// Nothing a person could misread or mishear as another: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const FILE_NAME = 'referrals.jsonl';

export class ReferralStore {
  /** @type {StoredReferral[]} oldest first, as in the file */
  #all = [];
  /** @type {Map<string, StoredReferral>} */
  #byKey = new Map();
  /** @type {Set<string>} */
  #references = new Set();
  /** @type {Promise<unknown>} writes happen one at a time, in order */
  #queue = Promise.resolve();
  /** A failed write may have left half a line: the next one starts on a new line. */
  #needsNewLine = false;

  /**
   * Opens (creating if need be) the store in `directory`, reading what earlier runs received.
   * @param {string} directory
   * @param {{ warn?: (message: string) => void }} [options]
   */
  constructor(directory, { warn = console.warn } = {}) {
    this.directory = path.resolve(directory);
    this.file = path.join(this.directory, FILE_NAME);
    mkdirSync(this.directory, { recursive: true });
    let text = '';
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        this.#remember(JSON.parse(line));
      } catch {
        warn(`${this.file}: line ${i + 1} is not a referral and was skipped (a write cut short?)`);
      }
    });
    this.#needsNewLine = text !== '' && !text.endsWith('\n');
  }

  /**
   * Stores a referral unless its key was seen before. Resolves only once the line is on disk.
   * @param {string} idempotencyKey
   * @param {unknown} referral
   * @returns {Promise<Receipt>}
   */
  receive(idempotencyKey, referral) {
    const result = this.#queue.then(() => this.#receiveNow(idempotencyKey, referral));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Referrals received, newest first. */
  list() {
    return [...this.#all].reverse();
  }

  /** Resolves when every write asked for so far has finished. */
  async settle() {
    await this.#queue;
  }

  /**
   * @param {string} idempotencyKey
   * @param {unknown} referral
   * @returns {Promise<Receipt>}
   */
  async #receiveNow(idempotencyKey, referral) {
    const fingerprint = fingerprintOf(referral);
    const earlier = this.#byKey.get(idempotencyKey);
    if (earlier)
      return earlier.fingerprint === fingerprint ? { stored: earlier, replayed: true } : { conflict: earlier };
    /** @type {StoredReferral} */
    const stored = {
      reference: this.#newReference(),
      received: new Date().toISOString(),
      idempotencyKey,
      fingerprint,
      referral,
    };
    await this.#append(`${JSON.stringify(stored)}\n`);
    this.#remember(stored);
    return { stored, replayed: false };
  }

  /** @param {string} line */
  async #append(line) {
    const created = this.#all.length === 0;
    const handle = await open(this.file, 'a');
    try {
      await handle.writeFile(this.#needsNewLine ? `\n${line}` : line);
      await handle.sync();
      this.#needsNewLine = false;
    } catch (error) {
      this.#needsNewLine = true;
      throw error;
    } finally {
      await handle.close();
    }
    if (created) syncDirectory(this.directory);
  }

  /** @param {StoredReferral} stored */
  #remember(stored) {
    if (typeof stored?.reference !== 'string' || typeof stored.idempotencyKey !== 'string') {
      throw new TypeError('not a stored referral');
    }
    this.#all.push(stored);
    this.#byKey.set(stored.idempotencyKey, stored);
    this.#references.add(stored.reference);
  }

  #newReference() {
    for (;;) {
      const reference = `WM-${randomText(4)}-${randomText(4)}`;
      if (!this.#references.has(reference)) return reference;
    }
  }
}

/** @param {number} length */
function randomText(length) {
  let text = '';
  for (let i = 0; i < length; i++) text += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return text;
}

/**
 * The same referral gives the same fingerprint whatever the order of its keys.
 * @param {unknown} value
 */
function fingerprintOf(value) {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** @param {unknown} value @returns {string} */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A new file's name must reach the disk too, or a crash could lose the whole file.
 * @param {string} directory
 */
function syncDirectory(directory) {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot sync a directory; the file's own fsync still holds.
  }
}
