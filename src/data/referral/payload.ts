/**
 * The referral as it is sent: Waymark's own versioned JSON payload, described
 * by `referral.schema.json` beside this file. No standard exists for sending a
 * social prescribing referral, so this one is written down and versioned: a
 * change that a receiver could trip on gets a new `version`.
 */
import {
  type Barrier,
  type ChosenService,
  type CommunicationNeed,
  type ContactMethod,
  type MeetingWay,
  type Reason,
  type ReferralAnswers,
  type ReferralRules,
} from './answers.js';
import { isEmailAddress, nhsNumberDigits, normalisePostcode, readDateOfBirth } from './validation.js';

export const REFERRAL_VERSION = 1;

export interface ReferralPayload {
  readonly version: 1;
  readonly person: {
    readonly name: string;
    readonly dateOfBirth?: string;
    readonly address?: string;
    readonly postcode?: string;
    readonly gpPractice?: string;
    readonly nhsNumber?: string;
    readonly phone?: string;
    readonly email?: string;
    readonly contactPreferences?: readonly ContactMethod[];
    readonly contactTimes?: string;
    readonly safeToLeaveMessage?: boolean;
  };
  readonly referrer?: {
    readonly name: string;
    readonly relationship?: string;
    readonly phone?: string;
    readonly email?: string;
    readonly personAgreed: true;
  };
  readonly reasons: readonly Reason[];
  readonly whatMatters?: string;
  readonly communicationNeeds?: {
    readonly needs: readonly CommunicationNeed[];
    readonly interpreterLanguage?: string;
    readonly details?: string;
  };
  readonly preferences?: {
    readonly meet?: readonly MeetingWay[];
    readonly companion?: boolean;
    readonly barriers?: readonly Barrier[];
  };
  readonly consent: { readonly shareWithLinkWorker: true; readonly contactMe: true; readonly shareWithGp: boolean };
  readonly submittedAt: string;
  readonly service?: ChosenService;
}

/** A field only when it has something in it, so the payload carries no empty strings. */
function text<K extends string>(key: K, value: string): { [P in K]?: string } {
  const trimmed = value.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}

function list<K extends string, T>(key: K, value: readonly T[]): { [P in K]?: readonly T[] } {
  return (value.length ? { [key]: [...new Set(value)] } : {}) as unknown as { [P in K]?: readonly T[] };
}

function yesNo<K extends string>(key: K, value: '' | 'yes' | 'no'): { [P in K]?: boolean } {
  return (value ? { [key]: value === 'yes' } : {}) as { [P in K]?: boolean };
}

/** The payload for answers that passed every step's checks. */
export function buildPayload(
  a: ReferralAnswers,
  rules: ReferralRules,
  service: ChosenService | undefined,
  now: Date,
): ReferralPayload {
  const dob = readDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, now, rules.minAge);
  const referrerContact = a.referrerContact.trim();
  const needs = a.needs.filter((n) => n !== 'other' || a.needsOther.trim());
  const preferences = {
    ...list('meet', a.meet),
    ...yesNo('companion', a.companion),
    ...list('barriers', a.barriers),
  };
  const chosen = service && { ...text('id', service.id ?? ''), ...text('name', service.name ?? '') };
  return {
    version: REFERRAL_VERSION,
    person: {
      name: a.name.trim(),
      ...('date' in dob ? { dateOfBirth: dob.date } : {}),
      ...text('address', a.address),
      ...text('postcode', normalisePostcode(a.postcode) ?? ''),
      ...text('gpPractice', a.gpPractice),
      ...text('nhsNumber', nhsNumberDigits(a.nhsNumber) ?? ''),
      ...text('phone', a.phone),
      ...text('email', a.email),
      ...list('contactPreferences', a.contactMethods),
      ...text('contactTimes', a.contactTimes),
      ...yesNo('safeToLeaveMessage', a.leaveMessage),
    },
    ...(a.who === 'someone-else'
      ? {
          referrer: {
            name: a.referrerName.trim(),
            ...text('relationship', a.referrerRelationship),
            ...(isEmailAddress(referrerContact) ? { email: referrerContact } : text('phone', referrerContact)),
            personAgreed: true as const,
          },
        }
      : {}),
    reasons: [...new Set(a.reasons)],
    ...text('whatMatters', a.whatMatters.slice(0, rules.maxWhatMatters)),
    ...(needs.length
      ? {
          communicationNeeds: {
            needs,
            ...(needs.includes('language-interpreter') ? text('interpreterLanguage', a.interpreterLanguage) : {}),
            ...(needs.includes('other') ? text('details', a.needsOther) : {}),
          },
        }
      : {}),
    ...(Object.keys(preferences).length ? { preferences } : {}),
    consent: { shareWithLinkWorker: true, contactMe: true, shareWithGp: a.consentGp === 'yes' },
    submittedAt: now.toISOString(),
    ...(chosen && Object.keys(chosen).length ? { service: chosen } : {}),
  };
}
