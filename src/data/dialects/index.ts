/**
 * The formats Waymark reads, in the order a page is tried against them: ORUK
 * 3.0 first (it also answers `GET /`), then Outpost, then ORUK 1.0, whose
 * shape is the loosest and so the last resort. Only their profiles are here:
 * each format's reader is loaded when a directory turns out to speak it.
 */
import type { Dialect } from './dialect.js';
import { knownDialectId } from './ids.js';
import { oruk1 } from './oruk-v1.js';
import { oruk3 } from './oruk-v3.js';
import { outpost } from './outpost.js';

export type {
  Dialect,
  DialectProfile,
  DialectReader,
  DirectoryQuery,
  DirectoryRequest,
  ListKind,
  QueryCapability,
} from './dialect.js';
export { oruk1, oruk3, outpost };
export { DIALECT_IDS, knownDialectId } from './ids.js';

export const dialects: readonly Dialect[] = [oruk3, outpost, oruk1];

/** The dialect with this id ("oruk-v3", "oruk-v1", "outpost"), as a host page names it. */
export function dialectById(id: string): Dialect | undefined {
  const wanted = knownDialectId(id);
  return dialects.find((dialect) => dialect.id === wanted);
}
