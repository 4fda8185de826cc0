// @ts-check
/**
 * What every end-to-end test needs: the demo server on a free port (with a
 * throwaway data folder), and headless Chromium driven by playwright-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../browser.mjs';
import { startServer } from '../../demo/server/server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules WCAG 2.2 AA asks for (QUALITY.md), as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function openSession() {
  const dataDir = await mkdtemp(join(tmpdir(), 'waymark-e2e-'));
  const server = await startServer({ port: 0, dataDir, quiet: true });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Watches a page for anything a person or a site owner would see go wrong:
 * console errors (CSP and Trusted Types violations are reported there),
 * uncaught exceptions and failed requests.
 * @param {import('playwright-core').Page} page
 */
export function watchForErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/**
 * Runs axe in the page and returns its violations, one line each.
 * Injected through the DevTools protocol, so the page's own CSP does not stop it.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = /** @type {{ id: string, impact: string, help: string, nodes: { target: string[] }[] }[]} */ (
    await page.evaluate(async (tags) => {
      // @ts-expect-error axe is the global the injected script defines
      const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    }, WCAG_TAGS)
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
