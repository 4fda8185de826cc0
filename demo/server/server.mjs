// @ts-check
/**
 * The Waymark reference directory server: ORUK 3.0 and 1.0 APIs, postcode lookup, event
 * feeds and a referral inbox over the fictional demo town, plus the demo pages and the
 * built library, all on one port. A reference and a demo, not a production directory.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDirectoryFile } from './directory-file.mjs';
import { DirectoryStore } from './directory-store.mjs';
import { pause, readFault, truncated } from './faults.mjs';
import { icalendarHandler } from './icalendar.mjs';
import { sessionSeriesHandler } from './openactive.mjs';
import { postcodeHandler } from './postcodes.mjs';
import { ReferralStore } from './referral-store.mjs';
import { addReferralRoutes } from './referrals.mjs';
import { HttpProblem, escapeHtml, html, problem } from './replies.mjs';
import { Router } from './router.mjs';
import { addOrukV1Routes } from './routes-oruk-v1.mjs';
import { addOrukV3Routes } from './routes-oruk-v3.mjs';
import { staticFiles } from './static.mjs';

/** @typedef {import('./replies.mjs').Reply} Reply */
/** @typedef {import('./faults.mjs').Fault} Fault */

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 picks a free port (default 8000)
 * @property {string} [host] default 127.0.0.1
 * @property {string} [dataFile] the directory file (default `demo/data/directory.json` under `root`)
 * @property {import('./directory-file.mjs').DirectoryFile} [directory] a directory already in memory, instead of `dataFile`
 * @property {string} [dataDir] where referrals are kept (default `demo/server/.data/` under `root`)
 * @property {string} [root] the repository root: `demo/` is served at `/` and `dist/` at `/dist/`
 * @property {boolean} [quiet] no request log
 * @property {Date} [now] the day the demo cancellations in the event feeds count from (default: today)
 * @property {Logger} [log] where requests and errors are written (default: the console)
 * @property {(router: Router) => void} [extraRoutes] more routes, for tests and experiments
 * @property {string[]} [allowedHosts] host names answered besides localhost, 127.0.0.1, [::1] and `host`
 * @property {import('./routes-oruk-v3.mjs').ListShape} [listShape] how much of each service the ORUK 3.0
 *   lists carry: 'summary' (as the official service_list example), 'partial' or 'full' (the default)
 */

/**
 * @typedef {object} Logger
 * @property {(message: string) => void} info
 * @property {(message: string, error?: unknown) => void} error
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url e.g. `http://127.0.0.1:43123`
 * @property {number} port
 * @property {() => Promise<void>} close stops listening, ends every connection, waits for referral writes
 * @property {DirectoryServer} server
 */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html waymark',
].join('; ');

const API_PREFIXES = ['/api/', '/postcodes/', '/openactive/'];
/** Headers a page on another origin may read: a client honours Retry-After only if it can see it. */
const EXPOSED_HEADERS = 'Retry-After';
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Idempotency-Key, X-Waymark-Fault',
  'access-control-max-age': '600',
};

/** An http.Server whose close() also ends open connections and any request held by fault mode. */
export class DirectoryServer extends http.Server {
  stopping = new AbortController();
  /** @type {ReferralStore | undefined} */
  referrals;

  /**
   * @param {(error?: Error) => void} [callback]
   * @returns {this}
   */
  close(callback) {
    this.stopping.abort();
    super.close(callback);
    this.closeAllConnections();
    return this;
  }
}

/**
 * Builds the server (loading the directory and the referrals already received) without listening.
 * @param {ServerOptions} [options]
 * @returns {DirectoryServer}
 */
export function createServer(options = {}) {
  const root = path.resolve(options.root ?? REPO_ROOT);
  const dataDir = path.resolve(options.dataDir ?? path.join(root, 'demo', 'server', '.data'));
  const log = options.log ?? { info: console.log, error: console.error };
  const directory =
    options.directory ?? readDirectoryFile(options.dataFile ?? path.join(root, 'demo', 'data', 'directory.json'));
  const store = new DirectoryStore(directory);
  const referrals = new ReferralStore(dataDir, { warn: log.error });
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);

  const allowedHosts = hostAllowList(options);
  const router = new Router();
  addOrukV3Routes(router, store, undefined, { listShape: options.listShape });
  addOrukV1Routes(router, store);
  router.get('/postcodes/:postcode', postcodeHandler(store.postcodes), { api: true });
  router.get('/openactive/session-series', sessionSeriesHandler(store, { today }), { api: true });
  router.get('/events.ics', icalendarHandler(store, { today }), { api: true });
  addReferralRoutes(router, referrals);
  options.extraRoutes?.(router);

  const serveFile = staticFiles(
    [
      { prefix: '/dist/', directory: path.join(root, 'dist') },
      { prefix: '/', directory: path.join(root, 'demo') },
    ],
    { hidden: [dataDir] },
  );

  const server = new DirectoryServer();
  server.referrals = referrals;
  server.on('request', (req, res) => {
    const started = performance.now();
    respond(req, res).then(
      (status) => {
        if (!options.quiet) log.info(`${req.method} ${req.url} ${status} ${Math.round(performance.now() - started)}ms`);
      },
      (error) => {
        log.error(`Could not answer ${req.method} ${req.url}`, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      },
    );
  });
  return server;

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @returns {Promise<number | string>} the status sent, for the log
   */
  async function respond(req, res) {
    // Parsed as a path, so `//host/x` stays a path and never names another host.
    if (!allowedHosts.has(hostName(req.headers.host))) {
      // A page on another name that resolves here (DNS rebinding) must not read anything, referrals least of all.
      req.resume();
      res
        .writeHead(421, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
        .end('This server answers only to the names it was started with (localhost by default).\n');
      return 421;
    }
    const url = new URL(`http://localhost${req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`}`);
    const method = req.method ?? 'GET';
    const matches = router.matchPath(url.pathname);
    const api = matches.some(({ route }) => route.api) || isApiPath(url.pathname);
    const context = { req, url, query: url.searchParams, origin: originOf(req, server), params: {} };

    if (method === 'OPTIONS') {
      const refused = api && url.searchParams.get('fault') === 'cors';
      const headers = api && !refused ? PREFLIGHT_HEADERS : { allow: 'GET, HEAD, OPTIONS' };
      res.writeHead(204, headers).end();
      return 204;
    }

    /** @type {Fault | undefined} */
    let fault;
    try {
      fault = api ? readFault(url.searchParams, req.headers) : undefined;
    } catch (error) {
      return write(req, res, /** @type {HttpProblem} */ (error).toReply(), { api });
    }
    if (fault?.kind === 'slow' || fault?.kind === 'timeout') {
      const gone = new AbortController();
      res.once('close', () => gone.abort());
      await pause(fault.kind === 'slow' ? fault.delay : undefined, [server.stopping.signal, gone.signal]);
      if (server.stopping.signal.aborted || gone.signal.aborted) {
        res.destroy();
        return 'dropped';
      }
    }
    if (fault?.kind === '500') {
      return write(req, res, problem(500, 'A server error, made on purpose (fault=500)'), { api });
    }

    const match = matches.find(({ route }) => route.method === method || (method === 'HEAD' && route.method === 'GET'));
    /** @type {Reply} */
    let reply;
    if (match) {
      reply = await run(() => match.route.handler({ ...context, params: match.params }), req);
    } else if (matches.length) {
      const allow = [...new Set(matches.map(({ route }) => route.method))].join(', ');
      reply = api ? problem(405, `Use ${allow} here`) : page(405, 'Method not allowed', `Use ${allow} here.`);
      reply.headers = { ...reply.headers, allow };
    } else if (api) {
      reply = problem(404, `Nothing here: ${url.pathname}`);
    } else if (method === 'GET' || method === 'HEAD') {
      reply = (await serveFile(url.pathname)) ?? page(404, 'Page not found', 'There is no page at this address.');
    } else {
      reply = page(405, 'Method not allowed', 'Only GET and HEAD work here.');
    }
    return write(req, res, reply, { api, fault });
  }

  /**
   * Runs a handler so that nothing it throws can take the server down.
   * @param {() => Reply | Promise<Reply>} handler
   * @param {http.IncomingMessage} req
   * @returns {Promise<Reply>}
   */
  async function run(handler, req) {
    try {
      return await handler();
    } catch (error) {
      if (error instanceof HttpProblem) return error.toReply();
      log.error(`Error in the handler for ${req.method} ${req.url}`, error);
      return problem(500, 'Something went wrong on the server');
    }
  }
}

/**
 * Writes a reply with the headers every response gets: CORS on the API, no caching of API
 * answers and pages, the strict CSP on pages, and fault mode's truncation.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Reply} reply
 * @param {{ api: boolean, fault?: Fault }} how
 */
function write(req, res, reply, { api, fault }) {
  let body = reply.body ?? '';
  if (fault?.kind === 'truncate' && reply.status === 200) body = truncated(body);
  /** @type {Record<string, string | number>} */
  const headers = {
    'content-type': reply.type ?? 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': reply.file && !reply.html ? 'no-cache' : 'no-store',
  };
  // The API answers any origin; so do the library's files, which a host page elsewhere loads as modules.
  if ((api && fault?.kind !== 'cors') || (reply.file && !reply.html)) headers['access-control-allow-origin'] = '*';
  if (api && fault?.kind !== 'cors') headers['access-control-expose-headers'] = EXPOSED_HEADERS;
  if (reply.html) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  res.writeHead(reply.status, { ...headers, ...reply.headers });
  res.end(req.method === 'HEAD' ? undefined : body);
  return reply.status;
}

/**
 * A short HTML page for errors outside the API.
 * @param {number} status
 * @param {string} title
 * @param {string} message
 */
function page(status, title, message) {
  return html(
    status,
    `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}: Waymark demo town</title>
    <link rel="stylesheet" href="/assets/site.css">
  </head>
  <body>
    <div class="page width-container">
      <main id="main">
        <h1>${escapeHtml(title)}</h1>
        <p>${escapeHtml(message)}</p>
        <p><a href="/">Go to the Waymark demo town home page</a></p>
      </main>
    </div>
  </body>
</html>
`,
  );
}

/**
 * The names this server answers to: loopback, the host it listens on (unless that is every
 * interface) and any named in `allowedHosts`; lower case, IPv6 in brackets, without ports.
 * @param {ServerOptions} options
 */
function hostAllowList(options) {
  const names = new Set(LOOPBACK_HOSTS);
  const listening = options.host;
  if (listening && listening !== '0.0.0.0' && listening !== '::') names.add(hostForUrl(listening).toLowerCase());
  for (const name of options.allowedHosts ?? []) names.add(name.toLowerCase());
  return names;
}

/**
 * The name in a Host header, without its port: `[::1]:8000` → `[::1]`; '' when absent or unreadable.
 * @param {string | undefined} host
 */
export function hostName(host) {
  if (!host) return '';
  const text = host.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/.exec(text);
  return match?.[1] ?? '';
}

/** @param {string} pathname */
function isApiPath(pathname) {
  return (
    pathname === '/api' || pathname === '/events.ics' || API_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}

/**
 * The origin the client used, for absolute links in feeds (RPDE `next`, iCalendar `URL`).
 * @param {http.IncomingMessage} req
 * @param {http.Server} server
 */
function originOf(req, server) {
  const host = req.headers.host;
  if (host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) return `http://${host}`;
  const address = server.address();
  return typeof address === 'object' && address
    ? `http://${hostForUrl(address.address)}:${address.port}`
    : 'http://localhost';
}

/** @param {string} host */
function hostForUrl(host) {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the server and resolves once it is listening.
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const { port = 8000, host = '127.0.0.1' } = options;
  const server = createServer(options);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: `http://${hostForUrl(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      (closing ??= new Promise((resolve) => server.close(() => resolve(undefined))).then(() =>
        server.referrals?.settle(),
      )),
  };
}
