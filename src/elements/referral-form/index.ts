import { defineElement } from '../shared/define.js';
import { WaymarkReferralForm } from './referral-form.js';

export { WaymarkReferralForm } from './referral-form.js';
export type { ReferralSentDetail, ReferralSubmitDetail } from './referral-form.js';
export type { ReferralPayload } from '../../data/referral/payload.js';
export type { ChosenService } from '../../data/referral/answers.js';

defineElement('waymark-referral-form', WaymarkReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-referral-form': WaymarkReferralForm;
  }
}
