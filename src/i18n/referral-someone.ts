import type { Message } from './catalogue.js';

/**
 * The English words of the questions for someone asking on another person's behalf, loaded
 * once "Someone else" is chosen: most people ask for themselves and never need them. Welsh has
 * them in `referral-cy.ts`.
 */
export const referralSomeoneEn = {
  referrerName: 'Your full name',
  referrerRelationship: 'How do you know them?',
  referrerRelationshipHint: 'For example: partner, daughter, neighbour or support worker',
  referrerContact: 'Your phone number or email address',
  referrerContactHint: 'So the link worker can reach you if they need to',
  referrerAgreed: 'They have agreed that I can ask for a link worker for them',
} as const satisfies Readonly<Record<string, Message>>;

/** The same words, by the name the form reads every on-demand words module by. */
export { referralSomeoneEn as words };
