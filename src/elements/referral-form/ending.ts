/**
 * The end of the referral form: check your answers, sending, what went wrong,
 * and the confirmation; with the payload builder and the one request that
 * sends it. In the form's own file, not loaded on demand: one file is smaller
 * than the two apart, and a person whose connection drops after Start still
 * reaches check your answers, with the referral kept to send once back online.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerField, ChosenService, ReferralAnswers, ReferralRules } from '../../data/referral/answers.js';
import { OPTIONS, REVEALS, STEP_FIELDS, STEPS } from '../../data/referral/answers.js';
import { postReferral } from '../../data/referral/delivery.js';
import { newIdempotencyKey, type ReferralOutbox, type SendResult } from '../../data/referral/outbox.js';
import { buildPayload, type ReferralPayload } from '../../data/referral/payload.js';
import { labelKey, optionKey, type ReferralKey } from '../../i18n/referral.js';
import { fieldId } from './fields.js';
import type { ReferralSentDetail, ReferralSubmitDetail, WaymarkReferralForm } from './referral-form.js';

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
  const key = await newIdempotencyKey();
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
  const [patient, request, responses] = await Promise.all([
    newIdempotencyKey(),
    newIdempotencyKey(),
    newIdempotencyKey(),
  ]);
  const ids = { patient, request, answers: responses };
  return { payload: buildFhirBundle(json, ids), contentType: 'application/fhir+json' };
}

/** Questions whose answers show in another's row: the rest of the date, what the needs reveal. */
const FOLDED: readonly AnswerField[] = ['dobMonth', 'dobYear', 'interpreterLanguage', 'needsOther'];

/** What each problem in sending means for the person. */
const WHY: Record<string, ReferralKey> = {
  offline: 'failedOffline',
  timeout: 'failedTimeout',
  server: 'failedServer',
  refused: 'refusedBody',
  config: 'cannotSend',
};

/** An answer as the person reads it back: the words of the options chosen, the date written out. */
function answerText(f: WaymarkReferralForm, field: AnswerField): string {
  const a = f._state.answers;
  const value = a[field];
  if (field === 'dobDay') return dateOfBirth(f);
  if (field === 'postcode') return a.postcode.toUpperCase();
  if (typeof value === 'boolean') return value ? f._t('yes') : '';
  if (Array.isArray(value)) {
    return value
      .map((option) => {
        const words = f._t(optionKey(field, option));
        // What a chosen need reveals ("Which language?", "Tell us what you need") follows it.
        const more = REVEALS[option]?.map((inner) => a[inner]).join('');
        return more ? `${words}: ${more}` : words;
      })
      .join('\n');
  }
  return value && OPTIONS[field] ? f._t(optionKey(field, value)) : value;
}

/** The answers, grouped by step, each with a Change link (or without, after sending). */
function renderSummary(f: WaymarkReferralForm, withChange: boolean): TemplateResult {
  const shown = (field: AnswerField): boolean =>
    !FOLDED.includes(field) && (f._state.answers.who === 'someone-else' || !field.startsWith('referrer'));
  return html`<div part="summary">
    ${STEPS.map(
      (step) =>
        html`${f._h(f._stepHeading(step), 'summary-heading', 1)}
          <dl>
            ${STEP_FIELDS[step].filter(shown).map((field) => {
              const label = f._t(labelKey(field));
              return html`<div class="row">
                <dt>${label}</dt>
                <dd>${answerText(f, field) || f._t('notGiven')}</dd>
                ${
                  withChange
                    ? html`<dd class="action">
                        <a href=${`#${fieldId(field)}`} @click=${(event: Event) => f._change(event, step, field)}
                          >${f._t('change')}<span class="visually-hidden"> ${label}</span></a
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

function dateOfBirth(f: WaymarkReferralForm): string {
  const { dobDay, dobMonth, dobYear } = f._state.answers;
  const date = new Date(Date.UTC(Number(dobYear), Number(dobMonth) - 1, Number(dobDay)));
  if (!dobYear || Number.isNaN(date.getTime())) return [dobDay, dobMonth, dobYear].filter(Boolean).join(' ');
  const tag = f._locale === 'cy' ? 'cy-GB' : 'en-GB';
  // A browser without Welsh date data would write the month in English: numbers say it in any language.
  const known = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  return new Intl.DateTimeFormat(known ? tag : 'en-GB', {
    day: 'numeric',
    month: known ? 'long' : '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The views after the last question: check your answers, sending, what went wrong, and the confirmation. */
export function renderEnd(f: WaymarkReferralForm): TemplateResult {
  const { view, notice, reference, problem } = f._state;
  const t = (key: ReferralKey): string => f._t(key);
  const answers = html`${f._h(t('yourAnswers'), 'sub-heading')} ${renderSummary(f, false)}`;
  if (view === 'check') {
    return html`${f._backButton()} ${f._h(t('checkHeading'))} ${f._serviceNotice()} ${renderSummary(f, true)}
      ${f._h(t('sendHeading'), 'sub-heading')}
      <p>${t('sendBody')}</p>
      ${notice === 'tooFast' ? html`<p class="inset notice" role="status" tabindex="-1">${t('tooFast') || t('checkHeading')}</p>` : nothing}
      <form part="form" novalidate @submit=${f._send}>
        <button class="button" part="button">${t('send')}</button>
      </form>`;
  }
  if (view === 'sending') {
    return html`<div class="status" part="status" role="status" tabindex="-1">${f._h(t('sending'))}</div>`;
  }
  if (view === 'sent') {
    return html`<div class="panel" part="confirmation">
        ${f._h(t('sentHeading'))}
        ${
          reference
            ? html`<p>${t('sentReference')}<span class="reference">${reference}</span></p>`
            : html`<p>${t('sentBody')}</p>`
        }
      </div>
      ${f._h(t('whatNextHeading'), 'sub-heading')}
      <p>${t('whatNext')}</p>
      ${f._crisis()}
      <button class="button secondary no-print" part="button" @click=${() => window.print()}>${t('print')}</button>
      ${answers}`;
  }
  const refused = view === 'refused';
  // Where the words for the service's own "no" could not be loaded: not sent, and why as far as the form knows.
  return html`<div class="status" part="status" role="alert" tabindex="-1">
      ${f._h((refused && t('refusedHeading')) || t('failedHeading'))}
      ${problem ? html`<p>${t(WHY[problem] ?? 'failedServer') || t('failedOffline')}</p>` : nothing}
      ${refused ? nothing : html`<p>${(f._kept && t('failedKept')) || t('failedNotKept')}</p>`}
    </div>
    ${refused ? nothing : html`<button class="button" part="button" @click=${f._retry}>${t('retry')}</button>`}
    ${f._crisis()} ${answers}`;
}
