/**
 * The limits on a text field and the small helpers every text reader shares:
 * taking a field as a string cut to a budget before it is parsed, cutting
 * text at a word, and previewing a bad value for a console message. Kept
 * apart from the readers so that `read.ts` and `rich-text.ts` both build on
 * it without importing each other.
 */
import type { ItemProblems } from '../problems.js';

/** Longest name kept before it is cut (and reported). */
export const MAX_NAME_LENGTH = 300;
/** Longest description kept before it is cut (and reported): a 2 MB description must not reach the page. */
export const MAX_TEXT_LENGTH = 20_000;
/** How much of a field is parsed for every character kept: markup takes room that text does not. */
const PARSED_PER_KEPT = 4;

/**
 * A text field as the unparsed string a reader then parses, cut first to
 * four times `maxLength` so that a 2 MB field costs no more than its first
 * part. Pictures written into the markup (`src="data:image/png;base64,…"`,
 * 145 KB in one real feed) are emptied before the cut, so that the words
 * after them are kept. Numbers are accepted as text (ids often are);
 * anything else is reported. `cut` says whether the string was cut.
 */
export function unparsedText(
  value: unknown,
  problems: ItemProblems,
  field: string,
  maxLength: number,
): { source: string; cut: boolean } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
    problems.say('wrong-type', field, 'text', typeName(value));
    return undefined;
  }
  const source = withoutInlineData(String(value));
  const limit = maxLength * PARSED_PER_KEPT;
  const cut = source.length > limit;
  return { source: cut ? source.slice(0, limit) : source, cut };
}

/** Longer than this, a quoted `data:` value is emptied: no link or picture is kept from it anyway. */
const LONG_INLINE_DATA = 1000;

/**
 * The markup with every long quoted `data:` attribute value emptied, in one
 * pass from left to right (searches only go forward).
 */
export function withoutInlineData(markup: string): string {
  let at = markup.indexOf('data:');
  if (at === -1 || markup.length <= LONG_INLINE_DATA) return markup;
  const kept: string[] = [];
  let from = 0;
  while (at !== -1) {
    const quote = markup.charAt(at - 1);
    const close = quote === '"' || quote === "'" ? markup.indexOf(quote, at) : -1;
    if (close !== -1 && close - at > LONG_INLINE_DATA) {
      kept.push(markup.slice(from, at));
      from = close;
    }
    at = markup.indexOf('data:', close === -1 ? at + 5 : close);
  }
  kept.push(markup.slice(from));
  return kept.join('');
}

/** Any run of white space as one space, and none at either end. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text cut to `max` characters at a word where one is near, ending with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What a bad value is, for a console message: "null", "a list", "number 3". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${preview(value)}`;
}

/** A short, safe rendering of a bad value for a console message. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.stringify throws on very deeply nested values: a bad value must not break the reading.
    s = Array.isArray(value) ? 'a list' : 'an object';
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
