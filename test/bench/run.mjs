// @ts-check
/**
 * `npm run bench`: times each case in `test/bench/cases/*.bench.ts` in headless
 * Chromium (many runs after a warm-up, interleaved with its peer library when it
 * has one) against the reference directory server holding a generated directory,
 * then the server's own load test. Prints median and p95 per case and the ratio
 * to the peer, and writes everything to `.bench/latest.json`.
 *
 *   npm run bench                 full run
 *   npm run bench -- --quick      a short run, as CI does (fewer samples: figures are rough)
 *   npm run bench -- --filter normalise   only cases whose name contains the text
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../browser.mjs';
import { generateDirectory } from '../../demo/data/generate.mjs';
import { startServer } from '../../demo/server/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? (args[filterAt + 1] ?? '') : '';
const ITERATIONS = quick ? 12 : 60;
const WARMUP = quick ? 3 : 10;
const SERVICES = 5000;

/** @param {number[]} sorted ascending @param {number} q 0..1 */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  // Nearest rank: the smallest sample with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** @param {number[]} samples */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    samples: sorted.length,
  };
}

/** Bundles a case file with the page harness into one browser script. @param {string} file */
async function bundleCase(file) {
  const entry = `import cases from ${JSON.stringify(file)};\nimport { install } from ${JSON.stringify(join(here, 'page.ts'))};\ninstall(cases);\n`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Serves one page that loads the bundled case file. @param {string} script */
async function servePage(script) {
  const server = createServer((req, res) => {
    if (req.url === '/case.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script type="module" src="/case.js"></script>');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done(undefined))) };
}

/** @param {number} ms */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'waymark-bench-'));
  const dataFile = join(work, 'directory.json');
  await writeFile(dataFile, JSON.stringify(generateDirectory({ services: SERVICES })));
  const directory = await startServer({ port: 0, dataFile, dataDir: join(work, 'data'), quiet: true });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const chromiumVersion = browser.version();
  /** @type {Record<string, unknown>[]} */
  const results = [];
  try {
    const caseFiles = (await readdir(join(here, 'cases'))).filter((f) => f.endsWith('.bench.ts')).sort();
    for (const file of caseFiles) {
      const page = await browser.newPage();
      const served = await servePage(await bundleCase(join(here, 'cases', file)));
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(served.url);
      await page.waitForFunction(() => 'waymarkBench' in globalThis);
      const list = /** @type {{ name: string, peer?: string }[]} */ (
        await page.evaluate(() => /** @type {any} */ (globalThis).waymarkBench.list())
      );
      for (const { name } of list.filter((c) => c.name.includes(filter))) {
        const context = { directoryUrl: `${directory.url}/api/v3`, services: SERVICES };
        const raw = await page.evaluate(
          ([n, c, i, w]) => /** @type {any} */ (globalThis).waymarkBench.measure(n, c, i, w),
          /** @type {const} */ ([name, context, ITERATIONS, WARMUP]),
        );
        const ours = stats(raw.ours.samples);
        const peer = raw.peer ? stats(raw.peer.samples) : undefined;
        results.push({
          case: name,
          file: relative(root, join(here, 'cases', file)),
          unit: 'ms',
          ours: { name: raw.ours.name, batch: raw.ours.batch, ...ours },
          ...(raw.figures && { figures: raw.figures }),
          ...(peer && {
            peer: { name: raw.peer.name, batch: raw.peer.batch, ...peer },
            ratio: peer.median / ours.median,
          }),
        });
      }
      if (errors.length) throw new Error(`${file}: ${errors.join('; ')}`);
      await page.close();
      await served.close();
    }
  } finally {
    await browser.close();
    await directory.close();
  }

  const load = await serverLoad(quick);
  await rm(work, { recursive: true, force: true });

  console.log(
    `\nWaymark benchmarks (${quick ? 'quick: rough figures' : 'full'}), headless Chromium, ${SERVICES} generated services\n`,
  );
  for (const r of /** @type {any[]} */ (results)) {
    console.log(
      `${r.case}\n  ours: median ${fmt(r.ours.median)} ms, p95 ${fmt(r.ours.p95)} ms (${r.ours.samples} samples)`,
    );
    for (const [figure, value] of Object.entries(r.figures ?? {})) console.log(`  ${figure}: ${value}`);
    if (r.peer) {
      console.log(`  peer, ${r.peer.name}: median ${fmt(r.peer.median)} ms, p95 ${fmt(r.peer.p95)} ms`);
      console.log(
        `  ratio of medians, peer / ours: ${r.ratio.toFixed(2)}x ${r.ratio >= 1 ? '(ours faster)' : '(peer faster)'}`,
      );
    }
  }
  if (load) console.log(`\nreference server load test\n  ${load.summary}`);

  await mkdir(join(root, '.bench'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    quick,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: chromiumVersion },
    services: SERVICES,
    cases: results,
    serverLoad: load?.figures,
  };
  await writeFile(join(root, '.bench', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwritten to .bench/latest.json');
}

/** Runs the reference server's load test in its own process, so the two do not share an event loop. @param {boolean} isQuick */
async function serverLoad(isQuick) {
  if (filter && !'server load'.includes(filter)) return undefined;
  const out = join(tmpdir(), `waymark-load-${process.pid}.json`);
  await promisify(execFile)(
    process.execPath,
    [join(here, 'server-load.mjs'), '--json', out, ...(isQuick ? ['--quick'] : [])],
    {
      cwd: root,
    },
  );
  const { readFile } = await import('node:fs/promises');
  const figures = JSON.parse(await readFile(out, 'utf8'));
  await rm(out, { force: true });
  return {
    figures,
    summary: `${Math.round(figures.requestsPerSecond)} requests/s, p50 ${fmt(figures.p50)} ms, p95 ${fmt(figures.p95)} ms, p99 ${fmt(figures.p99)} ms`,
  };
}

await main();
