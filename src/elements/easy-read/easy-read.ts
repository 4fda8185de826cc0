import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultCrisisRoutes } from '../../data/crisis-routes.js';
import { readServiceFacts, type ServiceFacts } from '../../data/easy-read/service-facts.js';
import type { SiteSection } from '../../data/easy-read/site-sections.js';
import { intlLocale, translate, translator, type Locale } from '../../i18n/catalogue.js';
import { crisis, type CrisisKey } from '../../i18n/crisis.js';
import {
  asCatalogue,
  loadEasyReadWords,
  loadStandardWords,
  type EasyReadStandardWords,
  type EasyReadWords,
} from '../../i18n/easy-read.js';
import { baseStyles } from '../shared/base-styles.js';
import { crisisRoutesStyles, renderCrisisRoutes } from '../shared/crisis-routes.js';
import { elementLocale } from '../shared/locale.js';
import { buildSections, type Section, type Sentence } from './content.js';
import type { withSiteSections } from './site-sections.js';
import { easyReadStyles } from './easy-read.styles.js';
import type { ReadAloudController, ReadItem } from './read-aloud.js';
import { speech } from './speech.js';
import { ReadingComfortController, TEXT_SIZES } from './reading-comfort.js';

export type EasyReadMode = 'easy-read' | 'standard';

type Pictures = Readonly<Record<string, unknown>>;

// One download of the pictures for every explainer on the page.
let pictures: Promise<Pictures> | undefined;
const loadPictures = (): Promise<Pictures> =>
  (pictures ??= import('./easy-read-pictograms.js').then((module) => module.pictograms as Pictures));

/**
 * Explains social prescribing in Easy Read: what it is, what a link worker
 * does, who it is for, what happens next, that it is free and your choice,
 * what it is not (with the crisis routes) and how to get it. Short sentences,
 * a picture beside each idea, large clear type; read aloud on request; text
 * size, contrast and line spacing kept on the device; an ordinary-text mode;
 * prints as a leaflet. Every figure and name comes from the attributes or the
 * JSON `config`, so it says what your service really does.
 *
 * @tagname waymark-easy-read
 * @summary An easy-read explainer of social prescribing and what happens next, in words and pictures, with read-aloud.
 *
 * @csspart toolbar - The reading options: read aloud, text size, contrast, spacing, mode.
 * @csspart button - Each button in the toolbar.
 * @csspart read-aloud - The read aloud / pause button.
 * @csspart note - A plain note about reading aloud (e.g. the browser cannot speak).
 * @csspart content - The sections.
 * @csspart section - One section: a picture and its words.
 * @csspart picture - The picture of a section.
 * @csspart heading - A section's heading.
 * @csspart sentence - One sentence (easy read) or one sentence inside a paragraph (standard).
 * @csspart reading - The sentence being read aloud (alongside `sentence`).
 * @csspart referral-link - The link to the site's referral form.
 * @csspart crisis-routes - The box with the crisis routes.
 *
 * @cssproperty --waymark-easy-read-font-size - Base text size of the content (default 1.25em, a quarter larger than the widget's text: 20px, about 15 point, unless a theme changes it).
 * @cssproperty --waymark-easy-read-line-height - Line spacing (default 1.6).
 * @cssproperty --waymark-easy-read-line-height-more - Line spacing with "more space between lines" (default 2).
 * @cssproperty --waymark-easy-read-measure - Longest line of text (default 45ch).
 * @cssproperty --waymark-easy-read-picture-size - Picture size, 64 to 96px (default 80px).
 * @cssproperty --waymark-easy-read-picture-ink - Lines of the pictures (default the text colour).
 * @cssproperty --waymark-easy-read-picture-fill - Soft fill of the pictures.
 * @cssproperty --waymark-easy-read-picture-accent - Accent fill of the pictures.
 * @cssproperty --waymark-easy-read-highlight - Background of the sentence being read.
 * @cssproperty --waymark-easy-read-highlight-text - Text colour of the sentence being read.
 * @cssproperty --waymark-easy-read-contrast-text - Text in high contrast.
 * @cssproperty --waymark-easy-read-contrast-background - Background in high contrast.
 * @cssproperty --waymark-easy-read-contrast-link - Links in high contrast.
 * @cssproperty --waymark-color-text - Text (and the usual `--waymark-*` colours, fonts and spacing).
 *
 * @fires waymark-mode-change - The person switched between easy read and ordinary text; `detail.mode` is the new mode.
 */
export class WaymarkEasyRead extends LitElement {
  static override styles = [baseStyles, crisisRoutesStyles, easyReadStyles];

  static override properties = {
    mode: { reflect: true },
    serviceName: { attribute: 'service-name' },
    area: {},
    phone: {},
    referralUrl: { attribute: 'referral-url' },
    callWithinWeeks: { attribute: 'call-within-weeks' },
    firstMeetingMinutes: { attribute: 'first-meeting-minutes' },
    meetings: {},
    meetingWeeks: { attribute: 'meeting-weeks' },
    meetingPlaces: { attribute: 'meeting-places' },
    nation: {},
    crisisRoutes: { attribute: 'crisis-routes' },
    config: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** `easy-read` (default): short sentences with pictures; `standard`: the same facts as ordinary prose. */
  declare mode: string;

  /** The service's name, e.g. "Mansfield Social Prescribing". */
  declare serviceName?: string;

  /** The area it covers, e.g. "Mansfield". */
  declare area?: string;

  /** A phone number for the service. */
  declare phone?: string;

  /** The site's referral form. Without it, the explainer says to ask your GP practice. */
  declare referralUrl?: string;

  /** Weeks before the first phone call (default 2). */
  declare callWithinWeeks?: string;

  /** Minutes of the first meeting (default 60). */
  declare firstMeetingMinutes?: string;

  /** Most meetings with the link worker (default 6). */
  declare meetings?: string;

  /** Over how many weeks (default 12). */
  declare meetingWeeks?: string;

  /** Where meetings happen: any of `practice phone home video community` (default `practice phone home`). */
  declare meetingPlaces?: string;

  /** `england` (default), `wales`, `scotland` or `northern-ireland`: picks the default crisis routes. */
  declare nation?: string;

  /** The service's own crisis routes, JSON: `[{ "text": "…", "call": "…" }]`. */
  declare crisisRoutes?: string;

  /**
   * Everything above as JSON (camelCase keys), plus `sections`: a list of `{ id, heading, sentences,
   * picture?, pictureAlt?, after? }` that replace the default section with the same id or add one.
   * Attributes win over the config.
   */
  declare config?: string;

  /** The level of the section headings, 2 to 4 (default 2): one below the heading the page puts above it. */
  declare headingLevel?: string;

  constructor() {
    super();
    this.mode = 'easy-read';
  }

  readonly #comfort = new ReadingComfortController(this);
  #speech: ReadAloudController | undefined;
  readonly #warned = new Set<string>();
  #facts: { readonly key: string; readonly facts: ServiceFacts } | undefined;
  #sections: Section[] = [];
  #site:
    { readonly from: unknown; readonly sections: SiteSection[]; readonly merge: typeof withSiteSections } | undefined;
  #locale: Locale = 'en';
  #pictures: Pictures | undefined;
  #words: EasyReadWords | undefined;
  #prose: EasyReadStandardWords | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#pictures)
      loadPictures().then(
        (loaded) => {
          this.#pictures = loaded;
          this.requestUpdate();
        },
        () => this.#warn('could not load its pictures.'),
      );
  }

  /** The mode shown: `mode` when it is one the explainer knows. */
  get currentMode(): EasyReadMode {
    return this.mode === 'standard' ? 'standard' : 'easy-read';
  }

  #load<T>(words: Promise<T>, keep: (words: T) => void): void {
    const locale = this.#locale;
    words.then(
      (loaded) => {
        if (locale !== this.#locale) return;
        keep(loaded);
        this.requestUpdate();
      },
      () => this.#warn('could not load its words.'),
    );
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`Waymark: <waymark-easy-read> ${message}`);
  }

  #serviceFacts(): ServiceFacts {
    // Every property but these three is a fact about the service.
    const attributes = Object.fromEntries(
      Object.keys(WaymarkEasyRead.properties)
        .filter((name) => !['mode', 'config', 'headingLevel'].includes(name))
        .map((name) => [name, this[name as keyof this]]),
    );
    const key = JSON.stringify([attributes, this.config]);
    if (this.#facts?.key === key) return this.#facts.facts;
    const facts = readServiceFacts(this.config, attributes, (message) => this.#warn(message));
    this.#facts = { key, facts };
    return facts;
  }

  /** Play or pause; the read-aloud code is fetched the first time. */
  async #listen(): Promise<void> {
    this.#speech ??= new (await import('./read-aloud.js')).ReadAloudController(
      this,
      () => this.#readItems(),
      () => this.#locale,
    );
    this.#speech.toggle();
  }

  #readItems(): ReadItem[] {
    const standard = this.currentMode === 'standard';
    return this.#sections.flatMap((section) => [
      { id: `${section.id}-heading`, text: section.heading },
      ...(standard ? section.standard : section.easy).map((s) => ({ id: s.id, text: s.text })),
      ...(section.crisis ? this.#crisisWords().map((text) => ({ text })) : []),
    ]);
  }

  #crisisRoutes(): ReturnType<typeof defaultCrisisRoutes> {
    const facts = this.#serviceFacts();
    return facts.crisisRoutes ?? defaultCrisisRoutes(facts.nation);
  }

  #crisisWords(): string[] {
    return this.#crisisRoutes().map((route) =>
      'key' in route.message
        ? translate(crisis, this.#locale, route.message.key as CrisisKey, { number: route.call ?? '' })
        : route.message.text,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = elementLocale(this);
    const before = this.#facts?.facts;
    const facts = this.#serviceFacts();
    // What is read aloud must be what is shown: start again when the words change.
    if (locale !== this.#locale || changed.has('mode') || before !== facts) this.#speech?.stop();
    if (locale !== this.#locale) this.#words = this.#prose = undefined;
    this.#locale = locale;
    // The words arrive once per language and page; until then the explainer shows nothing.
    if (!this.#words) this.#load(loadEasyReadWords(locale), (words) => (this.#words = words));
    if (!this.#prose && this.currentMode === 'standard')
      this.#load(loadStandardWords(locale), (prose) => (this.#prose = prose));
    this.#sections = this.#words ? buildSections(locale, this.#words, this.#prose, facts, facts.referralUrl) : [];
    // A site's own sections: their reader is fetched only for a site that gives some.
    if (facts.sections !== undefined && this.#site?.from !== facts.sections)
      import('./site-sections.js').then(({ readSiteSections, withSiteSections }) => {
        const from = this.#serviceFacts().sections;
        this.#site = { from, sections: readSiteSections(from, (m) => this.#warn(m)), merge: withSiteSections };
        this.requestUpdate();
      });
    if (this.#site && this.#site.from === facts.sections)
      this.#sections = this.#site.merge(this.#sections, this.#site.sections);
    if (this.mode !== 'easy-read' && this.mode !== 'standard')
      this.#warn(`mode="${this.mode}" is not "easy-read" or "standard"; showing easy read.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.#speech?.current;
    // Keeps the sentence being read in view, without moving focus.
    if (current && current !== this.#shown)
      this.renderRoot.querySelector(`[data-sentence="${current}"]`)?.scrollIntoView({ block: 'nearest' });
    this.#shown = current;
  }

  #shown: string | undefined;

  #toggleMode(): void {
    this.mode = this.currentMode === 'standard' ? 'easy-read' : 'standard';
    this.dispatchEvent(
      new CustomEvent('waymark-mode-change', {
        detail: { mode: this.currentMode },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #headingLevel(): number {
    const level = Number(this.headingLevel ?? 2);
    if (level === 2 || level === 3 || level === 4) return level;
    this.#warn(`heading-level="${this.headingLevel}" is not 2, 3 or 4; using 2.`);
    return 2;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.#words) return nothing;
    const t = translator(asCatalogue(this.#words), this.#locale);
    const { size, contrast, spacing } = this.#comfort.value;
    const standard = this.currentMode === 'standard';
    const level = this.#headingLevel();
    const reader = this.#speech;
    const canSpeak = !!speech();
    const listenLabel =
      reader?.state === 'playing' ? t('pause') : reader?.state === 'paused' ? t('carryOn') : t('readAloud');
    const note = !canSpeak
      ? t('cannotSpeak')
      : reader?.problem === 'stopped'
        ? t('speechStopped')
        : this.#locale === 'cy' && reader?.lacksVoice
          ? t('noWelshVoice')
          : '';
    return html`
      <div part="toolbar" class="toolbar" role="group" aria-label=${t('options')}>
        ${
          canSpeak
            ? html`<button part="button read-aloud" class="listen" type="button" @click=${() => this.#listen()}>
                ${listenLabel}
              </button>`
            : nothing
        }
        <div class="size" role="group" aria-label=${t('textSize')}>
          <button
            part="button"
            type="button"
            @click=${() => this.#comfort.change({ size: this.#comfort.value.size - 1 })}
          >
            ${t('smaller')}
          </button>
          <button
            part="button"
            type="button"
            @click=${() => this.#comfort.change({ size: this.#comfort.value.size + 1 })}
          >
            ${t('larger')}
          </button>
          <span>${t('sizeLevel', { count: size + 1, total: TEXT_SIZES.length })}</span>
        </div>
        <button
          part="button"
          type="button"
          aria-pressed=${contrast ? 'true' : 'false'}
          @click=${() => this.#comfort.change({ contrast: !this.#comfort.value.contrast })}
        >
          ${t('contrast')}
        </button>
        <button
          part="button"
          type="button"
          aria-pressed=${spacing ? 'true' : 'false'}
          @click=${() => this.#comfort.change({ spacing: !this.#comfort.value.spacing })}
        >
          ${t('spacing')}
        </button>
        <button part="button" type="button" @click=${() => this.#toggleMode()}>
          ${standard ? t('showEasyRead') : t('showStandard')}
        </button>
      </div>
      <p part="note" class="note" role="status">${note}</p>
      <div
        part="content"
        lang=${intlLocale(this.#locale)}
        class=${`content size-${size}${standard ? ' standard' : ''}${contrast ? ' contrast' : ''}${spacing ? ' spacing' : ''}`}
      >
        ${this.#sections.map((section) => this.#renderSection(section, level, standard))}
      </div>
    `;
  }

  #renderSection(section: Section, level: number, standard: boolean): TemplateResult {
    const headingId = `${section.id}-heading`;
    const part = this.#speech?.current === headingId ? 'heading reading' : 'heading';
    const words = section.heading;
    const heading =
      level === 2
        ? html`<h2 part=${part} id=${headingId} data-sentence=${headingId}>${words}</h2>`
        : level === 3
          ? html`<h3 part=${part} id=${headingId} data-sentence=${headingId}>${words}</h3>`
          : html`<h4 part=${part} id=${headingId} data-sentence=${headingId}>${words}</h4>`;
    return html`<section part="section" class="section" aria-labelledby=${headingId}>
      ${standard ? nothing : this.#renderPicture(section)}
      <div class="words">
        ${heading} ${standard ? this.#renderProse(section.standard) : this.#renderEasy(section.easy)}
        ${
          section.crisis
            ? renderCrisisRoutes(this.#crisisRoutes(), this.#locale, {
                headingLevel: Math.min(4, level + 1) as 3 | 4,
                intro: false,
                id: `${section.id}-crisis`,
              })
            : nothing
        }
      </div>
    </section>`;
  }

  #renderPicture(section: Section): TemplateResult | typeof nothing {
    const picture = section.picture;
    if (!picture) return nothing;
    if (picture.src)
      return html`<div part="picture" class="picture"><img src=${picture.src} alt=${picture.alt} /></div>`;
    const drawing = picture.name ? this.#pictures?.[picture.name] : undefined;
    if (this.#pictures && picture.name && !drawing) this.#warn(`there is no picture called "${picture.name}".`);
    if (this.#pictures && !drawing) return nothing;
    return picture.alt
      ? html`<div part="picture" class="picture" role="img" aria-label=${picture.alt}>${drawing}</div>`
      : html`<div part="picture" class="picture" aria-hidden="true">${drawing}</div>`;
  }

  /** One sentence as its own line (`p`), list item (`li`) or part of a paragraph (`span`). */
  #sentence(s: Sentence, tag: 'p' | 'li' | 'span'): TemplateResult {
    const part = this.#speech?.current === s.id ? 'sentence reading' : 'sentence';
    const words = s.href ? html`<a part="referral-link" href=${s.href}>${s.text}</a>` : s.text;
    return tag === 'p'
      ? html`<p part=${part} data-sentence=${s.id}>${words}</p>`
      : tag === 'li'
        ? html`<li part=${part} data-sentence=${s.id}>${words}</li>`
        : html`<span part=${part} data-sentence=${s.id}>${words}</span> `;
  }

  #renderEasy(sentences: readonly Sentence[]): unknown[] {
    // Consecutive list items become one list; every other sentence is its own line.
    const blocks: Sentence[][] = [];
    for (const s of sentences) {
      const last = blocks[blocks.length - 1];
      if (s.item && last?.[0]?.item) last.push(s);
      else blocks.push([s]);
    }
    return blocks.map((block) =>
      block.length > 1 || block[0]?.item
        ? html`<ul>
            ${block.map((s) => this.#sentence(s, 'li'))}
          </ul>`
        : block.map((s) => this.#sentence(s, 'p')),
    );
  }

  #renderProse(sentences: readonly Sentence[]): TemplateResult {
    return html`<p>${sentences.filter((s) => !s.href).map((s) => this.#sentence(s, 'span'))}</p>
      ${sentences.filter((s) => s.href).map((s) => this.#sentence(s, 'p'))}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'waymark-mode-change': CustomEvent<{ mode: EasyReadMode }>;
  }
}
