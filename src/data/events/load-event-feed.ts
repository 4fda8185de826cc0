/**
 * Reads an OpenActive RPDE feed or an iCalendar file into an `EventFeed`.
 *
 * PLACEHOLDER: the real readers are written on another branch (issue 11, the
 * OpenActive and iCalendar part) and replace this file when the branches are
 * merged. Until then every such source fails as "not a format Waymark reads",
 * which the calendar shows as one failed source while the others still show.
 */
import { DirectoryError } from '../directory/directory-error.js';
import type { EventFeed, EventFeedOptions } from './event-model.js';

export async function loadEventFeed(
  src: string,
  dialect: 'openactive' | 'ical',
  options?: EventFeedOptions,
): Promise<EventFeed> {
  void dialect;
  void options;
  throw new DirectoryError('not-directory', src);
}
