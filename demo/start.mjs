// @ts-check
/**
 * What `npm start` runs once the library is built: the reference directory server with the
 * demo town's pages, on http://localhost:8000 (PORT to change it).
 *
 *   node demo/start.mjs             quiet: only errors are logged
 *   node demo/start.mjs --verbose   logs every request too
 *
 * It listens on 127.0.0.1 only (HOST to change it): the demo takes referrals and has fault
 * modes, which are for this computer, not for everyone on the network. It answers only requests
 * naming localhost, 127.0.0.1, [::1] or HOST (ALLOWED_HOSTS=a.example,b.example for more).
 *
 * LIST_SHAPE=summary|partial|full (default full) sets how much of each service the ORUK 3.0
 * lists carry, to try the widgets against lists shaped like other real APIs'.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readDirectoryFile } from './server/directory-file.mjs';
import { LIST_SHAPES } from './server/routes-oruk-v3.mjs';
import { REPO_ROOT, startServer } from './server/server.mjs';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const verbose = process.argv.includes('--verbose');
const listShape = /** @type {import('./server/routes-oruk-v3.mjs').ListShape} */ (process.env.LIST_SHAPE ?? 'full');
const allowedHosts = (process.env.ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
const dataFile = path.join(REPO_ROOT, 'demo', 'data', 'directory.json');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}

if (!LIST_SHAPES.includes(listShape)) {
  console.error(`LIST_SHAPE must be one of ${LIST_SHAPES.join(', ')}, not "${listShape}"`);
  process.exit(1);
}

if (!existsSync(dataFile)) {
  console.log('The demo directory is missing: making it (npm run demo:generate)...');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'demo', 'data', 'generate.mjs')], { stdio: 'inherit' });
}

const directory = readDirectoryFile(dataFile);
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
try {
  server = await startServer({ port, host, directory, quiet: !verbose, listShape, allowedHosts });
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop what is using it, or choose another: PORT=8001 npm start`
      : error,
  );
  process.exit(1);
}

const base =
  host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? `http://localhost:${server.port}` : server.url;
const postcode = directory.postcodes[0]?.postcode ?? 'NG18 1AB';
/** @type {[string, [string, string][]][]} */
const sections = [
  [
    'Demo pages',
    [
      ['Home', '/'],
      ['Council', '/council.html'],
      ['Charity', '/charity.html'],
      ['GP practice', '/gp-practice.html'],
      ['Magazine: what’s on', '/whats-on.html'],
      ['Referrals received', '/referrals'],
    ],
  ],
  [
    `Reference directory (${directory.meta.name ?? 'fictional data'}, ${directory.services.length} services)`,
    [
      ['Open Referral UK 3.0', '/api/v3/'],
      ['Open Referral UK 1.0', '/api/v1/services'],
      ['Postcode lookup', `/postcodes/${encodeURIComponent(postcode)}`],
      ['OpenActive sessions', '/openactive/session-series'],
      ['iCalendar', '/events.ics'],
    ],
  ],
];

console.log(`\nWaymark demo town is running at ${base}/\n`);
for (const [title, links] of sections) {
  console.log(`  ${title}`);
  for (const [name, href] of links) console.log(`    ${name.padEnd(22)} ${base}${href}`);
  console.log('');
}
if (!existsSync(path.join(REPO_ROOT, 'dist', 'cdn', 'waymark.js'))) {
  console.log('  The library has not been built (dist/ is missing), so the pages show no widgets.');
  console.log('  Run npm run build, or npm start, which builds first.\n');
}
console.log('  Fault mode for testing: add ?fault=500, slow, truncate, timeout or cors to an API address.');
console.log('  Press Ctrl-C to stop.\n');

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) process.exit(1); // a second Ctrl-C: stop now
  stopping = true;
  console.log(`\n${signal}: stopping the demo server...`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
