import { expect } from '@open-wc/testing';
import { DEFAULT_RULES, emptyAnswers, type ReferralAnswers } from '../../../src/data/referral/answers.js';
import { buildFhirBundle, SOCIAL_PRESCRIBING_REFERRAL } from '../../../src/data/referral/fhir.js';
import { buildPayload } from '../../../src/data/referral/payload.js';

const NOW = new Date('2026-11-30T10:15:00Z');

export function fullAnswers(): ReferralAnswers {
  return {
    ...emptyAnswers(),
    who: 'someone-else',
    referrerName: 'Ravi Patel',
    referrerRelationship: 'Son',
    referrerContact: '07700 900123',
    referrerAgreed: true,
    name: ' Sam Patel ',
    dobDay: '9',
    dobMonth: '4',
    dobYear: '1961',
    address: '1 Example Road\nMansfield',
    postcode: 'ng181ab',
    gpPractice: 'Oak Tree Lane Medical Practice',
    nhsNumber: '943 476 5919',
    contactMethods: ['phone', 'letter'],
    phone: '01632 960123',
    contactTimes: 'Mornings',
    leaveMessage: 'yes',
    needs: ['large-print', 'language-interpreter'],
    interpreterLanguage: 'Gujarati',
    reasons: ['social-isolation', 'money'],
    whatMatters: 'Getting out of the house.',
    meet: ['in-person'],
    companion: 'yes',
    barriers: ['transport'],
    consentContact: true,
    consentGp: 'no',
  };
}

/** The published schema, as the dev server serves it from the package's source. */
let schema: Record<string, unknown> = {};
before(async () => {
  schema = (await (await fetch('/src/data/referral/referral.schema.json')).json()) as Record<string, unknown>;
});

/** The schema's property names at each level: the payload may only use these (additionalProperties: false). */
function allowed(path: string[]): string[] {
  let node: Record<string, unknown> = schema;
  for (const key of path) node = (node['properties'] as Record<string, Record<string, unknown>>)[key]!;
  return Object.keys(node['properties'] as object);
}

describe('the referral payload', () => {
  it('is version 1, with every answer in its place and nothing empty', () => {
    const payload = buildPayload(fullAnswers(), DEFAULT_RULES, { id: 'svc-1', name: 'Memory Café' }, NOW);
    expect(payload).to.deep.equal({
      version: 1,
      person: {
        name: 'Sam Patel',
        dateOfBirth: '1961-04-09',
        address: '1 Example Road\nMansfield',
        postcode: 'NG18 1AB',
        gpPractice: 'Oak Tree Lane Medical Practice',
        nhsNumber: '9434765919',
        phone: '01632 960123',
        contactPreferences: ['phone', 'letter'],
        contactTimes: 'Mornings',
        safeToLeaveMessage: true,
      },
      referrer: { name: 'Ravi Patel', relationship: 'Son', phone: '07700 900123', personAgreed: true },
      reasons: ['social-isolation', 'money'],
      whatMatters: 'Getting out of the house.',
      communicationNeeds: { needs: ['large-print', 'language-interpreter'], interpreterLanguage: 'Gujarati' },
      preferences: { meet: ['in-person'], companion: true, barriers: ['transport'] },
      consent: { shareWithLinkWorker: true, contactMe: true, shareWithGp: false },
      submittedAt: '2026-11-30T10:15:00.000Z',
      service: { id: 'svc-1', name: 'Memory Café' },
    });
  });

  it('uses only names the published schema knows', () => {
    const payload = buildPayload(fullAnswers(), DEFAULT_RULES, { id: 'svc-1', name: 'Memory Café' }, NOW);
    expect(allowed([])).to.include.members(Object.keys(payload));
    expect(allowed(['person'])).to.include.members(Object.keys(payload.person));
    expect(allowed(['referrer'])).to.include.members(Object.keys(payload.referrer!));
    expect(allowed(['communicationNeeds'])).to.include.members(Object.keys(payload.communicationNeeds!));
    expect(allowed(['preferences'])).to.include.members(Object.keys(payload.preferences!));
    expect(allowed(['consent'])).to.include.members(Object.keys(payload.consent));
    expect((schema as { properties: { version: { const: number } } }).properties.version.const).to.equal(
      payload.version,
    );
  });

  it('leaves out the referrer, the needs, the preferences and the service when there are none', () => {
    const a = {
      ...fullAnswers(),
      who: 'me' as const,
      needs: [],
      meet: [],
      companion: '' as const,
      barriers: [],
      whatMatters: '  ',
    };
    const payload = buildPayload(a, DEFAULT_RULES, undefined, NOW);
    expect(payload).not.to.have.any.keys('referrer', 'communicationNeeds', 'preferences', 'service', 'whatMatters');
  });

  it('puts a referrer’s email address under email', () => {
    const payload = buildPayload(
      { ...fullAnswers(), referrerContact: 'ravi@example.com' },
      DEFAULT_RULES,
      undefined,
      NOW,
    );
    expect(payload.referrer).to.deep.equal({
      name: 'Ravi Patel',
      relationship: 'Son',
      email: 'ravi@example.com',
      personAgreed: true,
    });
  });
});

describe('the FHIR R4 transaction Bundle', () => {
  const ids = {
    patient: '11111111-1111-4111-8111-111111111111',
    request: '22222222-2222-4222-8222-222222222222',
    answers: '33333333-3333-4333-8333-333333333333',
  };
  const payload = buildPayload(fullAnswers(), DEFAULT_RULES, { id: 'svc-1', name: 'Memory Café' }, NOW);
  const bundle = buildFhirBundle(payload, ids);
  const byType = (type: string) => bundle.entry.find((e) => e.resource.resourceType === type)!;

  it('is a transaction of a Patient, a ServiceRequest and a QuestionnaireResponse, each POSTed', () => {
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.type).to.equal('transaction');
    expect(bundle.entry.map((e) => e.resource.resourceType)).to.deep.equal([
      'Patient',
      'ServiceRequest',
      'QuestionnaireResponse',
    ]);
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).to.match(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.request).to.deep.equal({ method: 'POST', url: entry.resource.resourceType });
    }
  });

  it('codes the ServiceRequest as a referral to social prescribing and points it at the Patient and the answers', () => {
    const request = byType('ServiceRequest').resource as Record<string, unknown>;
    expect(request['status']).to.equal('active');
    expect(request['intent']).to.equal('order');
    expect(request['code']).to.deep.equal({
      coding: [
        {
          system: 'http://snomed.info/sct',
          code: '871731000000106',
          display: 'Referral to social prescribing service',
        },
      ],
      text: SOCIAL_PRESCRIBING_REFERRAL.display,
    });
    expect(request['subject']).to.deep.equal({ reference: `urn:uuid:${ids.patient}` });
    expect(request['supportingInfo']).to.deep.equal([{ reference: `urn:uuid:${ids.answers}` }]);
    expect(request['authoredOn']).to.equal(payload.submittedAt);
    expect(request['requester']).to.deep.equal({ display: 'Ravi Patel' });
  });

  it('gives the Patient their NHS number, name, birth date, address and phone', () => {
    const patient = byType('Patient').resource as Record<string, unknown>;
    expect(patient['identifier']).to.deep.equal([{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }]);
    expect(patient['name']).to.deep.equal([{ text: 'Sam Patel' }]);
    expect(patient['birthDate']).to.equal('1961-04-09');
    expect(patient['address']).to.deep.equal([
      { text: '1 Example Road\nMansfield', postalCode: 'NG18 1AB', country: 'GB' },
    ]);
    expect(patient['telecom']).to.deep.equal([{ system: 'phone', value: '01632 960123' }]);
  });

  it('carries every answer in the QuestionnaireResponse, each item with at least one typed answer', () => {
    const response = byType('QuestionnaireResponse').resource as unknown as {
      status: string;
      item: { linkId: string; answer: object[] }[];
    };
    expect(response.status).to.equal('completed');
    const linkIds = response.item.map((i) => i.linkId);
    expect(linkIds).to.include.members([
      'reasons',
      'what-matters',
      'communication-needs',
      'interpreter-language',
      'companion',
      'referrer-name',
      'consent-share-with-gp',
      'service-name',
    ]);
    expect(new Set(linkIds).size).to.equal(linkIds.length);
    for (const item of response.item) {
      expect(item.answer.length, item.linkId).to.be.greaterThan(0);
      for (const answer of item.answer) {
        expect(Object.keys(answer)).to.have.length(1);
        expect(Object.keys(answer)[0]).to.match(/^value(String|Boolean|Date|Coding)$/);
      }
    }
  });
});
