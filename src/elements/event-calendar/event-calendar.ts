import type {} from '../shared/select-event.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { describeWhen, formatDay, formatMonth, formatTimes } from '../../data/events/calendar-words.js';
import type { CalendarEvent, DateRange } from '../../data/events/event-model.js';
import {
  filterEvents,
  hasFilters,
  type DistanceOf,
  type EventFilters,
  type PartOfDay,
} from '../../data/events/event-filters.js';
import type { AccessFeature, Category, GeoPoint, JoinMethod } from '../../data/model.js';
import {
  civilOfDay,
  dateOfDay,
  dayNumber,
  dayOfCivil,
  daysInMonth,
  londonWallClockAt,
  weekdayIndex,
} from '../../data/time/london-time.js';
import { calendar, type CalendarKey } from '../../i18n/calendar.js';
import { translator, type Locale, type MessageValues } from '../../i18n/catalogue.js';
import { common, directoryErrorMessage } from '../../i18n/common.js';
import { elementLocale } from '../shared/locale.js';
import {
  CalendarSources,
  directorySpec,
  directorySrcSpec,
  feedSpec,
  memorySpec,
  type SourceSpec,
  type SourceState,
} from './calendar-sources.js';
import { calendarStyles } from './event-calendar.styles.js';
import { consumeDirectory, directoryErrorKind } from './directory-link.js';
import type { WaymarkSource } from './source.js';

export type CalendarView = 'list' | 'week' | 'month';
const VIEWS: readonly CalendarView[] = ['list', 'week', 'month'];

/** What `waymark-select` carries: the directory service to open in the group finder. */
export interface SelectDetail {
  readonly id: string;
}

const JOIN_WORDS: Record<JoinMethod, CalendarKey> = {
  'drop-in': 'joinDropIn',
  'self-refer': 'joinSelfRefer',
  referral: 'joinReferral',
  appointment: 'joinAppointment',
  membership: 'joinMembership',
};

const ACCESS_WORDS: Record<AccessFeature, CalendarKey> = {
  'step-free': 'accessStepFree',
  wheelchair: 'accessWheelchair',
  'hearing-loop': 'accessHearingLoop',
  'accessible-toilet': 'accessToilet',
  'accessible-parking': 'accessParking',
  lift: 'accessLift',
  'quiet-space': 'accessQuiet',
};

/** The distances people can choose, in miles (the group finder's). */
const MILES = [1, 2, 5, 10, 20];
const METRES_PER_MILE = 1609.344;

/** Where the postcode field has got to. */
type Near =
  | { readonly status: 'looking'; readonly postcode: string }
  | { readonly status: 'found'; readonly postcode: string; readonly point: GeoPoint }
  | { readonly status: 'invalid' | 'not-found' | 'unavailable'; readonly postcode: string };

/** The details dialog's add-to-calendar links, made when it opens. */
interface Downloads {
  readonly one?: string;
  readonly oneName?: string;
  readonly series?: string;
  readonly seriesName?: string;
  readonly google?: string;
  readonly outlook?: string;
}

/** Event chips a month cell shows before "2 more". */
const CELL_EVENTS = 3;
/**
 * Events a day lists before "Show all": a busy day of a big directory has hundreds, each a row to
 * read past (and to build: most of a month view's time), and the first are the earliest.
 */
const DAY_EVENTS = 20;
/** How far ahead "the next thing on" looks. */
const NEXT_WITHIN_DAYS = 366;

function isFeedDialect(dialect: string | undefined): dialect is 'openactive' | 'ical' {
  return dialect === 'openactive' || dialect === 'ical';
}

function todayInLondon(): number {
  return londonWallClockAt(Date.now()).day;
}

function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = civilOfDay(day);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOfCivil(y, m, Math.min(dom, daysInMonth(y, m)));
}

function monthRange(day: number): { first: number; last: number } {
  const { year, month } = civilOfDay(day);
  const first = dayOfCivil(year, month, 1);
  return { first, last: first + daysInMonth(year, month) - 1 };
}

function cost(event: CalendarEvent, t: (key: CalendarKey) => string): string | undefined {
  if (event.feesDescription) return event.feesDescription;
  if (event.free) return t('free');
  const prices = event.costs.flatMap((c) => {
    if (c.amount === undefined) return c.description ? [c.description] : [];
    const amount = c.currency === 'GBP' ? `£${c.amount.toFixed(2).replace(/\.00$/, '')}` : `${c.amount} ${c.currency}`;
    return [c.option ? `${c.option}: ${amount}` : amount];
  });
  return prices.length > 0 ? prices.join(', ') : undefined;
}

function safeHref(url: string | undefined): string | undefined {
  return url && /^(https?:|mailto:|tel:)/i.test(url) ? url : undefined;
}

/**
 * What's on: the groups that meet regularly (from a directory's schedules)
 * and one-off events (from OpenActive and iCalendar feeds), as a list by day,
 * a week or a month grid, in Europe/London time whatever the viewer's zone.
 * People can filter it, open an event to see everything about it, add it to
 * their own calendar, and print a month or a week.
 *
 * @tagname waymark-event-calendar
 * @summary Shows what's on by day, week or month; opens an event; adds it to your calendar; prints a listing.
 *
 * @slot - `<waymark-source>` elements, one per source, when there are several.
 *
 * @csspart toolbar - The row of navigation, view and print controls.
 * @csspart heading - The month or week being shown.
 * @csspart filters - The filters, in a disclosure.
 * @csspart sources - Loading progress and failed sources.
 * @csspart list - The list view (and the week view's days).
 * @csspart day-heading - Each day's heading in the list and week views.
 * @csspart event - One event in a list.
 * @csspart show-all - "Show all 25 events on …", after the first 20 of a busy day.
 * @csspart month-grid - The month grid.
 * @csspart day - One day of the month grid.
 * @csspart details - The dialog with an event's details.
 * @csspart empty - "Nothing is on", with the next month that has something.
 *
 * @cssproperty --waymark-color-accent - Buttons and today's marker.
 * @cssproperty --waymark-color-surface - Days of the grid and the toolbar.
 * @cssproperty --waymark-color-border - Lines between days.
 * @cssproperty --waymark-color-error - Cancelled events and failed sources.
 * @cssproperty --waymark-print-font-size - The size of the printed listing (default 14pt).
 *
 * @fires waymark-select - "See this group in the finder": `detail.id` is the directory service's id.
 */
export class WaymarkEventCalendar extends LitElement {
  static override styles = calendarStyles;

  static override properties = {
    src: {},
    dialect: {},
    sourceName: { attribute: 'source-name' },
    view: {},
    date: {},
    postcodeApi: { attribute: 'postcode-api' },
    filters: { state: true },
    near: { state: true },
    announcement: { state: true },
    selected: { state: true },
    printing: { state: true },
    shownDays: { state: true },
  };

  /** A directory API, OpenActive feed or `.ics` file; absent inside `<waymark-directory>` or with `<waymark-source>` children. */
  src?: string;

  /** `openactive`, `ical`, or a directory format; a directory is assumed when absent. */
  dialect?: string;

  /** What people call the source at `src`, for when it cannot be loaded. */
  sourceName?: string;

  /** `list` (the default), `week` or `month`. */
  view: string = 'list';

  /** The day shown first, YYYY-MM-DD; today in London when absent. */
  date?: string;

  /** The base of a postcodes.io-shaped API for the "near a postcode" filter (default: postcodes.io). */
  postcodeApi?: string;

  private filters: EventFilters = {};
  private near?: Near;
  #distanceOf?: DistanceOf;
  #lookup?: AbortController;
  private announcement = '';
  private selected?: CalendarEvent;
  private printing = false;
  /** The days ("YYYY-MM-DD") a person asked to see whole. */
  private shownDays: ReadonlySet<string> = new Set();

  readonly #directory = consumeDirectory(this);
  readonly #sources = new CalendarSources(this);
  #day = todayInLondon();
  #warned = new Set<string>();
  #focusAfterUpdate = false;
  #opener: HTMLElement | null = null;
  #downloads: Downloads = {};
  #howOften = '';
  #cache: { key: string; events: readonly CalendarEvent[] } | undefined;
  readonly #mutations = new MutationObserver(() => this.requestUpdate());
  readonly #beforePrint = (): void => this.#setPrinting(true);
  readonly #afterPrint = (): void => this.#setPrinting(false);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#mutations.observe(this, { childList: true, subtree: true, attributes: true });
    this.addEventListener('waymark-source-change', this.#onSourceChange);
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutations.disconnect();
    this.removeEventListener('waymark-source-change', this.#onSourceChange);
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    this.#sources.stop();
    this.#revokeDownloads();
  }

  readonly #onSourceChange = (): void => this.requestUpdate();

  /** The events shown now (after filters), for tests and host pages. */
  get shownEvents(): readonly CalendarEvent[] {
    return filterEvents(this.#eventsIn(this.#range()), this.filters, this.#distanceOf);
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`Waymark: <waymark-event-calendar> ${message}`);
  }

  get #view(): CalendarView {
    if ((VIEWS as readonly string[]).includes(this.view)) return this.view as CalendarView;
    this.#warnOnce(`view="${this.view}" should be list, week or month; showing the list.`);
    return 'list';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('date')) {
      const day = this.date === undefined ? undefined : dayNumber(this.date);
      if (this.date !== undefined && day === undefined)
        this.#warnOnce(`date="${this.date}" is not a date like 2026-03-30; showing today.`);
      this.#day = day ?? todayInLondon();
    }
    this.#sources.set(this.#specs());
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.selected && !dialog.open) dialog.showModal();
  }

  #specs(): SourceSpec[] {
    const children = [...this.children].filter((c): c is WaymarkSource => c.localName === 'waymark-source');
    if (children.length > 0) {
      return children.flatMap((source) => {
        const name = source.name;
        if (source.feed) return [memorySpec(source.feed, name)];
        if (!source.src) return [];
        if (isFeedDialect(source.dialect)) return [feedSpec(source.src, source.dialect, name)];
        return [directorySrcSpec('waymark-source', source.src, source.dialect, name)];
      });
    }
    if (this.src && isFeedDialect(this.dialect)) return [feedSpec(this.src, this.dialect, this.sourceName)];
    if (this.src) return [directorySrcSpec(this.localName, this.src, this.dialect, this.sourceName)];
    const client = this.#directory.value;
    return client ? [directorySpec(client, this.sourceName)] : [];
  }

  // --- dates and events ---------------------------------------------------------------

  /** The list and week views show a week (a month of a big directory is thousands of sessions); the grid a month. */
  #range(view = this.#view, day = this.#day): { first: number; last: number } {
    if (view !== 'month') {
      const first = day - weekdayIndex(day);
      return { first, last: first + 6 };
    }
    return monthRange(day);
  }

  #periodWords(locale: Locale, view = this.#view, day = this.#day): string {
    const t = translator(calendar, locale);
    if (view !== 'month') {
      const { first, last } = this.#range(view, day);
      return t('weekRange', {
        from: formatDay(dateOfDay(first), locale),
        to: formatDay(dateOfDay(last), locale, true),
      });
    }
    const { year, month } = civilOfDay(day);
    return formatMonth(year, month, locale);
  }

  #eventsIn({ first, last }: { first: number; last: number }): readonly CalendarEvent[] {
    const range: DateRange = { from: dateOfDay(first), to: dateOfDay(last) };
    const key = `${range.from}/${range.to}/${this.#sources.version}`;
    if (this.#cache?.key === key) return this.#cache.events;
    const feeds = this.#sources.feeds;
    let events: readonly CalendarEvent[];
    if (feeds.length === 1) {
      events = feeds[0]?.occurrences(range) ?? [];
    } else {
      events = feeds
        .flatMap((feed) => feed.occurrences(range))
        .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.start ?? '') < (b.start ?? '') ? -1 : 1));
    }
    this.#cache = { key, events };
    return events;
  }

  #byDay(events: readonly CalendarEvent[]): Map<string, CalendarEvent[]> {
    const days = new Map<string, CalendarEvent[]>();
    for (const event of events) {
      const list = days.get(event.date);
      if (list) list.push(event);
      else days.set(event.date, [event]);
    }
    return days;
  }

  #nextDateWithEvents(after: number): string | undefined {
    let best: string | undefined;
    for (const feed of this.#sources.feeds) {
      const next = feed.nextDateWithEvents?.(dateOfDay(after), NEXT_WITHIN_DAYS);
      if (next !== undefined && (best === undefined || next < best)) best = next;
    }
    return best;
  }

  // --- moving about ---------------------------------------------------------------------

  #announcePeriod(locale: Locale): void {
    const t = translator(calendar, locale);
    const period = this.#periodWords(locale);
    const count = this.shownEvents.length;
    // A trailing space that alternates, so the same words said twice are still read out.
    const text = count > 0 ? t('showingMonth', { period, count }) : t('showingNothing', { period });
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #moveTo(day: number, focus = false): void {
    const view = this.#view;
    const before = this.#range(view).first;
    this.#day = day;
    this.date = dateOfDay(day);
    this.#focusAfterUpdate = focus;
    if (this.#range(view).first !== before) this.#announcePeriod(elementLocale(this));
    this.requestUpdate();
  }

  #step(direction: -1 | 1): void {
    this.#moveTo(this.#view === 'month' ? addMonths(this.#day, direction) : this.#day + 7 * direction);
  }

  #setView(view: CalendarView): void {
    this.view = view;
    this.#announcePeriod(elementLocale(this));
  }

  #onGridKey(event: KeyboardEvent): void {
    const day = this.#day;
    const { first, last } = monthRange(day);
    const keys: Record<string, number | undefined> = {
      ArrowLeft: day - 1,
      ArrowRight: day + 1,
      ArrowUp: day - 7,
      ArrowDown: day + 7,
      Home: event.ctrlKey ? first : day - weekdayIndex(day),
      End: event.ctrlKey ? last : day + 6 - weekdayIndex(day),
      PageUp: addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: addMonths(day, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('[part~="day-events"] button')?.focus();
      return;
    }
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTo(next, true);
  }

  #setFilter(change: Partial<EventFilters>): void {
    this.filters = { ...this.filters, ...change };
    const t = translator(calendar, elementLocale(this));
    this.announcement = t('eventsShown', { count: this.shownEvents.length });
  }

  /** Looks the postcode up (the lookup loads only now), then shows distances and applies the chosen distance. */
  async #findPostcode(text: string): Promise<void> {
    this.#lookup?.abort();
    const lookup = (this.#lookup = new AbortController());
    this.#distanceOf = undefined;
    const postcode = text.trim();
    if (!postcode) {
      this.near = undefined;
      this.#setFilter({});
      return;
    }
    this.near = { status: 'looking', postcode };
    const { lookupPostcode, distanceMetres } = await import('../../data/search/geo.js');
    let answer: Awaited<ReturnType<typeof lookupPostcode>>;
    try {
      answer = await lookupPostcode(postcode, { apiBase: this.postcodeApi, signal: lookup.signal });
    } catch {
      return; // Aborted: a newer postcode is being looked up.
    }
    if (!answer.ok) {
      this.near = { status: answer.reason, postcode };
    } else {
      const from = answer.point;
      this.#distanceOf = (event) => {
        const point = event.location?.point;
        return point ? distanceMetres(from, point) : undefined;
      };
      this.near = { status: 'found', postcode: answer.postcode, point: from };
    }
    this.#setFilter({});
  }

  #distanceWords(t: Translate, event: CalendarEvent): string | undefined {
    const metres = this.#distanceOf?.(event);
    if (metres === undefined) return undefined;
    const miles = metres / METRES_PER_MILE;
    if (miles < 1) return t('underOneMile');
    return t('milesAway', { miles: String(miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles)) });
  }

  // --- details, downloads, printing -----------------------------------------------------

  async #open(event: CalendarEvent, opener: HTMLElement | null): Promise<void> {
    this.#opener = opener;
    this.#revokeDownloads();
    // Schedule phrases and the .ics writer load with the first details opened: the first paint needs neither.
    const [{ describeSchedule }, ics] = await Promise.all([
      import('../../data/time/schedule-words.js'),
      import('../../data/events/calendar-file.js'),
    ]);
    this.#howOften = event.schedule ? describeSchedule(event.schedule, elementLocale(this)) : '';
    const link = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    this.#downloads = {
      one: link(ics.calendarFile(event, 'occurrence')),
      oneName: ics.calendarFileName(event, 'occurrence'),
      ...(event.rule
        ? { series: link(ics.calendarFile(event, 'series')), seriesName: ics.calendarFileName(event, 'series') }
        : {}),
      google: ics.googleCalendarLink(event),
      outlook: ics.outlookCalendarLink(event),
    };
    this.selected = event;
  }

  #revokeDownloads(): void {
    const { one, series } = this.#downloads;
    for (const url of [one, series]) if (url) URL.revokeObjectURL(url);
    this.#downloads = {};
  }

  #onDialogClose(): void {
    if (!this.selected) return;
    this.selected = undefined;
    this.#revokeDownloads();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  #close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    // Its close event comes a task later, perhaps after another event was opened: that one must stay open.
    if (dialog?.open) this.#closedByUs = true;
    dialog?.close();
    // At once, not at the close event's task: what follows the click sees the dialog gone.
    this.#onDialogClose();
  }

  #closedByUs = false;

  #onCloseEvent(): void {
    if (this.#closedByUs) {
      this.#closedByUs = false;
      return;
    }
    this.#onDialogClose();
  }

  #selectInFinder(id: string): void {
    this.dispatchEvent(
      new CustomEvent<SelectDetail>('waymark-select', { detail: { id }, bubbles: true, composed: true }),
    );
    this.#close();
  }

  #setPrinting(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    // The print dialog takes the page as it is now: render before it does.
    this.performUpdate();
  }

  async #print(): Promise<void> {
    this.#setPrinting(true);
    await this.updateComplete;
    window.print();
    this.#setPrinting(false);
  }

  // --- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const t = translator(calendar, locale);
    const view = this.#view;
    const range = this.#range(view);
    const all = this.#eventsIn(range);
    const events = filterEvents(all, this.filters, this.#distanceOf);
    const period = this.#periodWords(locale, view);
    if (this.printing) return this.#renderPrint(t, locale, events, period);
    return html`
      <section class="calendar" lang=${locale === 'cy' ? 'cy' : 'en'} aria-labelledby="period">
        ${this.#renderToolbar(t, locale, view, period)} ${this.#renderFilters(t, all)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.#renderSources(t, locale)}
        ${
          view === 'month'
            ? this.#renderMonth(t, locale, range, events)
            : view === 'week'
              ? this.#renderWeek(t, locale, range, events)
              : this.#renderList(t, locale, events)
        }
        ${this.#renderEmpty(t, locale, events, period)} ${this.#renderDetails(t, locale)}
      </section>
    `;
  }

  #renderToolbar(t: Translate, locale: Locale, view: CalendarView, period: string): TemplateResult {
    const week = view !== 'month';
    const { year, month } = civilOfDay(this.#day);
    const months = Array.from({ length: 25 }, (_, i) => addMonths(dayOfCivil(year, month, 1), i - 6));
    return html`
      <div part="toolbar" class="toolbar no-print">
        <h3 id="period" part="heading" class="period">${period}</h3>
        <div class="controls">
          <div class="group">
            <button type="button" @click=${() => this.#step(-1)}>
              <span aria-hidden="true">‹ </span>${t(week ? 'previousWeek' : 'previousMonth')}
            </button>
            <button type="button" @click=${() => this.#moveTo(todayInLondon())}>${t('today')}</button>
            <button type="button" @click=${() => this.#step(1)}>
              ${t(week ? 'nextWeek' : 'nextMonth')}<span aria-hidden="true"> ›</span>
            </button>
          </div>
          <div class="group" role="group" aria-label=${t('showAs')}>
            ${VIEWS.map(
              (v) =>
                html`<button
                  type="button"
                  aria-pressed=${v === view ? 'true' : 'false'}
                  @click=${() => this.#setView(v)}
                >
                  ${t(v === 'list' ? 'viewList' : v === 'week' ? 'viewWeek' : 'viewMonth')}
                </button>`,
            )}
          </div>
          <label class="jump">
            <span>${t('goToMonth')}</span>
            <select @change=${(e: Event) => this.#moveTo(Number((e.target as HTMLSelectElement).value))}>
              ${months.map((first) => {
                const c = civilOfDay(first);
                return html`<option value=${first} ?selected=${c.year === year && c.month === month}>
                  ${formatMonth(c.year, c.month, locale)}
                </option>`;
              })}
            </select>
          </label>
          <button type="button" @click=${() => void this.#print()}>${t('print')}</button>
        </div>
      </div>
    `;
  }

  #renderFilters(t: Translate, events: readonly CalendarEvent[]): TemplateResult {
    const f = this.filters;
    const categories = new Map<string, Category>();
    for (const event of events) for (const c of event.categories) if (!categories.has(c.id)) categories.set(c.id, c);
    const sorted = [...categories.values()].sort((a, b) => a.name.localeCompare(b.name));
    const text = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const checked = (e: Event) => (e.target as HTMLInputElement).checked;
    return html`
      <details part="filters" class="filters no-print" ?open=${hasFilters(f)}>
        <summary>${t('filters')}</summary>
        <div class="filter-fields">
          <label class="field wide">
            <span>${t('search')}</span>
            <input type="search" .value=${f.text ?? ''} @input=${(e: Event) => this.#setFilter({ text: text(e) })} />
          </label>
          <label class="field">
            <span>${t('category')}</span>
            <select @change=${(e: Event) => this.#setFilter({ categoryId: text(e) || undefined })}>
              <option value="" ?selected=${!f.categoryId}>${t('anyCategory')}</option>
              ${sorted.map((c) => html`<option value=${c.id} ?selected=${c.id === f.categoryId}>${c.name}</option>`)}
            </select>
          </label>
          <label class="field">
            <span>${t('timeOfDay')}</span>
            <select @change=${(e: Event) => this.#setFilter({ partOfDay: (text(e) || undefined) as PartOfDay })}>
              ${(['', 'morning', 'afternoon', 'evening'] as const).map(
                (p) =>
                  html`<option value=${p} ?selected=${(f.partOfDay ?? '') === p}>
                    ${t(p === '' ? 'anyTime' : p === 'morning' ? 'mornings' : p === 'afternoon' ? 'afternoons' : 'evenings')}
                  </option>`,
              )}
            </select>
          </label>
          <label class="field">
            <span>${t('howItHappens')}</span>
            <select
              @change=${(e: Event) =>
                this.#setFilter({ attending: (text(e) || undefined) as EventFilters['attending'] })}
            >
              ${(['', 'in-person', 'online'] as const).map(
                (a) =>
                  html`<option value=${a} ?selected=${(f.attending ?? '') === a}>
                    ${t(a === '' ? 'eitherWay' : a === 'online' ? 'online' : 'inPerson')}
                  </option>`,
              )}
            </select>
          </label>
          ${(['freeOnly', 'stepFree', 'weekendsOnly'] as const).map(
            (key) =>
              html`<label class="check">
                <input
                  type="checkbox"
                  .checked=${f[key] === true}
                  @change=${(e: Event) => this.#setFilter({ [key]: checked(e) || undefined })}
                />
                <span>${t(key)}</span>
              </label>`,
          )}
          ${this.#renderNear(t)}
          <button type="button" ?hidden=${!hasFilters(f) && !this.near} @click=${() => this.#clearFilters()}>
            ${t('clearFilters')}
          </button>
        </div>
      </details>
    `;
  }

  #renderNear(t: Translate): TemplateResult {
    const near = this.near;
    const miles = this.filters.withinMetres && Math.round(this.filters.withinMetres / METRES_PER_MILE);
    const status = near?.status;
    const message =
      status === 'found'
        ? t('postcodeFound', { postcode: near?.postcode ?? '' })
        : status === 'invalid'
          ? t('postcodeInvalid', { postcode: near?.postcode ?? '' })
          : status === 'not-found'
            ? t('postcodeNotFound', { postcode: near?.postcode ?? '' })
            : status === 'unavailable'
              ? t('postcodeUnavailable')
              : '';
    return html`<form
        class="near"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const input = (e.currentTarget as HTMLFormElement).elements.namedItem('postcode') as HTMLInputElement;
          void this.#findPostcode(input.value);
        }}
      >
        <label class="field">
          <span>${t('postcode')}</span>
          <input
            type="text"
            name="postcode"
            autocomplete="postal-code"
            .value=${near?.postcode ?? ''}
            aria-describedby="near-message"
            aria-invalid=${status === 'invalid' || status === 'not-found' ? 'true' : 'false'}
          />
        </label>
        <button type="submit">${t('findPostcode')}</button>
      </form>
      <label class="field">
        <span>${t('howFar')}</span>
        <select
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLSelectElement).value);
            this.#setFilter({ withinMetres: value > 0 ? value * METRES_PER_MILE : undefined });
          }}
        >
          <option value="0" ?selected=${!miles}>${t('anyDistance')}</option>
          ${MILES.map((m) => html`<option value=${m} ?selected=${miles === m}>${t('withinMiles', { count: m })}</option>`)}
        </select>
      </label>
      <p id="near-message" class="near-message" role="status">
        ${message} ${status === 'found' && miles ? t('noPlaceHidden') : ''}
      </p>`;
  }

  #clearFilters(): void {
    this.#lookup?.abort();
    this.#distanceOf = undefined;
    this.near = undefined;
    this.filters = {};
    this.#setFilter({});
  }

  #sourceName(t: Translate, state: SourceState): string {
    return state.spec.name ?? t('defaultSourceName');
  }

  #renderSources(t: Translate, locale: Locale): TemplateResult {
    const states = this.#sources.states;
    const loading = states.filter((s) => s.status === 'loading');
    const failed = states.filter((s) => s.status === 'failed');
    const c = translator(common, locale);
    return html`
      <div part="sources" class="sources no-print">
        <div role="status">
          ${loading.map(
            (s) =>
              html`<p class="loading">
                ${t('loadingSource', { name: this.#sourceName(t, s) })}
                ${
                  s.progress?.total
                    ? html`<span>${c('loadingProgress', { loaded: s.progress.loaded, total: s.progress.total })}</span>
                        <progress max=${s.progress.total} .value=${s.progress.loaded}></progress>`
                    : nothing
                }
              </p>`,
          )}
        </div>
        <div role="alert">
          ${failed.map((s, i) => {
            const kind = directoryErrorKind(s.error);
            const why = kind && kind !== 'not-directory' ? ` ${c(directoryErrorMessage[kind])}` : '';
            return html`<div class="failed">
              <p id=${`failed-${i}`}>${t('sourceFailed', { name: this.#sourceName(t, s) })}${why}</p>
              <button type="button" aria-describedby=${`failed-${i}`} @click=${() => this.#sources.retry(s.spec.key)}>
                ${c('tryAgain')}
              </button>
            </div>`;
          })}
        </div>
      </div>
    `;
  }

  #renderEmpty(t: Translate, locale: Locale, events: readonly CalendarEvent[], period: string): unknown {
    if (events.length > 0 || this.#sources.loading || this.#sources.feeds.length === 0) return nothing;
    if (hasFilters(this.filters)) {
      return html`<div part="empty" class="empty"><p>${t('nothingMatches', { period })}</p></div>`;
    }
    const next = this.#nextDateWithEvents(this.#range().last);
    const nextDay = next === undefined ? undefined : dayNumber(next);
    return html`<div part="empty" class="empty">
      <p>${t('nothingInPeriod', { period })}</p>
      ${
        nextDay === undefined
          ? html`<p>${t('nothingAhead')}</p>`
          : html`<p>${t('nextWithEvents', { date: formatDay(next ?? '', locale, true) })}</p>
              <button type="button" class="no-print" @click=${() => this.#moveTo(nextDay)}>
                ${t('goToNext', { period: this.#periodWords(locale, this.#view, nextDay) })}
              </button>`
      }
    </div>`;
  }

  #renderEvent(t: Translate, locale: Locale, event: CalendarEvent): TemplateResult {
    const cancelled = event.status === 'cancelled';
    const times = formatTimes(event, locale);
    const place = event.location?.kind === 'virtual' ? t('online') : event.location?.name;
    const away = this.#distanceWords(t, event);
    return html`<li part="event" class=${`event ${event.status}`}>
      <button type="button" class="open" @click=${(e: Event) => void this.#open(event, e.currentTarget as HTMLElement)}>
        ${times ? html`<span class="time">${times}</span>` : nothing}
        <span class="title">${event.title}</span>
        ${cancelled ? html`<span class="badge">${t('cancelled')}</span>` : nothing}
      </button>
      ${place ? html`<span class="place">${place}</span>` : nothing}
      ${away ? html`<span class="place">${away}</span>` : nothing}
    </li>`;
  }

  #renderDays(t: Translate, locale: Locale, days: Iterable<[string, readonly CalendarEvent[]]>): TemplateResult[] {
    return [...days].map(
      ([date, events]) =>
        html`<li class="day-group">
          <h4 part="day-heading" class="day-heading">${formatDay(date, locale)}</h4>
          ${this.#renderDayEvents(t, locale, date, events)}
        </li>`,
    );
  }

  /** A day's events: the first `DAY_EVENTS`, then a button that shows the rest and moves to the first of them. */
  #renderDayEvents(t: Translate, locale: Locale, date: string, events: readonly CalendarEvent[]): TemplateResult {
    if (events.length === 0) return html`<p class="nothing">${t('nothingOnDay')}</p>`;
    const whole = events.length <= DAY_EVENTS || this.shownDays.has(date);
    return html`<ul class="events" data-day=${date}>
        ${(whole ? events : events.slice(0, DAY_EVENTS)).map((event) => this.#renderEvent(t, locale, event))}
      </ul>
      ${
        whole
          ? nothing
          : html`<button
              type="button"
              part="show-all"
              class="show-all no-print"
              @click=${async () => {
                this.shownDays = new Set(this.shownDays).add(date);
                await this.updateComplete;
                this.renderRoot
                  .querySelector<HTMLElement>(`ul[data-day="${date}"] > li:nth-child(${DAY_EVENTS + 1}) .open`)
                  ?.focus();
              }}
            >
              ${t('showAllOnDay', { count: events.length, date: formatDay(date, locale) })}
            </button>`
      }`;
  }

  #renderList(t: Translate, locale: Locale, events: readonly CalendarEvent[]): unknown {
    if (events.length === 0) return nothing;
    return html`<ul part="list" class="list">
      ${this.#renderDays(t, locale, this.#byDay(events))}
    </ul>`;
  }

  #renderWeek(t: Translate, locale: Locale, range: { first: number }, events: readonly CalendarEvent[]): unknown {
    const byDay = this.#byDay(events);
    const days = Array.from({ length: 7 }, (_, i): [string, readonly CalendarEvent[]] => {
      const date = dateOfDay(range.first + i);
      return [date, byDay.get(date) ?? []];
    });
    return html`<ul part="list" class="list week">
      ${this.#renderDays(t, locale, days)}
    </ul>`;
  }

  #renderMonth(t: Translate, locale: Locale, range: { first: number; last: number }, events: readonly CalendarEvent[]) {
    const byDay = this.#byDay(events);
    const today = todayInLondon();
    const lead = weekdayIndex(range.first);
    const cells: (number | undefined)[] = [
      ...Array.from({ length: lead }, () => undefined),
      ...Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i),
    ];
    while (cells.length % 7 !== 0) cells.push(undefined);
    const rows = Array.from({ length: cells.length / 7 }, (_, r) => cells.slice(r * 7, r * 7 + 7));
    const focused = dateOfDay(this.#day);
    const dayEvents = byDay.get(focused) ?? [];
    return html`
      <table role="grid" part="month-grid" class="grid" aria-labelledby="period" @keydown=${this.#onGridKey}>
        <thead>
          <tr>
            ${[1, 2, 3, 4, 5, 6, 7].map(
              (n) =>
                html`<th scope="col">
                  <span aria-hidden="true">${t(`weekdayShort${n}` as CalendarKey)}</span>
                  <span class="visually-hidden">${t(`weekday${n}` as CalendarKey)}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${row.map((day) => (day === undefined ? html`<td class="pad"></td>` : this.#renderCell(t, locale, day, byDay, today)))}
              </tr>`,
          )}
        </tbody>
      </table>
      <section class="day-events" part="day-events" aria-labelledby="day-heading">
        <h4 id="day-heading" part="day-heading" class="day-heading">${formatDay(focused, locale)}</h4>
        ${this.#renderDayEvents(t, locale, focused, dayEvents)}
      </section>
    `;
  }

  #renderCell(
    t: Translate,
    locale: Locale,
    day: number,
    byDay: Map<string, CalendarEvent[]>,
    today: number,
  ): TemplateResult {
    const date = dateOfDay(day);
    const events = byDay.get(date) ?? [];
    const words = formatDay(date, locale);
    const label =
      events.length > 0 ? t('dayCell', { date: words, count: events.length }) : t('dayCellEmpty', { date: words });
    const current = day === this.#day;
    return html`<td
      part=${current ? 'day day-focused' : 'day'}
      class=${`${day === today ? 'today ' : ''}${current ? 'focused' : ''}`}
      tabindex=${current ? '0' : '-1'}
      aria-selected=${current ? 'true' : 'false'}
      aria-current=${day === today ? 'date' : nothing}
      data-date=${date}
      @click=${() => this.#moveTo(day, true)}
    >
      <span class="visually-hidden">${day === today ? `${label}, ${t('dayCellToday')}` : label}</span>
      <span class="number" aria-hidden="true">${civilOfDay(day).day}</span>
      ${
        events.length > 0
          ? html`<span class="count" aria-hidden="true">${events.length}</span>
              <span class="chips" aria-hidden="true"
                >${events.slice(0, CELL_EVENTS).map(
                  (event) =>
                    html`<span
                      class=${`chip ${event.status}`}
                      @click=${(e: Event) => {
                        e.stopPropagation();
                        void this.#open(
                          event,
                          e.currentTarget instanceof HTMLElement ? e.currentTarget.closest('td') : null,
                        );
                      }}
                      >${event.start ? `${formatTimes({ ...event, end: undefined }, locale)} ` : ''}${event.title}</span
                    >`,
                )}${
                  events.length > CELL_EVENTS
                    ? html`<span class="more">${t('moreEvents', { count: events.length - CELL_EVENTS })}</span>`
                    : nothing
                }</span
              >`
          : nothing
      }
    </td>`;
  }

  #renderDetails(t: Translate, locale: Locale): unknown {
    const event = this.selected;
    if (!event) return nothing;
    const place = event.location;
    const address = place?.address;
    const price = cost(event, t);
    const how = this.#howOften;
    const finder = event.serviceId && document.querySelector('waymark-group-finder') ? event.serviceId : undefined;
    const web = safeHref(event.url);
    const row = (label: CalendarKey, content: unknown) =>
      html`<div class="row">
        <dt>${t(label)}</dt>
        <dd>${content}</dd>
      </div>`;
    return html`<dialog
      part="details"
      class="details"
      aria-labelledby="details-title"
      @close=${() => this.#onCloseEvent()}
    >
      <div class="details-head">
        <h3 id="details-title">${event.title}</h3>
        <button type="button" class="close" @click=${() => this.#close()}>${t('close')}</button>
      </div>
      ${
        event.status !== 'scheduled'
          ? html`<p class="notice">
              <strong>${t(event.status === 'cancelled' ? 'cancelledNotice' : 'changedNotice')}</strong>
              ${event.statusNote ?? ''}
            </p>`
          : nothing
      }
      <dl>
        ${row('when', describeWhen(event, locale))} ${how ? row('howOften', how) : nothing}
        ${
          place
            ? row(
                'where',
                place.kind === 'virtual'
                  ? t('online')
                  : html`${[place.name, ...(address?.lines ?? []), address?.town, address?.postcode]
                      .filter(Boolean)
                      .join(', ')}`,
              )
            : nothing
        }
        ${price ? row('cost', price) : nothing}
        ${event.access.length > 0 ? row('access', event.access.map((a) => t(ACCESS_WORDS[a])).join(', ')) : nothing}
        ${event.howToJoin.length > 0 ? row('howToJoin', event.howToJoin.map((j) => t(JOIN_WORDS[j])).join('. ')) : nothing}
        ${
          event.phone || event.email || web
            ? row(
                'contact',
                html`<ul class="plain">
                  ${
                    event.phone
                      ? html`<li>
                          <a href=${`tel:${event.phone.replace(/\s+/g, '')}`}>${t('phone', { number: event.phone })}</a>
                        </li>`
                      : nothing
                  }
                  ${
                    event.email
                      ? html`<li><a href=${`mailto:${event.email}`}>${t('email', { address: event.email })}</a></li>`
                      : nothing
                  }
                  ${web ? html`<li><a href=${web}>${t('website')}</a></li>` : nothing}
                </ul>`,
              )
            : nothing
        }
      </dl>
      ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
      ${
        finder
          ? html`<p><button type="button" @click=${() => this.#selectInFinder(finder)}>${t('seeInFinder')}</button></p>`
          : nothing
      }
      ${this.#renderAddToCalendar(t)}
    </dialog>`;
  }

  #renderAddToCalendar(t: Translate): TemplateResult {
    const { one, series, oneName, seriesName, google, outlook } = this.#downloads;
    const newTab = html`<span class="visually-hidden"> ${t('opensNewTab')}</span>`;
    return html`<section class="add" aria-labelledby="add-title">
      <h4 id="add-title">${t('addToCalendar')}</h4>
      <ul class="plain links">
        ${one ? html`<li><a href=${one} download=${oneName ?? ''}>${t('downloadOne')} (.ics)</a></li>` : nothing}
        ${series ? html`<li><a href=${series} download=${seriesName ?? ''}>${t('downloadSeries')} (.ics)</a></li>` : nothing}
        <li>
          <a href=${google ?? ''} target="_blank" rel="noopener noreferrer">${t('googleCalendar')}${newTab}</a>
        </li>
        <li>
          <a href=${outlook ?? ''} target="_blank" rel="noopener noreferrer">${t('outlookCalendar')}${newTab}</a>
        </li>
      </ul>
    </section>`;
  }

  #renderPrint(t: Translate, locale: Locale, events: readonly CalendarEvent[], period: string): TemplateResult {
    return html`<section class="print" part="print">
      <h3 class="print-title">${t('printTitle', { period })}</h3>
      ${
        events.length === 0
          ? html`<p>${t('nothingInPeriod', { period })}</p>`
          : html`<ul class="list">
              ${[...this.#byDay(events)].map(
                ([date, list]) =>
                  html`<li class="day-group">
                    <h4 class="day-heading">${formatDay(date, locale)}</h4>
                    <ul class="events">
                      ${list.map(
                        (event) =>
                          html`<li class="event">
                            ${event.status === 'cancelled' ? html`<strong>${t('cancelled')}: </strong>` : nothing}
                            <strong>${formatTimes(event, locale)}</strong> ${event.title}${
                              event.location?.name ? `, ${event.location.name}` : ''
                            }
                          </li>`,
                      )}
                    </ul>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }
}

type Translate = (key: CalendarKey, values?: MessageValues) => string;
