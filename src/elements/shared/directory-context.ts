/**
 * How a directory client reaches the widgets: a `<waymark-directory>` provides
 * it through @lit/context, and each widget may name its own `src` instead.
 * Both paths turn attributes into a client here, so they agree on defaults,
 * on how a relative `src` resolves, and on what counts as a bad value.
 */
import { createContext } from '@lit/context';
import { clientFor, type DirectoryClient, type DirectoryClientOptions } from '../../data/directory/client.js';
import { DIALECT_IDS, knownDialectId } from '../../data/dialects/ids.js';
import type { DirectoryWarning } from './directory-warnings.js';

/** A global symbol, so a page that loads Waymark twice (CDN and a bundle) still has one key. */
export const directoryContext = createContext<DirectoryClient | undefined>(Symbol.for('waymark.directory-client'));

/** Says in the console, once its words have loaded, that a value cannot be used and what is done instead. */
function warn(tag: string, attribute: DirectoryWarning, value: unknown): void {
  void import('./directory-warnings.js').then((words) =>
    words.warn(tag, attribute, String(value), DIALECT_IDS.join(', ')),
  );
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
 * `src`. Bad values are warned about in the console (a moment later: the
 * words load on demand) and left out: a widget keeps working with the
 * defaults (warn, don't throw).
 */
export function clientForAttributes(tag: string, attributes: DirectoryAttributes): DirectoryClient | undefined {
  const { src, dialect, postcodeApi, cache, localThreshold } = attributes;
  if (!src) return undefined;
  const options: { -readonly [K in keyof DirectoryClientOptions]: DirectoryClientOptions[K] } = { src: '' };
  try {
    options.src = new URL(src, document.baseURI).href;
  } catch {
    warn(tag, 'src', src);
    return undefined;
  }
  if (dialect) {
    if (knownDialectId(dialect)) options.dialect = dialect;
    else warn(tag, 'dialect', dialect);
  }
  if (postcodeApi) {
    try {
      options.postcodeApi = new URL(postcodeApi, document.baseURI).href;
    } catch {
      warn(tag, 'postcodeApi', postcodeApi);
    }
  }
  if (cache === 'session') options.cache = 'session';
  else if (cache && cache !== 'memory') warn(tag, 'cache', cache);
  if (localThreshold !== undefined && localThreshold !== null) {
    if (Number.isFinite(localThreshold) && localThreshold >= 0) options.localThreshold = Math.floor(localThreshold);
    else warn(tag, 'localThreshold', localThreshold);
  }
  return clientFor(options);
}
