/**
 * What the finder does once a person opens a group's details, their shortlist or a shortlist
 * shared as a link: the panels with their actions (print, share, save a shared list). They come
 * with the details and shortlist views, on demand, so a first list does not carry them.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import type { Service } from '../../data/model.js';
import type { ShortlistEntry } from '../../data/shortlist.js';
import { addressFor } from './url-state.js';
import { detailsLinks, renderDetails } from './service-details.js';
import { copyShareLink, renderShared, renderShortlist, servicesToPrint } from './shortlist-view.js';
import { viewsWords } from './views-words.js';
import type { DetailsState, FinderHost, ViewContext } from './view-context.js';

/** The shortlist as a link: this page, this search, and the groups' ids. */
function shareUrl(host: FinderHost): string {
  return addressFor({ ...host._state, service: undefined, shared: host.shortlist.entries.map((e) => e.id) });
}

/** Fetches each shortlisted group in full, shows the print view, and opens the browser's print dialog. */
async function print(host: FinderHost): Promise<void> {
  const ids = host.shortlist.entries.map((entry) => entry.id);
  host._printServices = await servicesToPrint(
    host._client,
    ids,
    (id) => host._results?.hits.find((hit) => hit.service.id === id)?.service,
  );
  host.setAttribute('printing', '');
  await host.updateComplete;
  window.print();
}

export function renderShortlistPanel(host: FinderHost, ctx: ViewContext): TemplateResult {
  return renderShortlist(ctx, {
    shareUrl: shareUrl(host),
    copied: host._copied,
    print: () => void print(host),
    copy: () => void copyShareLink(shareUrl(host), host.renderRoot).then((copied) => (host._copied = copied)),
    back: host._closeShortlist,
  });
}

/** The groups of a shortlist shared as a link, by name; those the directory no longer has are left out. */
export async function loadShared(host: FinderHost, ids: readonly string[]): Promise<void> {
  const client = host._client;
  if (!client) return;
  const entries = await Promise.all(
    ids.map(async (id) => {
      try {
        const service = await client.service(id);
        return service ? { id, name: service.name } : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  host._shared = entries.filter((e): e is ShortlistEntry => e !== undefined);
}

/** A shared shortlist, with a way to keep its groups in the person's own. */
export function renderSharedPanel(host: FinderHost, ctx: ViewContext): TemplateResult | typeof nothing {
  return renderShared(host._shared, ctx, () => {
    for (const entry of host._shared) host.shortlist.add(entry);
    host._shared = [];
    host._state = { ...host._state, shared: [] };
    host._address.save(host._state, 'replace');
    host._openShortlist();
  });
}

/** Fetches a group in full for its details (a list may hold only its summary); focus goes back to their heading. */
export async function loadDetails(host: FinderHost, id: string, known: Service | undefined): Promise<void> {
  const client = host._client;
  if (!client) return;
  try {
    const service = await client.service(id);
    if (host._state.service !== id) return;
    host._details = service ? { id, status: 'ready', service } : { id, status: 'missing' };
  } catch {
    if (host._state.service !== id) return;
    host._details = known ? { id, status: 'ready', service: known } : { id, status: 'error' };
  }
  host._focusLater('#details-heading');
}

/** A group's details, or while they load, or when the directory has no such group or cannot be reached. */
export function renderDetailsPanel(host: FinderHost, details: DetailsState, ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const service = details.service;
  if (service && (details.status === 'ready' || details.status === 'loading')) {
    const links = detailsLinks(
      {
        reportUrl: host.reportUrl,
        referralUrl: host.referralUrl,
        referralForm: host.referralForm,
        warnOnce: (key, message) => host._warnOnce(key, message),
      },
      service,
    );
    return renderDetails(service, ctx, links, host._closeDetails);
  }
  return html`<article class="details" part="details" aria-labelledby="details-heading">
    <button type="button" class="link-button back" @click=${host._closeDetails}>
      <span aria-hidden="true">←</span> ${t('backToResults')}
    </button>
    <h2 id="details-heading" tabindex="-1">
      ${details.status === 'loading' ? t('detailsLoading') : details.status === 'missing' ? viewsWords(ctx.locale)('detailsMissing') : host._errorWords()}
    </h2>
  </article>`;
}
