/**
 * Runs inside the benchmark page: times the cases of the bundled case file
 * when the runner asks, and hands back raw samples (the runner does the statistics).
 */
import type { BenchCase, BenchContext, BenchSubject } from './bench-case.js';

interface Timing {
  samples: number[];
  /** Runs per sample: fast cases are repeated so a sample is long enough to time. */
  batch: number;
}

/** performance.now() is coarsened to 0.1 ms here, so a sample should last a few ms at least. */
const MIN_SAMPLE_MS = 5;

async function time(subject: BenchSubject<unknown>, state: unknown, batch: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < batch; i++) await subject.run(state);
  return (performance.now() - start) / batch;
}

async function calibrate(subject: BenchSubject<unknown>, state: unknown): Promise<number> {
  let batch = 1;
  while (batch < 10_000) {
    const once = await time(subject, state, batch);
    if (once * batch >= MIN_SAMPLE_MS) return batch;
    batch *= 4;
  }
  return batch;
}

async function measure(
  cases: readonly BenchCase[],
  name: string,
  context: BenchContext,
  iterations: number,
  warmup: number,
) {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no case named ${name}`);
  const subjects: BenchSubject<unknown>[] = found.peer ? [found, found.peer] : [found];
  const runs = Math.min(iterations, found.maxIterations ?? iterations);
  const warm = Math.min(warmup, Math.ceil(runs / 4));
  const states = await Promise.all(subjects.map((s) => s.setup?.(context)));
  for (let i = 0; i < warm; i++) for (const [j, s] of subjects.entries()) await s.run(states[j]);
  const batches = found.timeEachRun
    ? subjects.map(() => 1)
    : await Promise.all(subjects.map((s, j) => calibrate(s, states[j])));
  const timings: Timing[] = subjects.map((_, j) => ({ samples: [], batch: batches[j] ?? 1 }));
  // Interleaved, so a slow patch of the shared machine hurts both sides alike.
  for (let i = 0; i < runs; i++) {
    for (const [j, s] of subjects.entries()) {
      const timing = timings[j]!;
      timing.samples.push(await time(s, states[j], timing.batch));
    }
  }
  const figures = await found.report?.(states[0]);
  return {
    name,
    figures,
    ours: { name: found.name, ...timings[0]! },
    peer: found.peer ? { name: found.peer.name, ...timings[1]! } : undefined,
  };
}

/** Exposes the cases to the runner, which drives the page through `globalThis.waymarkBench`. */
export function install(cases: readonly BenchCase[]): void {
  Object.assign(globalThis, {
    waymarkBench: {
      list: () => cases.map((c) => ({ name: c.name, peer: c.peer?.name })),
      measure: (name: string, context: BenchContext, iterations: number, warmup: number) =>
        measure(cases, name, context, iterations, warmup),
    },
  });
}
