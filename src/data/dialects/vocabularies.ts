/**
 * Taxonomy terms, sorted three ways: most are categories; terms from a
 * how-to-join vocabulary say how a person starts going (`JoinMethod`), and
 * terms from an attending-type vocabulary say how they take part
 * (`AttendingType`). ORUK 1.0's `attending_access` and `attending_type`
 * fields use the same words, so they are read here too.
 */
import { compact, type AttendingType, type Category, type JoinMethod, type Location } from '../model.js';
import type { ItemProblems } from '../problems.js';
import { preview, readId, readName, readPlainText } from '../text/read.js';

// The vocabularies' codes, and the plain names directories give the same terms ("Refer yourself").
const JOIN_WORDS: Readonly<Record<string, JoinMethod>> = {
  'drop-in': 'drop-in',
  dropin: 'drop-in',
  'self-referral': 'self-refer',
  'self-refer': 'self-refer',
  'refer-yourself': 'self-refer',
  referral: 'referral',
  'referral-needed': 'referral',
  'referral-required': 'referral',
  'by-referral': 'referral',
  appointment: 'appointment',
  'by-appointment': 'appointment',
  membership: 'membership',
};

const ATTENDING_WORDS: Readonly<Record<string, AttendingType>> = {
  venue: 'in-person',
  'in-person': 'in-person',
  'face-to-face': 'in-person',
  online: 'online',
  phone: 'phone',
  telephone: 'phone',
  'by-phone': 'phone',
  'home-visit': 'home-visit',
};

const SEPARATORS = /[\s_]+/g;

/** "Drop in", "drop_in", "DROP-IN" → "drop-in". */
function wordKey(word: string): string {
  return word.trim().toLowerCase().replace(SEPARATORS, '-');
}

/** A table lookup that never reaches Object.prototype ("constructor", "__proto__" are not words). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function fromTable<T>(table: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  return word === undefined ? undefined : lookup(table, wordKey(word));
}

export function joinMethodOf(word: string | undefined): JoinMethod | undefined {
  return fromTable(JOIN_WORDS, word);
}

export function attendingTypeOf(word: string | undefined): AttendingType | undefined {
  return fromTable(ATTENDING_WORDS, word);
}

export type Vocabulary = 'how-to-join' | 'attending';

const JOIN_TAXONOMY_ID = 'waymark-how-to-join';
const ATTENDING_TAXONOMY_ID = 'waymark-attending';
const JOIN_TAXONOMY_NAME = /attending[\s_-]*access|how[\s_-]*to[\s_-]*join/i;
const ATTENDING_TAXONOMY_NAME = /attending[\s_-]*type|how[\s_-]*you[\s_-]*take[\s_-]*part/i;

/** Which special vocabulary a taxonomy is, by its id or its name; undefined for an ordinary one. */
export function vocabularyOf(...ids: unknown[]): Vocabulary | undefined {
  for (const value of ids) {
    if (typeof value !== 'string') continue;
    const v = value.trim().toLowerCase();
    if (v === JOIN_TAXONOMY_ID || JOIN_TAXONOMY_NAME.test(v)) return 'how-to-join';
    if (v === ATTENDING_TAXONOMY_ID || ATTENDING_TAXONOMY_NAME.test(v)) return 'attending';
  }
  return undefined;
}

/** A taxonomy term, its fields picked out by the dialect but not yet checked. */
export interface RawTerm {
  readonly id: unknown;
  readonly name: unknown;
  readonly code?: unknown;
  readonly parentId?: unknown;
  readonly taxonomyId?: unknown;
  /** The taxonomy's or vocabulary's name, which may mark a special vocabulary. */
  readonly taxonomyName?: unknown;
  readonly description?: unknown;
}

/** What a service's terms say, each once. */
export class ServiceTerms {
  readonly #categories = new Map<string, Category>();
  readonly howToJoin = new Set<JoinMethod>();
  readonly attending = new Set<AttendingType>();

  get categories(): Category[] {
    return [...this.#categories.values()];
  }

  /** Sorts one term into categories, how to join or how to take part; bad terms are reported and left out. */
  add(raw: RawTerm, problems: ItemProblems, field: string): void {
    const vocabulary = vocabularyOf(raw.taxonomyId, raw.taxonomyName);
    if (vocabulary) {
      // The code says it best ("drop-in"); some feeds only name the term ("Drop in") or use the word as its id.
      const words = [raw.code, raw.name, raw.id].filter((v): v is string => typeof v === 'string');
      const read = vocabulary === 'how-to-join' ? joinMethodOf : attendingTypeOf;
      const found = words.map(read).find((value) => value !== undefined);
      if (found === undefined) {
        problems.say('invalid-value', field, 'term', preview(words[0] ?? raw.id), vocabulary);
      } else if (vocabulary === 'how-to-join') this.howToJoin.add(found as JoinMethod);
      else this.attending.add(found as AttendingType);
      return;
    }
    const category = readCategory(raw, problems, field);
    if (category && !this.#categories.has(category.id)) this.#categories.set(category.id, category);
  }
}

/**
 * A taxonomy term as a `Category`: without an id it is reported against the
 * item it was found in (`problems`, at `field`); without a name, against the
 * term itself.
 */
export function readCategory(raw: RawTerm, problems: ItemProblems, field: string): Category | undefined {
  const id = readId(raw.id);
  if (id === undefined) {
    problems.say('missing-id', `${field}.id`, 'term-id');
    return undefined;
  }
  const term = problems.log.for('category', id);
  const name = readName(raw.name, term, 'name');
  if (name === undefined) {
    term.say('missing-name', 'name', 'term-name');
    return undefined;
  }
  const parentId = readId(raw.parentId);
  return compact<Category>({
    id,
    name,
    parentId: parentId === id ? undefined : parentId,
    taxonomyId: readId(raw.taxonomyId),
    code: readName(raw.code, term, 'code'),
    description: readPlainText(raw.description, term, 'description'),
  });
}

/** Clear words in free text about how people take part ("in person or by video call"). */
const ATTENDING_HINTS: readonly (readonly [AttendingType, RegExp])[] = [
  ['in-person', /\bin[- ]person\b|\bface[- ]to[- ]face\b|\bvenue\b/i],
  ['online', /\bonline\b|\bvideo\b|\bvirtual(?:ly)?\b|\bremote(?:ly)?\b/i],
  ['phone', /\b(?:by|over the) (?:tele)?phone\b|\b(?:tele)?phone calls?\b/i],
  ['home-visit', /\bhome[- ]visits?\b/i],
];

/** How people take part, from a schedule's `attending_type` words; a bare code ("phone") counts too. */
export function attendingFromWords(text: string | undefined): AttendingType[] {
  if (!text) return [];
  const exact = attendingTypeOf(text);
  if (exact) return [exact];
  return ATTENDING_HINTS.filter(([, words]) => words.test(text)).map(([type]) => type);
}

/** When a feed says nothing about how people take part: an online place means online, a real place in person. */
export function attendingFromPlaces(locations: readonly Location[]): AttendingType[] {
  const found = new Set<AttendingType>();
  for (const location of locations) {
    if (location.kind === 'virtual') found.add('online');
    else if (location.kind === 'physical' && (location.point || location.address)) found.add('in-person');
  }
  return [...found];
}
