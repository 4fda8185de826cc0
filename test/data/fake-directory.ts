/**
 * An in-memory directory API behind an injected `fetch`, for client tests:
 * speaks ORUK 3.0 or 1.0, pages its lists, answers postcode lookups, and can
 * be told to fail in the ways real feeds do. It counts every request and how
 * many were in flight at once.
 */

export type FakeFormat = 'oruk-v3' | 'oruk-v1';

/** A raw service record, as the feed would send it. */
export type RawService = Record<string, unknown> & { id: string; name: string };

export type Fault =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string }
  /** A JSON body cut off half way. */
  | 'truncated'
  /** A 200 with an HTML page, as a misconfigured server or a login wall sends. */
  | 'html'
  /** Never answers (until aborted). */
  | 'hang'
  /** Refused by CORS: fetch rejects, but a no-cors request reaches the server. */
  | 'cors'
  /** No server there: every request rejects. */
  | 'unreachable'
  /** Answers page 1 whatever page is asked, as a server that ignores `page` does. */
  | 'repeat-first-page'
  /** A page with no items, whatever the envelope says. */
  | 'empty'
  /** Answers with another page's items (a server whose paging goes round in circles). */
  | { readonly servePage: number };

export interface FakeDirectoryOptions {
  readonly format?: FakeFormat;
  readonly base?: string;
  /** The services; `count` makes that many plain ones instead. */
  readonly services?: readonly RawService[];
  readonly count?: number;
  /**
   * ORUK 3.0 list items carry no nested arrays (the spec's own rule): the
   * client must fetch each full record. False makes the list send full records.
   */
  readonly summaryLists?: boolean;
  /** Services' places only in the list of places (`/service_at_locations`), not in the services themselves. */
  readonly separatePlaces?: boolean;
  /** Taxonomy terms served at `/taxonomy_terms` (3.0) or `/taxonomies` (1.0). */
  readonly categories?: readonly { id: string; name: string }[];
  /** Milliseconds each answer takes, so requests overlap. */
  readonly latencyMs?: number;
  /** Overrides the envelope's page count, to test absurd claims. */
  readonly claimedTotalPages?: number;
  /** Leaves `total_items` (`totalElements`) out of the envelope, as some feeds do. */
  readonly omitTotalItems?: boolean;
  /** Pages past the last keep bringing new services (`svc-N`), as a feed that never ends would; or only on these paths. */
  readonly endless?: boolean | readonly string[];
  /** How a list item is shaped from its service (default: `summaryLists` decides). */
  readonly listItem?: (service: RawService) => RawService;
  /** How `/services/{id}` answers (default: the service as it is). */
  readonly fullRecord?: (service: RawService) => RawService;
  /** Postcodes the lookup API knows. */
  readonly postcodes?: Readonly<Record<string, { latitude: number; longitude: number }>>;
}

interface FaultRule {
  readonly matches: (url: URL, mode: RequestMode | undefined) => boolean;
  readonly fault: Fault;
  times: number;
}

export const FAKE_BASE = 'https://directory.test/api/v3';

let instances = 0;

export class FakeDirectory {
  readonly format: FakeFormat;
  readonly base: string;
  readonly services: RawService[];
  /** Every request made, in order. */
  readonly requests: URL[] = [];
  /** The signal of every request made, in order, to check what was aborted. */
  readonly signals: (AbortSignal | undefined)[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly #options: FakeDirectoryOptions;
  readonly #faults: FaultRule[] = [];

  constructor(options: FakeDirectoryOptions = {}) {
    this.#options = options;
    this.format = options.format ?? 'oruk-v3';
    // A different base for each fake, so clients shared by URL never cross between tests.
    this.base = options.base ?? `https://directory${++instances}.test/api/${this.format === 'oruk-v3' ? 'v3' : 'v1'}`;
    this.services = [...(options.services ?? makeServices(options.count ?? 0, this.format))];
  }

  /** Fails requests whose path (after the base) is `path` (and whose `page` is `page`, when given). */
  fail(where: { path: string; page?: number; mode?: RequestMode }, fault: Fault, times = Infinity): this {
    this.#faults.push({
      matches: (url, mode) =>
        this.pathOf(url) === where.path &&
        (where.page === undefined || Number(url.searchParams.get('page') ?? '1') === where.page) &&
        (where.mode === undefined || where.mode === mode),
      fault,
      times,
    });
    return this;
  }

  /** The path below the base: '' for the root, 'services', 'services/abc'. */
  pathOf(url: URL): string {
    const base = new URL(this.base).pathname.replace(/\/$/, '');
    return url.pathname.startsWith(base) ? url.pathname.slice(base.length).replace(/^\//, '') : url.pathname;
  }

  /** Requests made to `path` (made in cors mode: the no-cors probe is not counted). */
  requestsTo(path: string): URL[] {
    return this.requests.filter((url) => this.pathOf(url) === path);
  }

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    if (init.mode !== 'no-cors') {
      this.requests.push(url);
      this.signals.push(init.signal ?? undefined);
    }
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.#options.latencyMs) await delay(this.#options.latencyMs, init.signal ?? undefined);
      const rule = this.#faults.find((r) => r.times > 0 && r.matches(url, init.mode));
      if (rule) {
        rule.times--;
        const answer = await this.#faulty(rule.fault, url, init);
        if (answer) return answer;
      }
      return this.#answer(url);
    } finally {
      this.inFlight--;
    }
  };

  async #faulty(fault: Fault, url: URL, init: RequestInit): Promise<Response | undefined> {
    if (typeof fault === 'object' && 'servePage' in fault) {
      const other = new URL(url);
      other.searchParams.set('page', String(fault.servePage));
      return this.#answer(other);
    }
    if (typeof fault === 'object')
      return new Response(fault.body ?? '', { status: fault.status, headers: fault.headers });
    switch (fault) {
      case 'truncated':
        return new Response(JSON.stringify(this.#route(url)?.body ?? {}).slice(0, 40), { status: 200 });
      case 'html':
        return new Response('<!doctype html><title>Welcome</title><p>Our website</p>', { status: 200 });
      case 'hang':
        await delay(Infinity, init.signal ?? undefined);
        return undefined;
      case 'cors':
        // A no-cors request gets an opaque answer; this stands in for it.
        if (init.mode === 'no-cors') return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      case 'unreachable':
        throw new TypeError('Failed to fetch');
      case 'repeat-first-page': {
        const first = new URL(url);
        first.searchParams.set('page', '1');
        return this.#answer(first);
      }
      case 'empty': {
        const answer = this.#route(url);
        const body = (answer?.body ?? {}) as Record<string, unknown>;
        return json({ ...body, contents: [], content: [] });
      }
    }
  }

  #answer(url: URL): Response {
    const answer = this.#route(url);
    if (!answer) return new Response('Not found', { status: 404 });
    return json(answer.body);
  }

  #route(url: URL): { body: unknown } | undefined {
    if (url.pathname.startsWith('/postcodes/')) return this.#postcode(url);
    const path = this.pathOf(url);
    const v3 = this.format === 'oruk-v3';
    if (path === '')
      return v3 ? { body: { version: 'HSDS-UK-3.0', profile: 'https://openreferraluk.org' } } : undefined;
    if (path === 'services')
      return {
        body: this.#page(
          url,
          this.#matching(url).map((s) => this.#listItem(s)),
        ),
      };
    if (path.startsWith('services/')) {
      const service = this.services.find((s) => s.id === decodeURIComponent(path.slice('services/'.length)));
      if (!service) return undefined;
      const full = this.#withoutSeparatePlaces(service);
      return { body: this.#options.fullRecord ? this.#options.fullRecord(full) : full };
    }
    if (v3 && path === 'service_at_locations') {
      const items = this.#matching(url).flatMap((s) =>
        ((s['service_at_locations'] as { id: string; location: unknown }[] | undefined) ?? []).map((sal) => ({
          id: sal.id,
          location: sal.location,
          service: this.#listItem(s),
        })),
      );
      return { body: this.#page(url, items) };
    }
    if ((v3 && path === 'taxonomy_terms') || (!v3 && path === 'taxonomies'))
      return { body: this.#page(url, [...(this.#options.categories ?? [])]) };
    return undefined;
  }

  /** The services a list request asks for: only free-text search is applied, which is enough to tell. */
  #matching(url: URL): RawService[] {
    const text = (url.searchParams.get('search') ?? url.searchParams.get('text') ?? '').toLowerCase();
    return text ? this.services.filter((s) => s.name.toLowerCase().includes(text)) : this.services;
  }

  #listItem(service: RawService): RawService {
    if (this.#options.listItem) return this.#options.listItem(this.#withoutSeparatePlaces(service));
    if (this.format !== 'oruk-v3' || this.#options.summaryLists === false) return this.#withoutSeparatePlaces(service);
    return Object.fromEntries(Object.entries(service).filter(([, value]) => !Array.isArray(value))) as RawService;
  }

  #withoutSeparatePlaces(service: RawService): RawService {
    if (!this.#options.separatePlaces) return service;
    return Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'service_at_locations')) as RawService;
  }

  #page(url: URL, items: readonly unknown[]): unknown {
    const perPage = Math.max(1, Number(url.searchParams.get('per_page') ?? '10'));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
    const totalPages = this.#options.claimedTotalPages ?? Math.max(1, Math.ceil(items.length / perPage));
    let slice = items.slice((page - 1) * perPage, page * perPage);
    const endless = this.#options.endless;
    if ((endless === true || (Array.isArray(endless) && endless.includes(this.pathOf(url)))) && slice.length === 0)
      slice = makeServices(perPage, this.format).map((s, i) => ({ ...s, id: `svc-${(page - 1) * perPage + i + 1}` }));
    const totalItems = this.#options.omitTotalItems ? undefined : items.length;
    if (this.format === 'oruk-v3') {
      return {
        total_items: totalItems,
        total_pages: totalPages,
        page_number: page,
        size: perPage,
        first_page: page === 1,
        last_page: page >= totalPages,
        empty: slice.length === 0,
        contents: slice,
      };
    }
    return {
      totalElements: totalItems,
      totalPages,
      number: page,
      size: perPage,
      first: page === 1,
      last: page >= totalPages,
      empty: slice.length === 0,
      content: slice,
    };
  }

  #postcode(url: URL): { body: unknown } | undefined {
    const wanted = decodeURIComponent(url.pathname.slice('/postcodes/'.length)).replace(/\s+/g, '').toUpperCase();
    const known = Object.entries(this.#options.postcodes ?? {}).find(
      ([pc]) => pc.replace(/\s+/g, '').toUpperCase() === wanted,
    );
    if (!known) return undefined;
    const [postcode, point] = known;
    return { body: { status: 200, result: { postcode, ...point } } };
  }
}

/** `count` plain services in the format's own shape, with a place, a weekly session and a category each. */
export function makeServices(count: number, format: FakeFormat = 'oruk-v3'): RawService[] {
  return Array.from({ length: count }, (_, i) => (format === 'oruk-v3' ? v3Service(i + 1) : v1Service(i + 1)));
}

export function v3Service(n: number, fields: Record<string, unknown> = {}): RawService {
  return {
    id: `svc-${n}`,
    name: `Group ${n}`,
    description: `What happens at group ${n}.`,
    status: 'active',
    schedules: [{ id: `sch-${n}`, freq: 'WEEKLY', interval: 1, byday: 'MO', opens_at: '10:00', closes_at: '12:00' }],
    service_at_locations: [
      {
        id: `sal-${n}`,
        location: {
          id: `loc-${n}`,
          location_type: 'physical',
          name: `Hall ${n}`,
          latitude: 53.14 + n / 1000,
          longitude: -1.2,
          addresses: [{ address_1: `${n} High Street`, city: 'Mansfield', postal_code: 'NG18 1AB', country: 'GB' }],
        },
      },
    ],
    attributes: [{ taxonomy_term: { id: 'walking', name: 'Walking' } }],
    ...fields,
  };
}

export function v1Service(n: number, fields: Record<string, unknown> = {}): RawService {
  return {
    id: `svc-${n}`,
    name: `Group ${n}`,
    description: `What happens at group ${n}.`,
    status: 'active',
    regular_schedules: [{ id: `sch-${n}`, weekday: 'Monday', opens_at: '10:00', closes_at: '12:00' }],
    service_at_locations: [
      {
        id: `sal-${n}`,
        location: {
          id: `loc-${n}`,
          name: `Hall ${n}`,
          latitude: 53.14 + n / 1000,
          longitude: -1.2,
          physical_addresses: [{ address_1: `${n} High Street`, city: 'Mansfield', postal_code: 'NG18 1AB' }],
        },
      },
    ],
    service_taxonomys: [{ taxonomy: { id: 'walking', name: 'Walking', vocabulary: 'categories' } }],
    ...fields,
  };
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = (): void => reject(new DOMException('aborted', 'AbortError'));
    if (signal?.aborted) return abort();
    if (Number.isFinite(ms)) setTimeout(resolve, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
