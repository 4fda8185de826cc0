/**
 * Whether an answer needs the markup reader, and loading it when it does:
 * see `plain-or-rich.ts`. Small and free of the readers, so the client can
 * look at each answer before its reader (and maybe the markup reader) loads.
 * Likewise for the one other part of reading that most directories never
 * need: merging the records of a service met once per place.
 */
import { isObject } from '../json.js';
import type { RichText, Service } from '../model.js';
import type { ItemProblems } from '../problems.js';

/** What `rich-text.ts` offers: reading a description with markup, and an HTML fragment as one line. */
export interface TextReader {
  richTextOf(input: { source: string; cut: boolean }, problems: ItemProblems, field: string): Description;
  htmlAsOneLine(html: string): string;
}

export type Description = { text?: string; rich?: RichText };

let markupReader: TextReader | undefined;

/** The markup reader once in use. */
export function markupReaderInUse(): TextReader | undefined {
  return markupReader;
}

/** Makes the markup reader the one text fields with markup are read with. */
export function useTextReader(reader: TextReader): void {
  markupReader = reader;
}

/** Loads the markup reader when some text in `body` needs it; resolves at once otherwise. */
export async function loadTextReaderFor(body: unknown): Promise<void> {
  if (markupReader || !hasMarkup(body)) return;
  const { textReader } = await import('./rich-text.js');
  useTextReader(textReader);
}

type MergeAll = (records: readonly Service[]) => Service | undefined;

let mergeAll: MergeAll | undefined;

/** How the records of one service met on one page are merged, once in use (`directory/merge.ts`). */
export function mergeInUse(): MergeAll | undefined {
  return mergeAll;
}

/** Makes `merge` the way one service's records met on one page are merged. */
export function useMerge(merge: MergeAll): void {
  mergeAll = merge;
}

/**
 * Loads the merging of one service's records when `body` may list services through their places
 * (`/service_at_locations`: items with a `service` object, one per place, see `paging.ts`); resolves
 * at once otherwise. Lists of services, which most directories send, never need it.
 */
export async function loadMergeFor(body: unknown): Promise<void> {
  const lists = Array.isArray(body) ? [body] : isObject(body) ? Object.values(body).filter(Array.isArray) : [];
  if (mergeAll || !lists.some((items: unknown[]) => items.some((item) => isObject(item) && isObject(item['service']))))
    return;
  useMerge((await import('../directory/merge.js')).mergeAllServices);
}

/** Whether any string (value or key) anywhere in a JSON value would be read differently by the markup reader. */
export function hasMarkup(body: unknown): boolean {
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (needsMarkupReader(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (needsMarkupReader(key)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

function needsMarkupReader(text: string): boolean {
  return text.includes('<') || plainDescription(text) === undefined;
}

/** Shared with `rich-text.ts`, so that both read lines, list items and headings alike. */
export const LINE_BREAK = /\r\n?|\n/;
export const LIST_ITEM = /^\s{0,3}(?:[-*+]|(\d{1,3})[.)])\s+/;
export const HEADING = /^\s{0,3}#{1,6}\s+/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of a description with no markup, as one line, exactly as the
 * Markdown reader would join them: undefined when the text has anything the
 * markup reader would read otherwise (a tag, a mark, a list, a heading, a
 * second paragraph). One pass over the text.
 */
export function plainDescription(source: string): string | undefined {
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '<' || c === '*' || c === '[' || c === '\\') return undefined;
    // "_" can open emphasis only after something that is not a letter or digit.
    if (c === '_' && (i === 0 || !WORD_CHAR.test(source.charAt(i - 1)))) return undefined;
  }
  let joined = '';
  let paragraphEnded = false;
  for (const line of source.split(LINE_BREAK)) {
    if (line.trim() === '') {
      paragraphEnded = joined !== '';
      continue;
    }
    if (paragraphEnded || LIST_ITEM.test(line) || HEADING.test(line)) return undefined;
    joined += ` ${line.trim()}`;
  }
  return joined;
}
