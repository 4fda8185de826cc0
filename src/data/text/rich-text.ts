/**
 * Markup in directory text, read without a DOM (this runs in workers and in
 * Node too) and never executed: what comes out is text, never HTML.
 */
import type { RichBlock, RichInline } from '../model.js';
import type { ItemProblems } from '../problems.js';
import { MAX_TEXT_LENGTH, cutAtWord, preview, unparsedText } from './bounded-text.js';
import { safeUrl } from './contact-links.js';
import { HEADING, LINE_BREAK, LIST_ITEM, type Description, type TextReader } from './markup-check.js';
import { decodeEntities } from './plain-or-rich.js';

// ---------------------------------------------------------------------------
// Markup read into `RichText` blocks, keeping a small allow-list.
// ---------------------------------------------------------------------------

/** Where text came from inside the markup: bold, italic, or a link already checked. */
interface Style {
  readonly strong: boolean;
  readonly emphasis: boolean;
  readonly href?: string;
}

const PLAIN: Style = { strong: false, emphasis: false };
const SPACES = /\s+/g;
const NOT_SPACE = /\S/;

/** Collects paragraphs and lists as a reader walks through markup, keeping to a length budget. */
class BlockBuilder {
  readonly blocks: RichBlock[] = [];
  #runs: { text: string; style: Style }[] = [];
  #list: { ordered: boolean; items: RichInline[][]; depth: number } | undefined;
  #length = 0;
  #pendingBreak = false;
  /** True once the budget is spent: the rest of the input is not read. */
  full = false;

  constructor(readonly budget: number) {}

  text(text: string, style: Style): void {
    if (this.full || text === '') return;
    if (NOT_SPACE.test(text)) this.#pendingBreak = false;
    let kept = text;
    if (this.#length + kept.length > this.budget) {
      kept = kept.slice(0, Math.max(0, this.budget - this.#length));
      this.full = true;
    }
    this.#length += kept.length;
    this.#runs.push({ text: kept, style });
  }

  /** A `<br>`: a space, but two in a row end the paragraph. */
  lineBreak(): void {
    if (this.#pendingBreak) {
      this.endBlock();
      return;
    }
    this.text(' ', PLAIN);
    this.#pendingBreak = true;
  }

  /** Ends the paragraph, or the list item when inside a list. */
  endBlock(): void {
    this.#pendingBreak = false;
    const content = finishRuns(this.#runs);
    this.#runs = [];
    if (content.length === 0) return;
    if (this.#list) this.#list.items.push(content);
    else this.blocks.push({ kind: 'paragraph', content });
  }

  /** A list inside a list is read as more items of the outer one: two levels are more than a description needs. */
  startList(ordered: boolean): void {
    this.endBlock();
    if (this.#list) this.#list.depth++;
    else this.#list = { ordered, items: [], depth: 1 };
  }

  endList(): void {
    this.endBlock();
    const list = this.#list;
    if (!list || --list.depth > 0) return;
    this.#list = undefined;
    if (list.items.length > 0) this.blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
  }

  startItem(): void {
    if (this.#list) this.endBlock();
    else this.startList(false);
  }

  finish(): RichBlock[] {
    if (this.full) this.#runs.push({ text: '…', style: PLAIN });
    this.endBlock();
    while (this.#list) this.endList();
    return this.blocks;
  }
}

/** Runs of text as inline pieces: white space folded across runs, ends trimmed, neighbours of one style joined. */
function finishRuns(runs: readonly { text: string; style: Style }[]): RichInline[] {
  const pieces: { text: string; style: Style }[] = [];
  let endsInSpace = true;
  for (const run of runs) {
    let text = run.text.replace(SPACES, ' ');
    if (endsInSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    endsInSpace = text.endsWith(' ');
    const last = pieces[pieces.length - 1];
    if (last && sameStyle(last.style, run.style)) last.text += text;
    else pieces.push({ text, style: run.style });
  }
  const last = pieces[pieces.length - 1];
  if (last) last.text = last.text.trimEnd();
  const inline: RichInline[] = [];
  for (const { text, style } of pieces) {
    if (text === '') continue;
    if (style.href !== undefined) inline.push({ kind: 'link', text, href: style.href });
    else
      inline.push({
        kind: 'text',
        text,
        ...(style.strong && { strong: true }),
        ...(style.emphasis && { emphasis: true }),
      });
  }
  return inline;
}

function sameStyle(a: Style, b: Style): boolean {
  return a.strong === b.strong && a.emphasis === b.emphasis && a.href === b.href;
}

/** Reports what a reader had to leave out, each kind once per field. */
interface Reporter {
  unsafeLink(href: string): void;
  removedMarkup(what: string): void;
}

// --- HTML -------------------------------------------------------------------

const HTML_DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);
/** One closing-tag finder per dropped element, compiled once. */
const HTML_DROPPED_END = new Map([...HTML_DROPPED].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));
const HTML_BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'blockquote',
  'pre',
  'table',
  'tr',
  'hr',
  'address',
  'figure',
  'dl',
  'form',
  'fieldset',
  'center',
]);
const HTML_HEADING = /^h[1-6]$/;
const HTML_SPACED = new Set(['td', 'th', 'dt', 'dd', 'img', 'figcaption']);
const TAG_START = /[a-z/!?]/i;
const LETTER = /[a-z]/i;

/** A tag as a browser's tokenizer reads it. */
interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** The first value of each attribute: a browser ignores later duplicates. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Just after its ">". */
  readonly end: number;
}

function isTagSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

/**
 * Reads the tag whose name starts at `from` (just after "<" or "</") as the
 * HTML tokenizer does: a ">" inside a quoted value does not end it, and the
 * first of two attributes of one name is the one that counts. Undefined when
 * the input ends inside the tag (a browser drops such a tag). One pass.
 */
function readTag(html: string, from: number, closing: boolean): Tag | undefined {
  const n = html.length;
  let i = from;
  while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) !== '/' && html.charAt(i) !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (i < n && (isTagSpace(html.charAt(i)) || html.charAt(i) === '/')) {
      selfClosing = html.charAt(i) === '/';
      i++;
    }
    if (i >= n) return undefined;
    if (html.charAt(i) === '>') return { name, closing, selfClosing, attributes, end: i + 1 };
    selfClosing = false;
    // An attribute name runs to a space, "/", ">" or "="; its first character may be "=".
    const nameStart = i++;
    while (i < n && !isTagSpace(html.charAt(i)) && !'/>='.includes(html.charAt(i))) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    while (i < n && isTagSpace(html.charAt(i))) i++;
    let value = '';
    if (html.charAt(i) === '=') {
      i++;
      while (i < n && isTagSpace(html.charAt(i))) i++;
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) !== '>') i++;
        value = html.slice(start, i);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
}

/**
 * Walks HTML once, left to right, without a DOM: every search starts where the
 * last one ended. The text between tags goes to `readBetweenTags`.
 */
function readHtml(
  html: string,
  out: BlockBuilder,
  report: Reporter,
  readBetweenTags: (text: string, style: Style) => void,
): void {
  const n = html.length;
  let strong = 0;
  let emphasis = 0;
  let href: string | undefined;
  let inItem = false;
  const style = (): Style => ({ strong: strong > 0, emphasis: emphasis > 0, ...(href !== undefined && { href }) });
  let i = 0;
  while (i < n && !out.full) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) readBetweenTags(html.slice(i, textEnd), style());
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (!TAG_START.test(html.charAt(lt + 1))) {
      out.text('<', style());
      i = lt + 1;
      continue;
    }
    const next = html.charAt(lt + 1);
    const closing = next === '/';
    if (next === '!' || next === '?' || (closing && !LETTER.test(html.charAt(lt + 2)))) {
      // "<!DOCTYPE ...>", "<?xml ...?>" and "</ x>" are bogus comments to a browser: skipped to the next ">".
      const gt = html.indexOf('>', lt);
      i = gt === -1 ? n : gt + 1;
      continue;
    }
    const tag = readTag(html, lt + (closing ? 2 : 1), closing);
    // A tag the input ends inside is cut-off markup, not text.
    if (tag === undefined) break;
    i = tag.end;
    const name = tag.name;
    if (!closing && [...tag.attributes.keys()].some((attribute) => attribute.startsWith('on')))
      report.removedMarkup('an event-handler attribute');
    if (HTML_DROPPED.has(name)) {
      if (closing) continue;
      report.removedMarkup(`a <${name}> element`);
      const end = HTML_DROPPED_END.get(name);
      if (!end || tag.selfClosing) continue;
      end.lastIndex = i;
      i = end.exec(html) ? end.lastIndex : n;
      continue;
    }
    if (name === 'br') out.lineBreak();
    else if (name === 'ul' || name === 'ol') {
      if (closing) out.endList();
      else out.startList(name === 'ol');
      inItem = false;
    } else if (name === 'li') {
      if (closing) out.endBlock();
      else out.startItem();
      inItem = !closing;
    } else if (name === 'strong' || name === 'b') strong = Math.max(0, strong + (closing ? -1 : 1));
    else if (name === 'em' || name === 'i') emphasis = Math.max(0, emphasis + (closing ? -1 : 1));
    else if (name === 'a') href = closing ? undefined : linkTarget(tag, report);
    else if (HTML_HEADING.test(name)) {
      // A heading reads as a paragraph of its own, in bold.
      if (!inItem) out.endBlock();
      strong = Math.max(0, strong + (closing ? -1 : 1));
    } else if (HTML_BLOCK.has(name)) {
      if (inItem) out.text(' ', PLAIN);
      else out.endBlock();
    } else if (HTML_SPACED.has(name)) out.text(' ', PLAIN);
  }
}

function linkTarget(tag: Tag, report: Reporter): string | undefined {
  const attribute = tag.attributes.get('href');
  if (attribute === undefined) return undefined;
  const raw = decodeEntities(attribute);
  const href = safeUrl(raw, true);
  if (href === undefined) report.unsafeLink(raw);
  return href;
}

// --- Markdown-lite ------------------------------------------------------------

const INDENTED = /^\s/;

/** Reads paragraphs (blank-line separated), `-`/`*`/`1.` lists and `#` headings; inline marks per block. */
function readMarkdown(text: string, out: BlockBuilder, report: Reporter): void {
  let pending = '';
  let inList = false;
  let listOrdered = false;
  let afterBlank = false;
  let headingStyle = PLAIN;
  const flush = (): void => {
    if (pending.trim() !== '') readInline(pending, out, headingStyle, report);
    pending = '';
    headingStyle = PLAIN;
    out.endBlock();
  };
  const endList = (): void => {
    if (!inList) return;
    out.endList();
    inList = false;
  };
  for (const line of text.split(LINE_BREAK)) {
    if (out.full) break;
    if (line.trim() === '') {
      // A blank line ends the paragraph or item; the list goes on if the next line is an item.
      flush();
      afterBlank = true;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const ordered = item[1] !== undefined;
      // A list of the other kind straight after this one is a new list.
      if (inList && ordered !== listOrdered) endList();
      if (!inList) {
        out.startList(ordered);
        inList = true;
        listOrdered = ordered;
      }
      pending = line.slice(item[0].length);
      afterBlank = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      endList();
      pending = line.slice(heading[0].length);
      headingStyle = { strong: true, emphasis: false };
      flush();
      afterBlank = false;
      continue;
    }
    // An indented line inside a list carries on its item; anything else ends the list.
    if (inList && (afterBlank || !INDENTED.test(line))) {
      flush();
      endList();
    }
    afterBlank = false;
    pending += ` ${line.trim()}`;
  }
  flush();
  endList();
}

const STAR = 42;
const UNDERSCORE = 95;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const ESCAPABLE = new Set(['*', '_', '[', ']', '(', ')', '\\', '#', '-']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Closer = '**' | '__' | '*' | '_' | '](' | ')';

/**
 * For each kind of closing mark, the next place it occurs from any position,
 * built once per text in one backward pass: finding a closer is then constant
 * time, so unclosed marks ("*a *b *c ...") cost nothing extra.
 */
class Closers {
  readonly #tables = new Map<Closer, Int32Array>();
  constructor(readonly text: string) {}

  next(kind: Closer, from: number): number {
    let table = this.#tables.get(kind);
    if (!table) {
      table = this.#build(kind);
      this.#tables.set(kind, table);
    }
    return from < table.length ? (table[from] ?? -1) : -1;
  }

  #build(kind: Closer): Int32Array {
    const s = this.text;
    const table = new Int32Array(s.length);
    let next = -1;
    for (let j = s.length - 1; j >= 0; j--) {
      if (closesAt(s, j, kind)) next = j;
      table[j] = next;
    }
    return table;
  }
}

function closesAt(s: string, j: number, kind: Closer): boolean {
  const before = s.charAt(j - 1);
  switch (kind) {
    case '**':
    case '__': {
      const mark = kind.charAt(0);
      return (
        s.charAt(j) === mark &&
        s.charAt(j + 1) === mark &&
        before.trim() !== '' &&
        (mark === '*' || !WORD_CHAR.test(s.charAt(j + 2)))
      );
    }
    case '*':
    case '_': {
      const after = s.charAt(j + 1);
      return (
        s.charAt(j) === kind &&
        before.trim() !== '' &&
        before !== kind &&
        after !== kind &&
        (kind === '*' || !WORD_CHAR.test(after))
      );
    }
    case '](':
      return s.charAt(j) === ']' && s.charAt(j + 1) === '(';
    case ')':
      return s.charAt(j) === ')';
  }
}

/** Inline marks in one block: `**strong**`, `*em*`/`_em_`, `[text](url)`, `\` escapes. */
function readInline(s: string, out: BlockBuilder, style: Style, report: Reporter): void {
  const closers = new Closers(s);
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) out.text(decodeEntities(s.slice(textStart, end)), style);
  };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH && ESCAPABLE.has(s.charAt(i + 1))) {
      flushText(i);
      textStart = i + 1;
      i += 2;
      continue;
    }
    if (c === STAR || c === UNDERSCORE) {
      const mark = s.charAt(i);
      const double = s.charAt(i + 1) === mark;
      const width = double ? 2 : 1;
      const opens =
        s.charAt(i + width).trim() !== '' &&
        (mark === '*' || !WORD_CHAR.test(s.charAt(i - 1))) &&
        !(double ? style.strong : style.emphasis);
      if (opens) {
        const close = closers.next((double ? mark + mark : mark) as Closer, i + width + 1);
        if (close !== -1) {
          flushText(i);
          const inner = double ? { ...style, strong: true } : { ...style, emphasis: true };
          readInline(s.slice(i + width, close), out, inner, report);
          i = close + width;
          textStart = i;
          continue;
        }
      }
      // An unmatched mark is text; skip the pair so "**" is not read as two singles.
      i += width;
      continue;
    }
    if (c === OPEN_BRACKET && style.href === undefined) {
      const middle = closers.next('](', i + 1);
      let end = middle === -1 ? -1 : closers.next(')', middle + 2);
      // A URL may hold balanced parentheses ("javascript:alert(1)"): its own ")" does not end the link.
      for (let depth = 0; end !== -1 && depth < 3 && hasOpenParenthesis(s, middle + 2, end); depth++) {
        const further = closers.next(')', end + 1);
        if (further === -1) break;
        end = further;
      }
      if (end !== -1) {
        flushText(i);
        const label = trimMarks(s.slice(i + 1, middle));
        const target = linkDestination(s.slice(middle + 2, end));
        const href = safeUrl(target, true);
        if (href === undefined) {
          report.unsafeLink(target);
          out.text(decodeEntities(label), style);
        } else out.text(decodeEntities(label.trim() === '' ? target : label), { ...style, href });
        i = end + 1;
        textStart = i;
        continue;
      }
    }
    i++;
  }
  flushText(s.length);
}

/** The label without the emphasis marks around it ("**Book**"), by a loop: a regex here took seconds on 80,000 "*". */
function trimMarks(label: string): string {
  let start = 0;
  let end = label.length;
  while (start < end && isMark(label.charCodeAt(start))) start++;
  while (end > start && isMark(label.charCodeAt(end - 1))) end--;
  return label.slice(start, end);
}

function isMark(code: number): boolean {
  return code === STAR || code === UNDERSCORE;
}

/** The address of a Markdown link without its title: `<url> "title"`, `url "title"`, `url 'title'`, `url (title)`. */
function linkDestination(target: string): string {
  const t = target.trim();
  if (t.startsWith('<')) {
    const close = t.indexOf('>');
    if (close !== -1) return t.slice(1, close);
  }
  let space = 0;
  while (space < t.length && !isTagSpace(t.charAt(space))) space++;
  const title = t.slice(space).trimStart();
  return space < t.length && (title.startsWith('"') || title.startsWith("'") || title.startsWith('('))
    ? t.slice(0, space)
    : t;
}

/** Whether s[from..to) opens more parentheses than it closes. */
function hasOpenParenthesis(s: string, from: number, to: number): boolean {
  let open = 0;
  for (let j = from; j < to; j++) {
    const c = s.charAt(j);
    if (c === '(') open++;
    else if (c === ')') open--;
  }
  return open > 0;
}

// --- The reader ----------------------------------------------------------------

const LOOKS_LIKE_HTML = /<[a-z!/?]/i;

/**
 * A description that may carry HTML or Markdown-lite, read into plain text and,
 * when there is structure worth keeping (more than one paragraph, a list or a
 * link), `RichText` blocks. Only paragraphs, lists, strong, emphasis and links
 * to `http:`, `https:`, `mailto:` or `tel:` survive; everything else is text,
 * and script and style content is dropped.
 *
 * Reading time grows in proportion to the length of the input: every search
 * starts where the last one ended or looks up a table built in one pass, and
 * marks nest at most three deep (strong, emphasis, link), so no character is
 * read more than a few times. No regular expression with overlapping repeats
 * runs over the text. `test/data/text/rich-text.test.ts` measures the growth.
 */
export function readRichText(value: unknown, problems: ItemProblems, field: string): Description {
  const input = unparsedText(value, problems, field, MAX_TEXT_LENGTH);
  return input ? richTextOf(input, problems, field) : {};
}

/** `readRichText` for a field already taken as text by `unparsedText`. */
function richTextOf(input: { source: string; cut: boolean }, problems: ItemProblems, field: string): Description {
  const raw = input.source;
  let tooLong = input.cut;

  const report: Reporter = {
    unsafeLink: (href) =>
      problems.report('unsafe-url', field, `a link to "${preview(href)}" is not one we can follow; kept as text.`),
    removedMarkup: (what) => problems.report('markup-removed', field, `contained ${what}, removed.`),
  };
  const out = new BlockBuilder(MAX_TEXT_LENGTH);
  // Feeds mix Markdown into HTML ("**Free** <br> [Book](...)"): text between tags is read for inline marks too.
  if (LOOKS_LIKE_HTML.test(raw)) readHtml(raw, out, report, (text, style) => readInline(text, out, style, report));
  else readMarkdown(raw, out, report);
  const blocks = out.finish();
  tooLong ||= out.full;

  let text = blocksAsOneLine(blocks);
  if (text.length > MAX_TEXT_LENGTH) {
    tooLong = true;
    text = cutAtWord(text, MAX_TEXT_LENGTH);
  }
  if (tooLong) problems.say('too-long', field, 'long', MAX_TEXT_LENGTH);
  if (text === '') return {};
  return worthKeeping(blocks) ? { text, rich: { text, blocks } } : { text };
}

/**
 * The words of an HTML fragment as one line of plain text: read as a
 * description is, without Markdown marks, links or limits, then flattened.
 */
export function htmlAsOneLine(html: string): string {
  const out = new BlockBuilder(Infinity);
  readHtml(html, out, IGNORED, (text, style) => out.text(decodeEntities(text), style));
  return blocksAsOneLine(out.finish());
}

const IGNORED: Reporter = { unsafeLink: () => undefined, removedMarkup: () => undefined };

/** The words of read blocks, paragraphs and list items alike, as one line. */
function blocksAsOneLine(blocks: readonly RichBlock[]): string {
  const line = (content: readonly RichInline[]): string => content.map((piece) => piece.text).join('');
  const texts = blocks.map((block) => (block.kind === 'paragraph' ? line(block.content) : block.items.map(line)));
  return texts.flat().join(' ').replace(SPACES, ' ').trim();
}

function worthKeeping(blocks: readonly RichBlock[]): boolean {
  if (blocks.length > 1) return true;
  const only = blocks[0];
  if (!only) return false;
  return only.kind === 'list' || only.content.some((piece) => piece.kind === 'link');
}

/** The markup reader, for `useTextReader` in `plain-or-rich.ts`. */
export const textReader: TextReader = { richTextOf, htmlAsOneLine };
