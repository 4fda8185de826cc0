import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultCrisisRoutes, isNation, readCrisisRoutes, type CrisisRoute } from '../../data/crisis-routes.js';
import { sessionStorageIfAvailable } from '../../data/directory/response-cache.js';
import {
  DEFAULT_RULES,
  emptyAnswers,
  OPTIONS,
  readAnswers,
  REVEALS,
  STEP_FIELDS,
  STEPS,
  type AnswerField,
  type ChosenService,
  type ReferralAnswers,
  type ReferralRules,
  type Step,
} from '../../data/referral/answers.js';
import { isAllowedEndpoint, ReferralOutbox, type SendProblem, type SendResult } from '../../data/referral/outbox.js';
import type { ReferralPayload } from '../../data/referral/payload.js';
import { isCovered, validateStep, type FieldError } from '../../data/referral/validation.js';
import { translate, type Catalogue, type Locale, type MessageValues } from '../../i18n/catalogue.js';
import { crisisEn, type CrisisWords } from '../../i18n/crisis.js';
import {
  labelKey,
  loadReferralMessages,
  optionKey,
  referralCatalogue,
  referralEn,
  type ReferralKey,
  type ReferralMessages,
  type ReferralStartMessages,
} from '../../i18n/referral.js';
import { baseStyles } from '../shared/base-styles.js';
import { crisisRoutesStyles, renderCrisisBox } from '../shared/crisis-routes.js';
import { elementLocale } from '../shared/locale.js';
import {
  agreement,
  choices,
  dateField,
  describedBy,
  fieldBox,
  fieldId,
  hintAndError,
  textField,
  type FieldText,
  type TextFieldOptions,
} from './fields.js';
import { referralFormStyles } from './referral-form.styles.js';
import type * as EndingModule from './ending.js';
import type { EndingView } from './ending.js';

type Ending = typeof EndingModule;

type View = 'start' | 'crisis' | Step | 'outside' | 'check' | 'sending' | 'failed' | 'refused' | 'sent';

/** What `waymark-submit` carries: the referral about to be sent. Cancel the event to send it your own way. */
export interface ReferralSubmitDetail {
  /** The versioned JSON payload, or the FHIR Bundle when `format="fhir"`. */
  readonly payload: ReferralPayload | object;
  readonly format: 'json' | 'fhir';
  readonly idempotencyKey: string;
  readonly action: string;
}

/** What `waymark-sent` carries: the service's answer once it has the referral. */
export interface ReferralSentDetail {
  readonly status: number;
  readonly reply: unknown;
  readonly reference?: string;
  readonly idempotencyKey: string;
}

interface Draft {
  readonly answers: ReferralAnswers;
  readonly view: View;
  readonly startedAt: number;
}

const KEPT_VIEWS: readonly View[] = [...STEPS, 'outside', 'check'];
const YES_NO = ['yes', 'no'] as const;

/** Questions that may be left empty (the GP practice too, unless the service asks for it). */
const OPTIONAL: readonly AnswerField[] = ['nhsNumber', 'contactTimes', 'whatMatters'];

/** Questions drawn inside another: the rest of the date, and those an option reveals. */
const INSIDE: readonly AnswerField[] = ['dobMonth', 'dobYear', ...Object.values(REVEALS).flat()];

/** How each text question's box is set up; the others are plain full-width text boxes. */
const INPUTS: { readonly [F in AnswerField]?: TextFieldOptions } = {
  referrerName: { autocomplete: 'name' },
  referrerContact: { spellcheck: false },
  name: { autocomplete: 'name' },
  address: { multiline: true },
  postcode: { autocomplete: 'postal-code', width: 'short', spellcheck: false },
  nhsNumber: { inputmode: 'numeric', width: 'medium', spellcheck: false },
  phone: { type: 'tel', autocomplete: 'tel', width: 'medium' },
  email: { type: 'email', autocomplete: 'email', spellcheck: false },
  interpreterLanguage: { width: 'medium' },
  whatMatters: { multiline: true },
};

function readList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    // Not JSON: a comma or space separated list.
  }
  return value
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

const serviceConverter = {
  fromAttribute: (value: string | null): ChosenService | undefined => (value ? { id: value } : undefined),
  toAttribute: (value: ChosenService | undefined): string | undefined => value?.id,
};

/**
 * A self-referral form for a social prescribing service: the crisis routes and
 * a safety question first, then one topic per step, check your answers, and a
 * referral sent exactly once (kept on the device, with the person's
 * agreement, until the service has it).
 *
 * @tagname waymark-referral-form
 * @summary Lets a person ask a link worker for help, for themselves or for someone who agreed.
 *
 * @fires waymark-submit - Before sending, with `{ payload, format, idempotencyKey, action }`. Cancelable: call `preventDefault()` to send it your own way (then call `showSent()`).
 * @fires waymark-sent - Once the service answered 2xx, with `{ status, reply, reference, idempotencyKey }`.
 *
 * @csspart form - Each step's form.
 * @csspart heading - Each view's main heading.
 * @csspart step-indicator - "Step 2 of 7".
 * @csspart service-notice - The group the person chose in the finder.
 * @csspart error-summary - The list of problems shown at the top of a step.
 * @csspart field - One question with its label, hint and message.
 * @csspart label - A field's label or a group's legend.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's own message.
 * @csspart input - A text box or text area.
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart button - The main button of a view (Start, Continue, Send my referral).
 * @csspart back - The Back button.
 * @csspart summary - The answers on "check your answers" and on the confirmation.
 * @csspart status - Sending, and what went wrong.
 * @csspart confirmation - The confirmation panel with the reference number.
 * @csspart crisis-routes - The box with the crisis routes.
 *
 * @cssproperty --waymark-font-family - The font.
 * @cssproperty --waymark-color-text - Text colour.
 * @cssproperty --waymark-color-text-secondary - Hints and the step indicator.
 * @cssproperty --waymark-color-background - Field backgrounds.
 * @cssproperty --waymark-color-surface - Notices and the crisis box.
 * @cssproperty --waymark-color-border - Borders of notices and answer rows.
 * @cssproperty --waymark-color-link - Links.
 * @cssproperty --waymark-color-focus - The focus band.
 * @cssproperty --waymark-color-focus-text - The line under the focus band.
 * @cssproperty --waymark-color-error - Error messages and borders.
 * @cssproperty --waymark-color-success - The confirmation panel.
 * @cssproperty --waymark-button-color - Main buttons (default the success colour).
 * @cssproperty --waymark-button-text-color - Text on main buttons.
 * @cssproperty --waymark-field-border-color - Borders of text boxes.
 * @cssproperty --waymark-color-crisis - The crisis box's edge.
 * @cssproperty --waymark-space - The unit of space.
 */
export class WaymarkReferralForm extends LitElement {
  static override styles = [baseStyles, crisisRoutesStyles, referralFormStyles];

  static override properties = {
    action: {},
    format: {},
    service: { converter: serviceConverter },
    serviceName: { attribute: 'service-name' },
    minAge: { type: Number, attribute: 'min-age' },
    gpPractice: { attribute: 'gp-practice' },
    practices: {},
    postcodeDistricts: { attribute: 'postcode-districts' },
    privacyUrl: { attribute: 'privacy-url' },
    nation: {},
    crisisRoutes: { attribute: 'crisis-routes' },
    whoFor: { attribute: 'who-for' },
    notFor: { attribute: 'not-for' },
    whatNext: { attribute: 'what-next' },
    gpConsentText: { attribute: 'gp-consent-text' },
    messages: { type: Object },
    headingLevel: { type: Number, attribute: 'heading-level' },
    minFillSeconds: { type: Number, attribute: 'min-fill-seconds' },
    timeout: { type: Number },
    view: { state: true },
    answers: { state: true },
    errors: { state: true },
    safety: { state: true },
    keep: { state: true },
    problem: { state: true },
    reference: { state: true },
    notice: { state: true },
    words: { state: true },
    ending: { state: true },
  };

  /** Where the referral is sent (`POST`): `https:`, or `http://localhost` while developing. */
  action = '';

  /** `json` (the versioned Waymark payload, the default) or `fhir` (a FHIR R4 transaction Bundle). */
  format = 'json';

  /** The group the person chose: the `service` attribute gives its id, the property `{ id, name }`. */
  service?: ChosenService | undefined;

  /** The chosen group's name, shown and sent with the referral. */
  serviceName?: string;

  /** The youngest age the service takes (default 18). */
  minAge = DEFAULT_RULES.minAge;

  /** `optional` (default) or `required`. */
  gpPractice = 'optional';

  /** The GP practices the service covers, as a JSON list or comma separated: the field becomes a list to choose from. */
  practices = '';

  /** The postcode districts the service covers ("NG18 NG19" or "NG18, NG19"). */
  postcodeDistricts = '';

  /** The service's privacy notice. */
  privacyUrl = '';

  /** Default crisis routes for `england` (default), `wales`, `scotland` or `northern-ireland`. */
  nation = 'england';

  /** The service's own crisis routes, as JSON: `[{ "text": "…", "call": "…" }]`. */
  crisisRoutes = '';

  /** Who the service is for (replaces the default words). */
  whoFor = '';

  /** Who the service is not for. */
  notFor = '';

  /** What happens next, e.g. "A link worker will phone you within 2 weeks." */
  whatNext = '';

  /** The question asking to share with the GP practice. */
  gpConsentText = '';

  /** Any of the form's words, by message key, as an object or JSON. */
  messages: Record<string, unknown> | undefined;

  /** The level of the form's headings: 2 (default), 3 or 4. */
  headingLevel = 2;

  /** Fewer seconds than this between opening the form and sending it looks like a robot. */
  minFillSeconds = 5;

  /** How long to wait for the service before telling the person and keeping the referral (ms). */
  timeout = 20_000;

  private view: View = 'start';
  private answers: ReferralAnswers = emptyAnswers();
  private errors: readonly FieldError[] = [];
  private safety = '';
  private keep = false;
  private problem: SendProblem | 'config' | undefined;
  private reference: string | undefined;
  private notice: ReferralKey | undefined;
  private words: ReferralStartMessages | ReferralMessages | undefined;
  private ending: Ending | undefined;

  #locale: Locale = 'en';
  /** The crisis routes' words in the form's language: English at once, Welsh with the form's Welsh words. */
  #crisisWords: CrisisWords = crisisEn;
  #loading: Locale | undefined;
  #catalogue: Catalogue<ReferralKey> | undefined;
  #outbox: ReferralOutbox | undefined;
  #outboxFor = '';
  #startedAt = Date.now();
  #returnToCheck = false;
  #focusAfter: string | undefined;
  #busy = false;
  #warned = new Set<string>();
  #honeypot = '';
  #endingLoad: Promise<Ending> | undefined;

  /** The end of the form, from its own chunk; asked for early, so it is there when needed. */
  #loadEnding(): Promise<Ending> {
    this.#endingLoad ??= import('./ending.js').then(
      (module) => (this.ending = module),
      (error: unknown) => {
        this.#endingLoad = undefined;
        throw error;
      },
    );
    return this.#endingLoad;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#online);
    this.#restore();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.#online);
    super.disconnectedCallback();
  }

  /** Moves focus into the form: to the chosen group's notice on the first page, else to the current heading. */
  override async focus(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('.service-notice') ?? this.#heading();
    target?.focus(options);
  }

  /** After cancelling `waymark-submit` and sending it yourself: show the confirmation, with your reference. */
  showSent(reference?: string): void {
    this.#outbox?.clear();
    this.reference = reference;
    this.#go('sent');
  }

  // ---- configuration, read leniently: a bad value warns once and falls back.

  /** Says once (per message) what is wrong with an attribute and what the form does instead. */
  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`Waymark: <waymark-referral-form> ${message}`);
  }

  get #rules(): ReferralRules {
    let minAge = this.minAge;
    if (!Number.isFinite(minAge) || minAge < 0 || minAge > 120) {
      this.#warn(`min-age="${String(this.minAge)}" is not an age; using 18.`);
      minAge = DEFAULT_RULES.minAge;
    }
    if (this.gpPractice !== 'optional' && this.gpPractice !== 'required') {
      this.#warn(`gp-practice="${this.gpPractice}" should be "optional" or "required"; using "optional".`);
    }
    return {
      ...DEFAULT_RULES,
      minAge: Math.floor(minAge),
      gpPracticeRequired: this.gpPractice === 'required',
      practices: readList(this.practices),
      postcodeDistricts: readList(this.postcodeDistricts.replace(/\s+/g, ',')),
    };
  }

  get #format(): 'json' | 'fhir' {
    if (this.format === 'fhir' || this.format === 'json') return this.format;
    this.#warn(`format="${this.format}" should be "json" or "fhir"; sending JSON.`);
    return 'json';
  }

  get #service(): ChosenService | undefined {
    let id = this.service?.id;
    let name = this.service?.name ?? this.serviceName;
    if (!id && !name) {
      const query = new URLSearchParams(location.search);
      id = query.get('service') ?? undefined;
      name = query.get('service-name') ?? undefined;
    }
    id = id?.trim().slice(0, 200) || undefined;
    name = name?.trim().slice(0, 200) || undefined;
    return id || name ? { ...(id ? { id } : {}), ...(name ? { name } : {}) } : undefined;
  }

  get #routes(): readonly CrisisRoute[] {
    if (this.crisisRoutes) {
      const own = readCrisisRoutes(this.crisisRoutes);
      if (own) return own;
      this.#warn('crisis-routes is not a JSON list of routes; using the defaults.');
    }
    if (!isNation(this.nation)) {
      this.#warn(`nation="${this.nation}" should be england, wales, scotland or northern-ireland.`);
      return defaultCrisisRoutes('england');
    }
    return defaultCrisisRoutes(this.nation);
  }

  get #endpoint(): URL | undefined {
    try {
      const url = new URL(this.action, document.baseURI);
      if (this.action && isAllowedEndpoint(url)) return url;
    } catch {
      // Handled below.
    }
    this.#warn(`action="${this.action}" is not an https: address (or http://localhost), so no referral can be sent.`);
    return undefined;
  }

  #outboxNow(): ReferralOutbox {
    const key = `waymark-referral:${this.action}`;
    if (!this.#outbox || this.#outboxFor !== key) {
      this.#outbox = new ReferralOutbox({
        storageKey: key,
        storage: sessionStorageIfAvailable(),
      });
      this.#outboxFor = key;
    }
    return this.#outbox;
  }

  // ---- keeping and restoring answers

  #restore(): void {
    const outbox = this.#outboxNow();
    const draft = outbox.loadDraft() as Partial<Draft> | undefined;
    if (draft && typeof draft === 'object') {
      this.answers = readAnswers(draft.answers);
      this.view = KEPT_VIEWS.includes(draft.view as View) ? (draft.view as View) : 'who';
      if (typeof draft.startedAt === 'number') this.#startedAt = draft.startedAt;
      this.keep = true;
      this.safety = 'no';
      this.notice = 'restored';
    }
    if (outbox.pending) {
      this.keep = true;
      this.safety = 'no';
      this.view = 'failed';
      this.problem = undefined;
    }
  }

  #save(): void {
    // Only while answering: once sent, nothing is kept; while sending, the outbox holds the referral.
    if (!KEPT_VIEWS.includes(this.view)) return;
    const draft: Draft = { answers: this.answers, view: this.view, startedAt: this.#startedAt };
    this.#outbox?.saveDraft(draft);
  }

  #online = (): void => {
    if (this.view === 'failed' && this.#outbox?.pending) void this.#deliver();
    // The end of the form may have failed to load while offline: asking again now.
    else this.requestUpdate();
  };

  // ---- words

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = elementLocale(this);
    if (!this.words || locale !== this.#locale) {
      if (locale === 'en') {
        this.words = referralEn;
        this.#crisisWords = crisisEn;
        this.#locale = 'en';
      } else if (this.#loading !== locale) {
        this.#loading = locale;
        void loadReferralMessages(locale).then(([words, crisisWords]) => {
          this.#locale = locale;
          this.#crisisWords = crisisWords;
          this.words = words;
        });
      }
    }
    const own = changed as Map<PropertyKey, unknown>;
    if (own.has('words') || own.has('ending') || changed.has('messages') || !this.#catalogue) {
      // English words for the end of the form come with that part of it.
      const end = this.ending && this.#locale === 'en' ? this.ending.referralEndEn : {};
      if (this.words) this.#catalogue = referralCatalogue({ ...end, ...this.words }, this.#overrides());
    }
    if (changed.has('action') && this.#outboxFor && this.#outboxFor !== `waymark-referral:${this.action}`) {
      this.#restore();
    }
  }

  #overrides(): Record<string, unknown> {
    let own: Record<string, unknown> = {};
    if (typeof this.messages === 'string') {
      try {
        own = JSON.parse(this.messages) as Record<string, unknown>;
      } catch {
        this.#warn('messages is not JSON; using the default words.');
      }
    } else if (this.messages && typeof this.messages === 'object') own = this.messages;
    return {
      ...own,
      ...(this.whoFor ? { whoFor: this.whoFor } : {}),
      ...(this.notFor ? { notFor: this.notFor } : {}),
      ...(this.whatNext ? { whatNext: this.whatNext } : {}),
      ...(this.gpConsentText ? { consentGp: this.gpConsentText } : {}),
    };
  }

  #t(key: ReferralKey, values?: MessageValues): string {
    return this.#catalogue ? translate(this.#catalogue, this.#locale, key, values) : '';
  }

  // ---- moving between views

  #heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.heading');
  }

  #go(view: View, focus?: string): void {
    if (view === 'check') this.#returnToCheck = false;
    this.view = view;
    this.errors = [];
    this.#focusAfter = focus ?? '.heading';
    this.#save();
  }

  protected override updated(): void {
    const selector = this.#focusAfter;
    if (!selector) return;
    this.#focusAfter = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #startForm(event: Event): void {
    event.preventDefault();
    if (this.safety === '') {
      this.errors = [{ field: 'who', message: 'errorWho' }];
      this.#focusAfter = '.error-summary';
      return;
    }
    if (this.safety === 'yes') {
      // Nothing is kept or sent: the person needs the crisis routes, not a form.
      this.#outboxNow().keep = false;
      this.#go('crisis');
      return;
    }
    this.#outboxNow().keep = this.keep;
    void this.#loadEnding().catch(() => undefined);
    this.#startedAt = Date.now();
    this.notice = undefined;
    this.#go('who');
  }

  async #continue(event: Event): Promise<void> {
    event.preventDefault();
    const step = this.view as Step;
    const errors = validateStep(step, this.answers, this.#rules);
    if (errors.length) {
      // The words saying how to fix each answer come with the end of the form, asked for at Start.
      await this.#loadEnding().catch(() => undefined);
      this.errors = errors;
      this.#focusAfter = '.error-summary';
      return;
    }
    this.notice = undefined;
    if (step === 'about' && !isCovered(this.answers, this.#rules)) {
      this.#go('outside');
      return;
    }
    const next = this.#returnToCheck ? 'check' : (STEPS[STEPS.indexOf(step) + 1] ?? 'check');
    this.#go(next);
  }

  #back(): void {
    const index = STEPS.indexOf(this.view as Step);
    if (this.view === 'outside') this.#go('about');
    else if (this.view === 'check') this.#go(STEPS[STEPS.length - 1] ?? 'consent');
    else if (this.#returnToCheck && index >= 0) this.#go('check');
    else if (index > 0) this.#go(STEPS[index - 1] ?? 'who');
    else this.#go('start');
  }

  #change(event: Event, step: Step, field: AnswerField): void {
    event.preventDefault();
    this.#returnToCheck = true;
    this.#go(step, `#${fieldId(field)}`);
  }

  #set<K extends AnswerField>(field: K, value: ReferralAnswers[K]): void {
    this.answers = { ...this.answers, [field]: value };
    this.#save();
  }

  // ---- sending

  async #send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    if (this.#honeypot) {
      // A robot filled the field people never see: it is told "sent", and nothing is.
      this.#outbox?.clear();
      this.#go('sent');
      return;
    }
    if (Date.now() - this.#startedAt < this.minFillSeconds * 1000) {
      this.notice = 'tooFast';
      this.#focusAfter = '.notice';
      return;
    }
    const endpoint = this.#endpoint;
    if (!endpoint) {
      this.problem = 'config';
      this.#go('refused');
      return;
    }
    this.#busy = true;
    try {
      const outbox = this.#outboxNow();
      const ending = await this.#loadEnding();
      // Cancelled: the site sends it its own way.
      if (
        !outbox.pending &&
        !(await ending.submit(this, outbox, this.answers, this.#rules, this.#service, this.#format, endpoint))
      ) {
        return;
      }
      await this.#deliver();
    } finally {
      this.#busy = false;
    }
  }

  async #deliver(): Promise<void> {
    const outbox = this.#outboxNow();
    this.view = 'sending';
    this.#focusAfter = '.status';
    const timeoutMs = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 20_000;
    let result: SendResult;
    try {
      result = await (
        await this.#loadEnding()
      ).deliver(this, outbox, timeoutMs, (reference) => {
        this.reference = reference;
        this.#go('sent');
      });
    } catch {
      // The end of the form could not be loaded: offline, as far as the person is concerned.
      result = { ok: false, problem: 'offline' };
    }
    if (result.ok) return;
    this.problem = result.problem;
    this.#go(result.problem === 'refused' ? 'refused' : 'failed');
  }

  // ---- rendering

  protected override render(): unknown {
    if (!this.words || !this.#catalogue) return nothing;
    switch (this.view) {
      case 'start':
        return this.#renderStart();
      case 'crisis':
        return this.#renderCrisis();
      case 'outside':
        return this.#renderOutside();
      case 'check':
      case 'sending':
      case 'failed':
      case 'refused':
      case 'sent': {
        const ending = this.ending;
        if (!ending) {
          void this.#loadEnding().catch(() => undefined);
          return html`<p class="status" part="status" role="status">${this.#t('loading')}</p>`;
        }
        const v = this.#endingView();
        if (this.view === 'check') return ending.renderCheck(v);
        return this.view === 'sent' ? ending.renderSent(v) : ending.renderStatus(v);
      }
      default:
        return this.#renderStep(this.view);
    }
  }

  /** The level of a heading `sub` levels below the form's own (heading-level, 2 to 4). */
  #level(sub: number): number {
    return Math.min(Math.max(Math.floor(this.headingLevel) || 2, 2), 4) + sub;
  }

  #h(text: string, className = 'heading', sub = 0, id?: string): TemplateResult {
    const level = this.#level(sub);
    const part = className === 'heading' ? 'heading' : nothing;
    const main = className === 'heading' ? '-1' : nothing;
    const i = id ?? nothing;
    if (level <= 2) return html`<h2 id=${i} class=${className} part=${part} tabindex=${main}>${text}</h2>`;
    if (level === 3) return html`<h3 id=${i} class=${className} part=${part} tabindex=${main}>${text}</h3>`;
    if (level === 4) return html`<h4 id=${i} class=${className} part=${part} tabindex=${main}>${text}</h4>`;
    return html`<h5 id=${i} class=${className} part=${part} tabindex=${main}>${text}</h5>`;
  }

  #crisis(): TemplateResult {
    const words = this.#crisisWords;
    return renderCrisisBox(this.#routes, (key, values) => translate({ en: words, cy: words }, 'en', key, values), {
      headingLevel: Math.min(this.#level(1), 4) as 2 | 3 | 4,
      id: `crisis-${this.view}`,
    });
  }

  #serviceNotice(): TemplateResult | typeof nothing {
    const service = this.#service;
    if (!service) return nothing;
    return html`<div class="service-notice" part="service-notice" tabindex="-1">
      <p><strong>${this.#t('serviceNotice', { name: service.name ?? service.id ?? '' })}</strong></p>
      <p>${this.#t('serviceNoticeHint')}</p>
    </div>`;
  }

  #errorSummary(): TemplateResult | typeof nothing {
    if (!this.errors.length) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="errors">
      ${this.#h(this.#t('errorSummary'), 'error-title', 0, 'errors')}
      <ul>
        ${this.errors.map(
          (error) =>
            html`<li>
              <a
                href=${`#${fieldId(error.field)}`}
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${fieldId(error.field)}`)?.focus();
                }}
                >${this.view === 'start' ? this.#t('errorSafety') : this.#errorText(error)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #errorText(error: FieldError): string {
    return this.#t(error.message, { minAge: this.#rules.minAge, max: 1000 }) || this.#t('errorCheck');
  }

  /**
   * A question's words, from its key: its label (`labelKey`), `(optional)` when it may be left empty,
   * its hint (`<field>Hint`, or "Select all that apply" for checkboxes) and its message when it failed.
   */
  #text(field: AnswerField): FieldText {
    const dob = field === 'dobDay';
    const error = this.errors.find((e) => (dob ? e.field.startsWith('dob') : e.field === field));
    const label = this.#t(labelKey(field));
    const hint = `${dob ? 'dob' : field}Hint`;
    const optional = OPTIONAL.includes(field) || (field === 'gpPractice' && !this.#rules.gpPracticeRequired);
    return {
      label: optional ? `${label} ${this.#t('optional')}` : label,
      hint:
        hint in referralEn
          ? this.#t(hint as ReferralKey)
          : Array.isArray(this.answers[field])
            ? this.#t('selectAll')
            : undefined,
      error: error && this.#errorText(error),
      errorPrefix: this.#t('errorPrefix'),
    };
  }

  #renderStart(): TemplateResult {
    const safetyError = this.errors.length ? this.#t('errorSafety') : undefined;
    return html`${this.#h(this.#t('formHeading'))} ${this.#serviceNotice()}
      <p>${this.#t('whoFor')}</p>
      <p>${this.#t('whatNext')}</p>
      <p><strong>${this.#t('notFor')}</strong></p>
      ${this.#crisis()} ${this.#errorSummary()}
      <form part="form" novalidate @submit=${this.#startForm}>
        ${choices(
          'who',
          { label: this.#t('safetyQuestion'), error: safetyError, errorPrefix: this.#t('errorPrefix') },
          'radio',
          YES_NO.map((value) => ({ value, label: this.#t(value) })),
          [this.safety],
          ([value]) => (this.safety = value ?? ''),
          'legend-large',
        )}
        ${agreement('keep', { label: this.#t('keepAnswers'), hint: this.#t('keepHint'), errorPrefix: '' }, this.keep, (on) => (this.keep = on))}
        <button class="button" part="button">${this.#t('start')}</button>
      </form>`;
  }

  #renderCrisis(): TemplateResult {
    return html`${this.#h(this.#t('crisisViewHeading'))}
      <p><strong>${this.#t('crisisViewBody')}</strong></p>
      ${this.#crisis()}
      <button class="button secondary" part="back" @click=${() => ((this.safety = ''), this.#go('start'))}>
        ${this.#t('crisisViewBack')}
      </button>`;
  }

  #renderOutside(): TemplateResult {
    return html`${this.#h(this.#t('outsideHeading'))}
      <p>${this.#t('outsideBody')}</p>
      ${this.#crisis()}
      <button class="button secondary" part="back" @click=${() => this.#go('about', '#f-postcode')}>
        ${this.#t('outsideBack')}
      </button>`;
  }

  #backButton(): TemplateResult {
    return html`<button type="button" class="link-button back" part="back" @click=${this.#back}>
      ${this.#t('back')}
    </button>`;
  }

  #stepHeading(step: Step): string {
    // Each step's heading is `<step>Heading`; "About you" depends on who the form is for.
    const about = this.answers.who === 'someone-else' ? 'aboutHeadingThem' : 'aboutHeadingMe';
    return this.#t(step === 'about' ? about : (`${step}Heading` as ReferralKey));
  }

  #renderStep(step: Step): TemplateResult {
    const index = STEPS.indexOf(step);
    return html`${this.#backButton()}
      <p class="step" part="step-indicator">${this.#t('stepOf', { step: index + 1, total: STEPS.length })}</p>
      ${this.#h(this.#stepHeading(step))}
      ${this.notice === 'restored' ? html`<p class="inset notice" role="status">${this.#t('restored')}</p>` : nothing}
      ${this.#errorSummary()}
      <form part="form" novalidate @submit=${this.#continue}>
        ${this.#fields(step)}
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${this.#t('honeypot')}</label>
          <input
            id="f-website"
            name="website"
            tabindex="-1"
            autocomplete="off"
            @input=${(event: Event) => (this.#honeypot = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button" part="button">${this.#t('continue')}</button>
      </form>`;
  }

  /** A step's questions, in order; a question an option reveals is drawn under that option. */
  #fields(step: Step): unknown {
    const max = this.#rules.maxWhatMatters;
    const left = max - this.answers.whatMatters.length;
    // No space between the two: text before the form's button would move it.
    return html`${STEP_FIELDS[step].map((field) => (INSIDE.includes(field) ? nothing : this.#field(field)))}${
      step === 'help'
        ? html`<p class="count ${left < 0 ? 'over' : ''}" aria-live="polite">
            ${left < 0 ? this.#t('charactersOver', { count: -left }) : this.#t('charactersLeft', { count: left })}
          </p>`
        : step === 'consent'
          ? this.#privacyLink()
          : nothing
    }`;
  }

  /** One question, drawn by the kind of its answer: options to choose, a box to tick, a date or text. */
  #field(field: AnswerField): unknown {
    const value = this.answers[field];
    const text = this.#text(field);
    const options = OPTIONS[field];
    if (field === 'dobDay') return this.#date(text);
    if (field === 'gpPractice' && this.#rules.practices.length) return this.#practiceList(text);
    if (typeof value === 'boolean') return agreement(field, text, value, (on) => this.#set(field, on as never));
    if (options) {
      const many = Array.isArray(value);
      return choices(
        field,
        text,
        many ? 'checkbox' : 'radio',
        options.map((option) => {
          const revealed = REVEALS[option];
          return {
            value: option,
            label: this.#t(optionKey(field, option)),
            reveal: revealed && html`${revealed.map((inner) => this.#field(inner))}`,
          };
        }),
        many ? value : [value as string],
        (values) => this.#set(field, (many ? values : (values[0] ?? '')) as never),
        field === 'who' || field === 'reasons' ? 'visually-hidden' : '',
      );
    }
    return textField(field, text, value as string, (v) => this.#set(field, v as never), INPUTS[field]);
  }

  #date(text: FieldText): TemplateResult {
    const a = this.answers;
    const dobErrors = new Set(this.errors.filter((e) => e.field.startsWith('dob')).map((e) => e.field as string));
    // Missing, not a real date, in the future or too young: the whole date is wrong, not one box.
    if (dobErrors.has('dobDay') && this.errors.some((e) => /^errorDob(Mi|R|F|A)/.test(e.message))) {
      dobErrors.add('dobMonth');
      dobErrors.add('dobYear');
    }
    return dateField(
      text,
      [
        { label: this.#t('day'), field: 'dobDay', value: a.dobDay, width: 2 },
        { label: this.#t('month'), field: 'dobMonth', value: a.dobMonth, width: 2 },
        { label: this.#t('year'), field: 'dobYear', value: a.dobYear, width: 4 },
      ],
      dobErrors,
      (field, value) => this.#set(field as 'dobDay', value),
    );
  }

  #privacyLink(): TemplateResult | typeof nothing {
    if (!this.privacyUrl) return nothing;
    let url: URL | undefined;
    try {
      url = new URL(this.privacyUrl, document.baseURI);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      this.#warn(`privacy-url="${this.privacyUrl}" is not a web address; no link is shown.`);
      return nothing;
    }
    return html`<p><a href=${url.href} target="_blank" rel="noopener">${this.#t('privacyLink')}</a></p>`;
  }

  #practiceList(text: FieldText): TemplateResult {
    const rules = this.#rules;
    const id = fieldId('gpPractice');
    const value = this.answers.gpPractice;
    const notListed = this.#t('gpNotListed');
    return fieldBox(
      text,
      html`<label for=${id} part="label">${text.label}</label>
        ${hintAndError(id, text)}
        <select
          id=${id}
          name="gpPractice"
          aria-describedby=${describedBy(id, text)}
          aria-invalid=${text.error ? 'true' : 'false'}
          @change=${(event: Event) => this.#set('gpPractice', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${value === ''}>${this.#t('gpChoose')}</option>
          ${rules.practices.map((p) => html`<option .value=${p} ?selected=${value === p}>${p}</option>`)}
          <option .value=${notListed} ?selected=${value === notListed}>${notListed}</option>
        </select>`,
    );
  }

  /** What the views after the last question need from the form (they live in an on-demand chunk). */
  #endingView(): EndingView {
    return {
      view: this.view,
      answers: this.answers,
      locale: this.#locale,
      problem: this.problem,
      reference: this.reference,
      notice: this.notice,
      kept: this.#outbox?.keep ?? false,
      t: (key, values) => this.#t(key, values),
      heading: (text, className, sub) => this.#h(text, className, sub),
      crisis: () => this.#crisis(),
      serviceNotice: () => this.#serviceNotice(),
      backButton: () => this.#backButton(),
      stepHeading: (step) => this.#stepHeading(step),
      change: (event, step, field) => this.#change(event, step, field),
      send: (event) => void this.#send(event),
      retry: () => void this.#deliver(),
    };
  }
}

declare global {
  interface HTMLElementEventMap {
    'waymark-submit': CustomEvent<ReferralSubmitDetail>;
    'waymark-sent': CustomEvent<ReferralSentDetail>;
  }
}
