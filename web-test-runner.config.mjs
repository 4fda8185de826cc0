// @ts-check
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './test/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The official ORUK and OpenActive files beside the project, when they are there (always in CI). */
const SHARED_FIXTURES = resolve(here, '..', 'shared', 'fixtures');

/**
 * Serves `../shared/fixtures` at `/__fixtures/` so conformance tests in the
 * browser can read the official examples; answers 404 when the folder is absent.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const sharedFixtures = {
  name: 'shared-fixtures',
  async serve(context) {
    if (!context.path.startsWith('/__fixtures/')) return undefined;
    const file = normalize(join(SHARED_FIXTURES, decodeURIComponent(context.path.slice('/__fixtures/'.length))));
    if (!file.startsWith(SHARED_FIXTURES) || !existsSync(file))
      return { body: 'not found', type: 'text/plain', status: 404 };
    const body = await readFile(file, 'utf8');
    return { body, type: file.endsWith('.json') ? 'application/json' : 'text/plain' };
  },
};

/** Component and data-layer tests, in real headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  plugins: [sharedFixtures, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
