import type { DataProblem, DataProblemCode } from './model.js';

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

  report(code: DataProblemCode, field: string | undefined, message: string): void {
    const problem: DataProblem = { code, itemType: this.itemType, message };
    this.log.add({
      ...problem,
      ...(this.itemId === undefined ? {} : { itemId: this.itemId }),
      ...(field === undefined ? {} : { field }),
    });
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

  override report(code: DataProblemCode, field: string | undefined, message: string): void {
    this.parent.report(code, field === undefined ? this.prefix : `${this.prefix}.${field}`, message);
  }
}
