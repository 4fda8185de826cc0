/**
 * Where a person in crisis should go instead of waiting for a link worker.
 * Defaults per UK nation (DOMAIN.md); every service can replace them with its
 * own, from a JSON attribute, so nothing here is fixed wording: the default
 * routes name catalogue keys, a site's own routes carry their own words.
 */
import { isObject } from './json.js';

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

export interface CrisisRoute {
  /** The sentence a person reads: a catalogue key for the defaults, else the site's own words. */
  readonly message: { readonly key: string } | { readonly text: string };
  /** A number to call: becomes a `tel:` link. */
  readonly call?: string;
  /** A text service: the word to send and the number to send it to (becomes an `sms:` link). */
  readonly text?: { readonly keyword: string; readonly number: string };
  /** A web page with more help. */
  readonly url?: string;
}

const EMERGENCY: CrisisRoute = { message: { key: 'crisisEmergency' }, call: '999' };
const SAMARITANS: CrisisRoute = { message: { key: 'crisisSamaritans' }, call: '116 123' };
const SHOUT: CrisisRoute = { message: { key: 'crisisShout' }, text: { keyword: 'SHOUT', number: '85258' } };

const URGENT: { readonly [n in Nation]: CrisisRoute } = {
  england: { message: { key: 'crisisNhs111England' }, call: '111' },
  wales: { message: { key: 'crisisNhs111Wales' }, call: '111' },
  scotland: { message: { key: 'crisisNhs24Scotland' }, call: '111' },
  'northern-ireland': { message: { key: 'crisisLifelineNi' }, call: '0808 808 8000' },
};

/** The default routes for a nation (England when unknown): 999, the urgent mental health line, Samaritans, Shout. */
export function defaultCrisisRoutes(nation: Nation = 'england'): readonly CrisisRoute[] {
  return [EMERGENCY, URGENT[nation] ?? URGENT.england, SAMARITANS, SHOUT];
}

export function isNation(value: unknown): value is Nation {
  return typeof value === 'string' && (NATIONS as readonly string[]).includes(value);
}

const PHONE = /^\+?[\d ()-]{3,20}$/;

/**
 * A site's own routes from JSON (`[{ "text": "Call our duty line", "call": "01623 000000" }]`),
 * or undefined when the value is not a list of readable routes. A route without words is skipped;
 * a number that is not a phone number is dropped rather than made into a link.
 */
export function readCrisisRoutes(value: unknown): readonly CrisisRoute[] | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(parsed)) return undefined;
  const routes: CrisisRoute[] = [];
  for (const item of parsed as unknown[]) {
    if (!isObject(item) || typeof item['text'] !== 'string' || !item['text'].trim()) continue;
    const call = typeof item['call'] === 'string' && PHONE.test(item['call'].trim()) ? item['call'].trim() : undefined;
    const sms = isObject(item['sms']) ? item['sms'] : undefined;
    const keyword = typeof sms?.['keyword'] === 'string' ? sms['keyword'].trim() : '';
    const number = typeof sms?.['number'] === 'string' ? sms['number'].trim() : '';
    const url =
      typeof item['url'] === 'string' && /^https:\/\/[^\s"'<>]+$/.test(item['url'].trim())
        ? item['url'].trim()
        : undefined;
    routes.push({
      message: { text: item['text'].trim() },
      ...(call ? { call } : {}),
      ...(keyword && PHONE.test(number) ? { text: { keyword, number } } : {}),
      ...(url ? { url } : {}),
    });
  }
  return routes.length ? routes : undefined;
}

/** The digits and `+` of a number, for `tel:` and `sms:` links. */
export function dialString(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
