/**
 * Parsed JSON as a feed sends it, and the one check every reader starts with.
 * Kept apart from `read.ts` so that recognising a format costs no reader code.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
