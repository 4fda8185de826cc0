// @ts-check
/**
 * What a handler returns: a whole reply (status, type, body) that the server writes
 * once, so CORS, caching, security headers and fault mode are applied in one place.
 */

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {string} [type] the Content-Type
 * @property {string | Buffer} [body]
 * @property {Record<string, string>} [headers]
 * @property {boolean} [html] an HTML page: gets the Content-Security-Policy
 * @property {boolean} [file] a static file: may be cached (revalidated) and, unless a page, loaded from any origin
 */

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function json(status, value, headers) {
  return { status, type: JSON_TYPE, body: JSON.stringify(value), headers };
}

/**
 * A body already serialised (the paged lists join cached JSON fragments).
 * @param {number} status
 * @param {string | Buffer} text
 * @returns {Reply}
 */
export function jsonText(status, text) {
  return { status, type: JSON_TYPE, body: text };
}

/**
 * @param {number} status
 * @param {string} page a whole HTML document
 * @returns {Reply}
 */
export function html(status, page) {
  return { status, type: 'text/html; charset=utf-8', body: page, html: true };
}

/**
 * The JSON error every API answers with: `{ "status": 404, "error": "..." }` (the postcodes.io shape).
 * @param {number} status
 * @param {string} error
 * @param {Record<string, unknown>} [more]
 * @returns {Reply}
 */
export function problem(status, error, more) {
  return json(status, { status, error, ...more });
}

/** Thrown by request readers (bad parameters, bodies too large...) and answered as a JSON problem, not logged as a crash. */
export class HttpProblem extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, unknown>} [more] added to the JSON body
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, more, headers) {
    super(message);
    this.status = status;
    this.more = more;
    this.headers = headers;
  }

  /** @returns {Reply} */
  toReply() {
    return { ...problem(this.status, this.message, this.more), headers: this.headers };
  }
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
