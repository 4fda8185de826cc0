/**
 * The directory's address as a site gives it in `src`, made into the base every
 * request is built on. Sites paste what their directory's documentation shows:
 * - the API's base (`https://example.org/api/v3`), as Waymark asks;
 * - the services list itself (`…/api/v3/services`), which is taken as its base;
 * - an address with a query, most often an API key (`…/api?key=abc`): the query
 *   goes with every request, root, lists and records alike.
 */

export interface ApiAddress {
  /** The base, absolute, ending in `/`, without query or fragment. */
  readonly base: string;
  /** The query `src` carried, sent with every request. */
  readonly query: readonly (readonly [string, string])[];
}

/** `src` (absolute) as a base and a query. */
export function apiAddress(src: string): ApiAddress {
  const url = new URL(src);
  const query = [...url.searchParams];
  url.search = '';
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/services$/i, '')}/`;
  return { base: url.href, query };
}

/** The address of `path` below the base, with the site's query and then the request's own parameters. */
export function requestAddress(
  address: ApiAddress,
  path: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const url = new URL(path, address.base);
  for (const [name, value] of address.query) url.searchParams.append(name, value);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
