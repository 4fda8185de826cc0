import { html, nothing, type TemplateResult } from 'lit';
import { activeFilterCount, RADIUS_CHOICES, type FinderState } from '../../data/search/finder-query.js';
import type { Category } from '../../data/model.js';
import type { Locale } from '../../i18n/catalogue.js';
import type { Translate } from './service-words.js';

export type LocationStatus = 'idle' | 'finding' | 'denied' | 'unavailable';

export interface SearchPanelContext {
  readonly t: Translate;
  readonly locale: Locale;
  readonly state: FinderState;
  readonly categories: readonly Category[];
  /** Whether the browser is finding the person's location. */
  readonly finding: boolean;
  /** Why the person's location is not used, in words. */
  readonly locationProblem?: string;
  /** The problem with the postcode, in words, when the last search could not use it. */
  readonly postcodeProblem?: string;
  readonly geolocation: boolean;
  /** Merges a change into the search; `commit` adds a history entry, else the address is replaced. */
  change(patch: Partial<FinderState>, commit: boolean): void;
  submit(): void;
  useLocation(): void;
}

/** The search box, the place and the distance: what most people use first. */
export function renderSearchForm(ctx: SearchPanelContext): TemplateResult {
  const { t, state } = ctx;
  const hasPlace = !!state.postcode.trim() || !!state.near;
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    ctx.submit();
  };
  return html`<form class="search" part="search" role="search" aria-label=${t('finderLabel')} @submit=${onSubmit}>
    <div class="field grow">
      <label for="text">${t('searchLabel')}</label>
      <span class="hint" id="text-hint">${t('searchHint')}</span>
      <input
        id="text"
        name="text"
        type="search"
        part="search-input"
        autocomplete="off"
        aria-describedby="text-hint"
        .value=${state.text}
        @input=${(event: Event) => ctx.change({ text: (event.target as HTMLInputElement).value, page: 1 }, false)}
      />
    </div>
    <div class="field">
      <label for="postcode">${t('postcodeLabel')}</label>
      <span class="hint" id="postcode-hint">${t('postcodeHint')}</span>
      ${ctx.postcodeProblem ? html`<span class="error" id="postcode-error">${ctx.postcodeProblem}</span>` : nothing}
      <input
        id="postcode"
        name="postcode"
        class="postcode"
        autocomplete="postal-code"
        spellcheck="false"
        aria-describedby=${ctx.postcodeProblem ? 'postcode-hint postcode-error' : 'postcode-hint'}
        aria-invalid=${ctx.postcodeProblem ? 'true' : 'false'}
        .value=${state.near ? '' : state.postcode}
        ?disabled=${!!state.near}
        @change=${(event: Event) => ctx.change({ postcode: (event.target as HTMLInputElement).value, page: 1 }, true)}
      />
    </div>
    ${
      hasPlace
        ? html`<div class="field">
            <label for="radius">${t('radiusLabel')}</label>
            <select
              id="radius"
              @change=${(event: Event) => {
                const value = Number((event.target as HTMLSelectElement).value);
                ctx.change({ radius: value > 0 ? value : undefined, page: 1 }, true);
              }}
            >
              <option value="0" ?selected=${state.radius === undefined}>${t('radiusAny')}</option>
              ${RADIUS_CHOICES.map(
                (miles) =>
                  html`<option value=${miles} ?selected=${state.radius === miles}>
                    ${t('radiusMiles', { count: miles })}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    <div class="search-actions">
      <button type="submit" class="primary">${t('searchButton')}</button>
      ${
        ctx.geolocation
          ? state.near
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => ctx.change({ near: undefined, page: 1 }, true)}
              >
                ${t('forgetLocation')}
              </button>`
            : html`<button type="button" class="secondary" ?disabled=${ctx.finding} @click=${ctx.useLocation}>
                ${ctx.finding ? t('findingLocation') : t('useLocation')}
              </button>`
          : nothing
      }
    </div>
    ${state.near ? html`<p class="hint">${t('usingLocation')}</p>` : nothing}
    ${ctx.locationProblem ? html`<p class="error" role="alert">${ctx.locationProblem}</p>` : nothing}
  </form>`;
}

/** The filters' controls: their own chunk, loaded when a person heads for the filters. */
export type FilterBody = (ctx: SearchPanelContext) => TemplateResult;

/**
 * Every filter, in a disclosure so the page stays short; each change searches at once. The
 * controls inside (`filter-body.ts`) load when a person moves to the disclosure or opens it.
 */
export function renderFilters(
  ctx: SearchPanelContext,
  open: boolean,
  onToggle: (open: boolean) => void,
  body: FilterBody | undefined,
  loadBody: () => void,
): TemplateResult {
  const { t } = ctx;
  const count = activeFilterCount(ctx.state);
  if (open && !body) loadBody();
  return html`<details
    class="filters"
    part="filters"
    ?open=${open}
    @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}
  >
    <summary @focus=${loadBody} @pointerenter=${loadBody}>
      ${count ? t('filtersCount', { count }) : t('filtersHeading')}
    </summary>
    <div class="filter-body" aria-busy=${open && !body ? 'true' : 'false'}>${open && body ? body(ctx) : nothing}</div>
  </details>`;
}
