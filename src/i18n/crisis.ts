import type { Catalogue, Message } from './catalogue.js';
import { crisisCy } from './crisis-cy.js';

/**
 * The crisis routes: shown before and after the referral form and in the easy-read explainer.
 * English is here, ready at once: the routes must show with no wait. Welsh is in `crisis-cy.ts`,
 * so a page that only needs English (`crisisEn`) does not download it.
 */
export const crisisEn = {
  crisisHeading: 'If you need help now',
  crisisIntro: 'This service cannot help in an emergency. If you need help now:',
  crisisEmergency: 'Call {number} if you or someone else is in danger now.',
  crisisNhs111England: 'Call NHS 111 and choose option 2 for urgent mental health help.',
  crisisNhs111Wales: 'Call 111 and press 2 for urgent mental health help.',
  crisisNhs24Scotland: 'Call NHS 24 on 111 for urgent mental health help.',
  crisisLifelineNi: 'Call Lifeline on 0808 808 8000 for urgent mental health help.',
  crisisSamaritans: 'Call Samaritans free on 116 123, any time, day or night.',
  crisisShout: 'Text SHOUT to 85258 to talk by text, free, any time.',
  crisisCall: 'Call {number}',
  crisisText: 'Text {keyword} to {number}',
} as const;

export type CrisisKey = keyof typeof crisisEn;

/** One language's crisis words. */
export type CrisisWords = { readonly [K in CrisisKey]: Message };

/** Both languages, for a widget that carries both. */
export const crisis = { en: crisisEn, cy: crisisCy } as const satisfies Catalogue<CrisisKey>;
