/**
 * The end of the referral form: check your answers, sending, what went wrong,
 * and the confirmation; with the payload builder and the one request that
 * sends it. Loaded on demand as soon as the person starts the form (so it is
 * there long before they reach the end), keeping the first page small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerField, ChosenService, ReferralAnswers, ReferralRules, Step } from '../../data/referral/answers.js';
import { STEPS } from '../../data/referral/answers.js';
import { postReferral } from '../../data/referral/delivery.js';
import {
  newIdempotencyKey,
  type ReferralOutbox,
  type SendProblem,
  type SendResult,
} from '../../data/referral/outbox.js';
import { buildPayload, type ReferralPayload } from '../../data/referral/payload.js';
import type { Locale, MessageValues } from '../../i18n/catalogue.js';
import { contactMethodKey, type ReferralKey } from '../../i18n/referral.js';
import { fieldId } from './fields.js';
import type { ReferralSentDetail, ReferralSubmitDetail } from './referral-form.js';

export { referralEndEn } from '../../i18n/referral-end.js';

/** What these views need from the form. */
export interface EndingView {
  readonly view: string;
  readonly answers: ReferralAnswers;
  readonly locale: Locale;
  readonly problem: SendProblem | 'config' | undefined;
  readonly reference: string | undefined;
  readonly notice: ReferralKey | undefined;
  readonly kept: boolean;
  t(key: ReferralKey, values?: MessageValues): string;
  heading(text: string, className?: string, sub?: number): TemplateResult;
  crisis(): TemplateResult;
  serviceNotice(): TemplateResult | typeof nothing;
  backButton(): TemplateResult;
  stepHeading(step: Step): string;
  change(event: Event, step: Step, field: AnswerField): void;
  send(event: Event): void;
  retry(): void;
}

/**
 * Builds the referral, fires the cancelable `waymark-submit` on the form and,
 * unless a site cancelled it, puts it in the outbox with a new Idempotency-Key
 * that every later attempt reuses. Resolves false when cancelled.
 */
export async function submit(
  form: HTMLElement,
  outbox: ReferralOutbox,
  answers: ReferralAnswers,
  rules: ReferralRules,
  service: ChosenService | undefined,
  format: 'json' | 'fhir',
  endpoint: URL,
): Promise<boolean> {
  const key = newIdempotencyKey();
  const { payload, contentType } = await buildReferral(answers, rules, service, format);
  const detail: ReferralSubmitDetail = { payload, format, idempotencyKey: key, action: endpoint.href };
  const event = new CustomEvent('waymark-submit', { detail, bubbles: true, composed: true, cancelable: true });
  if (!form.dispatchEvent(event)) return false;
  outbox.put({ key, action: endpoint.href, contentType, body: JSON.stringify(payload) });
  return true;
}

/** Sends what is in the outbox; on a 2xx shows the confirmation (`onSent`), then fires `waymark-sent`. */
export async function deliver(
  form: HTMLElement,
  outbox: ReferralOutbox,
  timeoutMs: number,
  onSent: (reference: string | undefined) => void,
): Promise<SendResult> {
  const key = outbox.pending?.key ?? '';
  const result = await outbox.send((item) => postReferral(item, { timeoutMs }));
  if (result.ok) {
    onSent(result.reference);
    const detail: ReferralSentDetail = {
      status: result.status,
      reply: result.reply,
      ...(result.reference ? { reference: result.reference } : {}),
      idempotencyKey: key,
    };
    form.dispatchEvent(new CustomEvent('waymark-sent', { detail, bubbles: true, composed: true }));
  }
  return result;
}

/** The referral to send, in the format asked for: its payload, and the body and type of the request. */
export async function buildReferral(
  answers: ReferralAnswers,
  rules: ReferralRules,
  service: ChosenService | undefined,
  format: 'json' | 'fhir',
): Promise<{ readonly payload: ReferralPayload | object; readonly contentType: string }> {
  const json = buildPayload(answers, rules, service, new Date());
  if (format === 'json') return { payload: json, contentType: 'application/json' };
  const { buildFhirBundle } = await import('../../data/referral/fhir.js');
  const ids = { patient: newIdempotencyKey(), request: newIdempotencyKey(), answers: newIdempotencyKey() };
  return { payload: buildFhirBundle(json, ids), contentType: 'application/fhir+json' };
}

/** The answers, grouped by step, each with a Change link (or without, on the confirmation). */
export function renderSummary(v: EndingView, withChange: boolean): TemplateResult {
  const a = v.answers;
  const t = (key: ReferralKey): string => v.t(key);
  const listOf = (values: readonly string[], prefix: string): string =>
    values.map((v) => t(`${prefix}${v}` as ReferralKey)).join('\n');
  const yesNo = (value: string): string => (value ? t(value === 'yes' ? 'yes' : 'no') : '');
  const rows: { readonly [S in Step]: [AnswerField, string, string][] } = {
    who: [
      ['who', t('whoHeading'), a.who === 'someone-else' ? t('whoSomeoneElse') : a.who === 'me' ? t('whoMe') : ''],
      ...((a.who === 'someone-else'
        ? [
            ['referrerName', t('referrerName'), a.referrerName],
            ['referrerRelationship', t('referrerRelationship'), a.referrerRelationship],
            ['referrerContact', t('referrerContact'), a.referrerContact],
            ['referrerAgreed', t('referrerAgreed'), a.referrerAgreed ? t('yes') : ''],
          ]
        : []) as [AnswerField, string, string][]),
    ],
    about: [
      ['name', t('name'), a.name],
      ['dobDay', t('dob'), dateOfBirth(v)],
      ['address', t('address'), a.address],
      ['postcode', t('postcode'), a.postcode.toUpperCase()],
      ['gpPractice', t('gpPractice'), a.gpPractice],
      ['nhsNumber', t('nhsNumber'), a.nhsNumber],
    ],
    contact: [
      ['contactMethods', t('contactMethods'), a.contactMethods.map((m) => t(contactMethodKey[m])).join('\n')],
      ['phone', t('phone'), a.phone],
      ['email', t('email'), a.email],
      ['contactTimes', t('contactTimes'), a.contactTimes],
      ['leaveMessage', t('leaveMessage'), yesNo(a.leaveMessage)],
    ],
    needs: [
      [
        'needs',
        t('needsLegend'),
        a.needs
          .map((n) =>
            n === 'language-interpreter' && a.interpreterLanguage
              ? `${t('need-language-interpreter')}: ${a.interpreterLanguage}`
              : n === 'other' && a.needsOther
                ? `${t('need-other')}: ${a.needsOther}`
                : t(`need-${n}`),
          )
          .join('\n'),
      ],
    ],
    help: [
      ['reasons', t('helpHeading'), listOf(a.reasons, 'reason-')],
      ['whatMatters', t('whatMatters'), a.whatMatters],
    ],
    preferences: [
      ['meet', t('meetLegend'), listOf(a.meet, 'meet-')],
      ['companion', t('companion'), yesNo(a.companion)],
      ['barriers', t('barriersLegend'), listOf(a.barriers, 'barrier-')],
    ],
    consent: [
      ['consentContact', t('consentContact'), a.consentContact ? t('yes') : ''],
      ['consentGp', t('consentGp'), yesNo(a.consentGp)],
    ],
  };
  return html`<div part="summary">
    ${STEPS.map(
      (step) =>
        html`${v.heading(v.stepHeading(step), 'summary-heading', 1)}
          <dl>
            ${rows[step].map(
              ([field, label, value]) =>
                html`<div class="row">
                  <dt>${label}</dt>
                  <dd>${value || t('notGiven')}</dd>
                  ${
                    withChange
                      ? html`<dd class="action">
                          <a href=${`#${fieldId(field)}`} @click=${(event: Event) => v.change(event, step, field)}
                            >${t('change')}<span class="visually-hidden"> ${label}</span></a
                          >
                        </dd>`
                      : nothing
                  }
                </div>`,
            )}
          </dl>`,
    )}
  </div>`;
}

function dateOfBirth(v: EndingView): string {
  const { dobDay, dobMonth, dobYear } = v.answers;
  const date = new Date(Date.UTC(Number(dobYear), Number(dobMonth) - 1, Number(dobDay)));
  if (!dobYear || Number.isNaN(date.getTime())) return [dobDay, dobMonth, dobYear].filter(Boolean).join(' ');
  return new Intl.DateTimeFormat(v.locale === 'cy' ? 'cy-GB' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function renderCheck(v: EndingView): TemplateResult {
  return html`${v.backButton()} ${v.heading(v.t('checkHeading'))} ${v.serviceNotice()} ${renderSummary(v, true)}
    ${v.heading(v.t('sendHeading'), 'sub-heading', 0)}
    <p>${v.t('sendBody')}</p>
    ${v.notice === 'tooFast' ? html`<p class="inset notice" role="status" tabindex="-1">${v.t('tooFast')}</p>` : nothing}
    <form part="form" novalidate @submit=${v.send}>
      <button class="button" part="button">${v.t('send')}</button>
    </form>`;
}

export function renderStatus(v: EndingView): TemplateResult {
  if (v.view === 'sending') {
    return html`<div class="status" part="status" role="status" tabindex="-1">${v.heading(v.t('sending'))}</div>`;
  }
  const refused = v.view === 'refused';
  const why: Record<SendProblem | 'config', ReferralKey> = {
    offline: 'failedOffline',
    timeout: 'failedTimeout',
    server: 'failedServer',
    refused: 'refusedBody',
    config: 'cannotSend',
  };
  return html`<div class="status" part="status" role="alert" tabindex="-1">
      ${v.heading(v.t(refused ? 'refusedHeading' : 'failedHeading'))}
      ${v.problem ? html`<p>${v.t(why[v.problem])}</p>` : nothing}
      ${refused ? nothing : html`<p>${v.t(v.kept ? 'failedKept' : 'failedNotKept')}</p>`}
    </div>
    ${refused ? nothing : html`<button class="button" part="button" @click=${v.retry}>${v.t('retry')}</button>`}
    ${v.crisis()} ${v.heading(v.t('yourAnswers'), 'sub-heading')} ${renderSummary(v, false)}`;
}

export function renderSent(v: EndingView): TemplateResult {
  return html`<div class="panel" part="confirmation">
      ${v.heading(v.t('sentHeading'))}
      ${
        v.reference
          ? html`<p>${v.t('sentReference')}<span class="reference">${v.reference}</span></p>`
          : html`<p>${v.t('sentBody')}</p>`
      }
    </div>
    ${v.heading(v.t('whatNextHeading'), 'sub-heading', 0)}
    <p>${v.t('whatNext')}</p>
    ${v.crisis()}
    <button class="button secondary no-print" part="button" @click=${() => window.print()}>${v.t('print')}</button>
    ${v.heading(v.t('yourAnswers'), 'sub-heading')} ${renderSummary(v, false)}`;
}
