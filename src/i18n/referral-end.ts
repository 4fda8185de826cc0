import type { Message } from './catalogue.js';

/**
 * The English words of the end of the form (check your answers, sending,
 * confirmation), laid under the words of the form's language. Welsh has them
 * in `referral-cy.ts`.
 */
export const referralEndEn = {
  whatNextHeading: 'What happens next',
  checkHeading: 'Check your answers before sending',
  change: 'Change',
  sendHeading: 'Now send your referral',
  sendBody: 'When you send this, a link worker will get your answers and contact you.',
  send: 'Send my referral',
  sending: 'Sending your referral…',
  failedHeading: 'Your referral has not been sent yet',
  failedOffline: 'We could not reach the service. Check your internet connection.',
  failedTimeout: 'The service took too long to answer.',
  failedNotKept: 'Your answers are still on this page. Please do not close it. You can try again now.',
  retry: 'Try sending again',
  sentHeading: 'Referral sent',
  sentReference: 'Your reference number',
  sentBody: 'Thank you. The service has your referral.',
  print: 'Print or save a copy of your answers',
  yourAnswers: 'Your answers',
  notGiven: 'Not given',
} as const satisfies Readonly<Record<string, Message>>;
