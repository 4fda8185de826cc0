// @ts-check
/**
 * A small router: method + path pattern (`/api/v3/services/:id`) → handler.
 */

/** @typedef {import('./replies.mjs').Reply} Reply */

/**
 * @typedef {object} RequestContext
 * @property {import('node:http').IncomingMessage} req
 * @property {URL} url
 * @property {Record<string, string>} params the `:name` segments, decoded
 * @property {URLSearchParams} query
 * @property {string} origin e.g. `http://127.0.0.1:8000`, for absolute links in feeds
 */

/** @typedef {(context: RequestContext) => Reply | Promise<Reply>} Handler */

/**
 * @typedef {object} RouteOptions
 * @property {boolean} [api] answers cross-origin (CORS), honours fault mode, and is not cached
 */

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {string[]} segments
 * @property {Handler} handler
 * @property {boolean} api
 */

/**
 * @typedef {object} RouteMatch
 * @property {Route} route
 * @property {Record<string, string>} params
 */

export class Router {
  /** @type {Route[]} */
  #routes = [];

  /**
   * @param {string} method
   * @param {string} pattern
   * @param {Handler} handler
   * @param {RouteOptions} [options]
   */
  add(method, pattern, handler, options = {}) {
    this.#routes.push({ method, segments: splitPath(pattern), handler, api: options.api ?? false });
    return this;
  }

  /**
   * @param {string} pattern
   * @param {Handler} handler
   * @param {RouteOptions} [options]
   */
  get(pattern, handler, options) {
    return this.add('GET', pattern, handler, options);
  }

  /**
   * @param {string} pattern
   * @param {Handler} handler
   * @param {RouteOptions} [options]
   */
  post(pattern, handler, options) {
    return this.add('POST', pattern, handler, options);
  }

  /**
   * Every route whose pattern fits the path, whatever its method (for 405 and CORS preflight).
   * @param {string} pathname
   * @returns {RouteMatch[]}
   */
  matchPath(pathname) {
    const segments = splitPath(pathname);
    /** @type {RouteMatch[]} */
    const matches = [];
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (params) matches.push({ route, params });
    }
    return matches;
  }
}

/**
 * Trailing slashes are ignored (`/api/v3/` is `/api/v3`).
 * @param {string} path
 */
function splitPath(path) {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * @param {string[]} pattern
 * @param {string[]} segments
 * @returns {Record<string, string> | undefined}
 */
function matchSegments(pattern, segments) {
  if (pattern.length !== segments.length) return undefined;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i];
    const got = segments[i];
    if (want.startsWith(':')) {
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return undefined;
      }
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}
