import type { Message } from './catalogue.js';

/**
 * The English words for a service that names the area it covers (its GP practices or postcode
 * districts): the list of practices, and what to say to someone outside the area. Loaded with
 * that part of the form, only by a service that names its area. Welsh has them in `referral-cy.ts`.
 */
export const referralAreaEn = {
  gpChoose: 'Choose a GP practice',
  gpNotListed: 'My GP practice is not on this list',
  outsideHeading: 'This service may not cover where you live',
  outsideBody:
    'We are sorry. This service can only help people who live in its area or are registered with one of its GP practices. Your own GP practice can tell you about support near you.',
  outsideBack: 'Change your answers',
} as const satisfies Readonly<Record<string, Message>>;
