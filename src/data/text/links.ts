/**
 * Links from untrusted text: only the ones a browser would follow to a web
 * page, an email or a phone call, written so that a site building HTML
 * strings from them cannot be broken (no quotes, no spaces in a web address).
 * Every check here walks its input once: no regular expression with
 * overlapping repeats runs over the feed's text.
 */

/** Longer than any real link; a longer value is junk or an attack. */
const MAX_LINK_LENGTH = 2048;
/** The longest email address SMTP carries. */
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const MAX_HOST_LENGTH = 253;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** A URL scheme at the start: bounded, so it costs the same whatever follows. */
const SCHEME = /^([a-z][a-z0-9+.-]{0,31}):/i;
const HOST_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;
const PORT = /^\d{1,5}$/;
/** The characters RFC 5322 allows unquoted in the part of an address before the "@". */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;

/** The link as written, control characters out, with its scheme in lower case; undefined when empty or too long. */
export function linkParts(value: string): { raw: string; scheme: string | undefined } | undefined {
  // Control characters inside a scheme are how "java\tscript:" slips past naive checks.
  const raw = value.replace(CONTROL, '').trim();
  if (raw === '' || raw.length > MAX_LINK_LENGTH) return undefined;
  return { raw, scheme: SCHEME.exec(raw)?.[1]?.toLowerCase() };
}

/**
 * The web address normalised if it is one a person may follow, else
 * undefined: `http:` or `https:` to a named host. One without a scheme
 * ("example.org", "http:www.example.org") gains "https://" when it starts with
 * a plausible host name. Never throws. `safeUrl` (`contact-links.ts`) also
 * takes `mailto:` and `tel:` links, for links in text.
 */
export function webUrl(value: string): string | undefined {
  const parts = linkParts(value);
  if (!parts) return undefined;
  const { raw, scheme } = parts;
  if (scheme === 'http' || scheme === 'https') {
    const rest = raw.slice(scheme.length + 1);
    // "http:www.example.org" and "https:/example.org" lost their slashes: read as addresses without a scheme.
    return rest.startsWith('//') ? webLink(raw) : hostLink(trimSlashes(rest));
  }
  // "example.org:8080/" reads as a scheme "example.org"; any other scheme ("javascript:") is refused.
  if (scheme !== undefined && !scheme.includes('.')) return undefined;
  return hostLink(raw.startsWith('//') ? raw.slice(2) : raw);
}

/** An email address as written if it is a valid one ("mailto:" removed), else undefined. */
export function emailAddress(value: string): string | undefined {
  let address = value.trim();
  if (address.slice(0, 7).toLowerCase() === 'mailto:') address = address.slice(7);
  if (address.length > MAX_EMAIL_LENGTH) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return undefined;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  return isPlausibleHost(domain) ? address : undefined;
}

/** Whether a host name could be a real one on the internet: dotted labels ending in a top-level name. */
export function isPlausibleHost(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  const labels = (host.endsWith('.') ? host.slice(0, -1) : host).split('.');
  const top = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label)) && TOP_LEVEL.test(top);
}

function webLink(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname !== 'localhost' && !url.hostname.includes('.')) return undefined;
  return quoteless(url.href);
}

/** "example.org/walks" as "https://example.org/walks", when what comes before the path is a plausible host. */
function hostLink(text: string): string | undefined {
  let end = text.length;
  for (const mark of ['/', '?', '#']) {
    const at = text.indexOf(mark);
    if (at !== -1 && at < end) end = at;
  }
  const authority = text.slice(0, end);
  const colon = authority.indexOf(':');
  const host = colon === -1 ? authority : authority.slice(0, colon);
  if (colon !== -1 && !PORT.test(authority.slice(colon + 1))) return undefined;
  if (!isPlausibleHost(host)) return undefined;
  return webLink(`https://${text}`);
}

function trimSlashes(text: string): string {
  let start = 0;
  while (text.charAt(start) === '/') start++;
  return text.slice(start);
}

/** A URL serialiser leaves "'" in paths; a site quoting attributes with it would break. */
function quoteless(href: string): string {
  return href.replaceAll("'", '%27');
}
