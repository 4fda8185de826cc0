// @ts-check
/**
 * `npm run check-storybook`, after `npm run build-storybook`: opens the built Storybook in headless
 * Chromium and checks that each element's stories draw the element, not an empty box. A built
 * Storybook tree-shakes like any bundle, so an element whose registration was dropped as "free of
 * side effects" (see package.json's `sideEffects`) would pass the build and show nothing.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../browser.mjs';

const root = process.argv[2] ?? 'storybook-static';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** @type {{ entries: Record<string, { id: string, title: string, type: string }> }} */
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const failures = [];
try {
  const page = await browser.newPage();
  for (const story of stories) {
    // The element a story is about: "Elements/Group finder" → <waymark-group-finder>.
    const tag = `waymark-${story.title.split('/').pop()?.toLowerCase().replace(/\s+/g, '-')}`;
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`);
    const drawn = await page
      .waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          return Boolean(customElements.get(name) && el?.shadowRoot && el.shadowRoot.childNodes.length > 0);
        },
        tag,
        { timeout: 10_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!drawn) failures.push(`${story.id}: <${tag}> was not drawn`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(
    `Storybook: ${failures.length} of ${stories.length} stories show an empty box:\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Storybook: all ${stories.length} stories draw their element.`);
