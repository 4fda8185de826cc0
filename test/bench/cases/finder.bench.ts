/**
 * `<waymark-group-finder>` over a generated directory loaded whole (local mode), as a person uses it:
 * from a keystroke in the search box, or a filter ticked, to the result list updated in the page
 * (search, render, and the style and layout of the new list). 5,000 services are the reference
 * server's directory; 10,000 are those and a copy of each under another id and name, served
 * through the client's `fetch`, so the same server serves both.
 */
import { DirectoryClient } from '../../../src/data/directory/client.js';
import { WaymarkGroupFinder } from '../../../src/elements/group-finder/group-finder.js';
import { benchCase, type BenchContext } from '../bench-case.js';

// package.json's `sideEffects` names only dist/, so esbuild drops a bare `import` of the element's entry:
// the tag then stays an unknown element, never searches, and waiting for its first `waymark-search`
// hung the page (why this case once sat in `pending/`). Define it here, as the calendar case does.
if (!customElements.get('waymark-group-finder')) customElements.define('waymark-group-finder', WaymarkGroupFinder);

const silent = { groupCollapsed() {}, groupEnd() {}, warn() {}, error() {} };

/** What a person types, one keystroke at a time: typos and all. */
const TYPED = ['walkng group', 'mens shed', 'lunch club forest town', 'memory cafe', 'debt advice']
  .flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1).trim()))
  // A space changes no search (the finder trims), so no list would update: keep each text once in a row.
  .filter((text, i, all) => text.length > 0 && text !== all[i - 1]);

/** Filter boxes ticked and unticked in turn. */
const FILTERS = [
  'input[name="free"]',
  'input[name="day"][value="TU"]',
  'input[name="time"][value="evening"]',
  'input[name="step-free"]',
  'input[name="join"][value="drop-in"]',
];

type Envelope = {
  total_items: number;
  total_pages: number;
  page_number: number;
  last_page: boolean;
  contents: Record<string, unknown>[];
};

/**
 * A `fetch` that doubles the server's `/services` list: pages past the real last one repeat the real
 * pages with each service under a new id and name.
 */
function doublingFetch(copies: number): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (copies === 1 || !/\/services$/.test(url.pathname)) return fetch(input, init);
    const page = Number(url.searchParams.get('page') ?? '1');
    const probe = new URL(url);
    probe.searchParams.set('page', '1');
    const first = (await (await fetch(probe, init)).json()) as Envelope;
    const realPages = first.total_pages;
    const copy = Math.floor((page - 1) / realPages);
    const real = new URL(url);
    real.searchParams.set('page', String(((page - 1) % realPages) + 1));
    const body = (await (await fetch(real, init)).json()) as Envelope;
    const out: Envelope = {
      ...body,
      total_items: body.total_items * copies,
      total_pages: realPages * copies,
      page_number: page,
      last_page: page >= realPages * copies,
      contents: body.contents.map((service) =>
        copy === 0
          ? service
          : { ...service, id: `${String(service['id'])}-copy${copy}`, name: `${String(service['name'])} ${copy + 1}` },
      ),
    };
    return new Response(JSON.stringify(out), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** `promise`, or a failure saying `what` after `ms`: a case must fail, never hang the bench page. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

interface Mounted {
  finder: WaymarkGroupFinder;
  next: number;
  /** How many groups the first list counted (every listed group: the directory's size, so 10,000 is shown to be so). */
  listed: number;
}

/** A finder on a local directory of `copies` × the server's services, with its first list shown. */
async function mount(context: BenchContext, copies: number): Promise<Mounted> {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
  const client = new DirectoryClient({
    src: context.directoryUrl,
    dialect: 'oruk-v3',
    localThreshold: 50_000,
    pageSize: 1000,
    fetch: doublingFetch(copies),
    logger: silent,
  });
  await within(client.load(), 60_000, 'the directory never loaded');
  const finder = document.createElement('waymark-group-finder');
  if (!(finder instanceof WaymarkGroupFinder))
    throw new Error('<waymark-group-finder> is not defined in the bench page');
  finder.client = client;
  const shown = new Promise<number>((resolve) =>
    finder.addEventListener('waymark-search', (event) => resolve(event.detail.total), { once: true }),
  );
  document.body.append(finder);
  // A finder that never searches would hang the page (the runner has no time limit): fail the case instead.
  const listed = await within(shown, 30_000, 'the finder never showed its first list');
  await finder.updateComplete;
  // The filters' controls load when the disclosure opens: in place before any run is timed.
  finder.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
  await within(controlsShown(finder), 10_000, 'the filters never showed their controls');
  await finder.updateComplete;
  return { finder, next: 0, listed };
}

async function controlsShown(finder: WaymarkGroupFinder): Promise<void> {
  while (!finder.shadowRoot!.querySelector('.filter-body input'))
    await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Does `act`, then waits for the search it starts to finish and the list to be rendered and laid out. */
async function untilListUpdated(finder: WaymarkGroupFinder, act: () => void): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searched = new Promise((resolve, reject) => {
    finder.addEventListener('waymark-search', resolve, { once: true });
    // A run that starts no search would hang the whole bench: fail it, saying what was asked.
    timer = setTimeout(() => reject(new Error(`no search after ${JSON.stringify(finder.searchState)}`)), 10_000);
  });
  act();
  await searched;
  clearTimeout(timer);
  await finder.updateComplete;
  // Style and layout of the new list, as the next frame would need them.
  return finder.shadowRoot!.querySelector('.results')?.getBoundingClientRect().height ?? 0;
}

function keystroke(mounted: Mounted): Promise<number> {
  const input = mounted.finder.shadowRoot!.querySelector<HTMLInputElement>('#text')!;
  return untilListUpdated(mounted.finder, () => {
    input.value = TYPED[mounted.next++ % TYPED.length] ?? '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The directory's size as the finder saw it, printed beside the timing. */
function report(mounted: Mounted): Record<string, number> {
  return { 'groups in the first list': mounted.listed };
}

function filterChange(mounted: Mounted): Promise<number> {
  const selector = FILTERS[mounted.next++ % FILTERS.length]!;
  return untilListUpdated(mounted.finder, () =>
    mounted.finder.shadowRoot!.querySelector<HTMLInputElement>(selector)!.click(),
  );
}

export default [
  benchCase<Mounted>({
    name: 'finder: search keystroke to updated list, 5,000 services (issue 8: p95 under 16 ms)',
    timeEachRun: true,
    setup: (context) => mount(context, 1),
    run: keystroke,
    report,
  }),
  benchCase<Mounted>({
    name: 'finder: filter change to updated list, 5,000 services (issue 8: p95 under 16 ms)',
    timeEachRun: true,
    setup: (context) => mount(context, 1),
    run: filterChange,
    report,
  }),
  benchCase<Mounted>({
    name: 'finder: search keystroke to updated list, 10,000 services',
    timeEachRun: true,
    setup: (context) => mount(context, 2),
    run: keystroke,
    report,
  }),
  benchCase<Mounted>({
    name: 'finder: filter change to updated list, 10,000 services',
    timeEachRun: true,
    setup: (context) => mount(context, 2),
    run: filterChange,
    report,
  }),
];
