/**
 * `dist/cdn/waymark.js`, what a page loads with one script tag. It registers
 * `<waymark-directory>` at once (and exports `DirectoryClient` for scripts),
 * then loads each other element's code the first time its tag is in the
 * page, so a GP practice page with only a referral form never downloads the
 * group finder. Each element also has its own file beside it
 * (`dist/cdn/group-finder.js`, ...): load that one directly for an element
 * inside your own components' shadow roots, where this file cannot see it.
 */
import { WaymarkDirectory } from './elements/directory/directory.js';
import { defineElement } from './elements/shared/define.js';

export * from './elements/directory/index.js';

// Registered here, not by re-exporting its entry: the package marks only `dist/` as having side effects,
// so the bundler would keep the entry's exports and drop its `customElements.define`.
defineElement('waymark-directory', WaymarkDirectory);

const elements: Readonly<Record<string, () => Promise<unknown>>> = {
  'waymark-group-finder': () => import('./elements/group-finder/index.js'),
  'waymark-group-map': () => import('./elements/group-map/index.js'),
  'waymark-referral-form': () => import('./elements/referral-form/index.js'),
  'waymark-easy-read': () => import('./elements/easy-read/index.js'),
  'waymark-event-calendar': () => import('./elements/event-calendar/index.js'),
  'waymark-source': () => import('./elements/event-calendar/index.js'),
};

const waiting = new Set(Object.keys(elements));

function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  elements[tag]?.().catch((error: unknown) => {
    // A chunk that failed to load (the network dropped) is tried again the next time the tag is added.
    waiting.add(tag);
    console.error(`Waymark could not load <${tag}>.`, error);
  });
}

/** Loads the code of every Waymark element in or under `root`. */
function loadWithin(root: Element | Document): void {
  if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
  for (const tag of waiting) if (root.querySelector(tag)) load(tag);
}

if (typeof document !== 'undefined') {
  loadWithin(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWithin(node);
    // Every element is loaded: nothing left to watch for.
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
