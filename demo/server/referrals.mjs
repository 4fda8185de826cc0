// @ts-check
/**
 * Receiving referrals: `POST /referrals` (validated against the draft referral schema,
 * deduplicated by Idempotency-Key, stored durably), and the demo's list of what arrived
 * at `GET /referrals` (a page) and `GET /referrals.json`.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { referralsPage } from './referral-page.mjs';
import { readBody, parseJsonBody } from './request-body.mjs';
import { HttpProblem, html, json, problem } from './replies.mjs';

/** @typedef {import('./referral-store.mjs').ReferralStore} ReferralStore */
/** @typedef {import('./router.mjs').Router} Router */

export const REFERRAL_BODY_LIMIT = 64 * 1024;
const SCHEMA_URL = new URL('../../src/data/referral/referral.schema.json', import.meta.url);
// Visible ASCII, as the IETF Idempotency-Key draft's examples (UUIDs and the like).
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Checks a payload against the referral schema; returns its problems, or none.
 * @returns {(payload: unknown) => { path: string, message: string }[]}
 */
export function referralValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')));
  return (payload) =>
    validate(payload)
      ? []
      : (validate.errors ?? []).map((error) => ({
          path: error.instancePath || '/',
          message: describeError(error),
        }));
}

/**
 * @param {import('ajv').ErrorObject} error
 */
function describeError(error) {
  const params = /** @type {Record<string, unknown>} */ (error.params);
  if (error.keyword === 'additionalProperties')
    return `has a property this version does not know: ${params.additionalProperty}`;
  if (error.keyword === 'required') return `needs ${params.missingProperty}`;
  return error.message ?? error.keyword;
}

/**
 * @param {Router} router
 * @param {ReferralStore} store
 */
export function addReferralRoutes(router, store) {
  const problemsOf = referralValidator();

  router.post(
    '/referrals',
    async ({ req }) => {
      const type = String(req.headers['content-type'] ?? '');
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        req.resume();
        throw new HttpProblem(415, 'Send the referral as JSON, with Content-Type: application/json');
      }
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
        req.resume();
        throw new HttpProblem(
          400,
          'Send an Idempotency-Key header (for example a UUID), so a retry is never sent twice',
        );
      }
      const payload = parseJsonBody(await readBody(req, REFERRAL_BODY_LIMIT));
      const problems = problemsOf(payload);
      if (problems.length) return problem(422, 'The referral is not valid', { problems });

      const receipt = await store.receive(key, payload);
      if ('conflict' in receipt) {
        // As the IETF Idempotency-Key draft says: the key was already used with a different payload.
        // Whoever reuses a key may not be who sent the first referral: nothing of it is told.
        return problem(422, 'This Idempotency-Key was already used for a different referral: send a new key');
      }
      const { reference, received } = receipt.stored;
      return json(201, { reference, received });
    },
    { api: true },
  );

  // The list is personal data: same-origin only, so no CORS here.
  router.get('/referrals', () => html(200, referralsPage(store.list())));
  router.get('/referrals.json', () =>
    json(
      200,
      store.list().map(({ reference, received, idempotencyKey, referral }) => ({
        reference,
        received,
        idempotencyKey,
        referral,
      })),
    ),
  );
}
