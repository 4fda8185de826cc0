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

export function emptyAnswers(): ReferralAnswers {
  return {
    who: '',
    referrerName: '',
    referrerRelationship: '',
    referrerContact: '',
    referrerAgreed: false,
    name: '',
    dobDay: '',
    dobMonth: '',
    dobYear: '',
    address: '',
    postcode: '',
    gpPractice: '',
    nhsNumber: '',
    contactMethods: [],
    phone: '',
    email: '',
    contactTimes: '',
    leaveMessage: '',
    needs: [],
    interpreterLanguage: '',
    needsOther: '',
    reasons: [],
    whatMatters: '',
    meet: [],
    companion: '',
    barriers: [],
    consentContact: false,
    consentGp: '',
  };
}

/**
 * Answers read back from storage, keeping only values of the right shape, so
 * a stale or tampered copy can never break the form.
 */
export function readAnswers(value: unknown): ReferralAnswers {
  const answers = emptyAnswers();
  if (typeof value !== 'object' || value === null) return answers;
  const source = value as Record<string, unknown>;
  const target = answers as unknown as Record<string, unknown>;
  for (const key of Object.keys(answers)) {
    const empty = target[key];
    const given = source[key];
    if (Array.isArray(empty)) {
      if (Array.isArray(given)) target[key] = given.filter((item) => typeof item === 'string');
    } else if (typeof given === typeof empty) {
      target[key] = given;
    }
  }
  return answers;
}

/** How a service sets the form up: everything a service may differ on. */
export interface ReferralRules {
  /** The youngest age the service takes, in whole years. */
  readonly minAge: number;
  /** Whether the GP practice must be given. */
  readonly gpPracticeRequired: boolean;
  /** The practices the service covers; empty for "any". */
  readonly practices: readonly string[];
  /** The postcode districts the service covers ("NG18"); empty for "anywhere". */
  readonly postcodeDistricts: readonly string[];
  /** The longest "what matters to you" answer, in characters. */
  readonly maxWhatMatters: number;
}

export const DEFAULT_RULES: ReferralRules = {
  minAge: 18,
  gpPracticeRequired: false,
  practices: [],
  postcodeDistricts: [],
  maxWhatMatters: 1000,
};

/** The group a person chose in the finder, sent with the referral. */
export interface ChosenService {
  readonly id?: string;
  readonly name?: string;
}
