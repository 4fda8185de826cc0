/**
 * The shape of a benchmark case. A case file in `test/bench/cases/` default-exports
 * a list of them; `npm run bench` bundles the file, opens it in headless Chromium
 * and times `run` many times after a warm-up. A `peer` is another library doing
 * the same work on the same input, timed in the same page, interleaved with ours,
 * so the two can be compared as a ratio on a noisy machine.
 */
export interface BenchContext {
  /** Base URL of the reference directory server started for this run (serving the generated directory). */
  readonly directoryUrl: string;
  /** How many services the generated directory holds. */
  readonly services: number;
}

export interface BenchSubject<State> {
  readonly name: string;
  /** Untimed preparation; its result is passed to every `run`. */
  setup?(context: BenchContext): Promise<State> | State;
  /** The timed work. May return a promise. */
  run(state: State): unknown;
}

export interface BenchCase<State = unknown, PeerState = unknown> extends BenchSubject<State> {
  readonly peer?: BenchSubject<PeerState>;
  /** At most this many timed runs, for cases that take seconds each (the runner's count otherwise). */
  readonly maxIterations?: number;
  /**
   * Time every run on its own, however short. By default runs shorter than a few ms are
   * repeated and averaged per sample (the clock ticks in 0.1 ms), which would hide the
   * slow runs a p95 is about: a per-keystroke figure wants each keystroke timed.
   */
  readonly timeEachRun?: boolean;
  /**
   * Figures other than time (a search's recall, say), worked out once from
   * the case's state after the timing and printed beside it.
   */
  report?(state: State): Record<string, string | number> | Promise<Record<string, string | number>>;
}

/** Keeps TypeScript's inference of each case's own state type, then erases it for the runner. */
export function benchCase<S, P = unknown>(spec: BenchCase<S, P>): BenchCase {
  return spec as unknown as BenchCase;
}
