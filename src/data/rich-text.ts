/**
 * Markup in directory text, read without a DOM (this runs in workers and in
 * Node too) and never executed: what comes out is text, never HTML.
 */

/** Elements whose content is never text a person should read. */
const DROPPED_CONTENT =
  /<(script|style|template|iframe|object|embed|noscript|svg|math|head|title)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const BLOCK_TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|hr)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>|<![^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  middot: '·',
  bull: '•',
};

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Lone surrogates, NUL and out-of-range code points become the replacement character.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The words of an HTML fragment as one line of plain text: script and style
 * content dropped, tags removed (block tags become spaces), entities decoded.
 */
export function plainText(html: string): string {
  return decodeEntities(
    html.replace(COMMENT, ' ').replace(DROPPED_CONTENT, ' ').replace(BLOCK_TAG, ' ').replace(ANY_TAG, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
