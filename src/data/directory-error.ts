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
  | 'unreadable';

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

export function isDirectoryError(error: unknown): error is DirectoryError {
  return error instanceof DirectoryError;
}

/** The advice for a site owner, in English (console and developer tools only). */
export function directoryAdvice(kind: DirectoryErrorKind, url: string, status?: number): string {
  const http = status === undefined ? '' : ` (HTTP ${status})`;
  switch (kind) {
    case 'cors':
      return (
        `The directory at ${url} did not allow this website to read it. ` +
        'Its server must send the header Access-Control-Allow-Origin (ORUK feeds should send `*`).'
      );
    case 'not-found':
      return (
        `Nothing was found at ${url}${http}: check the src attribute points to the API's base, ` +
        'e.g. https://example.org/api/v3'
      );
    case 'not-directory':
      return `${url} answered, but not as a directory API Waymark can read (Open Referral UK 3.0 or 1.0, or Outpost).`;
    case 'timeout':
      return `The directory at ${url} took too long to answer. Check the server is running and not overloaded.`;
    case 'server':
      return `The directory at ${url} had an error of its own${http}, even after retrying. Check the server's logs.`;
    case 'rate-limited':
      return `The directory at ${url} turned requests away as too many${http}. Ask its owner to raise the limit for this website.`;
    case 'offline':
      return `The directory at ${url} could not be reached because this device is offline.`;
    case 'unreachable':
      return `The directory at ${url} could not be reached. Check the address in the src attribute and that the server is running.`;
    case 'refused':
      return `The directory at ${url} refused the request${http}. Waymark reads open directories without keys: check the feed is public.`;
    case 'unreadable':
      return `The directory at ${url} sent an answer that could not be read as JSON, even after retrying: it may be cut short by the server or a proxy.`;
  }
}
