import type { Message } from './catalogue.js';

/**
 * The English words naming the group a person chose in the finder, loaded with `service.ts`
 * only when the form is opened from a group. Welsh has them in `referral-cy.ts`.
 */
export const referralServiceEn = {
  serviceNotice: 'You are asking about: {name}',
  serviceNoticeHint: 'A link worker will talk to you about this and anything else that could help.',
} as const satisfies Readonly<Record<string, Message>>;
