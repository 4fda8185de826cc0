/**
 * The calendar's sources and how each is loading: a directory read through
 * its client, an OpenActive or iCalendar feed read by the on-demand reader,
 * or a feed given in memory. Each loads, fails and retries on its own, so one
 * bad source never hides the others.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DirectoryClient } from '../../data/directory/client.js';
import type { EventFeed } from '../../data/events/event-model.js';
import { loadServiceEvents } from '../../data/events/service-events.js';
import { clientForSource } from './directory-link.js';

export interface SourceProgress {
  readonly loaded: number;
  readonly total?: number;
}

export interface LoadOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: SourceProgress) => void;
}

/** A source as the page describes it; the same `key` means the same source. */
export interface SourceSpec {
  readonly key: string;
  readonly name?: string;
  load(options: LoadOptions): Promise<EventFeed>;
}

export type SourceStatus = 'loading' | 'ready' | 'failed';

export interface SourceState {
  readonly spec: SourceSpec;
  readonly status: SourceStatus;
  readonly progress?: SourceProgress;
  readonly feed?: EventFeed;
  readonly error?: unknown;
}

const identities = new WeakMap<object, number>();
let counted = 0;

/** A number for an object, so sources can be told apart by what they read. */
export function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++counted));
  return id;
}

/** A directory's groups, from the client a `<waymark-directory>` gave. */
export function directorySpec(client: DirectoryClient, name: string | undefined): SourceSpec {
  return {
    key: `directory#${identityOf(client)}#${name ?? ''}`,
    name,
    load: ({ signal, onProgress }) => loadServiceEvents(client, { signal, onProgress, sourceName: name }),
  };
}

/** A directory's groups, from an address: the client is loaded on demand. */
export function directorySrcSpec(
  tag: string,
  src: string,
  dialect: string | undefined,
  name: string | undefined,
): SourceSpec {
  return {
    key: `directory#${src}#${dialect ?? ''}#${name ?? ''}`,
    name,
    load: async ({ signal, onProgress }) =>
      loadServiceEvents(await clientForSource(tag, src, dialect), { signal, onProgress, sourceName: name }),
  };
}

export function feedSpec(src: string, dialect: 'openactive' | 'ical', name: string | undefined): SourceSpec {
  return {
    key: `${dialect}#${src}#${name ?? ''}`,
    name,
    load: async ({ signal, onProgress }) => {
      // The readers (and ical.js) are fetched only by pages that use such a feed.
      const { loadEventFeed } = await import('../../data/events/load-event-feed.js');
      return loadEventFeed(new URL(src, document.baseURI).href, dialect, {
        signal,
        sourceName: name,
        onProgress: ({ items }) => onProgress({ loaded: items }),
      });
    },
  };
}

export function memorySpec(feed: EventFeed | (() => Promise<EventFeed>), name: string | undefined): SourceSpec {
  return {
    key: `memory#${identityOf(feed)}#${name ?? ''}`,
    name,
    load: async () => (typeof feed === 'function' ? feed() : feed),
  };
}

/** Loads each source once, keeps their states in order, and tells the host when any changes. */
export class CalendarSources {
  readonly #host: ReactiveControllerHost;
  #states: SourceState[] = [];
  readonly #controllers = new Map<string, AbortController>();
  /** Goes up whenever the set of loaded feeds changes, so views know to expand again. */
  version = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get states(): readonly SourceState[] {
    return this.#states;
  }

  get feeds(): readonly EventFeed[] {
    return this.#states.flatMap((s) => (s.feed ? [s.feed] : []));
  }

  get loading(): boolean {
    return this.#states.some((s) => s.status === 'loading');
  }

  /** Uses these sources from now on: new ones start loading, gone ones stop. */
  set(specs: readonly SourceSpec[]): void {
    const keys = specs.map((s) => s.key);
    if (keys.join('\n') === this.#states.map((s) => s.spec.key).join('\n')) return;
    const kept = new Map(this.#states.map((s) => [s.spec.key, s]));
    for (const [key, controller] of this.#controllers) {
      if (!keys.includes(key)) {
        controller.abort();
        this.#controllers.delete(key);
      }
    }
    this.#states = specs.map((spec) => kept.get(spec.key) ?? { spec, status: 'loading' });
    this.version++;
    for (const state of this.#states) if (!kept.has(state.spec.key)) void this.#load(state.spec);
  }

  /** Tries a failed source again. */
  retry(key: string): void {
    const state = this.#states.find((s) => s.spec.key === key);
    if (state) void this.#load(state.spec);
  }

  stop(): void {
    for (const controller of this.#controllers.values()) controller.abort();
    this.#controllers.clear();
    this.#states = [];
  }

  #update(key: string, change: Omit<SourceState, 'spec'>): void {
    this.#states = this.#states.map((s) => (s.spec.key === key ? { spec: s.spec, ...change } : s));
    this.#host.requestUpdate();
  }

  async #load(spec: SourceSpec): Promise<void> {
    this.#controllers.get(spec.key)?.abort();
    const controller = new AbortController();
    this.#controllers.set(spec.key, controller);
    this.#update(spec.key, { status: 'loading' });
    try {
      const feed = await spec.load({
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) this.#update(spec.key, { status: 'loading', progress });
        },
      });
      if (controller.signal.aborted) return;
      this.version++;
      this.#update(spec.key, { status: 'ready', feed });
    } catch (error) {
      if (controller.signal.aborted) return;
      // For the site owner; the person reads a plain sentence naming the source.
      console.warn(`Waymark: <waymark-event-calendar> could not load ${spec.name ?? spec.key}.`, error);
      this.#update(spec.key, { status: 'failed', error });
    } finally {
      if (this.#controllers.get(spec.key) === controller) this.#controllers.delete(spec.key);
    }
  }
}
