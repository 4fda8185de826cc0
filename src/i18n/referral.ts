import type { Catalogue, Locale, Message } from './catalogue.js';

/**
 * The referral form's words. English is here; Welsh (`referral-cy.ts`) is
 * loaded only when a page asks for it, to keep the form small. Every message
 * can be replaced by a site through the form's `messages` property.
 */
export const referralEn = {
  formHeading: 'Ask for a link worker',
  whoFor:
    'A link worker can help with things that affect your health and wellbeing, like feeling lonely, money worries or housing. It is free. You can use this form for yourself, or for someone else who has agreed to it.',
  notFor:
    'This form is not for emergencies. A link worker cannot give urgent help with your mental health or medical care.',
  whatNext: 'A link worker will phone you within 2 weeks.',
  whatNextHeading: 'What happens next',
  safetyQuestion: 'Do you need help urgently because you might harm yourself or someone else?',
  keepAnswers: 'Keep my answers on this device until they are sent',
  keepHint:
    'If you lose your connection or reload the page, your answers will still be here. They are deleted when your referral is sent or you close this tab. Do not choose this on a shared computer.',
  start: 'Start',
  yes: 'Yes',
  no: 'No',
  crisisViewHeading: 'Please get help now',
  crisisViewBody:
    'Do not wait for a link worker. Call or text one of these now. They are free and they are there to help.',
  crisisViewBack: 'Go back to the start',
  serviceNotice: 'You are asking about: {name}',
  serviceNoticeHint: 'A link worker will talk to you about this and anything else that could help.',
  stepOf: 'Step {step} of {total}',
  back: 'Back',
  continue: 'Continue',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  optional: '(optional)',
  whoHeading: 'Who are you asking for?',
  whoMe: 'Me',
  whoSomeoneElse: 'Someone else, who has agreed to it',
  referrerName: 'Your full name',
  referrerRelationship: 'How do you know them?',
  referrerRelationshipHint: 'For example: partner, daughter, neighbour or support worker',
  referrerContact: 'Your phone number or email address',
  referrerContactHint: 'So the link worker can reach you if they need to',
  referrerAgreed: 'They have agreed that I can ask for a link worker for them',
  aboutHeadingMe: 'About you',
  aboutHeadingThem: 'About the person you are asking for',
  name: 'Full name',
  dob: 'Date of birth',
  dobHint: 'For example, 27 3 1985',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  address: 'Address',
  addressHint: 'Not including the postcode',
  postcode: 'Postcode',
  gpPractice: 'GP practice',
  gpPracticeHint: 'The GP practice where you are registered',
  gpChoose: 'Choose a GP practice',
  gpNotListed: 'My GP practice is not on this list',
  nhsNumber: 'NHS number',
  nhsNumberHint:
    'A 10 digit number, like 943 476 5919. It is on letters from the NHS and in the NHS App. You do not need it to send this form.',
  outsideHeading: 'This service may not cover where you live',
  outsideBody:
    'We are sorry. This service can only help people who live in its area or are registered with one of its GP practices. Your own GP practice can tell you about support near you.',
  outsideBack: 'Change your answers',
  contactHeading: 'How should a link worker get in touch?',
  contactMethods: 'How would you like to be contacted?',
  selectAll: 'Select all that apply',
  methodPhone: 'Phone call',
  methodText: 'Text message',
  methodEmail: 'Email',
  methodLetter: 'Letter',
  phone: 'Phone number',
  email: 'Email address',
  contactTimes: 'Best days and times to contact',
  contactTimesHint: 'For example: weekday mornings, not Wednesdays',
  leaveMessage: 'Is it OK to leave a message?',
  needsHeading: 'Help with communication',
  needsLegend: 'Do you need any of these to communicate with us?',
  needsHint: 'Select all that apply. Leave them empty if you do not need any.',
  'need-easy-read': 'Easy read',
  'need-large-print': 'Large print',
  'need-braille': 'Braille',
  'need-bsl-interpreter': 'A British Sign Language (BSL) interpreter',
  'need-language-interpreter': 'An interpreter for another language',
  'need-someone-on-my-behalf': 'Someone to speak for you',
  'need-other': 'Something else',
  interpreterLanguage: 'Which language?',
  needsOther: 'Tell us what you need',
  helpHeading: 'What would you like help with?',
  'reason-physical-health': 'Physical health',
  'reason-mental-health': 'Mental health and wellbeing',
  'reason-social-isolation': 'Feeling lonely or cut off',
  'reason-lifestyle-change': 'Making healthy changes',
  'reason-long-term-condition': 'Managing a long-term condition',
  'reason-money': 'Money, benefits or debt',
  'reason-housing': 'Housing',
  'reason-employment': 'Work, training or volunteering',
  'reason-practical-support': 'Practical help',
  whatMatters: 'What matters to you?',
  whatMattersHint: 'In your own words: what is going on, and what would help.',
  charactersLeft: { one: 'You have {count} character left', other: 'You have {count} characters left' },
  charactersOver: { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  preferencesHeading: 'Meeting a link worker',
  meetLegend: 'How would you like to talk to a link worker?',
  'meet-in-person': 'In person',
  'meet-phone': 'By phone',
  'meet-video': 'By video call',
  companion: 'Would you like someone to go with you to a group the first time?',
  barriersLegend: 'Does anything make it hard to get out?',
  'barrier-transport': 'Getting there',
  'barrier-cost': 'Cost',
  'barrier-health': 'Health',
  'barrier-confidence': 'Confidence',
  consentHeading: 'Your agreement',
  consentContact: 'I agree that a link worker can contact me, or the person I am asking for, about this',
  consentGp: 'Can we tell your GP practice that you asked for a link worker?',
  privacyLink: 'Read how we look after your information (opens in a new tab)',
  checkHeading: 'Check your answers before sending',
  change: 'Change',
  sendHeading: 'Now send your referral',
  sendBody: 'When you send this, a link worker will get your answers and contact you.',
  send: 'Send my referral',
  tooFast: 'Please check your answers, then press Send my referral again.',
  sending: 'Sending your referral…',
  failedHeading: 'Your referral has not been sent yet',
  failedOffline: 'We could not reach the service. Check your internet connection.',
  failedTimeout: 'The service took too long to answer.',
  failedServer: 'The service had a problem and could not take your referral.',
  failedKept:
    'Your answers are saved on this device. We will try again when you are back online, or you can try again now.',
  failedNotKept: 'Your answers are still on this page. Please do not close it. You can try again now.',
  refusedHeading: 'The service could not accept your referral',
  refusedBody: 'Please contact the service another way. Your answers are below so you can print or copy them.',
  cannotSend: 'This form cannot send referrals at the moment. Please contact the service another way.',
  retry: 'Try sending again',
  sentHeading: 'Referral sent',
  sentReference: 'Your reference number',
  sentBody: 'Thank you. The service has your referral.',
  print: 'Print or save a copy of your answers',
  yourAnswers: 'Your answers',
  restored: 'We kept your answers from before. You can carry on where you left off.',
  honeypot: 'Leave this empty',
  notGiven: 'Not given',
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

export type ReferralKey = keyof typeof referralEn;
export type ReferralMessages = { readonly [K in ReferralKey]: Message };

/** The words for a locale: English at once, Welsh from its own chunk. */
export async function loadReferralMessages(locale: Locale): Promise<ReferralMessages> {
  if (locale === 'cy') return (await import('./referral-cy.js')).referralCy;
  return referralEn;
}

/**
 * The catalogue the form reads: the locale's words with a site's own wording
 * laid over them (only strings, only known keys). Both locales point at the
 * same words, so plural forms follow the locale the form is told to use.
 */
export function referralCatalogue(
  messages: ReferralMessages,
  overrides: Readonly<Record<string, unknown>> | undefined,
): Catalogue<ReferralKey> {
  const words: Record<string, Message> = { ...messages };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (key in referralEn && typeof value === 'string' && value.trim()) words[key] = value;
  }
  const merged = words as ReferralMessages;
  return { en: merged, cy: merged };
}
