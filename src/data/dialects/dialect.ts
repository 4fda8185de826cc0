/**
 * A dialect is everything Waymark knows about one directory format: how to
 * recognise it, how to ask it for things, and how to read what it answers
 * into the model. A site's directory speaks one format, so the dialect comes
 * in two parts: a small profile, always loaded, that recognises the format and
 * writes its requests; and a reader, loaded on demand once the format is known,
 * that reads answers. Reading is pure: payload in, model and problems out.
 *
 * The interface is open: a reader for another format (OpenActive, iCalendar)
 * implements the parts it can and is added to the list in `./index.ts`.
 */
import type { Category, DialectId, GeoPoint, Reading, Service, Weekday } from '../model.js';

/** A question for the directory, in Waymark's terms; each dialect turns it into its own parameters. */
export interface DirectoryQuery {
  /** Free text, as the person typed it. */
  readonly text?: string;
  /** Taxonomy term ids (ORUK `taxonomy_term_id`); a service matches any of them. */
  readonly categoryIds?: readonly string[];
  readonly taxonomyId?: string;
  /** Days the service runs on; a service matches any of them. */
  readonly days?: readonly Weekday[];
  /** "HH:MM": runs at some time after this. */
  readonly startTime?: string;
  /** "HH:MM": runs at some time before this. */
  readonly endTime?: string;
  /** The person's age: the service's age range must include it. */
  readonly age?: number;
  /** A UK postcode to search near (servers that accept one look it up themselves). */
  readonly postcode?: string;
  /** A point to search near, for servers that take coordinates. */
  readonly near?: GeoPoint;
  /** Metres from `postcode` or `near`. */
  readonly proximity?: number;
  /** Only free services. */
  readonly free?: boolean;
}

/** The query parameters a directory's own API can answer, so the client knows what it may pass on. */
export type QueryCapability = keyof DirectoryQuery;

/** What a dialect can list. `locations` means services with their places, for maps and distance. */
export type ListKind = 'services' | 'locations' | 'categories';

/** A request a dialect wants made: a path below the directory's base URL, and its parameters. */
export interface DirectoryRequest {
  /** Relative to the base URL, without a leading slash: "services", "services/abc". */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

/** What is known of a format before any of its answers is read: small, and always loaded. */
export interface DialectProfile {
  readonly id: DialectId;
  /** The format's name in a site owner's words, for console messages ("Open Referral UK 3.0"). */
  readonly label: string;

  /** Whether the answer to `GET {base}/` says this is the format (ORUK 3.0 answers with its version). */
  recogniseRoot?(payload: unknown): boolean;
  /** Whether a page of services looks like this format (by envelope and item shape), without its reader. */
  recognisePage(payload: unknown): boolean;

  /** Which list kinds this format offers. */
  readonly lists: readonly ListKind[];
  /** Which parts of a query the API itself can answer. */
  readonly capabilities: ReadonlySet<QueryCapability>;

  /** The request for one page (1-based) of a list, asking only what `capabilities` allows. */
  listRequest(kind: ListKind, query: DirectoryQuery, page: number, perPage: number): DirectoryRequest;
  /** The request for one service in full. */
  serviceRequest(id: string): DirectoryRequest;
}

/** How a format's answers are read into the model. Readers never throw: what they cannot read becomes a problem. */
export interface DialectReader {
  /** Reads a page of `services` or `locations`: each service once (summary or full), and the envelope's paging. */
  readServicePage(payload: unknown): Reading<Service>;
  /** Reads one full service. */
  readService(payload: unknown): Reading<Service>;
  /** Reads a page of categories (taxonomy terms). */
  readCategoryPage(payload: unknown): Reading<Category>;
}

export interface Dialect extends DialectProfile {
  /** The format's reader, downloaded the first time it is asked for (the module map keeps it after that). */
  load(): Promise<DialectReader>;
}
