import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultCrisisRoutes, isNation, type CrisisRoute } from '../../data/crisis-routes.js';
import {
  DEFAULT_RULES,
  emptyAnswers,
  OPTIONS,
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
import { validateStep, type FieldError } from '../../data/referral/validation.js';
import { translate, type Catalogue, type Locale, type Message, type MessageValues } from '../../i18n/catalogue.js';
import { crisisEn, type CrisisWords } from '../../i18n/crisis.js';
import {
  labelKey,
  optionKey,
  referralCatalogue,
  referralEn,
  type ReferralKey,
  type ReferralMessages,
  type ReferralStartMessages,
} from '../../i18n/referral.js';
import { referralEndEn } from '../../i18n/referral-end.js';
import { baseStyles } from '../shared/base-styles.js';
import { crisisRoutesStyles, renderCrisisBox } from '../shared/crisis-routes.js';
import { elementLocale } from '../shared/locale.js';
import { agreement, choices, dateField, fieldId, textField, type FieldText, type TextFieldOptions } from './fields.js';
import { referralFormStyles } from './referral-form.styles.js';
import type * as AreaModule from './area.js';
import { deliver, renderEnd, submit } from './ending.js';
import type * as ServiceModule from './service.js';
import type * as KeptModule from '../../data/referral/kept-outbox.js';
import type { Draft } from '../../data/referral/kept-outbox.js';
import type { Warning } from './warnings.js';

type Area = typeof AreaModule;
type ServicePart = typeof ServiceModule;
type Kept = typeof KeptModule;

/** English words of paths not every person takes, loaded when one starts (Welsh has them all in its chunk). */
const MORE_WORDS = {
  /** How to fix each answer: when a step first has one to fix. */
  errors: () => import('../../i18n/referral-errors.js'),
  /** What went wrong when the service answered but did not take the referral, the page cannot send, or too fast. */
  problems: () => import('../../i18n/referral-problems.js'),
  /** The questions an option reveals (someone else's, an interpreter's language...): once one is chosen. */
  revealed: () => import('../../i18n/referral-revealed.js'),
  /** For a person who keeps their answers on this device: with the part that keeps them. */
  kept: () => import('../../i18n/referral-kept.js'),
};

/** @internal What the form shows: the first page, the crisis routes, a step, or one of the views after the last step. */
export type View = 'start' | 'crisis' | Step | 'outside' | 'check' | 'sending' | 'failed' | 'refused' | 'sent';

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

/** @internal What the parts of the form loaded on demand (`ending.ts`, `area.ts`) read of its private state. */
export interface FormState {
  readonly view: View;
  readonly answers: ReferralAnswers;
  readonly problem: SendProblem | 'config' | undefined;
  readonly reference: string | undefined;
  readonly notice: ReferralKey | undefined;
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
    // What redraws the form when it changes. The safety answer, the keep box, the problem and the
    // reference change with what the person does or with the view, and the parts loaded on demand
    // come with their words (`more`), so none of those needs to be watched as well.
    view: { state: true },
    answers: { state: true },
    errors: { state: true },
    notice: { state: true },
    words: { state: true },
    more: { state: true },
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
  practices?: string;

  /** The postcode districts the service covers ("NG18 NG19" or "NG18, NG19"). */
  postcodeDistricts?: string;

  /** The service's privacy notice. */
  privacyUrl?: string;

  /** Default crisis routes for `england` (default), `wales`, `scotland` or `northern-ireland`. */
  nation = 'england';

  /** The service's own crisis routes, as JSON: `[{ "text": "…", "call": "…" }]`. */
  crisisRoutes?: string;

  /** Who the service is for (replaces the default words). */
  whoFor?: string;

  /** Who the service is not for. */
  notFor?: string;

  /** What happens next, e.g. "A link worker will phone you within 2 weeks." */
  whatNext?: string;

  /** The question asking to share with the GP practice. */
  gpConsentText?: string;

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
  private problem: SendProblem | 'config' | undefined;
  private reference: string | undefined;
  private notice: ReferralKey | undefined;
  /** @internal The form's language: English until Welsh words are asked for and loaded. */
  _locale: Locale = 'en';
  private safety = '';
  private keep = false;
  private words: ReferralStartMessages | ReferralMessages | undefined;
  private area: Area | undefined;
  /** English words under the locale's own: the end of the form's, and those loaded so far from `MORE_WORDS`. */
  private more: Readonly<Record<string, Message>> = referralEndEn;

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
  #restoring = false;
  #warned = new Set<string>();
  #honeypot = '';
  #loads = new Map<string, Promise<unknown>>();
  #servicePart: ServicePart | undefined;
  #own: { readonly from: string; readonly routes?: readonly CrisisRoute[] | false | null } | undefined;

  /** Loads a part of the form from its own chunk, once (asked for again after a failed load, e.g. back online). */
  #load<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
    let loading = this.#loads.get(name) as Promise<T | undefined> | undefined;
    if (!loading) {
      // Undefined when it cannot be loaded (offline): forgotten, so the next ask tries again.
      loading = load().catch(() => void this.#loads.delete(name));
      this.#loads.set(name, loading);
    }
    return loading;
  }

  /** English words of a path not every person takes (`MORE_WORDS`); Welsh has them all already. */
  #loadWords(part: keyof typeof MORE_WORDS): Promise<unknown> {
    if (this._locale !== 'en') return Promise.resolve();
    return this.#load(part, () => MORE_WORDS[part]().then((module) => this.#addWords(module.words)));
  }

  /** The area the service covers, with its English words: only for a service that names its practices or districts. */
  #loadArea(): Promise<Area | undefined> {
    if (!this.practices && !this.postcodeDistricts) return Promise.resolve(undefined);
    return this.#load('area', () =>
      import('./area.js').then((module) => {
        this.#addWords(module.words);
        return (this.area = module);
      }),
    );
  }

  /** English words loaded with a part of the form; the locale's own words are laid over them, so Welsh stays Welsh. */
  #addWords(words: Readonly<Record<string, Message>>): void {
    this.more = { ...this.more, ...words };
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
    await this.#loadService();
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('.service-notice') ?? root.querySelector<HTMLElement>('.heading'))?.focus(options);
  }

  /** After cancelling `waymark-submit` and sending it yourself: show the confirmation, with your reference. */
  showSent(reference?: string): void {
    this.#outbox?.clear();
    this.reference = reference;
    this._go('sent');
  }

  // ---- configuration, read leniently: a bad value warns once and falls back.

  /** Says once (per value) in the console what is wrong with an attribute and what the form does instead. */
  #warn(attribute: Warning, value: unknown = ''): void {
    const id = `${attribute}=${String(value)}`;
    if (this.#warned.has(id)) return;
    this.#warned.add(id);
    // The words load on demand: only a misconfigured page needs them.
    void import('./warnings.js').then(
      (module) => module.warn(attribute, String(value)),
      () => undefined,
    );
  }

  get #rules(): ReferralRules {
    let minAge = this.minAge;
    if (!Number.isFinite(minAge) || minAge < 0 || minAge > 120) {
      this.#warn('minAge', this.minAge);
      minAge = DEFAULT_RULES.minAge;
    }
    if (this.gpPractice !== 'optional' && this.gpPractice !== 'required') {
      this.#warn('gpPractice', this.gpPractice);
    }
    return { ...DEFAULT_RULES, minAge: Math.floor(minAge), gpPracticeRequired: this.gpPractice === 'required' };
  }

  get #format(): 'json' | 'fhir' {
    if (this.format === 'fhir' || this.format === 'json') return this.format;
    this.#warn('format', this.format);
    return 'json';
  }

  /** Whether the form was opened from a group: by its attributes, or the page address (`?service=…`). */
  get #fromGroup(): boolean {
    return !!(this.service || this.serviceName) || /[?&]service(-name)?=/.test(location.search);
  }

  /** The part naming the group the person chose, with its English words: only when opened from a group. */
  #loadService(): Promise<ServicePart | undefined> {
    if (!this.#fromGroup) return Promise.resolve(undefined);
    return this.#load('service', () =>
      import('./service.js').then((module) => {
        this.#servicePart = module;
        this.#addWords(module.words);
        return module;
      }),
    );
  }

  /**
   * A site's own crisis routes (`crisis-routes`), read by a module only such a site loads:
   * undefined while it loads, false when they cannot be read, null when the module could not load.
   */
  #ownRoutes(): readonly CrisisRoute[] | false | null | undefined {
    const from = this.crisisRoutes ?? '';
    if (this.#own?.from !== from) {
      this.#own = { from };
      void import('../../data/own-crisis-routes.js')
        .then(
          (module) => (this.#own = { from, routes: module.readCrisisRoutes(from) ?? false }),
          () => (this.#own = { from, routes: null }),
        )
        .then(() => this.requestUpdate());
    }
    return this.#own.routes;
  }

  get #routes(): readonly CrisisRoute[] {
    if (this.crisisRoutes) {
      const own = this.#ownRoutes();
      if (own) return own;
      if (own === false) this.#warn('crisisRoutes');
    }
    if (isNation(this.nation)) return defaultCrisisRoutes(this.nation);
    this.#warn('nation', this.nation);
    return defaultCrisisRoutes();
  }

  /** An address the page gives (`action`, `privacy-url`) if `allowed` takes it; else it warns once and gives none. */
  #address(attribute: 'action' | 'privacyUrl', allowed: (url: URL) => boolean): URL | undefined {
    const value = this[attribute];
    try {
      const url = new URL(value ?? '', document.baseURI);
      if (value && allowed(url)) return url;
    } catch {
      // Warned below.
    }
    this.#warn(attribute, value);
    return undefined;
  }

  #outboxNow(): ReferralOutbox {
    return (this.#outbox ??= new ReferralOutbox());
  }

  /** @internal What the parts of the form loaded on demand read of its state. */
  get _state(): FormState {
    const { view, answers, problem, reference, notice } = this;
    return { view, answers, problem, reference, notice };
  }

  /** @internal Whether the person agreed to keep their answers on this device. */
  get _kept(): boolean {
    return this.#outbox?.keep ?? false;
  }

  // ---- keeping and restoring answers

  /** Finds what this device kept for this form (its `action`), loading that part only when it holds something. */
  #restore(): void {
    const key = `waymark-referral:${this.action}`;
    this.#outboxFor = key;
    this.#outbox = new ReferralOutbox();
    let held = false;
    try {
      held = !!(sessionStorage.getItem(`${key}:draft`) ?? sessionStorage.getItem(`${key}:outbox`));
    } catch {
      // Storage refused: nothing was kept.
    }
    if (!held) return;
    // The form waits (showing "Loading…") rather than open on its first page over what was kept.
    this.#restoring = true;
    void this.#keepOnDevice(true).finally(() => {
      this.#restoring = false;
      this.requestUpdate();
    });
  }

  /** The part that keeps answers on this device: asked for as soon as the person ticks the box. */
  #loadKept(): Promise<Kept | undefined> {
    // Its words come with it, so that what a failed send says to this person is here offline too.
    const words = this.#loadWords('kept');
    return this.#load('kept-outbox', () => import('../../data/referral/kept-outbox.js')).then(async (kept) => {
      await words;
      return kept;
    });
  }

  /**
   * Keeps the answers on this device from now on: the person agreed, or (`restore`) the device
   * already holds what they kept, which is read back: the answers, where they were, and a referral
   * waiting to be sent.
   */
  async #keepOnDevice(restore: boolean): Promise<void> {
    const kept = await this.#loadKept();
    if (!kept) return;
    const outbox = new kept.KeptReferralOutbox({ storageKey: this.#outboxFor });
    this.#outbox = outbox;
    if (!restore) return;
    const draft = kept.readDraft(outbox.loadDraft(), KEPT_VIEWS);
    if (draft) {
      this.answers = draft.answers;
      this.view = draft.view as View;
      this.#startedAt = draft.startedAt ?? this.#startedAt;
      this.notice = 'restored';
    }
    if (outbox.pending) {
      this.view = 'failed';
      this.problem = undefined;
    }
    this.keep = outbox.keep;
    this.safety = 'no';
  }

  #save(): void {
    // Only while answering: once sent, nothing is kept; while sending, the outbox holds the referral.
    if (KEPT_VIEWS.includes(this.view)) {
      this.#outbox?.saveDraft({ answers: this.answers, view: this.view, startedAt: this.#startedAt } satisfies Draft);
    }
  }

  #online = (): void => {
    if (this.view === 'failed' && this.#outbox?.pending) void this._retry();
    // The end of the form may have failed to load while offline: asking again now.
    else this.requestUpdate();
  };

  // ---- words

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = elementLocale(this);
    if (!this.words || locale !== this._locale) {
      if (locale === 'en') {
        this.words = referralEn;
        this.#crisisWords = crisisEn;
        this._locale = 'en';
      } else if (this.#loading !== locale) {
        this.#loading = locale;
        void import('../../i18n/referral-cy.js').then(({ referralCy, crisisCy }) => {
          this._locale = locale;
          this.#crisisWords = crisisCy;
          this.words = referralCy;
        });
      }
    }
    const own = changed as Map<PropertyKey, unknown>;
    if (['words', 'more', 'messages'].some((key) => own.has(key)) || !this.#catalogue) {
      let site: unknown = this.messages;
      if (typeof site === 'string') {
        try {
          site = JSON.parse(site);
        } catch {
          this.#warn('messages');
        }
      }
      if (this.words) {
        // A site's words, then the attributes for the words every service sets; empty ones are left out.
        // English words of the parts loaded on demand (`more`) lie under the locale's, which in Welsh has them all.
        this.#catalogue = referralCatalogue({ ...this.more, ...this.words }, site, {
          whoFor: this.whoFor,
          notFor: this.notFor,
          whatNext: this.whatNext,
          consentGp: this.gpConsentText,
        });
      }
    }
    if (changed.has('action') && this.#outboxFor && this.#outboxFor !== `waymark-referral:${this.action}`) {
      this.#restore();
    }
  }

  /** @internal One of the form's messages, in its language, with a site's own wording. */
  _t(key: ReferralKey, values?: MessageValues): string {
    const catalogue = this.#catalogue;
    // Empty for words not here yet: those of a part of the form that could not be loaded.
    return catalogue && key in catalogue.en ? translate(catalogue, this._locale, key, values) : '';
  }

  // ---- moving between views

  /** @internal Shows another view, then moves focus to its heading (or the element `focus` selects). */
  _go(view: View, focus = '.heading'): void {
    if (view === 'check') this.#returnToCheck = false;
    this.view = view;
    this.errors = [];
    this.#focusAfter = focus;
    this.#save();
  }

  protected override updated(): void {
    const selector = this.#focusAfter;
    this.#focusAfter = undefined;
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #startForm(event: Event): Promise<void> {
    event.preventDefault();
    if (this.safety === '') {
      await this.#loadWords('errors');
      this.errors = [{ field: 'who', message: 'errorWho' }];
      this.#focusAfter = '.error-summary';
      return;
    }
    // After a yes, nothing is kept or sent: the person needs the crisis routes, not a form.
    const yes = this.safety === 'yes';
    const keep = !yes && this.keep;
    // The part that keeps answers on the device was asked for when the box was ticked; where it cannot
    // be loaded (offline), the answers stay on this page only, as without agreement.
    if (keep && !this.#outboxNow().keep) await this.#keepOnDevice(false);
    this.#outboxNow().keep = keep;
    if (yes) return this._go('crisis');
    this.#startedAt = Date.now();
    this.notice = undefined;
    this._go('who');
  }

  async #continue(event: Event): Promise<void> {
    event.preventDefault();
    const step = this.view as Step;
    const errors = validateStep(step, this.answers, this.#rules);
    if (errors.length) {
      // The English words saying how to fix each answer load now (without them: "Check this answer").
      await this.#loadWords('errors');
      this.errors = errors;
      this.#focusAfter = '.error-summary';
      return;
    }
    this.notice = undefined;
    if (step === 'about') {
      // Where the area part cannot be loaded, the service is sent the referral and decides.
      const area = await this.#loadArea();
      if (area && !area.isInArea(this)) return this._go('outside');
    }
    this._go(this.#returnToCheck ? 'check' : (STEPS[STEPS.indexOf(step) + 1] ?? 'check'));
  }

  #back(): void {
    const index = STEPS.indexOf(this.view as Step);
    this._go(
      this.view === 'outside'
        ? 'about'
        : this.view === 'check'
          ? 'consent'
          : this.#returnToCheck && index >= 0
            ? 'check'
            : (STEPS[index - 1] ?? 'start'),
    );
  }

  /** @internal From check your answers: back to the question, then back to check your answers. */
  _change(event: Event, step: Step, field: AnswerField): void {
    event.preventDefault();
    this.#returnToCheck = true;
    this._go(step, `#${fieldId(field)}`);
  }

  /** @internal */
  _set<K extends AnswerField>(field: K, value: ReferralAnswers[K]): void {
    this.answers = { ...this.answers, [field]: value };
    this.#save();
  }

  // ---- sending

  /** @internal Send my referral (a listener: lit calls it with the form as `this`). */
  async _send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    if (this.#honeypot) {
      // A robot filled the field people never see: it is told "sent", and nothing is.
      return this.showSent();
    }
    if (Date.now() - this.#startedAt < this.minFillSeconds * 1000) {
      await this.#loadWords('problems');
      this.notice = 'tooFast';
      this.#focusAfter = '.notice';
      return;
    }
    const endpoint = this.#address('action', isAllowedEndpoint);
    if (!endpoint) return this.#failed('config');
    this.#busy = true;
    try {
      const outbox = this.#outboxNow();
      // Opened from a group, the group is sent with the referral.
      const service = await this.#loadService();
      // Cancelled: the site sends it its own way.
      if (
        outbox.pending ||
        (await submit(this, outbox, this.answers, this.#rules, service?.chosenService(this), this.#format, endpoint))
      ) {
        await this._retry();
      }
    } finally {
      this.#busy = false;
    }
  }

  /** @internal Sends what is in the outbox (Try sending again, and back online). */
  async _retry(): Promise<void> {
    const outbox = this.#outboxNow();
    this.view = 'sending';
    this.#focusAfter = '.status';
    const timeoutMs = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 20_000;
    const result: SendResult = await deliver(this, outbox, timeoutMs, (reference) => {
      this.reference = reference;
      this._go('sent');
    });
    if (!result.ok) await this.#failed(result.problem);
  }

  /** Says what went wrong: `failed` when trying again can help, `refused` when it cannot. */
  async #failed(problem: SendProblem | 'config'): Promise<void> {
    // Offline or too slow, the form says so with the words it has; the service's own "no" (or a page
    // that cannot send) has its words on demand: the internet works, since the service answered.
    if (problem !== 'offline' && problem !== 'timeout') await this.#loadWords('problems');
    this.problem = problem;
    this._go(problem === 'refused' || problem === 'config' ? 'refused' : 'failed');
  }

  // ---- rendering

  protected override render(): unknown {
    // Shown once the words are there, and a site's own crisis routes when it gives some.
    if (!this.words || !this.#catalogue || (this.crisisRoutes && this.#ownRoutes() === undefined)) return nothing;
    if (this.#restoring) return this.#loadingStatus();
    const { view, area } = this;
    if (view === 'start') return this.#renderStart();
    if (view === 'crisis') {
      return html`${this._h(this._t('crisisViewHeading'))}
        <p><strong>${this._t('crisisViewBody')}</strong></p>
        ${this._crisis()}
        <button class="button secondary" part="back" @click=${() => ((this.safety = ''), this._go('start'))}>
          ${this._t('crisisViewBack')}
        </button>`;
    }
    // Past the first page: the area when the service names one, asked for without waiting (again
    // after a failed load, e.g. once the browser is back online).
    void this.#loadArea();
    if (view === 'outside') return area ? area.renderOutside(this) : this.#loadingStatus();
    if ((STEPS as readonly string[]).includes(view)) return this.#renderStep(view as Step);
    return renderEnd(this);
  }

  #loadingStatus(): TemplateResult {
    return html`<p class="status" part="status" role="status">${this._t('loading')}</p>`;
  }

  /**
   * @internal A heading `sub` levels below the form's own (heading-level, 2 to 4); the view's
   * main heading (class `heading`) takes focus when the view changes.
   */
  _h(text: string, className = 'heading', sub = 0, id?: string): TemplateResult {
    const level = Math.min(Math.max(Math.floor(this.headingLevel) || 2, 2), 4) + sub;
    const main = className === 'heading';
    const part = main ? 'heading' : nothing;
    const focus = main ? '-1' : nothing;
    const i = id ?? nothing;
    if (level < 3) return html`<h2 id=${i} class=${className} part=${part} tabindex=${focus}>${text}</h2>`;
    if (level < 4) return html`<h3 id=${i} class=${className} part=${part} tabindex=${focus}>${text}</h3>`;
    if (level < 5) return html`<h4 id=${i} class=${className} part=${part} tabindex=${focus}>${text}</h4>`;
    return html`<h5 id=${i} class=${className} part=${part} tabindex=${focus}>${text}</h5>`;
  }

  /** @internal The crisis routes, in the form's language. */
  _crisis(): TemplateResult {
    const words = this.#crisisWords;
    const id = `crisis-${this.view}-heading`;
    const t = (key: keyof CrisisWords, values?: MessageValues): string =>
      translate({ en: words, cy: words }, 'en', key, values);
    return renderCrisisBox(this.#routes, t, this._h(t('crisisHeading'), 'crisis-heading', 1, id), id);
  }

  /** @internal The group the person chose in the finder, when there is one. */
  _serviceNotice(): TemplateResult | typeof nothing {
    // Shown once its part is here (asked for now, and again after a failed load).
    void this.#loadService();
    return this.#servicePart?.renderServiceNotice(this) ?? nothing;
  }

  #errorSummary(): TemplateResult | typeof nothing {
    if (!this.errors.length) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="errors">
      ${this._h(this._t('errorSummary') || this._t('errorCheck'), 'error-title', 0, 'errors')}
      <ul>
        ${this.errors.map((error) => {
          const id = `#${fieldId(error.field)}`;
          return html`<li>
            <a
              href=${id}
              @click=${(event: Event) => {
                event.preventDefault();
                this.renderRoot.querySelector<HTMLElement>(id)?.focus();
              }}
              >${this.#errorText(error)}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #errorText(error: FieldError): string {
    const key = this.view === 'start' ? 'errorSafety' : error.message;
    return this._t(key, { minAge: this.#rules.minAge, max: 1000 }) || this._t('errorCheck');
  }

  /**
   * A question's words, from its key: its label (`labelKey`), `(optional)` when it may be left empty,
   * its hint (`<field>Hint`, or "Select all that apply" for checkboxes) and its message when it failed.
   */
  #text(field: AnswerField): FieldText {
    const dob = field === 'dobDay';
    const error = this.errors.find((e) => (dob ? e.field.startsWith('dob') : e.field === field));
    const label = this._t(labelKey(field));
    const hint = this._t(`${dob ? 'dob' : field}Hint` as ReferralKey);
    const optional = OPTIONAL.includes(field) || (field === 'gpPractice' && !this.#rules.gpPracticeRequired);
    return {
      label: optional ? `${label} ${this._t('optional')}` : label,
      hint: hint || (Array.isArray(this.answers[field]) ? this._t('selectAll') : undefined),
      error: error && this.#errorText(error),
      errorPrefix: this._t('errorPrefix'),
    };
  }

  #renderStart(): TemplateResult {
    return html`${this._h(this._t('formHeading'))} ${this._serviceNotice()}
      <p>${this._t('whoFor')}</p>
      <p>${this._t('whatNext')}</p>
      <p><strong>${this._t('notFor')}</strong></p>
      ${this._crisis()} ${this.#errorSummary()}
      <form part="form" novalidate @submit=${this.#startForm}>
        ${choices(
          'who',
          {
            label: this._t('safetyQuestion'),
            error: this.errors[0] && this.#errorText(this.errors[0]),
            errorPrefix: this._t('errorPrefix'),
          },
          'radio',
          YES_NO.map((value) => ({ value, label: this._t(value) })),
          [this.safety],
          ([value]) => (this.safety = value ?? ''),
          'legend-large',
        )}
        ${agreement(
          'keep',
          { label: this._t('keepAnswers'), hint: this._t('keepHint'), errorPrefix: '' },
          this.keep,
          (on) => {
            this.keep = on;
            if (on) void this.#loadKept();
          },
        )}
        <button class="button" part="button">${this._t('start')}</button>
      </form>`;
  }

  /** @internal Back, at the top of each step and of check your answers. */
  _backButton(): TemplateResult {
    return html`<button type="button" class="link-button back" part="back" @click=${this.#back}>
      ${this._t('back')}
    </button>`;
  }

  /** @internal Each step's heading is `<step>Heading`; "About you" depends on who the form is for. */
  _stepHeading(step: Step): string {
    const about = this.answers.who === 'someone-else' ? 'aboutHeadingThem' : 'aboutHeadingMe';
    return this._t(step === 'about' ? about : (`${step}Heading` as ReferralKey));
  }

  #renderStep(step: Step): TemplateResult {
    const left = this.#rules.maxWhatMatters - this.answers.whatMatters.length;
    // No space between the questions and what follows them: text before the form's button would move it.
    return html`${this._backButton()}
      <p class="step" part="step-indicator">
        ${this._t('stepOf', { step: STEPS.indexOf(step) + 1, total: STEPS.length })}
      </p>
      ${this._h(this._stepHeading(step))}
      ${this.notice === 'restored' ? html`<p class="inset notice" role="status">${this._t('restored')}</p>` : nothing}
      ${this.#errorSummary()}
      <form part="form" novalidate @submit=${this.#continue}>
        ${STEP_FIELDS[step].map((field) => (INSIDE.includes(field) ? nothing : this.#field(field)))}${
          step === 'help'
            ? html`<p class="count ${left < 0 ? 'over' : ''}" aria-live="polite">
                ${left < 0 ? this.#over(-left) : this._t('charactersLeft', { count: left })}
              </p>`
            : step === 'consent'
              ? this.#privacyLink()
              : nothing
        }
        <div class="visually-hidden" aria-hidden="true">
          <label for="f-website">${this._t('honeypot')}</label>
          <input
            id="f-website"
            name="website"
            tabindex="-1"
            autocomplete="off"
            @input=${(event: Event) => (this.#honeypot = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button" part="button">${this._t('continue')}</button>
      </form>`;
  }

  /** One question, drawn by the kind of its answer: options to choose, a box to tick, a date or text. */
  #field(field: AnswerField): unknown {
    // A question an option reveals (someone else's, an interpreter's language...) shows once its words are here.
    if (!this._t(labelKey(field))) {
      void this.#loadWords('revealed');
      return nothing;
    }
    const value = this.answers[field];
    const text = this.#text(field);
    const options = OPTIONS[field];
    const set = (v: unknown): void => this._set(field, v as never);
    if (field === 'dobDay') {
      const invalid = new Set(this.errors.map((e) => e.field));
      // Missing, not a real date, in the future or too young: the whole date is wrong, not one box.
      const whole = invalid.has('dobDay') && this.errors.some((e) => /^errorDob(Mi|R|F|A)/.test(e.message));
      return dateField(
        text,
        (part) => this._t(part),
        (f) => this.answers[f],
        (f) => whole || invalid.has(f),
        (f, v) => this._set(f, v),
      );
    }
    // Where the service lists its practices (once that part of the form is loaded), a list to choose from.
    const practices = field === 'gpPractice' && this.area?.practiceList(this, text);
    if (practices) return practices;
    if (typeof value === 'boolean') return agreement(field, text, value, set);
    if (options) {
      const many = Array.isArray(value);
      return choices(
        field,
        text,
        many ? 'checkbox' : 'radio',
        options.map((option) => ({
          value: option,
          label: this._t(optionKey(field, option)),
          reveal: REVEALS[option]?.map((inner) => this.#field(inner)),
        })),
        many ? value : [value as string],
        (values) => set(many ? values : (values[0] ?? '')),
        field === 'who' || field === 'reasons' ? 'visually-hidden' : '',
      );
    }
    return textField(field, text, value as string, set, INPUTS[field]);
  }

  /** "You have 3 characters too many": its words come with those saying how to fix an answer. */
  #over(count: number): string {
    void this.#loadWords('errors');
    return this._t('charactersOver', { count });
  }

  #privacyLink(): TemplateResult | typeof nothing {
    const url = this.privacyUrl && this.#address('privacyUrl', (address) => /^https?:$/.test(address.protocol));
    if (!url) return nothing;
    return html`<p><a href=${url.href} target="_blank" rel="noopener">${this._t('privacyLink')}</a></p>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'waymark-submit': CustomEvent<ReferralSubmitDetail>;
    'waymark-sent': CustomEvent<ReferralSentDetail>;
  }
}
