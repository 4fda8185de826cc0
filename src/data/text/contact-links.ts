/**
 * Links in text (`rich-text.ts`): web addresses as `links.ts` reads them, and
 * also `mailto:` with one valid address and `tel:` with a phone number, written
 * so that a site building HTML strings from them cannot be broken. Loaded with
 * the markup reader: a feed's own web address fields are never email or phone links.
 */
import { emailAddress, linkParts, webUrl } from './links.js';

/** What a phone link may hold: digits, spaces, "+", brackets and hyphens. */
const PHONE = /^[0-9 +()-]+$/;
/** Characters left as they are in a `mailto:` address; the rest are percent-encoded. */
const MAILTO_PLAIN = /[^A-Za-z0-9.@_+-]/gu;

/**
 * The link normalised if it is one a person may follow, else undefined: a web
 * address as `webUrl` takes it, and with `allowContact` a `mailto:` with one
 * valid address or a `tel:` with a phone number. Never throws.
 */
export function safeUrl(value: string, allowContact = false): string | undefined {
  const parts = allowContact ? linkParts(value) : undefined;
  if (parts?.scheme === 'mailto') return mailtoLink(parts.raw.slice(7));
  if (parts?.scheme === 'tel') return telLink(parts.raw.slice(4));
  return webUrl(value);
}

function mailtoLink(rest: string): string | undefined {
  // One address; a subject or body after "?" is left off rather than checked.
  const query = rest.indexOf('?');
  let address: string;
  try {
    address = decodeURIComponent(query === -1 ? rest : rest.slice(0, query));
  } catch {
    return undefined;
  }
  const valid = emailAddress(address);
  if (valid === undefined) return undefined;
  return `mailto:${valid.replace(MAILTO_PLAIN, percentEncoded)}`;
}

function percentEncoded(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c);
}

function telLink(rest: string): string | undefined {
  const number = rest.replaceAll('%20', ' ').trim();
  if (number.length > 40 || !PHONE.test(number)) return undefined;
  let digits = 0;
  for (const c of number) if (c >= '0' && c <= '9') digits++;
  return digits >= 3 ? `tel:${number}` : undefined;
}
