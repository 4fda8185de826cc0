// @ts-check
/**
 * The one place that finds the Chromium every browser tool here drives
 * (tests, end-to-end, benchmarks). Never downloads one.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for a quiet headless Chromium on a machine with no outside network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  // Tests run two pages at once; a page Chromium thinks is in the background would stop painting and time out.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** CHROME_PATH if set, else the first Chromium or Chrome installed; exits with how to get one if none is. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  return fail('No Chromium or Chrome was found.');
}

/** @param {string} why @returns {never} */
function fail(why) {
  console.error(
    `\n${why}\nWaymark's tests run in a real browser. Install one:\n` +
      `  Debian/Ubuntu:  sudo apt-get install chromium\n` +
      `  or point CHROME_PATH at an existing Chrome or Chromium:\n` +
      `  CHROME_PATH=/path/to/chrome npm test\n`,
  );
  process.exit(1);
}
