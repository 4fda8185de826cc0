/**
 * The part of the referral form opened from a group ("refer me to this group" in the finder, or
 * a `service` attribute): which group it is, and the notice naming it. Loaded on demand, only when
 * the form is opened from a group.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChosenService } from '../../data/referral/answers.js';
import type { WaymarkReferralForm } from './referral-form.js';

/** Its English words, by the name the form reads every part's words by. */
export { referralServiceEn as words } from '../../i18n/referral-service.js';

/** The group the person chose: from the element, else from the page address (`?service=…&service-name=…`). */
export function chosenService(form: WaymarkReferralForm): ChosenService | undefined {
  const { service, serviceName } = form;
  const query = new URLSearchParams(location.search);
  const own = service?.id || service?.name || serviceName;
  const clean = (value: string | null | undefined): string | undefined => value?.trim().slice(0, 200) || undefined;
  const id = clean(own ? service?.id : query.get('service'));
  const name = clean(own ? (service?.name ?? serviceName) : query.get('service-name'));
  return id || name ? { ...(id && { id }), ...(name && { name }) } : undefined;
}

/** The notice naming the group, on the first page and on check your answers. */
export function renderServiceNotice(form: WaymarkReferralForm): TemplateResult | typeof nothing {
  const service = chosenService(form);
  return service
    ? html`<div class="service-notice" part="service-notice" tabindex="-1">
        <p><strong>${form._t('serviceNotice', { name: service.name ?? service.id ?? '' })}</strong></p>
        <p>${form._t('serviceNoticeHint')}</p>
      </div>`
    : nothing;
}
