import type { Catalogue } from './catalogue.js';

/** The crisis routes: shown before and after the referral form and in the easy-read explainer. */
export const crisis = {
  en: {
    crisisHeading: 'If you need help now',
    crisisIntro: 'This service cannot help in an emergency. If you need help now:',
    crisisEmergency: 'Call {number} if you or someone else is in danger now.',
    crisisNhs111England: 'Call NHS 111 and choose option 2 for urgent mental health help.',
    crisisNhs111Wales: 'Call 111 and press 2 for urgent mental health help.',
    crisisNhs24Scotland: 'Call NHS 24 on 111 for urgent mental health help.',
    crisisLifelineNi: 'Call Lifeline on 0808 808 8000 for urgent mental health help.',
    crisisSamaritans: 'Call Samaritans free on 116 123, any time, day or night.',
    crisisShout: 'Text SHOUT to 85258 to talk by text, free, any time.',
    crisisCall: 'Call {number}',
    crisisText: 'Text {keyword} to {number}',
  },
  cy: {
    crisisHeading: 'Os oes angen help arnoch chi nawr',
    crisisIntro: 'Ni all y gwasanaeth hwn helpu mewn argyfwng. Os oes angen help arnoch chi nawr:',
    crisisEmergency: 'Ffoniwch {number} os ydych chi neu rywun arall mewn perygl nawr.',
    crisisNhs111England: 'Ffoniwch GIG 111 a dewiswch opsiwn 2 i gael help brys gyda’ch iechyd meddwl.',
    crisisNhs111Wales: 'Ffoniwch 111 a phwyso 2 i gael help brys gyda’ch iechyd meddwl.',
    crisisNhs24Scotland: 'Ffoniwch GIG 24 ar 111 i gael help brys gyda’ch iechyd meddwl.',
    crisisLifelineNi: 'Ffoniwch Lifeline ar 0808 808 8000 i gael help brys gyda’ch iechyd meddwl.',
    crisisSamaritans: 'Ffoniwch y Samariaid am ddim ar 116 123, unrhyw bryd, ddydd neu nos.',
    crisisShout: 'Tecstiwch SHOUT i 85258 i siarad drwy neges destun, am ddim, unrhyw bryd.',
    crisisCall: 'Ffoniwch {number}',
    crisisText: 'Tecstiwch {keyword} i {number}',
  },
} as const satisfies Catalogue<
  | 'crisisHeading'
  | 'crisisIntro'
  | 'crisisEmergency'
  | 'crisisNhs111England'
  | 'crisisNhs111Wales'
  | 'crisisNhs24Scotland'
  | 'crisisLifelineNi'
  | 'crisisSamaritans'
  | 'crisisShout'
  | 'crisisCall'
  | 'crisisText'
>;

export type CrisisKey = keyof (typeof crisis)['en'];
