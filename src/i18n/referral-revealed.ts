import type { Message } from './catalogue.js';

/**
 * The English words of the questions an option reveals (GOV.UK's conditional reveal), loaded when
 * one is first chosen: those for someone asking on another person's behalf ("Someone else"), the
 * interpreter's language and "Something else". Most people choose none of them. Welsh has them in
 * `referral-cy.ts`.
 */
export const referralRevealedEn = {
  referrerName: 'Your full name',
  referrerRelationship: 'How do you know them?',
  referrerRelationshipHint: 'For example: partner, daughter, neighbour or support worker',
  referrerContact: 'Your phone number or email address',
  referrerContactHint: 'So the link worker can reach you if they need to',
  referrerAgreed: 'They have agreed that I can ask for a link worker for them',
  interpreterLanguage: 'Which language?',
  needsOther: 'Tell us what you need',
} as const satisfies Readonly<Record<string, Message>>;

/** The same words, by the name the form reads every on-demand words module by. */
export { referralRevealedEn as words };
