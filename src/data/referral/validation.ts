/**
 * The checks behind each step of the referral form, as GOV.UK does them: one
 * message per field, saying how to fix it. Postcode, phone, email and NHS
 * number are checked for their format only; nothing is looked up.
 */
import type { AnswerField, ReferralAnswers, ReferralRules, Step } from './answers.js';

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

/** The NHS number's modulus 11 check: the tenth digit must match the weighted sum of the first nine. */
export function isValidNhsNumber(text: string): boolean {
  const digits = nhsNumberDigits(text);
  if (!digits) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
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
  const now = { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
  const future = yn > now.y || (yn === now.y && (mn > now.m || (mn === now.m && dn > now.d)));
  if (future) return { error: 'errorDobFuture', field: 'dobDay' };
  let age = now.y - yn;
  if (now.m < mn || (now.m === mn && now.d < dn)) age--;
  if (age < minAge) return { error: 'errorDobAge', field: 'dobDay' };
  return { date: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

/** The problems with one step's answers, in the order the fields appear. */
export function validateStep(step: Step, a: ReferralAnswers, rules: ReferralRules, today = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  const need = (ok: boolean, field: AnswerField, message: ReferralErrorKey): void => {
    if (!ok) errors.push({ field, message });
  };
  switch (step) {
    case 'who':
      need(a.who !== '', 'who', 'errorWho');
      if (a.who === 'someone-else') {
        need(a.referrerName.trim() !== '', 'referrerName', 'errorReferrerName');
        need(a.referrerRelationship.trim() !== '', 'referrerRelationship', 'errorReferrerRelationship');
        const contact = a.referrerContact.trim();
        need(
          contact !== '' && (isPhoneNumber(contact) || isEmailAddress(contact)),
          'referrerContact',
          'errorReferrerContact',
        );
        need(a.referrerAgreed, 'referrerAgreed', 'errorReferrerAgreed');
      }
      break;
    case 'about': {
      need(a.name.trim() !== '', 'name', 'errorName');
      const dob = readDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today, rules.minAge);
      if ('error' in dob) errors.push({ field: dob.field, message: dob.error });
      need(a.address.trim() !== '', 'address', 'errorAddress');
      if (!a.postcode.trim()) errors.push({ field: 'postcode', message: 'errorPostcode' });
      else need(normalisePostcode(a.postcode) !== undefined, 'postcode', 'errorPostcodeFormat');
      if (rules.gpPracticeRequired) need(a.gpPractice.trim() !== '', 'gpPractice', 'errorGpPractice');
      if (a.nhsNumber.trim()) need(isValidNhsNumber(a.nhsNumber), 'nhsNumber', 'errorNhsNumber');
      break;
    }
    case 'contact': {
      need(a.contactMethods.length > 0, 'contactMethods', 'errorContactMethods');
      const byPhone = a.contactMethods.includes('phone') || a.contactMethods.includes('text');
      if (a.phone.trim()) need(isPhoneNumber(a.phone), 'phone', 'errorPhoneFormat');
      else need(!byPhone, 'phone', 'errorPhone');
      if (a.email.trim()) need(isEmailAddress(a.email), 'email', 'errorEmailFormat');
      else need(!a.contactMethods.includes('email'), 'email', 'errorEmail');
      break;
    }
    case 'needs':
      if (a.needs.includes('language-interpreter')) {
        need(a.interpreterLanguage.trim() !== '', 'interpreterLanguage', 'errorInterpreterLanguage');
      }
      if (a.needs.includes('other')) need(a.needsOther.trim() !== '', 'needsOther', 'errorNeedsOther');
      break;
    case 'help':
      need(a.reasons.length > 0, 'reasons', 'errorReasons');
      need(a.whatMatters.length <= rules.maxWhatMatters, 'whatMatters', 'errorWhatMattersLong');
      break;
    case 'preferences':
      break;
    case 'consent':
      need(a.consentContact, 'consentContact', 'errorConsentContact');
      need(a.consentGp !== '', 'consentGp', 'errorConsentGp');
      break;
  }
  return errors;
}

/**
 * Whether the person is in the area the service covers: by postcode district
 * or by GP practice, when the service names either. Either one is enough.
 */
export function isCovered(a: ReferralAnswers, rules: ReferralRules): boolean {
  const byDistrict = rules.postcodeDistricts.length > 0;
  const byPractice = rules.practices.length > 0;
  if (!byDistrict && !byPractice) return true;
  const district = postcodeDistrict(a.postcode);
  if (byDistrict && district && rules.postcodeDistricts.some((d) => d.toUpperCase() === district)) return true;
  const practice = a.gpPractice.trim().toLowerCase();
  return byPractice && practice !== '' && rules.practices.some((p) => p.trim().toLowerCase() === practice);
}
