/**
 * The referral as a FHIR R4 transaction Bundle, for services whose systems
 * speak FHIR (`format="fhir"`): a Patient, a ServiceRequest coded with SNOMED CT
 * 871731000000106 "Referral to social prescribing service", and a
 * QuestionnaireResponse with every answer. Loaded on demand: most sites never
 * need it.
 */
import type { ReferralPayload } from './payload.js';

export const SOCIAL_PRESCRIBING_REFERRAL = {
  system: 'http://snomed.info/sct',
  code: '871731000000106',
  display: 'Referral to social prescribing service',
} as const;

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
/** Where the questions are described: the payload's own schema, versioned with it. */
export const QUESTIONNAIRE_URL = 'https://waymark.example/schemas/referral/1/questionnaire';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type FhirResource = { resourceType: string; [key: string]: Json | undefined };

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'transaction';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource; request: { method: 'POST'; url: string } }[];
}

type Answer =
  { valueString: string } | { valueBoolean: boolean } | { valueDate: string } | { valueCoding: { code: string } };
interface Item {
  linkId: string;
  answer: Answer[];
}

function stringItems(linkId: string, values: readonly string[] | string | undefined): Item[] {
  if (values === undefined) return [];
  const list = typeof values === 'string' ? [values] : values;
  return list.length ? [{ linkId, answer: list.map((valueString) => ({ valueString })) }] : [];
}

function codingItems(linkId: string, codes: readonly string[] | undefined): Item[] {
  return codes?.length ? [{ linkId, answer: codes.map((code) => ({ valueCoding: { code } })) }] : [];
}

function booleanItems(linkId: string, value: boolean | undefined): Item[] {
  return value === undefined ? [] : [{ linkId, answer: [{ valueBoolean: value }] }];
}

/**
 * The Bundle for a payload. `ids` gives the three resources' `urn:uuid:` ids
 * (fixed per referral, so a retry sends the same Bundle).
 */
export function buildFhirBundle(
  payload: ReferralPayload,
  ids: { readonly patient: string; readonly request: string; readonly answers: string },
): FhirBundle {
  const { person } = payload;
  const patientUrl = `urn:uuid:${ids.patient}`;
  const answersUrl = `urn:uuid:${ids.answers}`;
  const telecom: Json[] = [
    ...(person.phone ? [{ system: 'phone', value: person.phone }] : []),
    ...(person.email ? [{ system: 'email', value: person.email }] : []),
  ];
  const patient: FhirResource = {
    resourceType: 'Patient',
    ...(person.nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: person.nhsNumber }] } : {}),
    name: [{ text: person.name }],
    ...(telecom.length ? { telecom } : {}),
    ...(person.dateOfBirth ? { birthDate: person.dateOfBirth } : {}),
    ...(person.address || person.postcode
      ? {
          address: [
            {
              ...(person.address ? { text: person.address } : {}),
              ...(person.postcode ? { postalCode: person.postcode } : {}),
              country: 'GB',
            },
          ],
        }
      : {}),
  };
  const items: Item[] = [
    ...codingItems('reasons', payload.reasons),
    ...stringItems('what-matters', payload.whatMatters),
    ...stringItems('gp-practice', person.gpPractice),
    ...codingItems('contact-preferences', person.contactPreferences),
    ...stringItems('contact-times', person.contactTimes),
    ...booleanItems('safe-to-leave-message', person.safeToLeaveMessage),
    ...codingItems('communication-needs', payload.communicationNeeds?.needs),
    ...stringItems('interpreter-language', payload.communicationNeeds?.interpreterLanguage),
    ...stringItems('communication-details', payload.communicationNeeds?.details),
    ...codingItems('meet', payload.preferences?.meet),
    ...booleanItems('companion', payload.preferences?.companion),
    ...codingItems('barriers', payload.preferences?.barriers),
    ...stringItems('referrer-name', payload.referrer?.name),
    ...stringItems('referrer-relationship', payload.referrer?.relationship),
    ...stringItems('referrer-phone', payload.referrer?.phone),
    ...stringItems('referrer-email', payload.referrer?.email),
    ...booleanItems('referrer-person-agreed', payload.referrer?.personAgreed),
    ...booleanItems('consent-contact', payload.consent.contactMe),
    ...booleanItems('consent-share-with-gp', payload.consent.shareWithGp),
    ...stringItems('service-id', payload.service?.id),
    ...stringItems('service-name', payload.service?.name),
  ];
  const questionnaireResponse: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: QUESTIONNAIRE_URL,
    status: 'completed',
    subject: { reference: patientUrl },
    authored: payload.submittedAt,
    item: items as unknown as Json[],
  };
  const serviceRequest: FhirResource = {
    resourceType: 'ServiceRequest',
    status: 'active',
    intent: 'order',
    code: { coding: [{ ...SOCIAL_PRESCRIBING_REFERRAL }], text: SOCIAL_PRESCRIBING_REFERRAL.display },
    subject: { reference: patientUrl },
    authoredOn: payload.submittedAt,
    // Who asked: the person themselves, or someone on their behalf (named in the answers).
    requester: payload.referrer ? { display: payload.referrer.name } : { reference: patientUrl, display: person.name },
    supportingInfo: [{ reference: answersUrl }],
    ...(payload.whatMatters ? { note: [{ text: payload.whatMatters }] } : {}),
  };
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    timestamp: payload.submittedAt,
    entry: [
      { fullUrl: patientUrl, resource: patient, request: { method: 'POST', url: 'Patient' } },
      {
        fullUrl: `urn:uuid:${ids.request}`,
        resource: serviceRequest,
        request: { method: 'POST', url: 'ServiceRequest' },
      },
      {
        fullUrl: answersUrl,
        resource: questionnaireResponse,
        request: { method: 'POST', url: 'QuestionnaireResponse' },
      },
    ],
  };
}
