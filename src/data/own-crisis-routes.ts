/**
 * A site's own crisis routes, from JSON. Apart from the defaults in `crisis-routes.ts`, so that
 * a page that keeps the defaults does not download this: the referral form loads it on demand.
 */
import type { CrisisRoute } from './crisis-routes.js';
import { isObject } from './json.js';

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
