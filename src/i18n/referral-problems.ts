import type { Message } from './catalogue.js';

/**
 * The English words for a referral the service answered but did not take (a 5xx or a 4xx), that
 * this page cannot send (a misconfigured `action`), or that was sent faster than a person could
 * have filled it in. Loaded only then: the internet works at that moment. A person who is offline
 * or whose send timed out is told so with the words of `referral-end.ts`, which are already there.
 * Welsh has them in `referral-cy.ts`.
 */
export const referralProblemsEn = {
  tooFast: 'Please check your answers, then press Send my referral again.',
  failedServer: 'The service had a problem and could not take your referral.',
  refusedHeading: 'The service could not accept your referral',
  refusedBody: 'Please contact the service another way. Your answers are below so you can print or copy them.',
  cannotSend: 'This form cannot send referrals at the moment. Please contact the service another way.',
} as const satisfies Readonly<Record<string, Message>>;

/** The same words, by the name the form reads every on-demand words module by. */
export { referralProblemsEn as words };
