/**
 * How the calendar reaches a directory without carrying the directory client
 * in its own script: the client arrives from a surrounding
 * `<waymark-directory>` (which has already loaded it), or is loaded on demand
 * for a calendar or `<waymark-source>` with its own `src`. A page showing only
 * an iCalendar feed never downloads it.
 */
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { DirectoryClient } from '../../data/directory/client.js';
import type { DirectoryErrorKind } from '../../data/directory/directory-error.js';
import { askAgainWhenProvided } from '../shared/ask-again.js';

// The same global key as `shared/directory-context.ts`, so both name one context.
const directoryContext = createContext<DirectoryClient | undefined>(Symbol.for('waymark.directory-client'));

/** The client of the nearest `<waymark-directory>`, whichever of the two upgrades first. */
export function consumeDirectory(
  host: ReactiveControllerHost & HTMLElement,
): ContextConsumer<typeof directoryContext, ReactiveControllerHost & HTMLElement> {
  const consumer = new ContextConsumer(host, { context: directoryContext, subscribe: true });
  askAgainWhenProvided(host, consumer, directoryContext);
  return consumer;
}

/** The shared client for a `src` and `dialect`, loaded on demand; undefined when `src` is unusable (warned). */
export async function clientForSource(tag: string, src: string, dialect?: string): Promise<DirectoryClient> {
  const { clientForAttributes } = await import('../shared/directory-context.js');
  const client = clientForAttributes(tag, { src, dialect });
  if (!client) throw new Error(`<${tag}> src="${src}" is not a web address`);
  return client;
}

/** The kind of a `DirectoryError`, read without loading the class. */
export function directoryErrorKind(error: unknown): DirectoryErrorKind | undefined {
  const e = error as { name?: unknown; kind?: unknown } | null;
  return e && e.name === 'DirectoryError' && typeof e.kind === 'string' ? (e.kind as DirectoryErrorKind) : undefined;
}
