import type { Message } from './catalogue.js';

/**
 * The English words that say how to fix each answer. Loaded only when a step has an answer to
 * fix (the form waits for them before showing the problems); a person who makes no mistake
 * never downloads them. Welsh has them in `referral-cy.ts`.
 */
export const referralErrorsEn = {
  errorSummary: 'There is a problem',
  charactersOver: { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  errorSafety: 'Select yes if you need help urgently, or no if you do not',
  errorWho: 'Select who you are asking for',
  errorReferrerName: 'Enter your full name',
  errorReferrerRelationship: 'Enter how you know them, for example partner or neighbour',
  errorReferrerContact: 'Enter a phone number, like 01632 960 001, or an email address, like name@example.com',
  errorReferrerAgreed: 'Confirm that they have agreed to you asking for them',
  errorName: 'Enter a full name',
  errorDobMissing: 'Enter a date of birth, for example 27 3 1985',
  errorDobDay: 'Date of birth must include a day',
  errorDobMonth: 'Date of birth must include a month',
  errorDobYear: 'Date of birth must include a year with 4 numbers, for example 1985',
  errorDobReal: 'Date of birth must be a real date, for example 27 3 1985',
  errorDobFuture: 'Date of birth must be in the past',
  errorDobAge:
    'This service is for people aged {minAge} or over. Check the date of birth, or ask your GP practice about other support',
  errorAddress: 'Enter an address',
  errorPostcode: 'Enter a postcode',
  errorPostcodeFormat: 'Enter a full postcode, like NG18 1AB',
  errorGpPractice: 'Enter the name of a GP practice',
  errorNhsNumber: 'Enter an NHS number with 10 numbers, like 943 476 5919, or leave it empty',
  errorContactMethods: 'Select at least one way to be contacted',
  errorPhone: 'Enter a phone number, so a link worker can call or text',
  errorPhoneFormat: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  errorEmail: 'Enter an email address, so a link worker can email',
  errorEmailFormat: 'Enter an email address in the right format, like name@example.com',
  errorInterpreterLanguage: 'Enter the language an interpreter should speak',
  errorNeedsOther: 'Tell us what you need, or untick Something else',
  errorReasons: 'Select at least one thing you would like help with',
  errorWhatMattersLong: 'What matters to you must be {max} characters or fewer',
  errorConsentContact: 'Tick the box to agree that a link worker can contact you. Without it, they cannot help',
  errorConsentGp: 'Select yes if we can tell your GP practice, or no if we cannot',
} as const satisfies Readonly<Record<string, Message>>;

/** The same words, by the name the form reads every on-demand words module by. */
export { referralErrorsEn as words };
