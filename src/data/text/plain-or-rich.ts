/**
 * Text fields read without the markup reader while no markup is in sight.
 *
 * Most directories send plain words. Reading HTML and Markdown takes the
 * biggest module of the data layer (`rich-text.ts`), so it is loaded only for
 * answers that carry markup: before reading an answer, the client calls
 * `loadTextReaderFor(body)`, which looks over every string in it (in one pass,
 * linear in its size) and downloads the markup reader when one of them needs
 * it. Text with no markup is read here, to exactly what the markup reader
 * would make of it; text with markup goes to the markup reader once loaded.
 *
 * Code that reads answers synchronously without the client (the readers
 * exported from `waymark/data`, the event feeds) calls `useTextReader` with
 * the markup reader first, so its results never depend on what loaded when.
 */
import type { ItemProblems } from '../problems.js';
import { MAX_TEXT_LENGTH, cutAtWord, foldSpace, unparsedText } from './bounded-text.js';
import { markupReaderInUse, plainDescription, type Description } from './markup-check.js';

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
  if (!text.includes('&')) return text;
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
 * A description that may carry HTML or Markdown-lite: see `readRichText` in
 * `rich-text.ts`. Plain words are read here, the same way.
 */
export function readDescription(value: unknown, problems: ItemProblems, field: string): Description {
  const input = unparsedText(value, problems, field, MAX_TEXT_LENGTH);
  if (!input) return {};
  const joined = plainDescription(input.source);
  if (joined === undefined) {
    const markupReader = markupReaderInUse();
    if (markupReader) return markupReader.richTextOf(input, problems, field);
    // Not reached through the client, which loads the markup reader first: the words, markup and all, as text.
  }
  // As the Markdown reader keeps one paragraph: entities decoded, cut at the length budget with "…", spaces folded.
  let words = decodeEntities(joined ?? input.source);
  let tooLong = input.cut;
  if (words.length > MAX_TEXT_LENGTH) {
    words = `${words.slice(0, MAX_TEXT_LENGTH)}…`;
    tooLong = true;
  }
  let text = foldSpace(words);
  if (text.length > MAX_TEXT_LENGTH) {
    tooLong = true;
    text = cutAtWord(text, MAX_TEXT_LENGTH);
  }
  if (tooLong) problems.say('too-long', field, 'long', MAX_TEXT_LENGTH);
  return text === '' ? {} : { text };
}

/** Text that may hold HTML as one line of plain words: see `htmlAsOneLine` in `rich-text.ts`. */
export function oneLine(raw: string): string {
  const markupReader = raw.includes('<') ? markupReaderInUse() : undefined;
  if (markupReader) return markupReader.htmlAsOneLine(raw);
  return foldSpace(decodeEntities(raw));
}
