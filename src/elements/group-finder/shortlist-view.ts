import { html, nothing, type TemplateResult } from 'lit';
import type { DirectoryClient } from '../../data/directory/client.js';
import type { Service } from '../../data/model.js';
import type { ShortlistEntry } from '../../data/shortlist.js';
import { costWords, dateWords, mainPlace, nextMeetingWords, placeWords, scheduleLines } from './service-words.js';
import { phoneNumbers } from './service-details.js';
import type { ViewContext } from './view-context.js';
import { viewsWords } from './views-words.js';

export interface ShortlistActions {
  readonly shareUrl: string;
  readonly copied?: 'yes' | 'no';
  print(): void;
  copy(): void;
  back(): void;
}

/** The person's saved groups: each with a way to its details and to remove it; print and share. */
export function renderShortlist(ctx: ViewContext, actions: ShortlistActions): TemplateResult {
  const { t } = ctx;
  const v = viewsWords(ctx.locale);
  const entries = ctx.shortlist.entries;
  return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-heading">
    <button type="button" class="link-button back" @click=${actions.back}>
      <span aria-hidden="true">←</span> ${t('backToResults')}
    </button>
    <h2 id="shortlist-heading" tabindex="-1">${t('shortlistHeading')}</h2>
    ${
      entries.length
        ? html`<p>${v('shortlistIntro')}</p>
            <ul class="shortlist-entries">
              ${entries.map(
                (entry) =>
                  html`<li>
                    <a href=${ctx.serviceHref(entry.id)} @click=${(event: Event) => ctx.openService(entry.id, event)}
                      >${entry.name}</a
                    >
                    <button
                      type="button"
                      class="secondary"
                      aria-label=${v('removeNamed', { name: entry.name })}
                      @click=${() => ctx.toggleShortlist(entry)}
                    >
                      ${v('remove')}
                    </button>
                  </li>`,
              )}
            </ul>
            <div class="detail-actions">
              <button type="button" class="primary" part="print-button" @click=${actions.print}>
                ${v('printList')}
              </button>
            </div>
            <div class="share">
              <label for="share-link">${v('shareLink')}</label>
              <div class="share-row">
                <input id="share-link" type="url" readonly .value=${actions.shareUrl} @focus=${selectAll} />
                <button type="button" class="secondary" @click=${actions.copy}>${v('copyLink')}</button>
              </div>
              <p class="hint" role="status">
                ${actions.copied === 'yes' ? v('linkCopied') : actions.copied === 'no' ? v('linkNotCopied') : nothing}
              </p>
            </div>`
        : html`<p>${v('shortlistEmpty')}</p>`
    }
  </section>`;
}

function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}

/** A shortlist someone shared as a link: read-only, with a way to keep it. */
export function renderShared(
  entries: readonly ShortlistEntry[],
  ctx: ViewContext,
  save: () => void,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  const v = viewsWords(ctx.locale);
  return html`<section class="shared" part="shared" aria-labelledby="shared-heading">
    <h2 id="shared-heading">${v('sharedHeading')}</h2>
    <ul class="shortlist-entries">
      ${entries.map(
        (entry) =>
          html`<li>
            <a href=${ctx.serviceHref(entry.id)} @click=${(event: Event) => ctx.openService(entry.id, event)}
              >${entry.name}</a
            >
          </li>`,
      )}
    </ul>
    <button type="button" class="secondary" @click=${save}>${v('saveShared')}</button>
  </section>`;
}

/** The printed shortlist: large type, one group after another, no controls. Hidden on screen. */
export function renderPrintView(services: readonly Service[], ctx: ViewContext): TemplateResult {
  const { t, locale } = ctx;
  const v = viewsWords(locale);
  return html`<section class="print-view" part="print-view">
    <h2>${v('printHeading')}</h2>
    <p>${v('printIntro', { date: dateWords(ctx.today, locale) })}</p>
    ${services.map((service) => {
      const next = nextMeetingWords(service, locale, ctx.today);
      const place = mainPlace(service);
      const where = place && (place.kind === 'virtual' ? t('online') : placeWords(place));
      const contact = [
        ...phoneNumbers(service),
        ...[service.email, ...service.contacts.map((c) => c.email)].filter((e): e is string => !!e),
      ];
      return html`<article class="print-item">
        <h3>${service.name}</h3>
        ${service.organization ? html`<p>${service.organization.name}</p>` : nothing}
        <dl>
          <dt>${v('printWhen')}</dt>
          <dd>
            ${
              [...scheduleLines(service, locale), ...(next ? [t('next', { when: next })] : [])].join('. ') ||
              t('noTimes')
            }
          </dd>
          ${
            where
              ? html`<dt>${v('printWhere')}</dt>
                  <dd>${where}</dd>`
              : nothing
          }
          <dt>${v('printCost')}</dt>
          <dd>${costWords(service, locale)}</dd>
          ${
            contact.length
              ? html`<dt>${v('printContact')}</dt>
                  <dd>${[...new Set(contact)].join(', ')}</dd>`
              : nothing
          }
        </dl>
      </article>`;
    })}
  </section>`;
}

/** Each shortlisted group in full for the printed page: from the directory, else as the list knows it. */
export async function servicesToPrint(
  client: DirectoryClient | undefined,
  ids: readonly string[],
  known: (id: string) => Service | undefined,
): Promise<Service[]> {
  const loaded = await Promise.all(
    ids.map(async (id) => {
      try {
        return (await client?.service(id)) ?? known(id);
      } catch {
        return known(id);
      }
    }),
  );
  return loaded.filter((s): s is Service => s !== undefined);
}

/** Copies the share link; where the browser will not, selects it in its box for the person to copy. */
export async function copyShareLink(url: string, root: ParentNode): Promise<'yes' | 'no'> {
  try {
    await navigator.clipboard.writeText(url);
    return 'yes';
  } catch {
    root.querySelector<HTMLInputElement>('#share-link')?.select();
    return 'no';
  }
}
