/**
 * The local index: finds services by what a person types, forgiving typos,
 * narrows them with the exact filters, and sorts them by relevance, distance
 * or name. Built once for a directory small enough to hold.
 *
 * Each typed word is matched against the index's vocabulary (the words of
 * every service's name, categories, organisation, places and the start of
 * its description), not against whole services: fuse.js on whole records
 * took 40 to 200 ms a query over 5,000 services, far over a frame. Word by
 * word, the words of a query need not be next to each other or in the same
 * field, and each word's answer is kept, so a keystroke looks up only the
 * word being typed.
 *
 * A typo is measured as an edit distance that counts two swapped letters as
 * one slip, as people make them ("scuot"), which fuse.js's Bitap matcher
 * counts as two: with fuse.js, recall at 5 over 240 misspelled queries was
 * 86%, missing most swaps in short words (`npm run bench`).
 */
import type { DirectoryQuery } from '../dialects/dialect.js';
import { distanceMetres } from './distance.js';
import type { Category, GeoPoint, Service, ServiceLocation } from '../model.js';
import {
  CategoryTree,
  compileFilters,
  serviceFacts,
  type ServiceFacts,
  type ServiceFilters,
} from './service-filters.js';

export type { TimeOfDay } from './service-filters.js';

export interface SearchQuery extends DirectoryQuery, ServiceFilters {
  /** Default: 'relevance' when there is text, 'distance' when `near` is given, else 'name'. */
  readonly sort?: 'relevance' | 'distance' | 'name';
}

export interface SearchHit {
  readonly service: Service;
  /** 0 is best; present when the query had text. */
  readonly score?: number;
  /** Metres from `near` to its nearest place; present when `near` was given and it has a place. */
  readonly distance?: number;
  readonly nearest?: ServiceLocation;
}

/** The services that match some text (indices into the index's list), and each one's score. */
export interface TextMatches {
  readonly services: readonly number[];
  /** By service index; NaN where the service did not match. */
  readonly scores: Float64Array;
}

/** How much a match in each field costs, in the order name, category, organisation, place, description. */
const FIELD_COSTS = [0, 0.1, 0.2, 0.25, 0.3] as const;
const FIELD_BITS = 3;
const CATEGORY_FIELD = 1;
const DESCRIPTION_FIELD = 4;
/** Enough of a description to say what a service is, without long ones slowing or swamping the search. */
const DESCRIPTION_LENGTH = 300;
const PREFIX_COST = 0.05;
const INSIDE_COST = 0.15;
const TYPO_COST = 0.1;
/** What each slip adds to a typo's cost. */
const SLIP_COST = 0.1;
/** What a typo adds when only the start of the word matches: "lunv" is "lung" before it is "lunch". */
const TYPO_PREFIX_COST = 0.02;
/** Keeps every other score above an exact name's 0. */
const MATCH_FLOOR = 0.01;
/** A little for each word of the name, so "Lunch club" comes before "Forest Town lunch club". */
const NAME_WORD_COST = 0.0005;
/** Words this short are matched by their start only: "sh" is everywhere inside other words. */
const PREFIX_ONLY_LENGTH = 2;
/** A typed word this long or longer may hold two slips ("accomodaton"); shorter ones one. */
const TWO_SLIPS_LENGTH = 7;
/** Longer typed words are cut: no word a person types to find a group is longer. */
const LONGEST_WORD = 32;
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'near', 'of', 'on', 'or', 'the', 'to', 'with']);
const collator = new Intl.Collator('en-GB', { numeric: true });

export class SearchIndex {
  readonly size: number;
  readonly #services: readonly Service[];
  readonly #facts: readonly ServiceFacts[];
  /** Each service's place in the list sorted by name. */
  readonly #nameRank: Int32Array;
  readonly #foldedNames: readonly string[];
  readonly #nameWords: Uint8Array;
  readonly #words: WordIndex;
  readonly #termCosts = new RecentAnswers<Float64Array>(32);
  readonly #textMatches = new RecentAnswers<TextMatches>(8);
  /** Stand-ins when a query has no text or no point, so one comparison serves every sort. */
  readonly #unscored: Float64Array;
  readonly #nowhere: Float64Array;
  #distances: { readonly from: GeoPoint; readonly metres: Float64Array; readonly nearest: Int32Array } | undefined;

  constructor(services: readonly Service[], categories: readonly Category[] = []) {
    this.#services = services;
    this.size = services.length;
    const tree = new CategoryTree(categories, services);
    this.#facts = services.map((service) => serviceFacts(service, tree));
    const fields = services.map(searchFields);
    this.#foldedNames = fields.map(([name]) => name ?? '');
    this.#nameWords = Uint8Array.from(this.#foldedNames, (name) => Math.min(255, name.split(' ').length));
    this.#words = new WordIndex(fields);
    const byName = services.map((_, i) => i).sort((a, b) => collator.compare(nameOf(services, a), nameOf(services, b)));
    this.#nameRank = new Int32Array(services.length);
    this.#unscored = new Float64Array(services.length);
    this.#nowhere = new Float64Array(services.length).fill(Infinity);
    byName.forEach((service, rank) => (this.#nameRank[service] = rank));
  }

  search(query: SearchQuery): SearchHit[] {
    const folded = foldForSearch(query.text ?? '');
    const text = folded === '' ? undefined : this.#textMatchesFor(folded);
    const tests = compileFilters(query);
    const near = query.near;
    const distances = near ? this.#distancesFrom(near) : undefined;
    const proximity = near && query.proximity !== undefined && query.proximity > 0 ? query.proximity : Infinity;
    const metres = distances?.metres ?? this.#nowhere;

    const picked: number[] = [];
    const consider = (index: number): void => {
      const facts = this.#facts[index];
      if (!facts) return;
      for (const test of tests) if (!test(facts)) return;
      if (proximity !== Infinity && !((metres[index] ?? Infinity) <= proximity)) return;
      picked.push(index);
    };
    if (text) for (const index of text.services) consider(index);
    else for (let index = 0; index < this.size; index++) consider(index);

    const sort = query.sort ?? (text ? 'relevance' : near ? 'distance' : 'name');
    picked.sort(comparison(sort, text?.scores ?? this.#unscored, metres, this.#nameRank));
    const hits: SearchHit[] = [];
    for (const index of picked) {
      const service = this.#services[index];
      if (!service) continue;
      const score = text?.scores[index] ?? 0;
      const nearest = distances ? service.locations[distances.nearest[index] ?? -1] : undefined;
      const distance = metres[index] ?? Infinity;
      if (text) hits.push(nearest ? { service, score, distance, nearest } : { service, score });
      else hits.push(nearest ? { service, distance, nearest } : { service });
    }
    return hits;
  }

  /**
   * Finds the services whose words match every typed word. Protected so a
   * test can count how often the text step runs.
   */
  protected matchText(folded: string): TextMatches {
    const terms = termsOf(folded);
    const costs = terms.map((term) => this.#termCosts.get(term, () => this.#words.costs(term, this.size)));
    const scores = new Float64Array(this.size).fill(NaN);
    const services: number[] = [];
    next: for (let index = 0; index < this.size; index++) {
      let total = 0;
      for (const cost of costs) {
        const c = cost[index] ?? Infinity;
        if (c === Infinity) continue next;
        total += c;
      }
      scores[index] =
        this.#foldedNames[index] === folded
          ? 0
          : Math.min(1, MATCH_FLOOR + total / costs.length + NAME_WORD_COST * (this.#nameWords[index] ?? 0));
      services.push(index);
    }
    return { services, scores };
  }

  #textMatchesFor(folded: string): TextMatches {
    return this.#textMatches.get(folded, () => this.matchText(folded));
  }

  #distancesFrom(from: GeoPoint): { metres: Float64Array; nearest: Int32Array } {
    const known = this.#distances;
    if (known && known.from.latitude === from.latitude && known.from.longitude === from.longitude) return known;
    const metres = new Float64Array(this.size).fill(Infinity);
    const nearest = new Int32Array(this.size).fill(-1);
    this.#services.forEach((service, index) => {
      service.locations.forEach((place, p) => {
        const point = place.location.point;
        if (!point) return;
        const d = distanceMetres(from, point);
        if (d < (metres[index] ?? Infinity)) {
          metres[index] = d;
          nearest[index] = p;
        }
      });
    });
    this.#distances = { from, metres, nearest };
    return this.#distances;
  }
}

/**
 * Text in the one form both the index and a query are compared in: lower
 * case, no accents ("café" is "cafe"), no apostrophes ("Men's" is "mens"),
 * and any run of other punctuation, hyphens included, one space.
 */
export function foldForSearch(text: string): string {
  // Most directory text is plain ASCII: spare it the Unicode work, which is most of building an index.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_PUNCTUATION, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['‘’‛`´ʼ]/g, '')
    .replace(/[ßøłæœđ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_PUNCTUATION = /[^a-z0-9]+/g;
const UNDECOMPOSABLE: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd' };

/** Infinity - Infinity is NaN, which is falsy: two services without a place fall through to the next key. */
function comparison(
  sort: NonNullable<SearchQuery['sort']>,
  scores: Float64Array,
  metres: Float64Array,
  rank: Int32Array,
): (a: number, b: number) => number {
  const byScore = (a: number, b: number): number => (scores[a] ?? 0) - (scores[b] ?? 0);
  const byDistance = (a: number, b: number): number => (metres[a] ?? 0) - (metres[b] ?? 0);
  const byName = (a: number, b: number): number => (rank[a] ?? 0) - (rank[b] ?? 0);
  if (sort === 'relevance') return (a, b) => byScore(a, b) || byDistance(a, b) || byName(a, b);
  if (sort === 'distance') return (a, b) => byDistance(a, b) || byScore(a, b) || byName(a, b);
  return byName;
}

/** A service's searchable text, folded, in the order of FIELD_COSTS. */
function searchFields(service: Service): string[] {
  const places = service.locations.flatMap(({ location }) => [
    location.name ?? '',
    ...(location.address?.lines ?? []),
    location.address?.town ?? '',
  ]);
  return [
    service.name,
    service.categories.map((category) => category.name).join(' '),
    service.organization?.name ?? '',
    places.join(' '),
    startOf(service.description ?? '', DESCRIPTION_LENGTH),
  ].map(foldForSearch);
}

function startOf(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(' ', length);
  return text.slice(0, space > 0 ? space : length);
}

function nameOf(services: readonly Service[], index: number): string {
  return services[index]?.name ?? '';
}

/** The words of a folded query, without little words unless they are all there is. */
function termsOf(folded: string): string[] {
  const words = [...new Set(folded.split(' ').map((word) => word.slice(0, LONGEST_WORD)))];
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}

/** Every distinct word of the services' fields, sorted, with where each occurs. */
class WordIndex {
  readonly #words: readonly string[];
  /** Where each word occurs: service index << FIELD_BITS | field, for its cheapest field in each service. */
  readonly #postings: Int32Array;
  /** Word i's postings are #postings[#starts[i]] up to #postings[#starts[i + 1]]. */
  readonly #starts: Int32Array;

  constructor(fieldsByService: readonly (readonly string[])[]) {
    // Flat number lists rather than a list per word: 5,000 services hold some 300,000 words.
    const ids = new Map<string, number>();
    const lastService: number[] = [];
    const wordOf: number[] = [];
    const postingOf: number[] = [];
    fieldsByService.forEach((fields, service) => {
      fields.forEach((text, field) => {
        for (const word of text.split(' ')) {
          if (word === '') continue;
          let id = ids.get(word);
          if (id === undefined) {
            id = ids.size;
            ids.set(word, id);
          } else if (lastService[id] === service) continue;
          lastService[id] = service;
          wordOf.push(id);
          postingOf.push((service << FIELD_BITS) | field);
        }
      });
    });
    this.#words = [...ids.keys()].sort();
    const sortedId = new Int32Array(ids.size);
    this.#words.forEach((word, position) => (sortedId[ids.get(word) ?? 0] = position));
    // A counting sort: how many postings each word has, then each word's start, then fill.
    const starts = new Int32Array(ids.size + 1);
    for (const id of wordOf) increment(starts, (sortedId[id] ?? 0) + 1);
    for (let i = 1; i <= ids.size; i++) increment(starts, i, starts[i - 1] ?? 0);
    const filled = starts.slice(0, ids.size);
    const postings = new Int32Array(wordOf.length);
    wordOf.forEach((id, i) => {
      const word = sortedId[id] ?? 0;
      postings[filled[word] ?? 0] = postingOf[i] ?? 0;
      increment(filled, word);
    });
    this.#starts = starts;
    this.#postings = postings;
  }

  /** Per service, the cost of its best match for one typed word; Infinity where none. */
  costs(term: string, serviceCount: number): Float64Array {
    const costs = new Float64Array(serviceCount).fill(Infinity);
    // Nearly every description has a word starting with any one letter: a single letter looks at names and categories.
    // In descriptions a typo or a word inside another ("sing" in "using") finds more noise than groups: words must start there.
    const lastField = term.length === 1 ? CATEGORY_FIELD : FIELD_COSTS.length - 1;
    const matches = this.#matches(term);
    // A word of the directory as typed ("mens") is not a typo for a place ("Mansfield"): typos of a known word
    // are looked for in names and categories only, or every service in a town would match.
    const known = matches.some(([, cost]) => cost <= PREFIX_COST);
    const lastTypoField = known ? CATEGORY_FIELD : DESCRIPTION_FIELD - 1;
    for (const [id, wordCost] of matches) {
      const typo = wordCost >= TYPO_COST;
      for (const posting of this.#postings.subarray(this.#starts[id], this.#starts[id + 1])) {
        const field = posting & ((1 << FIELD_BITS) - 1);
        if (field > lastField || (field === DESCRIPTION_FIELD && wordCost > PREFIX_COST)) continue;
        if (typo && field > lastTypoField) continue;
        const service = posting >> FIELD_BITS;
        const cost = wordCost + (FIELD_COSTS[field] ?? 1);
        if (cost < (costs[service] ?? Infinity)) costs[service] = cost;
      }
    }
    return costs;
  }

  /** The words that match a typed word, each with its cost. */
  #matches(term: string): [id: number, cost: number][] {
    const found: [number, number][] = [];
    if (term.length <= PREFIX_ONLY_LENGTH) {
      for (let id = firstAtOrAfter(this.#words, term); id < this.#words.length; id++) {
        const word = this.#words[id] ?? '';
        if (!word.startsWith(term)) break;
        found.push([id, word === term ? 0 : PREFIX_COST]);
      }
      return found;
    }
    const typos = new TypoMeasure(term, term.length >= TWO_SLIPS_LENGTH ? 2 : 1);
    // Three letters are a four-letter word with one missing ("hat" for "chat") or the start of a longer one.
    const short = term.length === PREFIX_ONLY_LENGTH + 1;
    for (let id = 0; id < this.#words.length; id++) {
      const word = this.#words[id] ?? '';
      if (word === term) found.push([id, 0]);
      else if (word.startsWith(term)) found.push([id, PREFIX_COST]);
      else if (short) {
        if (word.length === term.length + 1 && typos.measure(word)?.whole) found.push([id, TYPO_COST + SLIP_COST]);
      } else if (word.includes(term)) found.push([id, INSIDE_COST]);
      else {
        // A typo is looked for at the start of a word only: anywhere inside, "sing" would find every "-ning" and "-king".
        const typo = typos.measure(word);
        if (typo) found.push([id, TYPO_COST + SLIP_COST * typo.slips + (typo.whole ? 0 : TYPO_PREFIX_COST)]);
      }
    }
    return found;
  }
}

/**
 * How many slips turn a typed word into a word of the index, or into its
 * start: a letter missing, one extra, one wrong, or two neighbours swapped,
 * each one slip (the optimal string alignment distance). Column by column
 * along the word, stopping as soon as no column can come back within the
 * allowance, so most words cost two or three columns.
 */
class TypoMeasure {
  readonly #term: string;
  readonly #most: number;
  #before: Int32Array;
  #previous: Int32Array;
  #current: Int32Array;

  constructor(term: string, most: number) {
    this.#term = term;
    this.#most = most;
    this.#before = new Int32Array(term.length + 1);
    this.#previous = new Int32Array(term.length + 1);
    this.#current = new Int32Array(term.length + 1);
  }

  /** The fewest slips to the word or a start of it, and whether the whole word takes that few; undefined when too many. */
  measure(word: string): { slips: number; whole: boolean } | undefined {
    const term = this.#term;
    const m = term.length;
    const most = this.#most;
    if (word.length < m - most) return undefined;
    const last = Math.min(word.length, m + most);
    for (let i = 0; i <= m; i++) this.#previous[i] = i;
    let best = Infinity;
    let previousMin = 0;
    for (let j = 1; j <= last; j++) {
      const before = this.#before;
      const previous = this.#previous;
      const current = this.#current;
      const w = word.charCodeAt(j - 1);
      const wBefore = word.charCodeAt(j - 2);
      current[0] = j;
      let columnMin = j;
      for (let i = 1; i <= m; i++) {
        const t = term.charCodeAt(i - 1);
        let d = Math.min((previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1, (previous[i - 1] ?? 0) + (t === w ? 0 : 1));
        if (i > 1 && j > 1 && t === wBefore && term.charCodeAt(i - 2) === w) d = Math.min(d, (before[i - 2] ?? 0) + 1);
        current[i] = d;
        if (d < columnMin) columnMin = d;
      }
      best = Math.min(best, current[m] ?? Infinity);
      // Every later column is at least the smaller minimum of the two before it.
      if (columnMin > most && previousMin > most) return undefined;
      previousMin = columnMin;
      this.#before = previous;
      this.#previous = current;
      this.#current = before;
    }
    if (best > most) return undefined;
    const whole = last === word.length && this.#previous[m] === best;
    return { slips: best, whole };
  }
}

function increment(counts: Int32Array, index: number, by = 1): void {
  counts[index] = (counts[index] ?? 0) + by;
}

/** The first index in a sorted list whose word is not before `word`. */
function firstAtOrAfter(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A few recent answers, so typing on or changing a filter does not redo work. */
class RecentAnswers<T> {
  readonly #answers = new Map<string, T>();
  constructor(readonly capacity: number) {}

  get(key: string, compute: () => T): T {
    const known = this.#answers.get(key);
    if (known !== undefined) {
      this.#answers.delete(key);
      this.#answers.set(key, known);
      return known;
    }
    const answer = compute();
    this.#answers.set(key, answer);
    if (this.#answers.size > this.capacity) this.#answers.delete(this.#answers.keys().next().value ?? key);
    return answer;
  }
}
