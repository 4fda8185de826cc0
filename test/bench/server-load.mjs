// @ts-check
/**
 * Load test of the reference directory server: a generated 10,000-service directory, and
 * `/api/v3/service_at_locations?postcode=…&proximity=…&per_page=100` (what a map asks for)
 * from 20 keep-alive connections, cycling through real postcodes and distances. The server
 * runs in a worker thread, so it does not share an event loop with the load.
 *
 *   node test/bench/server-load.mjs                  about 6 s: 1 s warm-up, 5 s measured
 *   node test/bench/server-load.mjs --quick          about 2 s, for CI (rough figures)
 *   node test/bench/server-load.mjs --json out.json  also writes the figures to a file
 *   node test/bench/server-load.mjs --services 2000  another size of directory
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const PROXIMITIES = [500, 1000, 2000, 5000];
const CONCURRENCY = 20;
const PER_PAGE = 100;

/**
 * @typedef {{ services: number, dataDir: string }} ServerJob
 * @typedef {{ url: string, postcodes: string[], loadMs: number }} ServerReady
 */

if (isMainThread) {
  await main();
} else {
  await serveInWorker(/** @type {ServerJob} */ (workerData));
}

async function main() {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, json: { type: 'string' }, services: { type: 'string' } },
  });
  const quick = values.quick ?? false;
  const services = Number(values.services ?? 10_000);
  const warmupMs = quick ? 500 : 1000;
  const measureMs = quick ? 1500 : 5000;

  const dataDir = await mkdtemp(join(tmpdir(), 'waymark-load-'));
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { services, dataDir } });
  try {
    const ready = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const { url, postcodes, loadMs } = /** @type {ServerReady} */ (ready);
    const queries = postcodes.flatMap((postcode) =>
      PROXIMITIES.map(
        (metres) =>
          `/api/v3/service_at_locations?postcode=${encodeURIComponent(postcode)}&proximity=${metres}&per_page=${PER_PAGE}`,
      ),
    );
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    await hammer(url, queries, agent, warmupMs);
    const run = await hammer(url, queries, agent, measureMs);
    agent.destroy();

    const sorted = [...run.latencies].sort((a, b) => a - b);
    const figures = {
      endpoint: `/api/v3/service_at_locations?postcode=…&proximity=${PROXIMITIES.join('|')}&per_page=${PER_PAGE}`,
      services,
      loadMs: Math.round(loadMs),
      concurrency: CONCURRENCY,
      seconds: run.seconds,
      requests: sorted.length,
      errors: run.errors,
      requestsPerSecond: sorted.length / run.seconds,
      megabytesPerSecond: run.bytes / 1e6 / run.seconds,
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      p99: quantile(sorted, 0.99),
      max: sorted.at(-1) ?? NaN,
      quick,
    };
    console.log(`Reference server load test${quick ? ' (quick: rough figures)' : ''}`);
    console.log(`  ${services} services; the server started (indexes built) in ${figures.loadMs} ms`);
    console.log(`  GET ${figures.endpoint}`);
    console.log(`  ${CONCURRENCY} keep-alive connections for ${run.seconds.toFixed(1)} s after ${warmupMs} ms warm-up`);
    console.log(
      `  ${Math.round(figures.requestsPerSecond)} requests/s (${figures.megabytesPerSecond.toFixed(1)} MB/s)`,
    );
    console.log(`  latency p50 ${fmt(figures.p50)} ms, p95 ${fmt(figures.p95)} ms, p99 ${fmt(figures.p99)} ms`);
    if (run.errors) console.log(`  ${run.errors} failed requests`);
    if (values.json) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`);
    if (run.errors || sorted.length === 0) process.exitCode = 1;
  } finally {
    await worker.terminate();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Keeps CONCURRENCY requests in flight for `ms`, each connection asking its next query as soon as
 * the last one is answered.
 * @param {string} base
 * @param {string[]} queries
 * @param {http.Agent} agent
 * @param {number} ms
 */
async function hammer(base, queries, agent, ms) {
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const until = started + ms;
  const loop = async () => {
    while (performance.now() < until) {
      const query = queries[next++ % queries.length];
      const sent = performance.now();
      try {
        const { status, size, sample } = await get(`${base}${query}`, agent, next % 50 === 0);
        if (status !== 200 || (sample && !(sample.total_items >= 0 && Array.isArray(sample.contents)))) errors++;
        else latencies.push(performance.now() - sent);
        bytes += size;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { latencies, errors, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * @param {string} url
 * @param {http.Agent} agent
 * @param {boolean} parse read the answer too, now and then, to be sure it is a real page of results
 * @returns {Promise<{ status: number, size: number, sample?: { total_items: number, contents: unknown[] } }>}
 */
function get(url, agent, parse) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        response.on('data', (/** @type {Buffer} */ chunk) => {
          size += chunk.length;
          if (parse) chunks.push(chunk);
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({ status, size, sample: parse ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined });
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * In the worker: makes the directory (with the generator's function, else its command line) and
 * serves it, then tells the main thread where, with some of its postcodes.
 * @param {ServerJob} job
 */
async function serveInWorker({ services, dataDir }) {
  const { startServer } = await import('../../demo/server/server.mjs');
  /** @type {import('../../demo/server/directory-file.mjs').DirectoryFile | undefined} */
  let directory;
  /** @type {string | undefined} */
  let dataFile;
  try {
    const generator = await import('../../demo/data/generate.mjs');
    // No cast: the compiler checks that what the generator writes is a file the server reads.
    directory = generator.generateDirectory({ services });
  } catch {
    dataFile = join(dataDir, 'directory.json');
    await promisify(execFile)(
      process.execPath,
      ['demo/data/generate.mjs', '--services', String(services), '--out', dataFile],
      {
        cwd: repoRoot,
      },
    );
  }
  const started = performance.now();
  const server = await startServer({ port: 0, directory, dataFile, dataDir, quiet: true });
  const loadMs = performance.now() - started;
  const { readDirectoryFile } = await import('../../demo/server/directory-file.mjs');
  const all = (directory ?? readDirectoryFile(/** @type {string} */ (dataFile))).postcodes;
  // Eight postcodes spread through the list, so the queries land in different parts of the area.
  const postcodes = Array.from({ length: 8 }, (_, i) => all[Math.floor((i * all.length) / 8)].postcode);
  parentPort?.postMessage(/** @type {ServerReady} */ ({ url: server.url, postcodes, loadMs }));
}

/**
 * Nearest rank, as `npm run bench` reports it.
 * @param {number[]} sorted ascending
 * @param {number} q 0..1
 */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** @param {number} ms */
function fmt(ms) {
  return ms.toFixed(ms < 10 ? 2 : 1);
}
