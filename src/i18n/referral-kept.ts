import type { Message } from './catalogue.js';

/**
 * The English words for a person who agreed to keep their answers on this device, loaded with the
 * part that keeps them (when the box is ticked, or when the device holds what was kept): so they
 * are here before anything is sent, offline too. Welsh has them in `referral-cy.ts`.
 */
export const referralKeptEn = {
  restored: 'We kept your answers from before. You can carry on where you left off.',
  failedKept:
    'Your answers are saved on this device. We will try again when you are back online, or you can try again now.',
} as const satisfies Readonly<Record<string, Message>>;

/** The same words, by the name the form reads every on-demand words module by. */
export { referralKeptEn as words };
