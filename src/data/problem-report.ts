/**
 * How the problems found in a directory's data read in the console, for the
 * site owner. Loaded only when there are problems to log: a clean directory
 * never needs these words.
 */
import type { DataProblem } from './model.js';

/** Where the console lines for the site owner go; tests pass their own to count them. */
export interface ProblemLogger {
  groupCollapsed(label: string): void;
  groupEnd(): void;
  warn(message: string): void;
}

/** Console lines per report: a broken feed can have thousands of problems. */
export const MAX_LOGGED_PROBLEMS = 200;

/** How a problem reads in the console: where to look, then what is wrong. */
export function describeProblem(problem: DataProblem): string {
  const where = [problem.itemType, problem.itemId && `"${problem.itemId}"`, problem.field && `field ${problem.field}`]
    .filter(Boolean)
    .join(' ');
  return `${where}: ${problem.message}`;
}

/** Logs `problems` found in the directory at `src` as one collapsed group, at most `MAX_LOGGED_PROBLEMS` lines. */
export function logProblems(logger: ProblemLogger, src: string, problems: readonly DataProblem[]): void {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  logger.groupCollapsed(`Waymark: ${problems.length} ${noun} in the directory data at ${src}`);
  for (const problem of problems.slice(0, MAX_LOGGED_PROBLEMS)) logger.warn(describeProblem(problem));
  if (problems.length > MAX_LOGGED_PROBLEMS) logger.warn(`…and ${problems.length - MAX_LOGGED_PROBLEMS} more.`);
  logger.groupEnd();
}
