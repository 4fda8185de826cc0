/**
 * The part of the referral form for a service that names the area it covers (its GP practices
 * or postcode districts): the list of practices to choose from, the check, and the kind words
 * for someone outside the area. Loaded on demand, only by a service that names its area.
 */
import { html, type TemplateResult } from 'lit';
import { isCovered, readList } from '../../data/referral/area.js';
import { describedBy, fieldBox, fieldId, hintAndError, type FieldText } from './fields.js';
import type { WaymarkReferralForm } from './referral-form.js';

/** Its English words, by the name the form reads every part's words by. */
export { referralAreaEn as words } from '../../i18n/referral-area.js';

/** Whether the person lives in the area, or is registered with one of the practices, the service names. */
export function isInArea(form: WaymarkReferralForm): boolean {
  return isCovered(form._state.answers, {
    practices: readList(form.practices ?? ''),
    postcodeDistricts: readList((form.postcodeDistricts ?? '').replace(/\s+/g, ',')),
  });
}

/** The GP practice as a list to choose from, with "not on this list"; undefined when the service lists none. */
export function practiceList(form: WaymarkReferralForm, text: FieldText): TemplateResult | undefined {
  const practices = readList(form.practices ?? '');
  if (!practices.length) return undefined;
  const id = fieldId('gpPractice');
  const value = form._state.answers.gpPractice;
  const notListed = form._t('gpNotListed');
  return fieldBox(
    text,
    html`<label for=${id} part="label">${text.label}</label>
      ${hintAndError(id, text)}
      <select
        id=${id}
        name="gpPractice"
        aria-describedby=${describedBy(id, text)}
        aria-invalid=${text.error ? 'true' : 'false'}
        @change=${(event: Event) => form._set('gpPractice', (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${form._t('gpChoose')}</option>
        ${[...practices, notListed].map((p) => html`<option .value=${p} ?selected=${value === p}>${p}</option>`)}
      </select>`,
  );
}

/** The service may not cover where the person lives: said kindly, with the crisis routes and a way back. */
export function renderOutside(form: WaymarkReferralForm): TemplateResult {
  return html`${form._h(form._t('outsideHeading'))}
    <p>${form._t('outsideBody')}</p>
    ${form._crisis()}
    <button class="button secondary" part="back" @click=${() => form._go('about', '#f-postcode')}>
      ${form._t('outsideBack')}
    </button>`;
}
