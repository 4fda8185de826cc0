/**
 * How a directory client reaches the widgets: a `<waymark-directory>` provides
 * it through @lit/context, and each widget may name its own `src` instead.
 * Both paths turn attributes into a client here, so they agree on defaults,
 * on how a relative `src` resolves, and on what counts as a bad value.
 */
import { ContextRoot, createContext } from '@lit/context';
import { clientFor, type DirectoryClient, type DirectoryClientOptions } from '../../data/directory/client.js';
import { DIALECT_IDS, knownDialectId } from '../../data/dialects/ids.js';

/** A global symbol, so a page that loads Waymark twice (CDN and a bundle) still has one key. */
export const directoryContext = createContext<DirectoryClient | undefined>(Symbol.for('waymark.directory-client'));

const ROOT_ATTACHED = Symbol.for('waymark.context-root');

/**
 * Listens at the document for widgets that asked for a client before any
 * `<waymark-directory>` was defined, and asks again for them once one is:
 * custom elements may upgrade in any order.
 */
export function attachContextRoot(): void {
  const flags = globalThis as { [ROOT_ATTACHED]?: boolean };
  if (flags[ROOT_ATTACHED] || typeof document === 'undefined') return;
  new ContextRoot().attach(document.documentElement);
  flags[ROOT_ATTACHED] = true;
}

/** What a host page can set on `<waymark-directory>` or on a widget, as attributes give them. */
export interface DirectoryAttributes {
  readonly src?: string | null | undefined;
  readonly dialect?: string | null | undefined;
  readonly postcodeApi?: string | null | undefined;
  readonly cache?: string | null | undefined;
  readonly localThreshold?: number | null | undefined;
}

/**
 * The shared client for these attributes, or undefined without a usable
 * `src`. Bad values are warned about in the console and left out: a widget
 * keeps working with the defaults (warn, don't throw).
 */
export function clientForAttributes(tag: string, attributes: DirectoryAttributes): DirectoryClient | undefined {
  const { src, dialect, postcodeApi, cache, localThreshold } = attributes;
  if (!src) return undefined;
  const options: { -readonly [K in keyof DirectoryClientOptions]: DirectoryClientOptions[K] } = { src: '' };
  try {
    options.src = new URL(src, document.baseURI).href;
  } catch {
    console.warn(`Waymark: <${tag}> src="${src}" is not a web address, so no directory can be read.`);
    return undefined;
  }
  if (dialect) {
    if (knownDialectId(dialect)) options.dialect = dialect;
    else
      console.warn(
        `Waymark: <${tag}> dialect="${dialect}" is not a format Waymark reads ` +
          `(${DIALECT_IDS.join(', ')}); it will work out the format itself.`,
      );
  }
  if (postcodeApi) {
    try {
      options.postcodeApi = new URL(postcodeApi, document.baseURI).href;
    } catch {
      console.warn(`Waymark: <${tag}> postcode-api="${postcodeApi}" is not a web address; using the default.`);
    }
  }
  if (cache === 'session') options.cache = 'session';
  else if (cache && cache !== 'memory')
    console.warn(`Waymark: <${tag}> cache="${cache}" should be "memory" or "session"; using "memory".`);
  if (localThreshold !== undefined && localThreshold !== null) {
    if (Number.isFinite(localThreshold) && localThreshold >= 0) options.localThreshold = Math.floor(localThreshold);
    else console.warn(`Waymark: <${tag}> local-threshold should be a whole number of services; using the default.`);
  }
  return clientFor(options);
}
