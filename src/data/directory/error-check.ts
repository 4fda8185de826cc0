/**
 * Whether a rejection is a `DirectoryError`, without loading the class and its
 * advice: a page whose directory answers never needs those (`http.ts` loads
 * them at the first failure), but every widget checks what a failed load was.
 */
import type { DirectoryError } from './directory-error.js';

export function isDirectoryError(error: unknown): error is DirectoryError {
  return (
    error instanceof Error &&
    error.name === 'DirectoryError' &&
    typeof (error as Partial<DirectoryError>).kind === 'string' &&
    typeof (error as Partial<DirectoryError>).advice === 'string'
  );
}
