/**
 * The ids of the formats Waymark reads, in the order `./index.ts` tries them,
 * apart from their profiles: checking a host page's `dialect` attribute needs
 * only the names, and a page on an ORUK 3.0 directory never needs the other
 * formats' profiles (the client loads them only when ORUK 3.0 does not fit).
 */
import type { DialectId } from '../model.js';

export const DIALECT_IDS: readonly DialectId[] = ['oruk-v3', 'outpost', 'oruk-v1'];

/** The id a host page named (" OUTPOST " reads as "outpost"), when it is one Waymark reads. */
export function knownDialectId(name: string): DialectId | undefined {
  const wanted = name.trim().toLowerCase();
  return DIALECT_IDS.find((id) => id === wanted);
}
