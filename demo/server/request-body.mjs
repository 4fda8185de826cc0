// @ts-check
/**
 * Reads a request body with a size limit, so a large or endless upload is refused early
 * instead of filling memory.
 */
import { HttpProblem } from './replies.mjs';

/** Most bytes read and thrown away after refusing a body, so the client is still reading when our 413 arrives. */
export const DRAIN_LIMIT = 16 * 1024 * 1024;
/** Longest time spent draining a refused body. */
const DRAIN_MS = 10_000;

/**
 * Reads the rest of a refused body and throws it away, so the client, still sending, is not
 * cut off (a reset connection would lose the 413 it has not read yet); but never more than
 * DRAIN_LIMIT bytes or DRAIN_MS, after which the connection is closed.
 * @param {import('node:http').IncomingMessage} req
 */
function drain(req) {
  let drained = 0;
  const stop = () => req.socket.destroy();
  const timer = setTimeout(stop, DRAIN_MS);
  timer.unref();
  req.on('data', (/** @type {Buffer} */ chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) stop();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit bytes
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  const tooLarge = () => new HttpProblem(413, `The request body is larger than ${limit} bytes`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    drain(req);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        drain(req);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('aborted', () => reject(new HttpProblem(400, 'The request was aborted')));
  });
}

/**
 * Parses a JSON body; broken JSON is the client's mistake (400), never a crash.
 * @param {Buffer} body
 * @returns {unknown}
 */
export function parseJsonBody(body) {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpProblem(400, `The request body is not valid JSON: ${error instanceof Error ? error.message : ''}`);
  }
}
