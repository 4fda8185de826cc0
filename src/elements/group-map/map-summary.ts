/**
 * The short summary a marker opens: what the list row says about a group
 * (name, organisation, when, where, cost) and a way to its full details; or,
 * for a place where several groups meet, a list of them to choose from.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/catalogue.js';
import { intlLocale, translator } from '../../i18n/catalogue.js';
import { map as words } from '../../i18n/map.js';
import type { Service } from '../../data/model.js';
import { describeSchedule } from '../../data/time/schedule-words.js';
import type { MapPoint, MapSite } from './map-points.js';

export interface SummaryActions {
  /** A group in a place's list was chosen. */
  readonly choose: (point: MapPoint) => void;
  /** "Show details" was pressed. */
  readonly details: (point: MapPoint) => void;
  readonly close: () => void;
}

function costWords(service: Service, locale: Locale): string | undefined {
  const t = translator(words, locale);
  if (service.free === true) return t('free');
  if (service.feesDescription) return service.feesDescription;
  const priced = service.costs.find((cost) => typeof cost.amount === 'number' && Number.isFinite(cost.amount));
  if (!priced || priced.amount === undefined) return undefined;
  if (priced.amount === 0) return t('free');
  try {
    const amount = new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency: priced.currency || 'GBP',
    }).format(priced.amount);
    return priced.option ? `${amount} (${priced.option})` : amount;
  } catch {
    // An unknown currency code: the number alone says enough.
    return String(priced.amount);
  }
}

function whenWords(point: MapPoint, locale: Locale): string | undefined {
  const schedules = point.place.schedules.length > 0 ? point.place.schedules : point.service.schedules;
  const first = schedules.map((schedule) => describeSchedule(schedule, locale)).find((text) => text.length > 0);
  return first;
}

function whereWords(point: MapPoint): string | undefined {
  const { location } = point.place;
  const address = location.address;
  const parts = [location.name, ...(address?.lines ?? []), address?.town, address?.postcode].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  return parts.length > 0 ? [...new Set(parts)].join(', ') : undefined;
}

/** One group's summary. */
export function groupSummary(point: MapPoint, locale: Locale, actions: SummaryActions): TemplateResult {
  const t = translator(words, locale);
  const { service } = point;
  const when = whenWords(point, locale);
  const where = whereWords(point);
  const cost = costWords(service, locale);
  return html`
    <h3 class="summary-title" part="summary-title" tabindex="-1">${service.name}</h3>
    ${service.organization?.name ? html`<p class="summary-organisation">${service.organization.name}</p>` : nothing}
    ${
      service.status === 'temporarily closed'
        ? html`<p class="summary-closed" part="summary-closed">${t('temporarilyClosed')}</p>`
        : nothing
    }
    <dl class="summary-facts">
      ${
        when
          ? html`<div>
              <dt>${t('when')}</dt>
              <dd>${when}</dd>
            </div>`
          : nothing
      }
      ${
        where
          ? html`<div>
              <dt>${t('where')}</dt>
              <dd>${where}</dd>
            </div>`
          : nothing
      }
      ${
        cost
          ? html`<div>
              <dt>${t('cost')}</dt>
              <dd>${cost}</dd>
            </div>`
          : nothing
      }
    </dl>
    <div class="summary-actions">
      <button type="button" class="button button-primary" part="details-button" @click=${() => actions.details(point)}>
        ${t('showDetails')}
      </button>
      <button
        type="button"
        class="button"
        part="close-button"
        aria-label=${t('closeSummaryOf', { name: service.name })}
        @click=${actions.close}
      >
        ${t('closeSummary')}
      </button>
    </div>
  `;
}

/** The groups that meet at one place. */
export function siteSummary(site: MapSite, locale: Locale, actions: SummaryActions): TemplateResult {
  const t = translator(words, locale);
  const place = site.placeName ?? site.points[0]?.placeName ?? '';
  return html`
    <h3 class="summary-title" part="summary-title" tabindex="-1">${t('groupsAt', { place })}</h3>
    <ul class="summary-list">
      ${site.points.map(
        (point) =>
          html`<li>
            <button type="button" class="link-button" @click=${() => actions.choose(point)}>
              ${point.service.name}
            </button>
          </li>`,
      )}
    </ul>
    <div class="summary-actions">
      <button type="button" class="button" part="close-button" @click=${actions.close}>${t('closeSummary')}</button>
    </div>
  `;
}
