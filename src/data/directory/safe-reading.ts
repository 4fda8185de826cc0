/**
 * Reading a page without letting a faulty reader break the load: shared by the first page's
 * detection, remote search and the pages of a list, so it costs nothing to load on its own.
 */
import type { Reading } from '../model.js';
import { ProblemLog } from '../problems.js';

/** A dialect's reader is not meant to throw; if one does, the page counts as unreadable rather than the load failing. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function unreadableReading<T>(): Reading<T> {
  const log = new ProblemLog();
  log.for('page').say('unreadable-page', undefined, 'format');
  return { items: [], problems: log.problems };
}
