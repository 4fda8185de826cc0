/**
 * For code that reads answers synchronously, without the client to load the
 * markup reader first (the readers `waymark/data` exports, the event feeds):
 * the markup reader put in use before reading, so results never depend on
 * what happened to load before.
 */
import type { DialectReader } from '../dialects/dialect.js';
import { useTextReader } from './markup-check.js';
import { textReader } from './rich-text.js';

/** `read`, with the markup reader in use whenever it is called. */
export function withMarkup<A extends unknown[], R>(read: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    useTextReader(textReader);
    return read(...args);
  };
}

/** A dialect's reader with the markup reader in use. */
export function readerWithMarkup(reader: DialectReader): DialectReader {
  return {
    readServicePage: withMarkup((payload: unknown) => reader.readServicePage(payload)),
    readService: withMarkup((payload: unknown) => reader.readService(payload)),
    readCategoryPage: withMarkup((payload: unknown) => reader.readCategoryPage(payload)),
  };
}
