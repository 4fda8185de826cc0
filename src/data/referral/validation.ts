/**
 * The checks behind each step of the referral form, as GOV.UK does them: one
 * message per field, saying how to fix it. Postcode, phone, email and NHS
 * number are checked for their format only; nothing is looked up.
 */
import {
  REVEALS,
  STEP_FIELDS,
  type AnswerField,
  type ReferralAnswers,
  type ReferralRules,
  type Step,
} from './answers.js';

/** Each problem names the field to focus and the catalogue message that says how to fix it. */
export interface FieldError {
  readonly field: AnswerField;
  readonly message: ReferralErrorKey;
}

export type ReferralErrorKey =
  | 'errorWho'
  | 'errorReferrerName'
  | 'errorReferrerRelationship'
  | 'errorReferrerContact'
  | 'errorReferrerAgreed'
  | 'errorName'
  | 'errorDobMissing'
  | 'errorDobDay'
  | 'errorDobMonth'
  | 'errorDobYear'
  | 'errorDobReal'
  | 'errorDobFuture'
  | 'errorDobAge'
  | 'errorAddress'
  | 'errorPostcode'
  | 'errorPostcodeFormat'
  | 'errorGpPractice'
  | 'errorNhsNumber'
  | 'errorContactMethods'
  | 'errorPhone'
  | 'errorPhoneFormat'
  | 'errorEmail'
  | 'errorEmailFormat'
  | 'errorInterpreterLanguage'
  | 'errorNeedsOther'
  | 'errorReasons'
  | 'errorWhatMattersLong'
  | 'errorConsentContact'
  | 'errorConsentGp';

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** A UK postcode in its usual form ("ng181ab" → "NG18 1AB"), or undefined when it cannot be one. */
export function normalisePostcode(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** The district of a postcode ("NG18 1AB" → "NG18"). */
export function postcodeDistrict(postcode: string): string | undefined {
  return normalisePostcode(postcode)?.split(' ')[0];
}

/** A UK phone number: 10 or 11 digits starting 0, or +44 and the rest, with spaces, brackets or dashes. */
export function isPhoneNumber(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return false;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    if (!digits.startsWith('44')) return digits.length >= 8 && digits.length <= 15;
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  }
  return /^0\d{9,10}$/.test(digits);
}

export function isEmailAddress(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 254 && EMAIL.test(trimmed);
}

/** The 10 digits of an NHS number as typed ("943 476 5919"), or undefined when it has another shape. */
export function nhsNumberDigits(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * The NHS number's modulus 11 check: the digits weighted 10 down to 1 (the check digit's weight)
 * add up to a multiple of 11. (A number whose check digit would have to be 10 can never pass.)
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = nhsNumberDigits(text);
  return !!digits && [...digits].reduce((sum, digit, i) => sum + Number(digit) * (10 - i), 0) % 11 === 0;
}

/** A date of birth as YYYY-MM-DD, or the message saying what is wrong with it. */
export function readDateOfBirth(
  day: string,
  month: string,
  year: string,
  today: Date,
  minAge: number,
): { readonly date: string } | { readonly error: ReferralErrorKey; readonly field: AnswerField } {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return { error: 'errorDobMissing', field: 'dobDay' };
  if (!d) return { error: 'errorDobDay', field: 'dobDay' };
  if (!m) return { error: 'errorDobMonth', field: 'dobMonth' };
  if (!y) return { error: 'errorDobYear', field: 'dobYear' };
  if (!/^\d{1,2}$/.test(d)) return { error: 'errorDobReal', field: 'dobDay' };
  if (!/^\d{1,2}$/.test(m)) return { error: 'errorDobReal', field: 'dobMonth' };
  if (!/^\d{4}$/.test(y)) return { error: 'errorDobYear', field: 'dobYear' };
  const [dn, mn, yn] = [Number(d), Number(m), Number(y)];
  const date = new Date(Date.UTC(yn, mn - 1, dn));
  if (mn < 1 || mn > 12 || dn < 1 || date.getUTCDate() !== dn || yn < 1900) {
    return { error: 'errorDobReal', field: 'dobDay' };
  }
  // Both dates as YYYYMMDD numbers: their difference in ten-thousands is the age in whole years.
  const born = yn * 10_000 + mn * 100 + dn;
  const now = today.getFullYear() * 10_000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (born > now) return { error: 'errorDobFuture', field: 'dobDay' };
  if ((now - born) / 10_000 < minAge) return { error: 'errorDobAge', field: 'dobDay' };
  return { date: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

/** Questions that always need an answer. Those an option reveals need one while it is chosen. */
const NEEDED: readonly AnswerField[] = [
  'who',
  'name',
  'address',
  'postcode',
  'contactMethods',
  'reasons',
  'consentContact',
  'consentGp',
];

/** The format each of these answers must have, when given. */
const FORMATS: { readonly [F in AnswerField]?: (text: string) => boolean } = {
  referrerContact: (text) => isPhoneNumber(text) || isEmailAddress(text),
  postcode: (text) => normalisePostcode(text) !== undefined,
  nhsNumber: isValidNhsNumber,
  phone: isPhoneNumber,
  email: isEmailAddress,
};

/**
 * The problems with one step's answers, in the order the fields appear. A missing answer's
 * message is `error<Field>` ("errorName"); one in the wrong format is `error<Field>Format` for
 * the postcode, phone and email, and the same `error<Field>` for the others.
 */
export function validateStep(step: Step, a: ReferralAnswers, rules: ReferralRules, today = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  const chosen: readonly string[] = [a.who, ...a.needs];
  const byPhone = a.contactMethods.includes('phone') || a.contactMethods.includes('text');
  for (const field of STEP_FIELDS[step]) {
    const value = a[field];
    const message = `error${field[0]?.toUpperCase() ?? ''}${field.slice(1)}` as ReferralErrorKey;
    const revealedBy = Object.keys(REVEALS).find((option) => REVEALS[option]?.includes(field));
    // A question its option does not show is not asked.
    if (revealedBy && !chosen.includes(revealedBy)) continue;
    if (field === 'dobDay') {
      const dob = readDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today, rules.minAge);
      if ('error' in dob) errors.push({ field: dob.field, message: dob.error });
    } else if (field === 'whatMatters') {
      if (a.whatMatters.length > rules.maxWhatMatters) errors.push({ field, message: 'errorWhatMattersLong' });
    } else if (typeof value === 'string' ? !value.trim() : Array.isArray(value) ? !value.length : !value) {
      const needed =
        NEEDED.includes(field) ||
        revealedBy !== undefined ||
        (field === 'gpPractice' && rules.gpPracticeRequired) ||
        (field === 'phone' && byPhone) ||
        (field === 'email' && a.contactMethods.includes('email'));
      if (needed) errors.push({ field, message });
    } else if (!(FORMATS[field]?.(value as string) ?? true)) {
      const format = ['postcode', 'phone', 'email'].includes(field) ? 'Format' : '';
      errors.push({ field, message: `${message}${format}` as ReferralErrorKey });
    }
  }
  return errors;
}
