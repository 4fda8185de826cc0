import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../../data/search/search.js';
import { accessIcon } from './access-icons.js';
import { dateWords, distanceWords, isStale, mainPlace, placeWords, wordsForRow } from './service-words.js';
import type { ViewContext } from './view-context.js';
import type { AccessFeature, JoinMethod, Service } from '../../data/model.js';

/** Access features shown once each, step-free first (what people ask about most). */
export function accessFeaturesOf(service: Service): AccessFeature[] {
  return [...new Set(service.locations.flatMap((place) => place.location.access))];
}

export function renderAccess(features: readonly AccessFeature[], ctx: ViewContext): TemplateResult | typeof nothing {
  if (!features.length) return nothing;
  return html`<ul class="access" aria-label=${ctx.t('accessHeading')}>
    ${features.map((feature) => html`<li>${accessIcon(feature)}<span>${ctx.t(feature)}</span></li>`)}
  </ul>`;
}

export function joinWords(methods: readonly JoinMethod[], ctx: ViewContext): string | undefined {
  return methods.length ? methods.map((method) => ctx.t(method)).join(', ') : undefined;
}

/** The shortlist toggle: its words say what it will do, with the group's name for screen readers' lists of buttons. */
export function renderShortlistToggle(service: Pick<Service, 'id' | 'name'>, ctx: ViewContext): TemplateResult {
  const saved = ctx.shortlist.has(service.id);
  return html`<button
    type="button"
    class=${saved ? 'secondary shortlist-toggle saved' : 'secondary shortlist-toggle'}
    part="shortlist-toggle"
    @click=${() => ctx.toggleShortlist(service)}
  >
    <span aria-hidden="true">${saved ? '★' : '☆'}</span>
    ${saved ? ctx.t('removeFromShortlist') : ctx.t('addToShortlist')}<span class="visually-hidden"
      >: ${service.name}</span
    >
  </button>`;
}

/** One group in the list: everything a person needs to decide whether to go, and a way to its details. */
export function renderResultRow(hit: SearchHit, ctx: ViewContext, selected: boolean): TemplateResult {
  const { service } = hit;
  const { t, locale } = ctx;
  const { next, schedules, cost } = wordsForRow(service, locale, ctx.today);
  const place = mainPlace(service, hit.nearest);
  const where = place && (place.kind === 'virtual' ? t('online') : placeWords(place));
  const joining = joinWords(service.howToJoin, ctx);
  const closed = service.status === 'temporarily closed';
  return html`<li class=${selected ? 'result selected' : 'result'} part="result" data-id=${service.id}>
    <article aria-labelledby=${`name-${service.id}`}>
      <h3 class="result-name" id=${`name-${service.id}`}>
        <a href=${ctx.serviceHref(service.id)} @click=${(event: Event) => ctx.openService(service.id, event)}
          >${service.name}</a
        >
      </h3>
      ${closed ? html`<p class="badge closed" part="closed">${t('closed')}</p>` : nothing}
      ${service.organization ? html`<p class="organisation">${service.organization.name}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt class="visually-hidden">${t('whenHeading')}</dt>
          <dd>
            ${next ? html`<strong>${t('next', { when: next })}</strong>` : nothing}
            ${schedules.length ? schedules.map((line) => html`<span class="line">${line}</span>`) : next ? nothing : t('noTimes')}
          </dd>
        </div>
        <div>
          <dt class="visually-hidden">${t('costHeading')}</dt>
          <dd>${cost}</dd>
        </div>
        ${
          where || hit.distance !== undefined
            ? html`<div>
                <dt class="visually-hidden">${t('whereHeading')}</dt>
                <dd>
                  ${hit.distance !== undefined ? html`<strong>${distanceWords(hit.distance, locale)}</strong>` : nothing}
                  ${where ? html`<span class="line">${where}</span>` : nothing}
                </dd>
              </div>`
            : nothing
        }
        ${
          joining
            ? html`<div>
                <dt class="visually-hidden">${t('joinHeading')}</dt>
                <dd>${joining}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${renderAccess(accessFeaturesOf(service), ctx)} ${renderLastChecked(service, ctx)}
      <div class="row-actions">${renderShortlistToggle(service, ctx)}</div>
    </article>
  </li>`;
}

export function renderLastChecked(service: Service, ctx: ViewContext): TemplateResult | typeof nothing {
  if (!service.lastChecked) return nothing;
  return html`<p class="checked">
    ${ctx.t('lastChecked', { date: dateWords(service.lastChecked, ctx.locale) })}
    ${isStale(service.lastChecked) ? html`<span class="stale">${ctx.t('lastCheckedOld')}</span>` : nothing}
  </p>`;
}

/** Grey stand-ins while the directory loads, so the box is never blank. */
export function renderSkeletons(count = 3): TemplateResult {
  return html`<ul class="skeletons" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<li class="skeleton"><span></span><span></span><span></span></li>`)}
  </ul>`;
}
