/**
 * What the finder does and says when a place cannot be used: "use my location" (the browser's
 * geolocation, and the words when a person refuses it or it cannot find them) and a postcode the
 * search could not use (not found, not a UK postcode, lookups unavailable). Loaded with `import()`
 * when a person asks for their location or a search finds a problem with a postcode, so a first
 * list does not carry it.
 */
import type { GeoPoint } from '../../data/model.js';
import { roundPoint } from '../../data/search/finder-query.js';
import type { Locale } from '../../i18n/catalogue.js';
import type { LocationStatus } from './search-panel.js';
import { viewsWords } from './views-words.js';

export type PostcodeProblem = 'not-found' | 'invalid' | 'unavailable';

/** Asks the browser where the person is: `found` gets the point rounded to about 100 m. */
export function locate(found: (near: GeoPoint) => void, failed: (status: LocationStatus) => void): void {
  navigator.geolocation.getCurrentPosition(
    (position) => found(roundPoint({ latitude: position.coords.latitude, longitude: position.coords.longitude })),
    (error) => failed(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
    { timeout: 15_000, maximumAge: 600_000 },
  );
}

/** Why the location is not used, in words, or undefined while there is no problem. */
export function locationWords(status: LocationStatus, locale: Locale): string | undefined {
  if (status === 'denied') return viewsWords(locale)('locationDenied');
  if (status === 'unavailable') return viewsWords(locale)('locationUnavailable');
  return undefined;
}

/** Why the postcode is not used, in words. */
export function postcodeWords(problem: PostcodeProblem, postcode: string, locale: Locale): string {
  const key =
    problem === 'not-found' ? 'postcodeNotFound' : problem === 'invalid' ? 'postcodeInvalid' : 'postcodeUnavailable';
  return viewsWords(locale)(key, { postcode: postcode.trim().toUpperCase() });
}

/**
 * Why an API that looks postcodes up itself refused one: the postcode lookup (its own chunk) says
 * whether the postcode exists; if it does, the directory's lookup is what is unavailable.
 */
export async function refusedPostcode(
  host: HTMLElement & { readonly postcodeApi?: string },
  postcode: string,
): Promise<PostcodeProblem> {
  const { lookupPostcode } = await import('../../data/search/geo.js');
  const lookup = await lookupPostcode(postcode, lookupOptions(host));
  return lookup.ok ? 'unavailable' : lookup.reason;
}

/** The finder's `postcode-api`, else its `<waymark-directory>`'s, as an absolute address. */
function lookupOptions(host: HTMLElement & { readonly postcodeApi?: string }): { apiBase?: string } {
  const base = host.postcodeApi ?? host.closest('waymark-directory')?.getAttribute('postcode-api') ?? undefined;
  if (!base) return {};
  try {
    return { apiBase: new URL(base, document.baseURI).href };
  } catch {
    return {};
  }
}
