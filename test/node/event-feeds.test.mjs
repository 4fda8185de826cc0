// @ts-check
/**
 * The event-feed loader (src/data/events/load-event-feed.ts, bundled here with esbuild) reading the
 * reference server's OpenActive RPDE and iCalendar feeds, in Node with its own fetch and no `location`.
 * The two feeds publish the same meetings, so the loader must find the same ones in each.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { startTestServer } from './fixtures/test-server.mjs';

/**
 * @typedef {{ title: string, date: string, start?: string, status: string, seriesId: string }} CalendarEvent
 * @typedef {{ occurrences(range: { from: string, to: string }): CalendarEvent[], problems: unknown[], dialect: string }} EventFeed
 * @typedef {{ pages: number, items: number }} Progress
 * @typedef {(src: string, dialect: 'openactive' | 'ical', options?: { onProgress?: (p: Progress) => void }) => Promise<EventFeed>} LoadEventFeed
 */

/** @type {import('./fixtures/test-server.mjs').TestServer} */
let server;
/** @type {LoadEventFeed} */
let loadEventFeed;
/** @type {string} */
let bundleDir;
/** @type {import('esbuild').Metafile} */
let metafile;

before(async () => {
  server = await startTestServer();
  bundleDir = await mkdtemp(join(tmpdir(), 'waymark-event-feeds-'));
  const result = await build({
    metafile: true,
    entryPoints: [fileURLToPath(new URL('../../src/data/events/load-event-feed.ts', import.meta.url))],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: bundleDir,
    logLevel: 'silent',
  });
  metafile = result.metafile;
  const loaded = /** @type {{ loadEventFeed: LoadEventFeed }} */ (
    await import(pathToFileURL(join(bundleDir, 'load-event-feed.js')).href)
  );
  loadEventFeed = loaded.loadEventFeed;
});
after(async () => {
  await server?.stop();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

const RANGE = { from: '2026-11-01', to: '2027-01-31' };

/** @param {CalendarEvent[]} events */
function meetings(events) {
  return events
    .filter((e) => e.status !== 'cancelled')
    .map((e) => `${e.start ?? e.date} ${e.title}`)
    .sort();
}

describe('the event-feed loader on the reference server', () => {
  it('follows the OpenActive feed page by page to its empty page', async () => {
    /** @type {Progress[]} */
    const progress = [];
    const feed = await loadEventFeed(`${server.url}/openactive/session-series?limit=2`, 'openactive', {
      onProgress: (p) => progress.push(p),
    });
    const all = /** @type {{ items: unknown[] }} */ (await server.json('/openactive/session-series')).items.length;
    assert.ok(all > 2, 'the mini directory has more than one page of series at limit=2');
    assert.equal(progress.at(-1)?.items, all);
    // Every page of two, then the page with no items that ends the feed.
    assert.equal(progress.length, Math.ceil(all / 2) + 1);
    assert.equal(feed.dialect, 'openactive');
    assert.ok(feed.occurrences(RANGE).length > 0);
  });

  it('finds the same meetings in the OpenActive and iCalendar feeds, at the same London times', async () => {
    const openactive = await loadEventFeed(`${server.url}/openactive/session-series`, 'openactive');
    const ical = await loadEventFeed(`${server.url}/events.ics`, 'ical');
    const fromOpenActive = meetings([...openactive.occurrences(RANGE)]);
    const fromIcal = meetings([...ical.occurrences(RANGE)]);
    assert.ok(fromOpenActive.length > 10);
    assert.deepEqual(fromIcal, fromOpenActive);
    for (const meeting of fromIcal) assert.match(meeting, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[01]:00 /);
  });

  it('reads the demo cancellations: skipped in both, cancelled shown as cancelled in iCalendar', async () => {
    const ical = await loadEventFeed(`${server.url}/events.ics`, 'ical');
    const cancelled = ical.occurrences(RANGE).filter((e) => e.status === 'cancelled');
    assert.equal(cancelled.length, 1);
    assert.ok(cancelled[0]?.date && cancelled[0].date > '2026-11-21');
  });
});

describe('what a page downloads for the event-feed loader', () => {
  /** @param {string} output */
  const holdsIcalJs = (output) =>
    Object.keys(metafile.outputs[output]?.inputs ?? {}).some((input) => input.includes('node_modules/ical.js/'));

  it('keeps ical.js and each reader out of the first load, in chunks loaded with import()', () => {
    const entry = Object.keys(metafile.outputs).find((output) => output.endsWith('load-event-feed.js'));
    assert.ok(entry);
    // Everything the entry imports statically, transitively: what the calendar pays before any feed.
    const first = new Set([entry]);
    const queue = [entry];
    for (let output = queue.pop(); output; output = queue.pop()) {
      for (const { path, kind } of metafile.outputs[output]?.imports ?? []) {
        if (kind === 'import-statement' && !first.has(path)) {
          first.add(path);
          queue.push(path);
        }
      }
    }
    const firstInputs = [...first].flatMap((output) => Object.keys(metafile.outputs[output]?.inputs ?? {}));
    assert.ok(![...first].some(holdsIcalJs), 'ical.js is not in the first load');
    assert.ok(!firstInputs.some((input) => input.endsWith('events/ical-reader.ts')));
    assert.ok(!firstInputs.some((input) => input.endsWith('events/openactive.ts')));
    assert.ok(Object.keys(metafile.outputs).some(holdsIcalJs), 'ical.js is in a chunk of its own');
  });
});
