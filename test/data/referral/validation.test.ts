import { expect } from '@open-wc/testing';
import { DEFAULT_RULES, emptyAnswers, type ReferralAnswers } from '../../../src/data/referral/answers.js';
import { readAnswers, readDraft } from '../../../src/data/referral/kept-outbox.js';
import { isCovered, readList } from '../../../src/data/referral/area.js';
import {
  isEmailAddress,
  isPhoneNumber,
  isValidNhsNumber,
  normalisePostcode,
  readDateOfBirth,
  validateStep,
} from '../../../src/data/referral/validation.js';

const TODAY = new Date(2026, 10, 30); // 30 November 2026

function answers(changes: Partial<ReferralAnswers>): ReferralAnswers {
  return { ...emptyAnswers(), ...changes };
}

describe('referral validation', () => {
  describe('NHS numbers', () => {
    it('accepts numbers whose check digit matches, with or without spaces', () => {
      expect(isValidNhsNumber('943 476 5919')).to.be.true;
      expect(isValidNhsNumber('9434765919')).to.be.true;
      expect(isValidNhsNumber('943-476-5919')).to.be.true;
    });
    it('refuses a wrong check digit, a check digit of 10, and the wrong length', () => {
      expect(isValidNhsNumber('943 476 5918')).to.be.false;
      expect(isValidNhsNumber('9434765918')).to.be.false;
      // 10 weights give a check of 10 here, which no NHS number has.
      expect(isValidNhsNumber('0000000060')).to.be.false;
      expect(isValidNhsNumber('48577734')).to.be.false;
      expect(isValidNhsNumber('485 777 345a')).to.be.false;
    });
  });

  it('reads UK postcodes in any case and spacing, and refuses what cannot be one', () => {
    expect(normalisePostcode('ng181ab')).to.equal('NG18 1AB');
    expect(normalisePostcode(' sw1a  1aa ')).to.equal('SW1A 1AA');
    expect(normalisePostcode('M1 1AE')).to.equal('M1 1AE');
    expect(normalisePostcode('NG18')).to.be.undefined;
    expect(normalisePostcode('12345')).to.be.undefined;
  });

  it('checks phone numbers and email addresses for their format only', () => {
    expect(isPhoneNumber('01632 960 001')).to.be.true;
    expect(isPhoneNumber('07700 900982')).to.be.true;
    expect(isPhoneNumber('+44 7700 900982')).to.be.true;
    expect(isPhoneNumber('(01632) 960-001')).to.be.true;
    expect(isPhoneNumber('123')).to.be.false;
    expect(isPhoneNumber('call me')).to.be.false;
    expect(isEmailAddress('sam@example.com')).to.be.true;
    expect(isEmailAddress('sam at example')).to.be.false;
    expect(isEmailAddress('sam@example')).to.be.false;
  });

  describe('date of birth', () => {
    it('gives the date as YYYY-MM-DD', () => {
      expect(readDateOfBirth('27', '3', '1985', TODAY, 18)).to.deep.equal({ date: '1985-03-27' });
    });
    it('says which part is missing, or that nothing was given', () => {
      expect(readDateOfBirth('', '', '', TODAY, 18)).to.deep.include({ error: 'errorDobMissing' });
      expect(readDateOfBirth('', '3', '1985', TODAY, 18)).to.deep.include({ error: 'errorDobDay' });
      expect(readDateOfBirth('27', '', '1985', TODAY, 18)).to.deep.include({
        error: 'errorDobMonth',
        field: 'dobMonth',
      });
      expect(readDateOfBirth('27', '3', '', TODAY, 18)).to.deep.include({ error: 'errorDobYear', field: 'dobYear' });
      expect(readDateOfBirth('27', '3', '85', TODAY, 18)).to.deep.include({ error: 'errorDobYear' });
    });
    it('refuses dates that do not exist and dates in the future', () => {
      expect(readDateOfBirth('30', '2', '1990', TODAY, 18)).to.deep.include({ error: 'errorDobReal' });
      expect(readDateOfBirth('1', '13', '1990', TODAY, 18)).to.deep.include({ error: 'errorDobReal' });
      expect(readDateOfBirth('1', '12', '2026', TODAY, 0)).to.deep.include({ error: 'errorDobFuture' });
    });
    it('applies the service age rule on the day of the birthday, not before', () => {
      expect(readDateOfBirth('30', '11', '2008', TODAY, 18)).to.deep.equal({ date: '2008-11-30' });
      expect(readDateOfBirth('1', '12', '2008', TODAY, 18)).to.deep.include({ error: 'errorDobAge' });
      expect(readDateOfBirth('1', '12', '2008', TODAY, 16)).to.deep.equal({ date: '2008-12-01' });
    });
  });

  describe('steps', () => {
    it('asks who the referral is for, and the referrer’s details when it is someone else', () => {
      expect(validateStep('who', answers({}), DEFAULT_RULES).map((e) => e.message)).to.deep.equal(['errorWho']);
      expect(validateStep('who', answers({ who: 'me' }), DEFAULT_RULES)).to.deep.equal([]);
      expect(
        validateStep('who', answers({ who: 'someone-else', referrerContact: 'not a number' }), DEFAULT_RULES).map(
          (e) => e.field,
        ),
      ).to.deep.equal(['referrerName', 'referrerRelationship', 'referrerContact', 'referrerAgreed']);
      const full = answers({
        who: 'someone-else',
        referrerName: 'Ravi Patel',
        referrerRelationship: 'Son',
        referrerContact: 'ravi@example.com',
        referrerAgreed: true,
      });
      expect(validateStep('who', full, DEFAULT_RULES)).to.deep.equal([]);
    });

    it('checks the person’s details, and the NHS number only when given', () => {
      const good = answers({
        name: 'Sam Patel',
        dobDay: '9',
        dobMonth: '4',
        dobYear: '1961',
        address: '1 Example Road',
        postcode: 'ng18 1ab',
      });
      expect(validateStep('about', good, DEFAULT_RULES, TODAY)).to.deep.equal([]);
      expect(validateStep('about', { ...good, nhsNumber: '943 476 5918' }, DEFAULT_RULES, TODAY)).to.deep.equal([
        { field: 'nhsNumber', message: 'errorNhsNumber' },
      ]);
      expect(validateStep('about', { ...good, postcode: 'NG18' }, DEFAULT_RULES, TODAY)).to.deep.equal([
        { field: 'postcode', message: 'errorPostcodeFormat' },
      ]);
      expect(
        validateStep('about', good, { ...DEFAULT_RULES, gpPracticeRequired: true }, TODAY).map((e) => e.field),
      ).to.deep.equal(['gpPractice']);
    });

    it('needs a phone number for calls and texts, and an email address for email', () => {
      const errors = validateStep('contact', answers({ contactMethods: ['text', 'email'] }), DEFAULT_RULES);
      expect(errors.map((e) => e.message)).to.deep.equal(['errorPhone', 'errorEmail']);
      expect(validateStep('contact', answers({ contactMethods: ['letter'] }), DEFAULT_RULES)).to.deep.equal([]);
      expect(
        validateStep('contact', answers({ contactMethods: ['letter'], email: 'nope' }), DEFAULT_RULES)[0]?.message,
      ).to.equal('errorEmailFormat');
    });

    it('asks which language and what else, only when those needs are ticked', () => {
      expect(validateStep('needs', answers({}), DEFAULT_RULES)).to.deep.equal([]);
      expect(
        validateStep('needs', answers({ needs: ['language-interpreter', 'other'] }), DEFAULT_RULES).map((e) => e.field),
      ).to.deep.equal(['interpreterLanguage', 'needsOther']);
    });

    it('needs at least one reason, and what matters within its length', () => {
      expect(validateStep('help', answers({}), DEFAULT_RULES)[0]?.message).to.equal('errorReasons');
      expect(
        validateStep('help', answers({ reasons: ['housing'], whatMatters: 'x'.repeat(1001) }), DEFAULT_RULES)[0]
          ?.message,
      ).to.equal('errorWhatMattersLong');
    });

    it('needs agreement to be contacted and an answer about the GP practice', () => {
      expect(validateStep('consent', answers({}), DEFAULT_RULES).map((e) => e.field)).to.deep.equal([
        'consentContact',
        'consentGp',
      ]);
      expect(validateStep('consent', answers({ consentContact: true, consentGp: 'no' }), DEFAULT_RULES)).to.deep.equal(
        [],
      );
    });
  });

  it('says whether the person is in the area by postcode district or by GP practice', () => {
    const rules = { postcodeDistricts: ['NG18', 'NG19'], practices: ['Oak Tree Lane'] };
    expect(isCovered(answers({ postcode: 'ng18 1ab' }), rules)).to.be.true;
    expect(isCovered(answers({ postcode: 'NG1 1AA' }), rules)).to.be.false;
    expect(isCovered(answers({ postcode: 'NG1 1AA', gpPractice: 'oak tree lane' }), rules)).to.be.true;
    expect(isCovered(answers({ postcode: 'NG1 1AA' }), { postcodeDistricts: [], practices: [] })).to.be.true;
  });

  it('reads a list of practices or districts as JSON or separated by commas', () => {
    expect(readList('["Oak Tree Lane", "", 3]')).to.deep.equal(['Oak Tree Lane']);
    expect(readList('NG18, NG19\nNG20')).to.deep.equal(['NG18', 'NG19', 'NG20']);
    expect(readList('')).to.deep.equal([]);
  });

  it('reads kept answers back keeping only values of the right shape', () => {
    const read = readAnswers({ name: 'Sam', reasons: ['housing', 3], consentContact: 'yes', extra: 1 });
    expect(read.name).to.equal('Sam');
    expect(read.reasons).to.deep.equal(['housing']);
    expect(read.consentContact).to.be.false;
    expect(readAnswers(null)).to.deep.equal(emptyAnswers());
  });

  it('reads a kept draft back: its view only one the form can return to, its start time only a number', () => {
    const views = ['who', 'about', 'check'];
    const draft = readDraft({ answers: { name: 'Sam' }, view: 'about', startedAt: 5 }, views);
    expect(draft).to.deep.include({ view: 'about', startedAt: 5 });
    expect(draft?.answers.name).to.equal('Sam');
    expect(readDraft({ answers: {}, view: 'sent', startedAt: 'soon' }, views)).to.deep.equal({
      answers: emptyAnswers(),
      view: 'who',
    });
    expect(readDraft('not a draft', views)).to.be.undefined;
  });
});
