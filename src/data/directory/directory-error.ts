/**
 * Why a directory could not be read, in words a site owner can act on. The
 * person using a widget never sees `advice`: widgets show the plain message
 * that `directoryErrorMessage` in `src/i18n/common.ts` maps each kind to.
 */

export type DirectoryErrorKind =
  /** The server answered but did not allow this website to read the answer. */
  | 'cors'
  /** 404 or 410 at the address. */
  | 'not-found'
  /** Something answered, but not in a format Waymark reads. */
  | 'not-directory'
  | 'timeout'
  /** 5xx after the retries. */
  | 'server'
  /** 429 after the retries. */
  | 'rate-limited'
  /** The browser says it has no network. */
  | 'offline'
  /** The network is up, but the server could not be reached at all (wrong host, server down). */
  | 'unreachable'
  /** A 4xx other than 404, 410 and 429: the server understood and said no. */
  | 'refused'
  /** The answer could not be read (cut short, or not JSON) even after the retries. */
  | 'unreadable'
  /** The answer was bigger than the client reads (`maxBodyBytes`, 20 MB by default). */
  | 'too-large';

export const DIRECTORY_ERROR_KINDS: readonly DirectoryErrorKind[] = [
  'cors',
  'not-found',
  'not-directory',
  'timeout',
  'server',
  'rate-limited',
  'offline',
  'unreachable',
  'refused',
  'unreadable',
  'too-large',
];

export interface DirectoryErrorDetails {
  readonly status?: number;
  readonly cause?: unknown;
}

export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  readonly kind: DirectoryErrorKind;
  /** The address that failed. */
  readonly url: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** One or two plain sentences for the site owner: what happened and what to check. */
  readonly advice: string;

  constructor(kind: DirectoryErrorKind, url: string, { status, cause }: DirectoryErrorDetails = {}) {
    const advice = directoryAdvice(kind, url, status);
    super(advice, cause === undefined ? undefined : { cause });
    this.kind = kind;
    this.url = url;
    if (status !== undefined) this.status = status;
    this.advice = advice;
  }
}

/**
 * A failure to read a directory's first page, said of the whole directory at `src`: a page that is
 * not JSON, or a 404 where the root answered otherwise, is not a directory; a 404 is one that is not
 * there. Other failures stay as they are.
 */
export function firstPageFailure(error: DirectoryError, src: string, rootAnsweredOtherwise: boolean): DirectoryError {
  if (error.kind !== 'unreadable' && error.kind !== 'not-found') return error;
  const kind = error.kind === 'not-found' && !rootAnsweredOtherwise ? 'not-found' : 'not-directory';
  return new DirectoryError(kind, src, { status: error.status, cause: error });
}

/** Checked by name and shape, in its own module: see `error-check.ts`. */
export { isDirectoryError } from './error-check.js';

/** The advice for a site owner, in English (console and developer tools only): what happened, then what to check. */
export function directoryAdvice(kind: DirectoryErrorKind, url: string, status?: number): string {
  const http = status === undefined ? '' : ` (HTTP ${status})`;
  switch (kind) {
    case 'cors':
      return `${url} did not let this website read it: its server must send Access-Control-Allow-Origin (ORUK feeds send *).`;
    case 'not-found':
      return `Nothing was found at ${url}${http}: check the src attribute points to the API's base, e.g. https://example.org/api/v3`;
    case 'not-directory':
      return `${url} answered, but not as a directory API Waymark reads (Open Referral UK 3.0 or 1.0, or Outpost).`;
    case 'timeout':
      return `${url} took too long to answer: check the server is running and not overloaded.`;
    case 'server':
      return `${url} had an error of its own${http}, even after retrying: check the server's logs.`;
    case 'rate-limited':
      return `${url} turned requests away as too many${http}: ask its owner to raise the limit for this website.`;
    case 'offline':
      return `${url} could not be reached: this device is offline.`;
    case 'unreachable':
      return `${url} could not be reached: check the src attribute and that the server is running.`;
    case 'refused':
      return `${url} refused the request${http}: Waymark reads open directories without keys, so check the feed is public.`;
    case 'unreadable':
      return `${url} sent an answer that is not JSON, even after retrying: a server or proxy may have cut it short.`;
    case 'too-large':
      return `${url} sent an answer too big to read in a browser (over 20 MB by default; the maxBodyBytes option): ask its owner for smaller pages.`;
  }
}
