import type { CrisisWords } from './crisis.js';

/** The crisis routes in Welsh: loaded with the Welsh words of the form that shows them. */
export const crisisCy = {
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
} as const satisfies CrisisWords;
