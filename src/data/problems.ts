import { compact, type DataProblem, type DataProblemCode } from './model.js';
import type { ProblemKey } from './problem-words.js';

/** Turns a problem's key and values into its sentence: `problem-words.ts`, loaded only when there are problems to log. */
export type ProblemWords = (key: ProblemKey, values: readonly (string | number)[]) => string;

let words: ProblemWords | undefined;

/**
 * Gives every problem its sentence from now on, also those already found. The client calls it
 * before it logs any; `waymark/data` at once, so code reading problems itself always gets sentences.
 */
export function useProblemWords(given: ProblemWords): void {
  words = given;
}

/**
 * Collects the problems found while reading a payload, each once: the same
 * code on the same field of the same item is one problem however often it is
 * met (a page fetched twice, a rule read for every occurrence).
 */
export class ProblemLog {
  readonly problems: DataProblem[] = [];
  readonly #seen = new Set<string>();

  add(problem: DataProblem): void {
    const key = `${problem.code}|${problem.itemType}|${problem.itemId ?? ''}|${problem.field ?? ''}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.problems.push(problem);
  }

  /** A reporter bound to one item, so readers need not repeat its type and id. */
  for(itemType: string, itemId?: string): ItemProblems {
    return new ItemProblems(this, itemType, itemId);
  }
}

export class ItemProblems {
  constructor(
    readonly log: ProblemLog,
    readonly itemType: string,
    readonly itemId?: string,
  ) {}

  /** A problem in a sentence of its own (or, with `values`, a key of `problem-words.ts`). */
  report(
    code: DataProblemCode,
    field: string | undefined,
    message: string,
    values?: readonly (string | number)[],
  ): void {
    const problem = compact<DataProblem>({ code, itemType: this.itemType, itemId: this.itemId, field, message });
    if (values)
      Object.defineProperty(problem, 'message', {
        enumerable: true,
        get: () => words?.(message as ProblemKey, values) ?? [message, ...values].join(': '),
      });
    this.log.add(problem);
  }

  /**
   * A problem whose sentence is one of `problem-words.ts`, `$1`... filled with `values`: the words
   * load only when there are problems to log, and `message` reads them once they have (until then
   * it is the key and values, "status: Open").
   */
  say(code: DataProblemCode, field: string | undefined, key: ProblemKey, ...values: (string | number)[]): void {
    this.report(code, field, key, values);
  }

  /** The same item under a nested path ("schedules[2]"), so fields read "schedules[2].byday". */
  nested(prefix: string): ItemProblems {
    return new NestedProblems(this, prefix);
  }
}

class NestedProblems extends ItemProblems {
  constructor(
    readonly parent: ItemProblems,
    readonly prefix: string,
  ) {
    super(parent.log, parent.itemType, parent.itemId);
  }

  override report(
    code: DataProblemCode,
    field: string | undefined,
    message: string,
    values?: readonly (string | number)[],
  ): void {
    this.parent.report(code, field === undefined ? this.prefix : `${this.prefix}.${field}`, message, values);
  }
}
