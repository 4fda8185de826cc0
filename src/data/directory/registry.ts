/**
 * The shared-client registry: two widgets naming the same directory with the
 * same options share one client, so the directory is loaded once. Clients are
 * held weakly: one lives as long as a widget or provider holds it, so a page
 * that changes `src` again and again does not keep every directory it read.
 */

/** Anything built from options with a `src`. */
export interface Registry<Options extends { readonly src: string }, Client extends object> {
  get(options: Options): Client;
}

export function registry<Options extends { readonly src: string }, Client extends object>(
  make: (options: Options) => Client,
  absolute: (src: string) => string,
): Registry<Options, Client> {
  const clients = new Map<string, WeakRef<Client>>();
  const forget = new FinalizationRegistry<string>((key) => {
    if (!clients.get(key)?.deref()) clients.delete(key);
  });
  const identities = new WeakMap<object, number>();
  let identitiesGiven = 0;
  const identity = (value: object): number => {
    let id = identities.get(value);
    if (id === undefined) {
      id = ++identitiesGiven;
      identities.set(value, id);
    }
    return id;
  };
  const keyOf = (options: Options): string =>
    JSON.stringify(
      Object.entries({ ...options, src: absolute(options.src) })
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, value]: [string, unknown]) => [
          name,
          typeof value === 'object' || typeof value === 'function' ? `#${identity(value as object)}` : value,
        ]),
    );
  return {
    get(options) {
      const key = keyOf(options);
      let client = clients.get(key)?.deref();
      if (!client) {
        client = make(options);
        clients.set(key, new WeakRef(client));
        forget.register(client, key);
      }
      return client;
    },
  };
}

/** `src` made absolute: against the page's address when there is a page, else it must be absolute already. */
export function absoluteUrl(src: string): string {
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(src, here);
  } catch {
    throw new TypeError(`Waymark: src "${src}" is not a web address.`);
  }
  url.hash = '';
  return url.href;
}
