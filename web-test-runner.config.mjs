// @ts-check
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './test/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The official ORUK and OpenActive files beside the project, when they are there (always in CI). */
const SHARED_FIXTURES = process.env.WAYMARK_FIXTURES ?? resolve(here, '..', 'shared', 'fixtures');

/**
 * Serves `../shared/fixtures` at `/__fixtures/` so conformance tests in the
 * browser can read the official examples; answers 404 when the folder is absent.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function sharedFixtures(context, next) {
  if (context.path === '/__fixtures/__ci') {
    // Whether fixtures are required: they are in CI, so a missing folder fails there instead of being skipped.
    context.type = 'application/json';
    context.body = JSON.stringify({ ci: process.env.CI === 'true' });
    return undefined;
  }
  if (!context.path.startsWith('/__fixtures/')) return next();
  const file = normalize(join(SHARED_FIXTURES, decodeURIComponent(context.path.slice('/__fixtures/'.length))));
  if (!file.startsWith(SHARED_FIXTURES + sep) || !existsSync(file)) {
    context.status = 404;
    context.body = 'not found';
    return undefined;
  }
  context.type = file.endsWith('.json') ? 'application/json' : 'text/plain';
  context.body = await readFile(file, 'utf8');
  return undefined;
}

/** Component and data-layer tests, in real headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  middleware: [sharedFixtures],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
