/**
 * The end of the referral form: check your answers, sending, what went wrong,
 * and the confirmation; with the payload builder and the one request that
 * sends it. Loaded on demand as soon as the person starts the form (so it is
 * there long before they reach the end), keeping the first page small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerField, ChosenService, ReferralAnswers, ReferralRules, Step } from '../../data/referral/answers.js';
import { OPTIONS, STEP_FIELDS, STEPS } from '../../data/referral/answers.js';
import { postReferral } from '../../data/referral/delivery.js';
import {
  newIdempotencyKey,
  type ReferralOutbox,
  type SendProblem,
  type SendResult,
} from '../../data/referral/outbox.js';
import { buildPayload, type ReferralPayload } from '../../data/referral/payload.js';
import type { Locale, MessageValues } from '../../i18n/catalogue.js';
import { labelKey, optionKey, type ReferralKey } from '../../i18n/referral.js';
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

/** Questions whose answers show in another's row: the rest of the date, what the needs reveal. */
const FOLDED: readonly AnswerField[] = ['dobMonth', 'dobYear', 'interpreterLanguage', 'needsOther'];

/** An answer as the person reads it back: the words of the options chosen, the date written out. */
function answerText(v: EndingView, field: AnswerField): string {
  const a = v.answers;
  const value = a[field];
  if (field === 'dobDay') return dateOfBirth(v);
  if (field === 'postcode') return a.postcode.toUpperCase();
  if (typeof value === 'boolean') return value ? v.t('yes') : '';
  if (Array.isArray(value)) {
    return value
      .map((option) => {
        const words = v.t(optionKey(field, option));
        const more =
          field !== 'needs'
            ? ''
            : option === 'other'
              ? a.needsOther
              : option === 'language-interpreter'
                ? a.interpreterLanguage
                : '';
        return more ? `${words}: ${more}` : words;
      })
      .join('\n');
  }
  return value && OPTIONS[field] ? v.t(optionKey(field, value)) : value;
}

/** The answers, grouped by step, each with a Change link (or without, on the confirmation). */
export function renderSummary(v: EndingView, withChange: boolean): TemplateResult {
  const shown = (field: AnswerField): boolean =>
    !FOLDED.includes(field) && (v.answers.who === 'someone-else' || !field.startsWith('referrer'));
  return html`<div part="summary">
    ${STEPS.map(
      (step) =>
        html`${v.heading(v.stepHeading(step), 'summary-heading', 1)}
          <dl>
            ${STEP_FIELDS[step].filter(shown).map((field) => {
              const label = v.t(labelKey(field));
              return html`<div class="row">
                <dt>${label}</dt>
                <dd>${answerText(v, field) || v.t('notGiven')}</dd>
                ${
                  withChange
                    ? html`<dd class="action">
                        <a href=${`#${fieldId(field)}`} @click=${(event: Event) => v.change(event, step, field)}
                          >${v.t('change')}<span class="visually-hidden"> ${label}</span></a
                        >
                      </dd>`
                    : nothing
                }
              </div>`;
            })}
          </dl>`,
    )}
  </div>`;
}

function dateOfBirth(v: EndingView): string {
  const { dobDay, dobMonth, dobYear } = v.answers;
  const date = new Date(Date.UTC(Number(dobYear), Number(dobMonth) - 1, Number(dobDay)));
  if (!dobYear || Number.isNaN(date.getTime())) return [dobDay, dobMonth, dobYear].filter(Boolean).join(' ');
  const tag = v.locale === 'cy' ? 'cy-GB' : 'en-GB';
  // A browser without Welsh date data would write the month in English: numbers say it in any language.
  const known = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  return new Intl.DateTimeFormat(known ? tag : 'en-GB', {
    day: 'numeric',
    month: known ? 'long' : '2-digit',
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
