/**
 * What a person fills in on the referral form, step by step, as the form holds
 * it: plain strings and lists of option ids, so it can be kept in
 * sessionStorage as it is and restored after a reload. `payload.ts` turns it
 * into the versioned payload that is sent.
 */

/** The steps of the form, in order. One topic per step (GOV.UK "one thing per page"). */
export const STEPS = ['who', 'about', 'contact', 'needs', 'help', 'preferences', 'consent'] as const;
export type Step = (typeof STEPS)[number];

export const CONTACT_METHODS = ['phone', 'text', 'email', 'letter'] as const;
export const NEEDS = [
  'easy-read',
  'large-print',
  'braille',
  'bsl-interpreter',
  'language-interpreter',
  'someone-on-my-behalf',
  'other',
] as const;
/** The nine reasons of the Mid-Nottinghamshire referral form (DOMAIN.md). */
export const REASONS = [
  'physical-health',
  'mental-health',
  'social-isolation',
  'lifestyle-change',
  'long-term-condition',
  'money',
  'housing',
  'employment',
  'practical-support',
] as const;
export const MEETING_WAYS = ['in-person', 'phone', 'video'] as const;
export const BARRIERS = ['transport', 'cost', 'health', 'confidence'] as const;

export type ContactMethod = (typeof CONTACT_METHODS)[number];
export type CommunicationNeed = (typeof NEEDS)[number];
export type Reason = (typeof REASONS)[number];
export type MeetingWay = (typeof MEETING_WAYS)[number];
export type Barrier = (typeof BARRIERS)[number];

/** Every answer, as typed. Lists hold option ids; yes/no questions hold 'yes', 'no' or ''. */
export interface ReferralAnswers {
  who: '' | 'me' | 'someone-else';
  referrerName: string;
  referrerRelationship: string;
  /** A phone number or an email address: whichever the referrer gives. */
  referrerContact: string;
  referrerAgreed: boolean;
  name: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  address: string;
  postcode: string;
  gpPractice: string;
  nhsNumber: string;
  contactMethods: ContactMethod[];
  phone: string;
  email: string;
  contactTimes: string;
  leaveMessage: '' | 'yes' | 'no';
  needs: CommunicationNeed[];
  interpreterLanguage: string;
  needsOther: string;
  reasons: Reason[];
  whatMatters: string;
  meet: MeetingWay[];
  companion: '' | 'yes' | 'no';
  barriers: Barrier[];
  consentContact: boolean;
  consentGp: '' | 'yes' | 'no';
}

export type AnswerField = keyof ReferralAnswers;

/**
 * The questions of each step, in the order they are asked: what drives the
 * form's steps, the check-your-answers summary and the empty answers. The day
 * of birth stands for the whole date; a question revealed by an option (see
 * `REVEALS`) follows the question that reveals it.
 */
export const STEP_FIELDS: { readonly [S in Step]: readonly AnswerField[] } = {
  who: ['who', 'referrerName', 'referrerRelationship', 'referrerContact', 'referrerAgreed'],
  about: ['name', 'dobDay', 'dobMonth', 'dobYear', 'address', 'postcode', 'gpPractice', 'nhsNumber'],
  contact: ['contactMethods', 'phone', 'email', 'contactTimes', 'leaveMessage'],
  needs: ['needs', 'interpreterLanguage', 'needsOther'],
  help: ['reasons', 'whatMatters'],
  preferences: ['meet', 'companion', 'barriers'],
  consent: ['consentContact', 'consentGp'],
};

const YES_NO = ['yes', 'no'] as const;

/** The options of each question answered by choosing: radios hold one, checkboxes (list answers) several. */
export const OPTIONS: { readonly [F in AnswerField]?: readonly string[] } = {
  who: ['me', 'someone-else'],
  contactMethods: CONTACT_METHODS,
  leaveMessage: YES_NO,
  needs: NEEDS,
  reasons: REASONS,
  meet: MEETING_WAYS,
  companion: YES_NO,
  barriers: BARRIERS,
  consentGp: YES_NO,
};

/** The questions an option reveals while it is chosen (GOV.UK's conditional reveal), by option. */
export const REVEALS: Readonly<Record<string, readonly AnswerField[]>> = {
  'someone-else': ['referrerName', 'referrerRelationship', 'referrerContact', 'referrerAgreed'],
  'language-interpreter': ['interpreterLanguage'],
  other: ['needsOther'],
};

const LISTS: readonly AnswerField[] = ['contactMethods', 'needs', 'reasons', 'meet', 'barriers'];
const AGREEMENTS: readonly AnswerField[] = ['referrerAgreed', 'consentContact'];

export function emptyAnswers(): ReferralAnswers {
  const answers: Record<string, unknown> = {};
  for (const field of STEPS.flatMap((step) => STEP_FIELDS[step])) {
    answers[field] = LISTS.includes(field) ? [] : AGREEMENTS.includes(field) ? false : '';
  }
  return answers as unknown as ReferralAnswers;
}

/** How a service sets the form up (the area it covers is in `area.ts`). */
export interface ReferralRules {
  /** The youngest age the service takes, in whole years. */
  readonly minAge: number;
  /** Whether the GP practice must be given. */
  readonly gpPracticeRequired: boolean;
  /** The longest "what matters to you" answer, in characters. */
  readonly maxWhatMatters: number;
}

export const DEFAULT_RULES: ReferralRules = {
  minAge: 18,
  gpPracticeRequired: false,
  maxWhatMatters: 1000,
};

/** The group a person chose in the finder, sent with the referral. */
export interface ChosenService {
  readonly id?: string;
  readonly name?: string;
}
