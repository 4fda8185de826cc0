import { html, nothing, type TemplateResult } from 'lit';
import { activeFilterCount, RADIUS_CHOICES, type FinderState } from '../../data/search/finder-query.js';
import type { Category } from '../../data/model.js';
import type { Locale } from '../../i18n/catalogue.js';
import { dayName, type Translate } from './service-words.js';

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

export interface Chip {
  readonly label: string;
  readonly remove: Partial<FinderState>;
}

/** Each active filter as a chip a person can remove, in the order the filters appear. */
export function filterChips(state: FinderState, t: Translate, locale: Locale, categories: readonly Category[]): Chip[] {
  const chips: Chip[] = [];
  for (const id of state.categories)
    chips.push({
      label: categories.find((c) => c.id === id)?.name ?? id,
      remove: { categories: state.categories.filter((c) => c !== id) },
    });
  for (const day of state.days)
    chips.push({ label: dayName(day, locale), remove: { days: state.days.filter((d) => d !== day) } });
  for (const time of state.times)
    chips.push({ label: t(time), remove: { times: state.times.filter((x) => x !== time) } });
  if (state.free) chips.push({ label: t('freeOnly'), remove: { free: false } });
  if (state.stepFree) chips.push({ label: t('stepFreeOnly'), remove: { stepFree: false } });
  for (const a of state.attending)
    chips.push({ label: t(a), remove: { attending: state.attending.filter((x) => x !== a) } });
  for (const j of state.joining) chips.push({ label: t(j), remove: { joining: state.joining.filter((x) => x !== j) } });
  if (state.age !== undefined) chips.push({ label: t('ageValue', { age: state.age }), remove: { age: undefined } });
  return chips;
}

export function renderChips(
  chips: readonly Chip[],
  ctx: SearchPanelContext,
  clearAll: () => void,
): TemplateResult | typeof nothing {
  if (!chips.length) return nothing;
  const { t } = ctx;
  return html`<div class="chips" part="chips">
    <h3 class="visually-hidden" id="chips-heading">${t('activeFilters')}</h3>
    <ul aria-labelledby="chips-heading">
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              aria-label=${t('removeFilter', { name: chip.label })}
              @click=${() => ctx.change({ ...chip.remove, page: 1 }, true)}
            >
              ${chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
      <li><button type="button" class="link-button" @click=${clearAll}>${t('clearAll')}</button></li>
    </ul>
  </div>`;
}
