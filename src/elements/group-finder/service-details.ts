import { html, nothing, type TemplateResult } from 'lit';
import type { RichBlock, RichInline, Service } from '../../data/model.js';
import { renderAccess, renderLastChecked, renderShortlistToggle, joinWords } from './result-row.js';
import { costWords, nextMeetingWords, placeWords, scheduleLines } from './service-words.js';
import type { ViewContext } from './view-context.js';
import { viewsWords } from './views-words.js';

/** Where the details' two outward links go; absent ones are not shown. */
export interface DetailsLinks {
  readonly report?: string;
  readonly referral?: string;
  /** Set when a `<waymark-referral-form>` on the page takes the referral instead of a link. */
  readonly referToForm?: () => void;
}

/** The finder's attributes behind the details' links, and its way to warn once about a bad one. */
export interface LinkSettings {
  readonly reportUrl?: string;
  readonly referralUrl?: string;
  readonly referralForm?: string;
  warnOnce(key: string, message: string): void;
}

/** The phone numbers of a service and its contacts, each once. */
export function phoneNumbers(service: Service): string[] {
  return [...new Set([...service.phones, ...service.contacts.flatMap((c) => c.phones)].map((p) => p.number))];
}

/** A `tel:` address for a UK number as written ("01632 960123" → "tel:01632960123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A `<waymark-referral-form>`, as far as the finder uses it. */
type ReferralForm = HTMLElement & { service?: { id: string; name: string } };

/** An http(s) address from an attribute, or undefined with a warning. */
function webAddress(settings: LinkSettings, name: string, value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // warned below
  }
  settings.warnOnce(`${name}:${value}`, `${name}="${value}" is not a web address (http or https); it is left out.`);
  return undefined;
}

function linkFor(
  settings: LinkSettings,
  name: string,
  value: string | undefined,
  service: Service,
): string | undefined {
  if (name === 'report-url' && value?.startsWith('mailto:')) {
    // Many councils take reports by email: the subject names the listing.
    const url = new URL(value);
    url.searchParams.set('subject', `${service.name} (${service.id})`);
    return url.href.replace(/\+/g, '%20');
  }
  const url = webAddress(settings, name, value);
  if (!url) return undefined;
  url.searchParams.set('service', service.id);
  url.searchParams.set('service-name', service.name);
  return url.href;
}

function referToForm(settings: LinkSettings, service: Service): (() => void) | undefined {
  const id = settings.referralForm;
  if (!id) return undefined;
  const form = (): ReferralForm | undefined => {
    const found = document.getElementById(id) as ReferralForm | null;
    if (!found) settings.warnOnce(`referral-form:${id}`, `referral-form="${id}" names no element on the page.`);
    return found ?? undefined;
  };
  // No such form on the page (yet): the referral link, if any, stands in.
  if (!form()) return undefined;
  return () => {
    const found = form();
    if (!found) return;
    found.service = { id: service.id, name: service.name };
    found.scrollIntoView({ block: 'start' });
    found.focus();
  };
}

/** The details' report-a-problem and referral links (or referral form) from the finder's attributes. */
export function detailsLinks(settings: LinkSettings, service: Service): DetailsLinks {
  return {
    report: linkFor(settings, 'report-url', settings.reportUrl, service),
    referral: linkFor(settings, 'referral-url', settings.referralUrl, service),
    referToForm: referToForm(settings, service),
  };
}

function renderInline(inline: RichInline): TemplateResult {
  if (inline.kind === 'link') return html`<a href=${inline.href}>${inline.text}</a>`;
  if (inline.strong) return html`<strong>${inline.text}</strong>`;
  if (inline.emphasis) return html`<em>${inline.text}</em>`;
  return html`${inline.text}`;
}

/** A description's paragraphs, lists and links, as templates: the text is only ever text. */
export function renderRichBlocks(blocks: readonly RichBlock[]): TemplateResult[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return html`<p>${block.content.map(renderInline)}</p>`;
    const items = block.items.map((item) => html`<li>${item.map(renderInline)}</li>`);
    return block.ordered
      ? html`<ol>
          ${items}
        </ol>`
      : html`<ul>
          ${items}
        </ul>`;
  });
}

function ageWords(service: Service, ctx: ViewContext): string | undefined {
  const v = viewsWords(ctx.locale);
  const { minimumAge: min, maximumAge: max } = service;
  if (min !== undefined && max !== undefined) return v('ages', { min, max });
  if (min !== undefined) return v('agesFrom', { min });
  if (max !== undefined) return v('agesUpTo', { max });
  return undefined;
}

function section(heading: string, body: unknown): TemplateResult {
  return html`<section class="detail-section">
    <h3>${heading}</h3>
    ${body}
  </section>`;
}

/** The whole of one group: what it is, when, where, cost, who for, how to join, contacts, and what you can do next. */
export function renderDetails(
  service: Service,
  ctx: ViewContext,
  links: DetailsLinks,
  onBack: () => void,
): TemplateResult {
  const { t, locale } = ctx;
  const v = viewsWords(locale);
  const next = nextMeetingWords(service, locale, ctx.today);
  const schedules = scheduleLines(service, locale);
  const notes = [
    ...new Set([...service.schedules, ...service.locations.flatMap((p) => p.schedules)].map((s) => s.notes)),
  ].filter((note): note is string => !!note);
  const who = [ageWords(service, ctx), service.eligibility].filter((x): x is string => !!x);
  const phones = phoneNumbers(service);
  const emails = [...new Set([service.email, ...service.contacts.map((c) => c.email)].filter((e): e is string => !!e))];
  const named = service.contacts.filter((c) => c.name || c.title);
  const join = joinWords(service.howToJoin, ctx);
  const attend = service.attending.map((a) => v(a)).join(', ');
  return html`<article class="details" part="details" aria-labelledby="details-heading">
    <button type="button" class="link-button back" @click=${onBack}>
      <span aria-hidden="true">←</span> ${t('backToResults')}
    </button>
    <h2 id="details-heading" tabindex="-1">${service.name}</h2>
    ${service.status === 'temporarily closed' ? html`<p class="badge closed" part="closed">${t('closed')}</p>` : nothing}
    ${service.alert ? html`<p class="alert" part="alert">${service.alert}</p>` : nothing}
    ${service.organization ? html`<p class="organisation">${v('byOrganisation', { name: service.organization.name })}</p>` : nothing}
    <div class="detail-actions">
      ${renderShortlistToggle(service, ctx)}
      ${
        links.referToForm
          ? html`<button type="button" class="primary" @click=${links.referToForm}>${v('referMe')}</button>`
          : links.referral
            ? html`<a class="button primary" href=${links.referral}>${v('referMe')}</a>`
            : nothing
      }
    </div>
    ${
      service.richDescription?.blocks.length
        ? section(v('aboutHeading'), renderRichBlocks(service.richDescription.blocks))
        : service.description
          ? section(v('aboutHeading'), html`<p>${service.description}</p>`)
          : nothing
    }
    ${section(
      t('whenHeading'),
      html`${next ? html`<p><strong>${t('next', { when: next })}</strong></p>` : nothing}
      ${
        schedules.length
          ? html`<ul>
              ${schedules.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : next
            ? nothing
            : html`<p>${t('noTimes')}</p>`
      }
      ${notes.map((note) => html`<p>${note}</p>`)}`,
    )}
    ${
      service.locations.length
        ? section(
            t('whereHeading'),
            html`<ul class="places">
              ${service.locations.map(({ location }) => {
                const words = location.kind === 'virtual' ? t('online') : placeWords(location);
                return html`<li>
                  ${words ?? nothing} ${location.description ? html`<p>${location.description}</p>` : nothing}
                  ${renderAccess(location.access, ctx)}
                  ${location.accessibility.map(
                    (note) =>
                      html`<p class="access-note">
                        ${note.details ? `${note.description}: ${note.details}` : note.description}
                      </p>`,
                  )}
                </li>`;
              })}
            </ul>`,
          )
        : nothing
    }
    ${section(t('costHeading'), html`<p>${costWords(service, locale)}</p>`)}
    ${
      who.length
        ? section(
            v('whoHeading'),
            who.map((line) => html`<p>${line}</p>`),
          )
        : nothing
    }
    ${join ? section(t('joinHeading'), html`<p>${join}</p>`) : nothing}
    ${attend ? section(v('attendHeading'), html`<p>${attend}</p>`) : nothing}
    ${service.languages.length ? section(v('languagesHeading'), html`<p>${service.languages.join(', ')}</p>`) : nothing}
    ${
      phones.length || emails.length || named.length || service.url
        ? section(
            v('contactHeading'),
            html`${named.map((c) => html`<p>${[c.name, c.title].filter(Boolean).join(', ')}</p>`)}
              <ul class="contact-links">
                ${phones.map((n) => html`<li><a href=${telHref(n)}>${v('callNumber', { number: n })}</a></li>`)}
                ${emails.map((e) => html`<li><a href=${`mailto:${e}`}>${v('emailAddress', { address: e })}</a></li>`)}
                ${service.url ? html`<li><a href=${service.url}>${v('website')}</a></li>` : nothing}
              </ul>`,
          )
        : nothing
    }
    ${renderLastChecked(service, ctx)}
    ${links.report ? html`<p><a href=${links.report}>${v('reportProblem')}</a></p>` : nothing}
  </article>`;
}
