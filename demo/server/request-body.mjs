// @ts-check
/**
 * Reads a request body with a size limit, so a large or endless upload is refused early
 * instead of filling memory.
 */
import { HttpProblem } from './replies.mjs';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit bytes
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  const tooLarge = () =>
    new HttpProblem(413, `The request body is larger than ${limit} bytes`, undefined, { connection: 'close' });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
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
        req.resume(); // drain the rest, so the client reads our 413 rather than a reset connection
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
