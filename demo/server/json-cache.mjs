// @ts-check
/**
 * The directory never changes while the server runs, so each item is serialised (and encoded
 * as UTF-8) once, when first asked for, and pages are joined from those bytes.
 */

/**
 * @param {number} size how many items
 * @param {(index: number) => unknown} compose the value of item `index`
 * @returns {(index: number) => Buffer}
 */
export function cachedJson(size, compose) {
  /** @type {(Buffer | undefined)[]} */
  const made = new Array(size);
  return (index) => (made[index] ??= Buffer.from(JSON.stringify(compose(index))));
}
