// @ts-check
/**
 * A seeded pseudo-random source (sfc32), so the same seed always builds the same directory, byte for byte.
 * Never Math.random(): demo data, tests and benchmarks must be reproducible.
 */
import { createHash } from 'node:crypto';

export class SeededRandom {
  /** @param {number} seed any 32-bit integer */
  constructor(seed) {
    // splitmix32 spreads a small seed over sfc32's 128 bits, so seeds 1 and 2 give unrelated streams.
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    /** @private */ this.a = splitmix();
    /** @private */ this.b = splitmix();
    /** @private */ this.c = splitmix();
    /** @private */ this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** @returns {number} an integer in [0, 2^32) */
  uint32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** @returns {number} a float in [0, 1) */
  float() {
    return this.uint32() / 4294967296;
  }

  /**
   * @param {number} min
   * @param {number} max inclusive
   */
  int(min, max) {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** @param {number} probability between 0 and 1 */
  chance(probability) {
    return this.float() < probability;
  }

  /**
   * @template T
   * @param {readonly T[]} items a non-empty list
   * @returns {T}
   */
  pick(items) {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(this.float() * items.length)];
  }

  /**
   * Picks a key of a weights table, each in proportion to its weight.
   * @template {string} K
   * @param {Readonly<Partial<Record<K, number>>>} weights at least one above 0
   * @returns {K}
   */
  weighted(weights) {
    const entries = /** @type {[K, number][]} */ (Object.entries(weights).filter(([, weight]) => Number(weight) > 0));
    if (entries.length === 0) throw new Error('Cannot pick from weights that are all 0');
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.float() * total;
    for (const [key, weight] of entries) {
      point -= weight;
      if (point < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T[]} a shuffled copy (Fisher-Yates)
   */
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]} up to `count` distinct items, in the order drawn
   */
  sample(items, count) {
    return this.shuffle(items).slice(0, count);
  }

  /** @returns {string} a version-4-shaped UUID drawn from this stream */
  uuid() {
    const [a, b, c, d] = [this.uint32(), this.uint32(), this.uint32(), this.uint32()].map(hex8);
    return uuidShape(`${a}${b}${c}${d}`);
  }
}

/**
 * A version-4-shaped UUID that depends on a text alone (the first 128 bits of its SHA-256), for rows that must
 * keep their id whatever the seed and the size of the directory, such as taxonomies and their terms.
 * @param {string} text
 */
export function uuidFromText(text) {
  return uuidShape(createHash('sha256').update(text, 'utf8').digest('hex'));
}

/**
 * Formats 32 hex digits (or more: the rest are ignored) as a UUID, with the version nibble set to 4 and the
 * variant nibble to 8, 9, a or b.
 * @param {string} hex
 */
function uuidShape(hex) {
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** @param {number} word an unsigned 32-bit integer, as 8 hex digits */
function hex8(word) {
  return word.toString(16).padStart(8, '0');
}

/**
 * A 32-bit seed from a text (FNV-1a), for values that must not depend on the directory's seed.
 * @param {string} text
 */
export function seedFromText(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
