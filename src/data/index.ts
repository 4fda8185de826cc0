/**
 * `waymark/data`: the data layer as a public API, for sites that build their
 * own views on a directory. It renders nothing and runs in any browser or
 * worker (and in Node 20 with a `fetch`).
 *
 * ```ts
 * import { DirectoryClient, describeSchedule } from 'waymark/data';
 * const directory = new DirectoryClient({ src: 'https://directory.example.gov.uk/api/v3' });
 * const { hits } = await directory.search({ text: 'walking group', postcode: 'NG18 1AB', proximity: 5000 });
 * ```
 */
import { problemWords } from './problem-words.js';
import { useProblemWords } from './problems.js';
import { mergeAllServices } from './directory/merge.js';
import { useMerge, useTextReader } from './text/markup-check.js';
import { textReader } from './text/rich-text.js';

// Code using `waymark/data` reads synchronously (its readers, `readSchedule`): the markup reader, the merging of a
// service met once per place and the problems' sentences are always in use here. Widgets reach the client without
// this file, and load the markup reader only for answers with markup, the merging only for pages of places, the
// sentences only when there are problems to log.
useTextReader(textReader);
useMerge(mergeAllServices);
useProblemWords(problemWords);

export type * from './model.js';
export { WEEKDAYS } from './model.js';

export {
  DirectoryClient,
  clientFor,
  DEFAULT_LOCAL_THRESHOLD,
  type DirectoryClientOptions,
  type DirectoryLogger,
  type DirectoryMode,
  type DirectoryProgress,
  type DirectoryProgressEvent,
  type SearchOptions,
  type SearchResults,
} from './directory/client.js';
export { DirectoryError, isDirectoryError, type DirectoryErrorKind } from './directory/directory-error.js';
export type { FetchFunction } from './directory/http.js';
export type { StorageLike } from './directory/response-cache.js';

export {
  dialects,
  dialectById,
  oruk1,
  oruk3,
  outpost,
  type Dialect,
  type DialectProfile,
  type DialectReader,
  type DirectoryQuery,
  type DirectoryRequest,
  type ListKind,
  type QueryCapability,
} from './dialects/index.js';
// For reading payloads synchronously; bundles that never name a reader leave it out.
export { oruk1Reader } from './dialects/oruk-v1-reader.js';
export { oruk3Reader } from './dialects/oruk-v3-reader.js';
export { outpostReader } from './dialects/outpost-reader.js';
export { ProblemLog } from './problems.js';
export { describeProblem } from './problem-report.js';

export { SearchIndex, type SearchHit, type SearchQuery, type TimeOfDay } from './search/search.js';
export {
  distanceMetres,
  isUkPostcode,
  lookupPostcode,
  type PostcodeLookup,
  type PostcodeLookupOptions,
} from './search/geo.js';

export { readSchedule } from './time/schedule.js';
export { expandSchedule, expandSchedules, nextOccurrence, runsOnDay } from './time/recurrence.js';
export { describeSchedule, describeValidity, formatTime } from './time/schedule-words.js';
export { mergeServices } from './directory/merge.js';

export { resolveLocale, type Locale } from '../i18n/catalogue.js';

// Event feeds for the calendar: OpenActive RPDE and iCalendar, each reader loaded on demand.
export type * from './events/event-model.js';
export { loadEventFeed } from './events/load-event-feed.js';
