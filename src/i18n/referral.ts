import type { Catalogue, Message } from './catalogue.js';
import type { referralAreaEn } from './referral-area.js';
import type { referralEndEn } from './referral-end.js';
import type { referralErrorsEn } from './referral-errors.js';
import type { referralProblemsEn } from './referral-problems.js';
import type { referralServiceEn } from './referral-service.js';
import type { referralKeptEn } from './referral-kept.js';
import type { referralRevealedEn } from './referral-revealed.js';

/**
 * The referral form's words: the English every person needs from the first
 * page is here; the English of the parts not everyone reaches loads with them
 * (`referral-end.ts`, `referral-errors.ts`, `referral-problems.ts`,
 * `referral-revealed.ts`, `referral-service.ts`, `referral-kept.ts`, `referral-area.ts`), and Welsh (`referral-cy.ts`)
 * only when a page asks for it, to keep the form small. Every message
 * can be replaced by a site through the form's `messages` property.
 */
export const referralEn = {
  formHeading: 'Ask for a link worker',
  whoFor:
    'A link worker can help with things that affect your health and wellbeing, like feeling lonely, money worries or housing. It is free. You can use this form for yourself, or for someone else who has agreed to it.',
  notFor:
    'This form is not for emergencies. A link worker cannot give urgent help with your mental health or medical care.',
  whatNext: 'A link worker will phone you within 2 weeks.',
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
  stepOf: 'Step {step} of {total}',
  back: 'Back',
  continue: 'Continue',
  errorPrefix: 'Error:',
  errorCheck: 'Check this answer',
  optional: '(optional)',
  whoHeading: 'Who are you asking for?',
  whoMe: 'Me',
  whoSomeoneElse: 'Someone else, who has agreed to it',
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
  nhsNumber: 'NHS number',
  nhsNumberHint:
    'A 10 digit number, like 943 476 5919. It is on letters from the NHS and in the NHS App. You do not need it to send this form.',
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
  honeypot: 'Leave this empty',
  loading: 'Loading…',
} as const satisfies Readonly<Record<string, Message>>;

/** The words of each way to be contacted, on the form and in the answers. */
const contactMethodKey: Readonly<Record<string, ReferralKey>> = {
  phone: 'methodPhone',
  text: 'methodText',
  email: 'methodEmail',
  letter: 'methodLetter',
};

/** The questions whose words are not under their own key: a step's heading, a legend, the whole date. */
const labelKeys: Readonly<Record<string, ReferralKey>> = {
  who: 'whoHeading',
  dobDay: 'dob',
  needs: 'needsLegend',
  reasons: 'helpHeading',
  meet: 'meetLegend',
  barriers: 'barriersLegend',
};

/** The key of a question's words: the field's own key (`name`, `phone`...) unless `labelKeys` says otherwise. */
export const labelKey = (field: string): ReferralKey => labelKeys[field] ?? (field as ReferralKey);

/** The key of an option's words: `need-braille`, `reason-housing`, `methodPhone`, `yes`... */
export function optionKey(field: string, value: string): ReferralKey {
  if (field === 'who') return value === 'me' ? 'whoMe' : 'whoSomeoneElse';
  if (field === 'contactMethods') return contactMethodKey[value] as ReferralKey;
  const prefix = (
    { needs: 'need-', reasons: 'reason-', meet: 'meet-', barriers: 'barrier-' } as Record<string, string>
  )[field];
  return `${prefix ?? ''}${value}` as ReferralKey;
}

export type ReferralKey =
  | keyof typeof referralEn
  | keyof typeof referralEndEn
  | keyof typeof referralErrorsEn
  | keyof typeof referralAreaEn
  | keyof typeof referralProblemsEn
  | keyof typeof referralRevealedEn
  | keyof typeof referralServiceEn
  | keyof typeof referralKeptEn;
export type ReferralMessages = { readonly [K in ReferralKey]: Message };
/** The words of the first page and the questions: all a page needs until the person reaches the end. */
export type ReferralStartMessages = { readonly [K in keyof typeof referralEn]: Message };

/**
 * The catalogue the form reads: the locale's words with a site's own wording
 * laid over them, later sources over earlier ones (only non-empty strings).
 * Both locales point at the same words, so plural forms follow the locale the
 * form is told to use.
 */
export function referralCatalogue(
  messages: ReferralStartMessages | ReferralMessages,
  ...overrides: unknown[]
): Catalogue<ReferralKey> {
  const words: Record<string, Message> = { ...messages };
  for (const source of overrides) {
    if (!source || typeof source !== 'object') continue;
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === 'string' && value.trim()) words[key] = value;
    }
  }
  const merged = words as ReferralMessages;
  return { en: merged, cy: merged };
}
