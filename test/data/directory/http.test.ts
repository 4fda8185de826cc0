import { expect } from '@open-wc/testing';
import { DirectoryError } from '../../../src/data/directory/directory-error.js';
import { isDirectoryError } from '../../../src/data/directory/error-check.js';
import { getJson, isAbortError, type FetchFunction } from '../../../src/data/directory/http.js';
import { readRetryAfter, retryDelay } from '../../../src/data/directory/retry.js';
import { getText } from '../../../src/data/events/fetch-text.js';

const URL_ = 'https://directory.test/api/v3/services';

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });
}

/** A fetch that answers from a list, one answer per call, and records the calls. */
function scripted(...answers: ((init?: RequestInit) => Promise<Response>)[]) {
  const calls: RequestInit[] = [];
  const fetch: FetchFunction = (_url, init = {}) => {
    calls.push(init);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return answer(init);
  };
  return { fetch, calls };
}

/** Records each backoff instead of waiting for it. */
function recordedWaits() {
  const delays: number[] = [];
  return { delays, wait: (ms: number) => (delays.push(ms), Promise.resolve()) };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('getting a directory page', () => {
  it('tells a DirectoryError from other failures without the class at hand', () => {
    expect(isDirectoryError(new DirectoryError('timeout', URL_))).to.equal(true);
    expect(isDirectoryError(new Error('timeout'))).to.equal(false);
    expect(isDirectoryError(new DOMException('stopped', 'AbortError'))).to.equal(false);
    expect(isDirectoryError({ name: 'DirectoryError', kind: 'timeout', advice: 'x' })).to.equal(false);
  });

  it('retries a 500 with growing delays and returns the answer that follows', async () => {
    const { fetch, calls } = scripted(
      async () => new Response('oops', { status: 500 }),
      async () => new Response('oops', { status: 503 }),
      async () => json({ ok: true }),
    );
    const { delays, wait } = recordedWaits();
    const body = await getJson(URL_, { fetch, wait, backoffMs: 100, random: () => 1 });
    expect(body).to.deep.equal({ ok: true });
    expect(calls).to.have.length(3);
    expect(delays).to.deep.equal([100, 200]);
  });

  it('gives up after the retries and says the server failed, with its status', async () => {
    const { fetch, calls } = scripted(async () => new Response('oops', { status: 502 }));
    const { wait } = recordedWaits();
    const error = await failure(getJson(URL_, { fetch, wait, retries: 2 }));
    expect(calls).to.have.length(3);
    expect(error).to.be.instanceOf(DirectoryError);
    expect(error).to.include({ kind: 'server', status: 502, url: URL_ });
  });

  it('waits as long as a 429 Retry-After asks, within the cap', async () => {
    const { fetch, calls } = scripted(
      async () => new Response('', { status: 429, headers: { 'Retry-After': '2' } }),
      async () => new Response('', { status: 429, headers: { 'Retry-After': '120' } }),
      async () => json([1]),
    );
    const { delays, wait } = recordedWaits();
    expect(await getJson(URL_, { fetch, wait, maxRetryDelayMs: 10_000 })).to.deep.equal([1]);
    expect(calls).to.have.length(3);
    expect(delays).to.deep.equal([2000, 10_000]);
  });

  it('really waits between attempts when no wait is injected', async () => {
    const { fetch, calls } = scripted(
      async () => new Response('', { status: 429, headers: { 'Retry-After': '0' } }),
      async () => json('second'),
    );
    expect(await getJson(URL_, { fetch, backoffMs: 1 })).to.equal('second');
    expect(calls).to.have.length(2);
  });

  it('reads Retry-After given as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(readRetryAfter('30', now)).to.equal(30_000);
    expect(readRetryAfter('Mon, 02 Mar 2026 10:01:00 GMT', now)).to.equal(60_000);
    expect(readRetryAfter('soon', now)).to.equal(undefined);
    expect(readRetryAfter(null, now)).to.equal(undefined);
  });

  it('adds jitter to the backoff so clients do not return together', () => {
    expect(retryDelay(2, undefined, { backoffMs: 100, random: () => 0 })).to.equal(200);
    expect(retryDelay(2, undefined, { backoffMs: 100, random: () => 1 })).to.equal(400);
    expect(retryDelay(10, undefined, { backoffMs: 100, random: () => 1, maxRetryDelayMs: 5000 })).to.equal(5000);
  });

  it('does not retry a 404 and calls it not found', async () => {
    const { fetch, calls } = scripted(async () => new Response('', { status: 404 }));
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait }));
    expect(calls).to.have.length(1);
    expect(error).to.include({ kind: 'not-found', status: 404 });
    expect((error as DirectoryError).advice).to.contain('check the src attribute');
  });

  it('does not retry a 403 and calls it refused', async () => {
    const { fetch, calls } = scripted(async () => new Response('', { status: 403 }));
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait }));
    expect(calls).to.have.length(1);
    expect(error).to.include({ kind: 'refused', status: 403 });
  });

  it('retries a body cut short, then calls it unreadable', async () => {
    const { fetch, calls } = scripted(async () => new Response('{"contents": [{"id": "a"', { status: 200 }));
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait, retries: 2 }));
    expect(calls).to.have.length(3);
    expect(error).to.include({ kind: 'unreadable' });
  });

  it('does not retry an HTML page: it will stay HTML', async () => {
    const { fetch, calls } = scripted(async () => new Response('<!doctype html><p>Welcome</p>', { status: 200 }));
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait }));
    expect(calls).to.have.length(1);
    expect(error).to.include({ kind: 'unreadable' });
  });

  it('times out a request that never answers, without retrying it', async () => {
    const { fetch, calls } = scripted(() => new Promise<Response>(() => {}));
    const error = await failure(getJson(URL_, { fetch, timeoutMs: 20, wait: recordedWaits().wait }));
    expect(calls).to.have.length(1);
    expect(error).to.include({ kind: 'timeout' });
    expect(calls[0]!.signal!.aborted).to.equal(true);
  });

  it('rejects with an AbortError, not a directory error, when the caller aborts', async () => {
    const { fetch, calls } = scripted(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = getJson(URL_, { fetch, signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect(isAbortError(error)).to.equal(true);
    expect(calls[0]!.signal!.aborted).to.equal(true);
  });

  it('stops waiting to retry as soon as the caller aborts', async () => {
    const { fetch, calls } = scripted(async () => new Response('', { status: 500 }));
    const controller = new AbortController();
    const pending = getJson(URL_, { fetch, signal: controller.signal, backoffMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(isAbortError(await failure(pending))).to.equal(true);
    expect(calls).to.have.length(1);
  });
});

describe('refusing an answer too big to read', () => {
  /** A body that never ends, 64 KB at a time, counting what was pulled from it. */
  function endlessBody() {
    const pulled = { bytes: 0, cancelled: false };
    const chunk = new TextEncoder().encode(`[${'1,'.repeat(32 * 1024 - 1)}`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        pulled.cancelled = true;
      },
    });
    return { body, pulled };
  }

  it('stops reading a body with no length once it passes the cap, and does not retry', async () => {
    const { body, pulled } = endlessBody();
    const { fetch, calls } = scripted(() => Promise.resolve(new Response(body, { status: 200 })));
    const error = (await failure(getJson(URL_, { fetch, maxBodyBytes: 1_000_000 }))) as DirectoryError;
    expect(error.kind).to.equal('too-large');
    expect(calls).to.have.length(1);
    expect(pulled.bytes, 'bytes pulled before giving up').to.be.at.most(1_000_000 + 4 * 64 * 1024);
    expect(pulled.cancelled).to.equal(true);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const { body, pulled } = endlessBody();
    const headers = { 'Content-Length': String(50_000_000) };
    const { fetch } = scripted(() => Promise.resolve(new Response(body, { status: 200, headers })));
    const error = (await failure(getJson(URL_, { fetch }))) as DirectoryError;
    expect(error.kind).to.equal('too-large');
    expect(pulled.bytes, 'at most what the stream queued up front').to.be.at.most(64 * 1024);
  });

  it('reads an answer just under the cap', async () => {
    const text = JSON.stringify({ contents: ['x'.repeat(5_000)] });
    const { fetch } = scripted(() => Promise.resolve(new Response(text, { status: 200 })));
    expect(await getJson(URL_, { fetch, maxBodyBytes: text.length })).to.deep.equal(JSON.parse(text));
  });
});

describe('explaining a request that fetch rejects', () => {
  it('calls it CORS when a no-cors request reaches the server, and does not retry', async () => {
    const modes: (RequestMode | undefined)[] = [];
    const fetch: FetchFunction = async (_url, init) => {
      modes.push(init?.mode);
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait, online: () => true }));
    expect(error).to.include({ kind: 'cors', url: URL_ });
    expect((error as DirectoryError).advice).to.contain('Access-Control-Allow-Origin');
    expect(modes).to.deep.equal([undefined, 'no-cors']);
  });

  it('calls it unreachable when the no-cors request fails too, after retrying', async () => {
    let corsRequests = 0;
    const fetch: FetchFunction = async (_url, init) => {
      if (init?.mode !== 'no-cors') corsRequests++;
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait, online: () => true }));
    expect(error).to.include({ kind: 'unreachable' });
    expect(corsRequests).to.equal(4);
  });

  it('calls it offline when the device says it is offline', async () => {
    const fetch: FetchFunction = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(getJson(URL_, { fetch, wait: recordedWaits().wait, online: () => false }));
    expect(error).to.include({ kind: 'offline' });
  });

  it('does not probe with no-cors for the page’s own origin', async () => {
    const modes: (RequestMode | undefined)[] = [];
    const fetch: FetchFunction = async (_url, init) => {
      modes.push(init?.mode);
      throw new TypeError('Failed to fetch');
    };
    const sameOrigin = new URL('/api/v3/services', location.href).href;
    const error = await failure(getJson(sameOrigin, { fetch, retries: 0, online: () => true }));
    expect(error).to.include({ kind: 'unreachable' });
    expect(modes).to.deep.equal([undefined]);
  });
});

describe('getting a text feed (an .ics file) through the same GET', () => {
  const ICS = 'https://parish.test/events.ics';
  const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

  it('retries a 503 as a JSON request would, asks for calendar text, and returns the text', async () => {
    const { fetch, calls } = scripted(
      async () => new Response('busy', { status: 503, headers: { 'Retry-After': '2' } }),
      async () => new Response(ics, { status: 200 }),
    );
    const { delays, wait } = recordedWaits();
    expect(await getText(ICS, { fetch, wait })).to.equal(ics);
    expect(delays).to.deep.equal([2000]);
    expect(new Headers(calls[0]!.headers).get('Accept')).to.equal('text/calendar, text/plain');
  });

  it('refuses a file over the body cap, unread, as too large, and does not retry it', async () => {
    const { fetch, calls } = scripted(async () => new Response('x'.repeat(2048), { status: 200 }));
    const error = await failure(getText(ICS, { fetch, maxBodyBytes: 1024 }));
    expect(isDirectoryError(error) && error.kind).to.equal('too-large');
    expect(calls).to.have.length(1);
  });

  it('says a missing file is not found', async () => {
    const { fetch } = scripted(async () => new Response('', { status: 404 }));
    const error = await failure(getText(ICS, { fetch, wait: () => Promise.resolve() }));
    expect(isDirectoryError(error) && error.kind).to.equal('not-found');
  });
});
