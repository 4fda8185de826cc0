/**
 * Where a person in crisis should go instead of waiting for a link worker.
 * Defaults per UK nation (DOMAIN.md); every service can replace them with its
 * own, from a JSON attribute (read by `own-crisis-routes.ts`), so nothing here is fixed wording: the default
 * routes name catalogue keys, a site's own routes carry their own words.
 */
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

/** The digits and `+` of a number, for `tel:` and `sms:` links. */
export function dialString(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
