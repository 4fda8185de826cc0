/**
 * The filters' controls, inside the finder's filters disclosure (closed at first), and the chips of
 * the filters that are on: their own chunk, loaded when a person moves to the disclosure or opens
 * it, or when a search from the address has filters on, so a first list without filters does not
 * carry them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  ATTENDING_CHOICES,
  EMPTY_FINDER_STATE,
  JOINING_CHOICES,
  TIMES_OF_DAY,
  type FinderState,
} from '../../data/search/finder-query.js';
import { WEEKDAYS, type Category } from '../../data/model.js';
import type { SearchPanelContext } from './search-panel.js';
import { dayName } from './service-words.js';
import { viewsWords } from './views-words.js';

/** The filters' look, added to the finder's shadow root with them. */
export const filterStyles = css`
  .filter-body {
    display: grid;
    gap: var(--_waymark-finder-gap);
    padding: 0 var(--_waymark-finder-gap) var(--_waymark-finder-gap);
  }

  legend {
    font-weight: 700;
  }

  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
    min-block-size: 2.75rem;
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_waymark-color-accent);
    flex: none;
  }

  input.age {
    max-inline-size: 10em;
  }

  .chips ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .chip {
    background: var(--waymark-chip-background, var(--_waymark-color-surface));
    color: var(--_waymark-color-text);
    border: 2px solid var(--_waymark-color-border);
    border-radius: 999px;
    font-weight: 400;
  }
`;

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

function checkboxes<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  chosen: readonly T[],
  label: (value: T) => string,
  onChange: (next: T[]) => void,
): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="choices">
      ${values.map(
        (value) =>
          html`<label class="choice">
            <input
              type="checkbox"
              name=${name}
              value=${value}
              .checked=${chosen.includes(value)}
              @change=${(event: Event) => onChange(toggled(chosen, value, (event.target as HTMLInputElement).checked))}
            />
            <span>${label(value)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** A two-level category list: broad themes as groups, kinds of group within them. */
function categoryOptions(categories: readonly Category[], chosen: string | undefined): TemplateResult[] {
  const children = new Map<string, Category[]>();
  for (const category of categories) {
    if (!category.parentId) continue;
    const list = children.get(category.parentId) ?? [];
    list.push(category);
    children.set(category.parentId, list);
  }
  const option = (c: Category): TemplateResult =>
    html`<option value=${c.id} ?selected=${chosen === c.id}>${c.name}</option>`;
  return categories
    .filter((c) => !c.parentId || !categories.some((p) => p.id === c.parentId))
    .map((root) => {
      const kids = children.get(root.id);
      return kids?.length
        ? html`<optgroup label=${root.name}>${option(root)} ${kids.map(option)}</optgroup>`
        : option(root);
    });
}

/** Every filter's control; each change searches at once. */
export function renderFilterBody(ctx: SearchPanelContext): TemplateResult {
  const { t, state } = ctx;
  const v = viewsWords(ctx.locale);
  const ageInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const raw = input.value.trim();
    const age = /^\d{1,3}$/.test(raw) && Number(raw) <= 120 ? Number(raw) : undefined;
    // The box shows the age the search uses ("030" is 30; "abc" is no age), even when the search is unchanged.
    input.value = age === undefined ? '' : String(age);
    ctx.change({ age, page: 1 }, true);
  };
  return html`
    ${
      ctx.categories.length
        ? html`<div class="field">
            <label for="category">${v('categoryLabel')}</label>
            <select
              id="category"
              @change=${(event: Event) => {
                const value = (event.target as HTMLSelectElement).value;
                ctx.change({ categories: value ? [value] : [], page: 1 }, true);
              }}
            >
              <option value="" ?selected=${!state.categories.length}>${v('categoryAny')}</option>
              ${categoryOptions(ctx.categories, state.categories[0])}
            </select>
          </div>`
        : nothing
    }
    ${checkboxes(
      'day',
      v('dayLegend'),
      WEEKDAYS,
      state.days,
      (d) => dayName(d, ctx.locale),
      (days) => ctx.change({ days, page: 1 }, true),
    )}
    ${checkboxes(
      'time',
      v('timeLegend'),
      TIMES_OF_DAY,
      state.times,
      (time) => v(time),
      (times) => ctx.change({ times, page: 1 }, true),
    )}
    <fieldset>
      <legend>${v('costLegend')}</legend>
      <div class="choices">
        <label class="choice">
          <input
            type="checkbox"
            name="free"
            .checked=${state.free}
            @change=${(event: Event) => ctx.change({ free: (event.target as HTMLInputElement).checked, page: 1 }, true)}
          />
          <span>${v('freeOnly')}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="step-free"
            .checked=${state.stepFree}
            @change=${(event: Event) =>
              ctx.change({ stepFree: (event.target as HTMLInputElement).checked, page: 1 }, true)}
          />
          <span>${v('stepFreeOnly')}</span>
        </label>
      </div>
    </fieldset>
    ${checkboxes(
      'attend',
      v('attendLegend'),
      ATTENDING_CHOICES,
      state.attending,
      (a) => v(a),
      (attending) => ctx.change({ attending, page: 1 }, true),
    )}
    ${checkboxes(
      'join',
      v('joinLegend'),
      JOINING_CHOICES,
      state.joining,
      (j) => t(j),
      (joining) => ctx.change({ joining, page: 1 }, true),
    )}
    <div class="field">
      <label for="age">${v('ageLabel')}</label>
      <span class="hint" id="age-hint">${v('ageHint')}</span>
      <input
        id="age"
        class="age"
        inputmode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        aria-describedby="age-hint"
        .value=${state.age === undefined ? '' : String(state.age)}
        @change=${ageInput}
      />
    </div>
  `;
}

interface Chip {
  readonly label: string;
  readonly remove: Partial<FinderState>;
}

/** Each active filter as a chip a person can remove, in the order the filters appear. */
function filterChips({ state, t, locale, categories }: SearchPanelContext): Chip[] {
  const v = viewsWords(locale);
  const chips: Chip[] = [];
  for (const id of state.categories)
    chips.push({
      label: categories.find((c) => c.id === id)?.name ?? id,
      remove: { categories: state.categories.filter((c) => c !== id) },
    });
  for (const day of state.days)
    chips.push({ label: dayName(day, locale), remove: { days: state.days.filter((d) => d !== day) } });
  for (const time of state.times)
    chips.push({ label: v(time), remove: { times: state.times.filter((x) => x !== time) } });
  if (state.free) chips.push({ label: v('freeOnly'), remove: { free: false } });
  if (state.stepFree) chips.push({ label: v('stepFreeOnly'), remove: { stepFree: false } });
  for (const a of state.attending)
    chips.push({ label: v(a), remove: { attending: state.attending.filter((x) => x !== a) } });
  for (const j of state.joining) chips.push({ label: t(j), remove: { joining: state.joining.filter((x) => x !== j) } });
  if (state.age !== undefined) chips.push({ label: v('ageValue', { age: state.age }), remove: { age: undefined } });
  return chips;
}

/** "Try removing a filter: Sunday, Evening.": what to take away when nothing matches. */
export function filtersAdvice(ctx: SearchPanelContext): string {
  return viewsWords(ctx.locale)('noResultsFilters', {
    filters: filterChips(ctx)
      .map((c) => c.label)
      .join(', '),
  });
}

/** Every filter off, as in an empty search (and the first page); the text, the place and a shared list stay. */
function filtersOff({ text, postcode, shared }: FinderState): Partial<FinderState> {
  return { ...EMPTY_FINDER_STATE, text, postcode, shared, age: undefined };
}

/** The filters that are on, each a button that removes it, and "clear all" (then `cleared`). */
export function renderChips(ctx: SearchPanelContext, cleared: () => void): TemplateResult | typeof nothing {
  const chips = filterChips(ctx);
  if (!chips.length) return nothing;
  const v = viewsWords(ctx.locale);
  return html`<div class="chips" part="chips">
    <h3 class="visually-hidden" id="chips-heading">${v('activeFilters')}</h3>
    <ul aria-labelledby="chips-heading">
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              aria-label=${v('removeFilter', { name: chip.label })}
              @click=${() => ctx.change({ ...chip.remove, page: 1 }, true)}
            >
              ${chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
      <li>
        <button
          type="button"
          class="link-button"
          @click=${() => {
            ctx.change(filtersOff(ctx.state), true);
            cleared();
          }}
        >
          ${v('clearAll')}
        </button>
      </li>
    </ul>
  </div>`;
}
