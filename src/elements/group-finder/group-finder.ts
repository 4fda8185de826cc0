import type { WaymarkSelectDetail } from '../shared/select-event.js';
import { html, LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import type { DirectoryClient, DirectoryProgress, SearchResults } from '../../data/directory/client.js';
import type { DirectoryErrorKind } from '../../data/directory/directory-error.js';
import { isDirectoryError } from '../../data/directory/error-check.js';
import type { Category, Service } from '../../data/model.js';
import { normalisePostcode } from '../../data/search/postcode.js';
import {
  EMPTY_FINDER_STATE,
  FINDER_VIEWS,
  activeFilterCount,
  sameSearch,
  searchQueryFor,
  type FinderState,
  type FinderView,
} from '../../data/search/finder-query.js';
import type { SearchQuery } from '../../data/search/search.js';
import { Shortlist, type ShortlistEntry } from '../../data/shortlist.js';
import type { Locale } from '../../i18n/catalogue.js';
import type { FinderKey } from '../../i18n/finder.js';
import { baseStyles } from '../shared/base-styles.js';
import { DirectoryController } from '../shared/directory-controller.js';
import { elementLocale } from '../shared/locale.js';
import { renderResultRow, renderSkeletons } from './result-row.js';
import { renderFilters, renderSearchForm, type LocationStatus, type SearchPanelContext } from './search-panel.js';
import type * as FilterBodyModule from './filter-body.js';
import type * as FinderMapModule from './finder-map.js';
import type * as FinderProblemsModule from './finder-problems.js';
import type * as FinderViewsModule from './finder-views.js';
import { finderWords, loadWords, londonToday, wordsReady } from './service-words.js';
import { finderStyles } from './styles.js';
import { AddressWriter, addressHasFinderState, serviceLinks, stateFromAddress } from './url-state.js';
import type { DetailsState, FinderHost, ViewContext } from './view-context.js';
import type { FinderWarning } from './warnings.js';
import type { PostcodeProblem } from './finder-problems.js';

const DEFAULT_PAGE_SIZE = 20;
/** The finder's parts loaded on demand, once per page: a failed load is forgotten, to be tried again. */
const chunks: Partial<Record<FinderWarning, Promise<unknown>>> = {};
/** How long typing must pause before the result count is read out. */
const ANNOUNCE_DELAY_MS = 900;

type Phase = 'idle' | 'loading' | 'ready' | 'error';
type Panel = 'results' | 'shortlist';
/** The details, shortlist and print views: their own chunk, loaded the first time one is shown. */
type FinderViews = typeof FinderViewsModule;
/** What the finder does and says when a location or postcode cannot be used: loaded when that happens. */
type FinderProblems = typeof FinderProblemsModule;
/** The map and its glue: their own chunk, loaded the first time a person shows the map. */
type FinderMap = typeof FinderMapModule;

/** The map's element, as far as the finder uses it (the map's own module defines it). */
type GroupMap = HTMLElement & { fitResults?: () => void };

/** The detail of `waymark-select` from the finder: the service opened. */
export type FinderSelectDetail = WaymarkSelectDetail;
export interface FinderShortlistDetail {
  readonly ids: readonly string[];
}
export interface FinderSearchDetail {
  readonly state: FinderState;
  readonly total: number;
}

/** The query without its postcode and distance, for when the postcode cannot be used. */
function withoutPlace(query: SearchQuery): SearchQuery {
  return { ...query, postcode: undefined, proximity: undefined };
}

/** A full UK postcode, in any case, with or without its space. */
function isUkPostcode(text: string): boolean {
  return normalisePostcode(text) !== undefined;
}

/**
 * What a person reads when the directory fails (the finder's own copy of `directoryErrorMessage` in
 * i18n/common.ts, so its Welsh loads only on a Welsh page): whether waiting or their own connection
 * will help; anything else is "cannot show groups right now".
 */
const ERROR_WORDS: Partial<Record<DirectoryErrorKind | 'unknown', FinderKey>> = {
  timeout: 'directorySlow',
  'rate-limited': 'directoryBusy',
  offline: 'directoryOffline',
};

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Helps a person find groups and activities that fit their life: a search
 * that forgives typos, their postcode or location, filters for day, time,
 * cost, access and how to join; a list (and a map) of results, each group's
 * details, and a shortlist to print or share. The whole search lives in the
 * page's address, so a link worker can share it and Back and Forward work.
 *
 * @tagname waymark-group-finder
 * @summary Search, filter and shortlist community groups from a directory, on a list and a map.
 *
 * @fires waymark-select - A group's details opened. `detail: { id }`.
 * @fires waymark-shortlist-change - The shortlist changed. `detail: { ids }`.
 * @fires waymark-search - A search finished. `detail: { state, total }`.
 *
 * @csspart search - The search form (text, postcode, distance, location).
 * @csspart search-input - The text box.
 * @csspart filters - The filters disclosure.
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter's remove button.
 * @csspart list - The list of results.
 * @csspart result - One result.
 * @csspart closed - The "temporarily closed" marker.
 * @csspart shortlist-toggle - A result's add/remove shortlist button.
 * @csspart pager - Previous and next page.
 * @csspart map - The map (`<waymark-group-map>`).
 * @csspart details - One group's details.
 * @csspart alert - A group's notice ("Closed for August").
 * @csspart shortlist - The shortlist panel.
 * @csspart shared - A shortlist someone shared as a link.
 * @csspart print-button - The print button.
 * @csspart print-view - The printed page (shown only when printing).
 * @csspart problem - What went wrong, with a retry button.
 *
 * @cssproperty --waymark-finder-gap - Space between the finder's parts (default: --waymark-space).
 * @cssproperty --waymark-chip-background - Background of an active filter.
 * @cssproperty --waymark-skeleton-color - The grey of loading placeholders.
 * @cssproperty --waymark-print-font-size - Type size of the printed shortlist (default 16pt).
 * @cssproperty --waymark-color-accent - Buttons, icons and the selected result.
 * @cssproperty --waymark-color-focus - The focus band.
 */
export class WaymarkGroupFinder extends LitElement implements FinderHost {
  static override styles = [baseStyles, finderStyles];

  static override properties = {
    src: {},
    dialect: {},
    postcodeApi: { attribute: 'postcode-api' },
    near: {},
    categories: {},
    view: {},
    pageSize: { attribute: 'page-size' },
    reportUrl: { attribute: 'report-url' },
    referralUrl: { attribute: 'referral-url' },
    referralForm: { attribute: 'referral-form' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    client: { attribute: false },
    _state: { state: true },
    _phase: { state: true },
    _results: { state: true },
    _error: { state: true },
    _progress: { state: true },
    _categories: { state: true },
    _details: { state: true },
    _panel: { state: true },
    _location: { state: true },
    _postcodeProblem: { state: true },
    _announcement: { state: true },
    _filtersOpen: { state: true },
    _filters: { state: true },
    _map: { state: true },
    _selected: { state: true },
    _printServices: { state: true },
    _shared: { state: true },
    _copied: { state: true },
    _views: { state: true },
    _problems: { state: true },
  };

  /** The directory's API (e.g. `/api/v3`); leave out inside a `<waymark-directory>`. */
  src?: string;
  /** The directory's format, to skip detection: `oruk-v3`, `oruk-v1` or `outpost`. */
  dialect?: string;
  /** A postcodes.io-shaped API for postcode searches. */
  postcodeApi?: string;
  /** A postcode to start from ("NG18 1AB"), when the address does not say. */
  near?: string;
  /** Comma-separated category ids to limit the finder to. */
  categories?: string;
  /** `list` (default), `map` or `both`. */
  view?: string;
  /** Results per page (5 to 100, default 20). */
  pageSize?: string;
  /** Where "report a problem with this listing" goes (http, https or mailto); `service` and `service-name` are added (a mailto gets a subject). */
  reportUrl?: string;
  /** A referral page; "refer me to this group" links to it with `service` and `service-name`. */
  referralUrl?: string;
  /** The id of a `<waymark-referral-form>` on the page, given the group when a person asks to be referred. */
  referralForm?: string;
  /** Map tiles (default OpenStreetMap), passed to the map. */
  tileUrl?: string;
  tileAttribution?: string;
  /** A client to use instead of `src` or the provider's (for sites that build their own). */
  client?: DirectoryClient;

  /** @internal */
  _state: FinderState = EMPTY_FINDER_STATE;
  private _phase: Phase = 'idle';
  /** @internal */
  _results?: SearchResults;
  private _error?: DirectoryErrorKind | 'unknown';
  private _progress?: DirectoryProgress;
  private _categories: readonly Category[] = [];
  /** @internal */
  _details?: DetailsState;
  private _panel: Panel = 'results';
  private _location: LocationStatus = 'idle';
  private _postcodeProblem?: PostcodeProblem;
  private _announcement = '';
  private _filtersOpen = false;
  /** The filters' controls and chips, once loaded. */
  private _filters?: typeof FilterBodyModule;
  private _map?: FinderMap;
  private _selected?: string;
  /** @internal */
  _printServices: readonly Service[] = [];
  // The members marked internal are read and written by the on-demand panels (finder-panels.ts), through `FinderHost`.
  /** @internal */
  _shared: readonly ShortlistEntry[] = [];
  /** @internal */
  _copied?: 'yes' | 'no';
  private _views?: FinderViews;
  private _problems?: FinderProblems;

  readonly #directory = new DirectoryController(this);
  readonly #shortlist = new Shortlist(browserStorage());
  readonly #warned = new Set<string>();
  #boundClient?: DirectoryClient;
  /** Aborted when the finder leaves the page: removes its window and document listeners. */
  #listening?: AbortController;
  #started = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #wordsTimer?: ReturnType<typeof setTimeout>;
  #focusAfterRender?: () => void;
  #pushedDetails = false;
  /** Keeps the address in step with the search, after the list is shown. */
  /** @internal */
  readonly _address = new AddressWriter();
  #searchRun = 0;
  #wordsLoading?: Locale;
  #wordsFailed = false;
  /** Set once the filters (and so the categories) have been asked for. */
  #filtersAsked = false;

  constructor() {
    super();
    this.#shortlist.addEventListener('change', this.#onShortlistChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const options = { signal: (this.#listening = new AbortController()).signal };
    window.addEventListener('popstate', this.#onPopState, options);
    window.addEventListener('storage', this.#onStorage, options);
    window.addEventListener('afterprint', this.#onAfterPrint, options);
    document.addEventListener('waymark-select', this.#onPageSelect, options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.abort();
    this._address.flush();
    this.#bindClient(undefined);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#wordsTimer);
  }

  /** The shortlist this finder keeps (on localStorage). */
  get shortlist(): Shortlist {
    return this.#shortlist;
  }

  /** The search as it stands (what the address holds). */
  get searchState(): FinderState {
    return this._state;
  }

  /** The client in use: the `client` property, else the one for `src`, else the provider's. */
  /** @internal */
  get _client(): DirectoryClient | undefined {
    return this.client ?? this.#directory.client;
  }

  /** The element's language, looked up once an update (it walks the ancestors for `lang`). */
  get #locale(): Locale {
    return (this.#localeNow ??= elementLocale(this));
  }

  #localeNow: Locale | undefined;

  /** @internal */
  _warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`Waymark: <waymark-group-finder> ${message}`);
  }

  #fire<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** Says once (per value) in the console what is wrong; the words load on demand, as only a misconfigured page needs them. */
  #warn(kind: FinderWarning, value: unknown): void {
    const key = `${kind}:${String(value)}`;
    if (this.#warned.has(key)) return;
    import('./warnings.js').then(
      (module) => this._warnOnce(key, module.warningWords(kind, String(value))),
      () => this._warnOnce(key, key),
    );
  }

  get #pageSizeValue(): number {
    if (this.pageSize === undefined || this.pageSize === null) return DEFAULT_PAGE_SIZE;
    const n = Number(this.pageSize);
    if (Number.isInteger(n) && n >= 5 && n <= 100) return n;
    this.#warn('pageSize', this.pageSize);
    return DEFAULT_PAGE_SIZE;
  }

  get #defaultView(): FinderView {
    if (!this.view) return 'list';
    if ((FINDER_VIEWS as readonly string[]).includes(this.view)) return this.view as FinderView;
    this.#warn('view', this.view);
    return 'list';
  }

  get #currentView(): FinderView {
    return this._state.view ?? this.#defaultView;
  }

  get #limitTo(): string[] {
    return (this.categories ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#localeNow = undefined;
    if (!this.#started) {
      this.#started = true;
      this.#startState();
    }
    if (changed.has('pageSize')) void this.#pageSizeValue;
    if (changed.has('view')) void this.#defaultView;
    const client = this._client;
    if (client !== this.#boundClient) {
      this.#bindClient(client);
      if (client) {
        void this.#search();
        // The categories are for the filters: asked for once a person heads for them (or a search has filters on).
        if (this.#filtersAsked) void this.#loadCategories(client);
        if (this._state.service) void this.#loadDetails(this._state.service);
        if (this._state.shared.length) this.#loadShared(this._state.shared);
      }
    }
  }

  /** The search a page opens with: the address's when it has one, else the attributes'. */
  #startState(): void {
    if (addressHasFinderState()) {
      this._state = stateFromAddress();
    } else if (this.near) {
      if (isUkPostcode(this.near)) this._state = { ...EMPTY_FINDER_STATE, postcode: this.near };
      else this.#warn('near', this.near);
    }
  }

  #bindClient(client: DirectoryClient | undefined): void {
    this.#boundClient?.removeEventListener('progress', this.#onProgress);
    this.#boundClient = client;
    client?.addEventListener('progress', this.#onProgress);
  }

  readonly #onProgress = (event: Event): void => {
    this._progress = (event as CustomEvent<DirectoryProgress>).detail;
  };

  async #loadCategories(client: DirectoryClient): Promise<void> {
    try {
      const all = await client.categories();
      const limit = this.#limitTo;
      this._categories = limit.length
        ? all.filter((c) => limit.includes(c.id) || (c.parentId !== undefined && limit.includes(c.parentId)))
        : all;
    } catch {
      // The search reports the directory's failure; the filter simply has no categories.
    }
  }

  async #search(): Promise<void> {
    const client = this._client;
    if (!client) return;
    const run = ++this.#searchRun;
    const state = this._state;
    if (!this._results) this._phase = 'loading';
    this._error = undefined;
    let query = searchQueryFor(state, this.#limitTo);
    let postcodeProblem: typeof this._postcodeProblem;
    if (query.postcode && !isUkPostcode(query.postcode)) {
      postcodeProblem = 'invalid';
      query = withoutPlace(query);
    }
    const options = { page: state.page, pageSize: this.#pageSizeValue, caller: this };
    try {
      let results: SearchResults;
      try {
        results = await client.search(query, options);
      } catch (error) {
        // An API that looks postcodes up itself refuses one it does not know: say so, and search without it.
        if (!(query.postcode && isDirectoryError(error) && error.kind === 'refused')) throw error;
        // The lookup (and its HTTP code) loads only on this rare path: most pages never need it.
        const problems = await this.#loadProblems();
        postcodeProblem = problems ? await problems.refusedPostcode(this, query.postcode) : 'unavailable';
        results = await client.search(withoutPlace(query), options);
      }
      if (results.postcode && !results.postcode.ok) postcodeProblem = results.postcode.reason;
      // The words for a postcode problem load on demand; they are here before the count is read out.
      if (postcodeProblem) await this.#loadProblems();
      if (run !== this.#searchRun) return;
      this._results = results;
      this._postcodeProblem = postcodeProblem;
      this._phase = 'ready';
      this.#announceSoon();
      this.#fire<FinderSearchDetail>('waymark-search', { state, total: results.total });
    } catch (error) {
      if (run !== this.#searchRun) return;
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this._phase = 'error';
      this._error = isDirectoryError(error) ? error.kind : 'unknown';
      this._results = undefined;
      this.#announce(this._errorWords());
    }
  }

  /** @internal */
  _errorWords(): string {
    return finderWords(this.#locale)((this._error && ERROR_WORDS[this._error]) || 'directoryUnavailable');
  }

  /** Reads the count out once typing pauses, not at every letter. */
  #announceSoon(delay = ANNOUNCE_DELAY_MS): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#announce(this.#countWords()), delay);
  }

  #announce(words: string): void {
    // The same words again must still be read: clear, then set once the empty region has rendered.
    // A timer, not a frame: a page in a background tab paints no frames, and its words would never come.
    this._announcement = '';
    clearTimeout(this.#wordsTimer);
    this.#wordsTimer = setTimeout(() => (this._announcement = words), 50);
  }

  #countWords(): string {
    const t = finderWords(this.#locale);
    const total = this._results?.total ?? 0;
    const count = t('resultCount', { count: total });
    const problem = this.#postcodeWords();
    return problem ? `${problem} ${count}` : count;
  }

  #postcodeWords(): string | undefined {
    const problem = this._postcodeProblem;
    return problem && this._problems?.postcodeWords(problem, this._state.postcode, this.#locale);
  }

  /** Loads, once, what the finder does and says when a location or postcode cannot be used. */
  #loadProblems(): Promise<FinderProblems | undefined> {
    return this.#load(
      'problems',
      () => import('./finder-problems.js'),
      (problems) => (this._problems = problems),
    );
  }

  /**
   * Loads a part of the finder once per page (its own chunk), then hands it to `loaded`; a failed
   * load warns and can be tried again.
   */
  #load<T>(kind: FinderWarning, load: () => Promise<T>, loaded: (module: T) => void): Promise<T | undefined> {
    const pending = (chunks[kind] ??= load()) as Promise<T>;
    return pending.then(
      (module) => {
        loaded(module);
        return module;
      },
      (error: unknown) => {
        chunks[kind] = undefined;
        this.#warn(kind, error);
        return undefined;
      },
    );
  }

  /** Merges a change into the search, keeps the address in step, and searches again when the search changed. */
  #change = (patch: Partial<FinderState>, commit: boolean): void => {
    const before = this._state;
    const next: FinderState = { ...before, ...patch };
    if ('postcode' in patch && patch.postcode?.trim()) {
      // A typed postcode replaces "my location".
      this._state = { ...next, near: undefined };
    } else {
      this._state = next;
    }
    if ('near' in patch && !patch.near) this._location = 'idle';
    this._address.save(this._state, commit ? 'push' : 'typing');
    if (!sameSearch(before, this._state) || before.page !== this._state.page) {
      void this.#search();
      if (before.page !== this._state.page) this._focusLater('#results-heading');
    }
  };

  #submit = (): void => {
    // The text and postcode as they are in the boxes now (a postcode's change event may not have fired).
    const postcode = this.renderRoot.querySelector<HTMLInputElement>('#postcode');
    const typed = postcode && !postcode.disabled && postcode.value !== this._state.postcode;
    const patch: Partial<FinderState> = typed ? { page: 1, postcode: postcode.value } : { page: 1 };
    this.#change(patch, true);
    void this.#search();
    this.#announceSoon(0);
  };

  /** "Use my location": the geolocation and its refusals load when a person asks (the button says it is finding them). */
  #useLocation = (): void => {
    this._location = 'finding';
    void this.#loadProblems().then((problems) => {
      if (!problems) {
        this._location = 'idle';
        return;
      }
      problems.locate(
        (near) => {
          this._location = 'idle';
          this.#change({ near, postcode: '', page: 1, radius: this._state.radius ?? 5 }, true);
        },
        (status) => (this._location = status),
      );
    });
  };

  /** After "clear all" (the chips' own, from the filters' chunk): back to the search box. */
  #clearedFilters = (): void => {
    this._focusLater('#text');
  };

  readonly #onPopState = (): void => {
    this._address.cancel();
    const next = stateFromAddress();
    const before = this._state;
    this._state = next;
    if (!sameSearch(before, next) || before.page !== next.page) void this.#search();
    if (next.service !== before.service) {
      this.#pushedDetails = false;
      if (next.service) void this.#loadDetails(next.service);
      else this.#closeDetailsView(before.service);
    }
    if (next.shared.join() !== before.shared.join()) this.#loadShared(next.shared);
  };

  readonly #onStorage = (): void => this.#shortlist.refresh();

  readonly #onAfterPrint = (): void => this.removeAttribute('printing');

  /** A `waymark-select` from elsewhere on the page (the event calendar): open that group here. */
  readonly #onPageSelect = (event: Event): void => {
    if (event.composedPath().includes(this)) return;
    const id = (event as CustomEvent<Partial<FinderSelectDetail>>).detail?.id;
    if (typeof id !== 'string' || !id) return;
    this.#openService(id);
    this.scrollIntoView({ block: 'start' });
  };

  readonly #onShortlistChange = (): void => {
    this.requestUpdate();
    this.#fire<FinderShortlistDetail>('waymark-shortlist-change', { ids: this.#shortlist.entries.map((e) => e.id) });
  };

  #openService(id: string, event?: Event): void {
    if (event) {
      const mouse = event as MouseEvent;
      // A new tab or window: let the link do what the person asked.
      if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button > 0) return;
      event.preventDefault();
    }
    this._panel = 'results';
    this._state = { ...this._state, service: id };
    this._address.save(this._state, 'push');
    this.#pushedDetails = true;
    this._selected = id;
    void this.#loadDetails(id);
    this.#fire<FinderSelectDetail>('waymark-select', { id });
  }

  /** Shows a group's details at once from what the list knows; the views' chunk fetches the rest. */
  #loadDetails(id: string): void {
    const known = this._results?.hits.find((hit) => hit.service.id === id)?.service;
    const ready = known?.detail === 'full';
    this._details = { id, status: ready ? 'ready' : 'loading', service: known };
    this._focusLater('#details-heading');
    void this.#loadViews().then((views) => {
      if (!ready) void views?.loadDetails(this, id, known);
    });
  }

  /** @internal */
  _closeDetails = (): void => {
    if (this.#pushedDetails) {
      // The entry the details added: going back to it is what Back would do.
      this.#pushedDetails = false;
      // The details' entry must be in history before going back past it.
      this._address.flush();
      history.back();
      return;
    }
    const closed = this._state.service;
    this._state = { ...this._state, service: undefined };
    this._address.save(this._state, 'push');
    this.#closeDetailsView(closed);
  };

  #closeDetailsView(closedId: string | undefined): void {
    this._details = undefined;
    this.#focusAfterRender = () => {
      const row = closedId && this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(closedId)}"] h3 a`);
      if (row) row.focus();
      else this.#focus('#results-heading');
    };
  }

  #toggleShortlist = (service: Pick<Service, 'id' | 'name'>): void => {
    const t = finderWords(this.#locale);
    if (this.#shortlist.has(service.id)) {
      this.#shortlist.remove(service.id);
      this.#announce(t('shortlistRemoved', { name: service.name }));
    } else {
      this.#shortlist.add(service);
      this.#announce(t('shortlistAdded', { name: service.name }));
    }
  };

  /** @internal */
  _openShortlist = (): void => {
    void this.#loadViews();
    this._panel = 'shortlist';
    this._copied = undefined;
    this._focusLater('#shortlist-heading');
  };

  /** @internal */
  _closeShortlist = (): void => {
    this._panel = 'results';
    this.removeAttribute('printing');
    this._focusLater('#shortlist-button');
  };

  /** The groups of a shortlist shared as a link, once the panels that show it have loaded. */
  #loadShared(ids: readonly string[]): void {
    this._shared = [];
    if (ids.length && this._client) void this.#loadViews().then((views) => views?.loadShared(this, ids));
  }

  #setView(view: FinderView): void {
    this.#change({ view: view === this.#defaultView ? undefined : view }, true);
  }

  /** Loads the details, shortlist and print views once; focus stays on the heading it was given while they load. */
  #loadViews(): Promise<FinderViews | undefined> {
    return this.#load(
      'views',
      () => import('./finder-views.js'),
      (views) => {
        if (this._views) return;
        const focused = (this.renderRoot as ShadowRoot).activeElement?.id;
        // The views' own look comes with them, in place before they first render.
        this.#adopt(views.viewsStyles);
        this._views = views;
        if (focused === 'details-heading' || focused === 'shortlist-heading') {
          this.#focusAfterRender ??= () => this.#focus(`#${focused}`);
        }
      },
    );
  }

  /** Adds the look of a part loaded on demand to the shadow root. */
  #adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
  }

  /** Loads the filters' controls and chips once, when a person heads for the filters or a search has filters on. */
  readonly #loadFilters = (): void => {
    if (this._filters) return;
    const client = this._client;
    if (!this.#filtersAsked && client) void this.#loadCategories(client);
    this.#filtersAsked = true;
    void this.#load(
      'filters',
      () => import('./filter-body.js'),
      (body) => {
        if (this._filters) return;
        this.#adopt(body.filterStyles);
        this._filters = body;
      },
    );
  };

  #loadMap(): void {
    if (!this._map)
      void this.#load(
        'map',
        () => import('./finder-map.js'),
        (map) => (this._map = map),
      );
  }

  /** A result chosen on the map: marked in the list, and scrolled to. */
  readonly #selectFromMap = (id: string): void => {
    this._selected = id;
    this.updateComplete.then(() =>
      this.renderRoot.querySelector(`.result-list [data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  };

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal Moves focus to `selector` once the next render is done. */
  _focusLater(selector: string): void {
    this.#focusAfterRender = () => this.#focus(selector);
  }

  protected override updated(changed: PropertyValues): void {
    const focus = this.#focusAfterRender;
    if (focus) {
      this.#focusAfterRender = undefined;
      focus();
    }
    if (changed.has('_results') && this._map) {
      this.renderRoot.querySelector<GroupMap>('waymark-group-map')?.fitResults?.();
    }
  }

  get #viewContext(): ViewContext {
    const locale = this.#locale;
    return {
      t: finderWords(locale),
      locale,
      today: londonToday(),
      shortlist: this.#shortlist,
      serviceHref: serviceLinks(this._state),
      openService: (id, event) => this.#openService(id, event),
      toggleShortlist: this.#toggleShortlist,
    };
  }

  /**
   * Whether the words of the element's language are here; if not, asks for them (Welsh is its own
   * chunk) and renders again once they arrive. Should they fail to load, the finder speaks English.
   */
  #wordsReady(locale: Locale): boolean {
    if (this.#wordsFailed || wordsReady(locale)) return true;
    if (this.#wordsLoading !== locale) {
      this.#wordsLoading = locale;
      loadWords(locale).then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.#wordsFailed = true;
          this.#warn('words', error);
          this.requestUpdate();
        },
      );
    }
    return false;
  }

  protected override render(): TemplateResult {
    if (!this.#wordsReady(this.#locale)) {
      // No flash of English on a Welsh page: placeholders, without words, until the Welsh arrives.
      return html`<div class="finder"><div class="loading" aria-busy="true">${renderSkeletons()}</div></div>`;
    }
    const ctx = this.#viewContext;
    const { t } = ctx;
    const panel: SearchPanelContext = {
      t,
      locale: ctx.locale,
      state: this._state,
      categories: this._categories,
      finding: this._location === 'finding',
      locationProblem: this._problems?.locationWords(this._location, ctx.locale),
      postcodeProblem: this.#postcodeWords(),
      geolocation: 'geolocation' in navigator,
      change: this.#change,
      submit: this.#submit,
      useLocation: this.#useLocation,
    };
    const details = this._details;
    const views = this._views;
    return html`<div class="finder" lang=${this.#locale === 'cy' ? 'cy' : 'en'}>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</p>
        ${
          details
            ? views
              ? views.renderDetailsPanel(this, details, ctx)
              : this.#renderViewLoading('details', t('detailsLoading'), this._closeDetails)
            : this._panel === 'shortlist'
              ? views
                ? views.renderShortlistPanel(this, ctx)
                : this.#renderViewLoading('shortlist', t('shortlistHeading'), this._closeShortlist)
              : html`${views ? views.renderSharedPanel(this, ctx) : nothing} ${renderSearchForm(panel)}
                ${renderFilters(
                  panel,
                  this._filtersOpen,
                  (open) => (this._filtersOpen = open),
                  this._filters?.renderFilterBody,
                  this.#loadFilters,
                )}
                ${this.#renderChips(panel)} ${this.#renderToolbar(ctx)} ${this.#renderResults(ctx, panel)}`
        }
      </div>
      ${views ? views.renderPrintView(this._printServices, ctx) : nothing}`;
  }

  /** The filters that are on, as chips; they come with the filters' chunk, asked for when a search has filters on. */
  #renderChips(panel: SearchPanelContext): TemplateResult | typeof nothing {
    if (!activeFilterCount(this._state)) return nothing;
    if (!this._filters) this.#loadFilters();
    return this._filters ? this._filters.renderChips(panel, this.#clearedFilters) : nothing;
  }

  #renderToolbar(ctx: ViewContext): TemplateResult {
    const { t } = ctx;
    const current = this.#currentView;
    const label = { list: t('viewList'), map: t('viewMap'), both: t('viewBoth') } as const;
    return html`<div class="toolbar">
      <div class="views" role="group" aria-labelledby="view-label">
        <span id="view-label">${t('viewLabel')}</span>
        ${FINDER_VIEWS.map(
          (view) =>
            html`<button
              type="button"
              class="secondary"
              aria-pressed=${current === view ? 'true' : 'false'}
              @click=${() => this.#setView(view)}
            >
              ${label[view]}
            </button>`,
        )}
      </div>
      <button type="button" id="shortlist-button" class="secondary" @click=${this._openShortlist}>
        ${this.#shortlist.size ? t('shortlistButton', { count: this.#shortlist.size }) : t('shortlistHeading')}
      </button>
    </div>`;
  }

  #renderResults(ctx: ViewContext, panel: SearchPanelContext): TemplateResult {
    const { t } = ctx;
    if (this._phase === 'error') {
      return html`<div class="problem" part="problem" role="alert">
        <p>${this._errorWords()}</p>
        <button type="button" class="primary" @click=${() => void this.#search()}>${t('tryAgain')}</button>
      </div>`;
    }
    const results = this._results;
    if (!results) {
      const progress = this._progress;
      return html`<div class="loading" aria-busy="true">
        <p class="status">
          ${
            progress && progress.total > 0
              ? t('loadingProgress', { loaded: progress.loaded, total: progress.total })
              : t('loadingGroups')
          }
        </p>
        ${
          progress && progress.total > 0
            ? html`<progress
                max=${progress.total}
                .value=${progress.loaded}
                aria-label=${t('loadingGroups')}
              ></progress>`
            : nothing
        }
        ${renderSkeletons()}
      </div>`;
    }
    const view = this.#currentView;
    const showList = view !== 'map';
    const showMap = view !== 'list';
    if (showMap) this.#loadMap();
    const from = results.total === 0 ? 0 : (results.page - 1) * this.#pageSizeValue + 1;
    const to = Math.min(results.total, from + results.hits.length - 1);
    return html`<section
      class="results"
      aria-labelledby="results-heading"
      aria-busy=${this._phase === 'loading' ? 'true' : 'false'}
    >
      <h2 id="results-heading" class="status" tabindex="-1">${t('resultCount', { count: results.total })}</h2>
      ${results.total > 0 ? html`<p class="hint">${t('showing', { from, to, total: results.total })}</p>` : nothing}
      ${this.#postcodeWords() ? html`<p class="error">${this.#postcodeWords()}</p>` : nothing}
      ${results.hits.length === 0 ? this.#renderEmpty(panel) : nothing}
      <div class=${`layout ${view}`}>
        ${
          showList && results.hits.length
            ? html`<ol class="result-list" part="list" aria-labelledby="results-heading">
                ${results.hits.map((hit) => renderResultRow(hit, ctx, hit.service.id === this._selected))}
              </ol>`
            : nothing
        }
        ${
          showMap
            ? html`<div class="map-area">
                ${
                  this._map
                    ? this._map.renderMap(
                        {
                          results,
                          selected: this._selected,
                          tileUrl: this.tileUrl,
                          tileAttribution: this.tileAttribution,
                          alone: view === 'map',
                          select: this.#selectFromMap,
                        },
                        ctx,
                      )
                    : html`<p class="status">${t('mapLoading')}</p>`
                }
              </div>`
            : nothing
        }
      </div>
      ${this.#renderPager(results, ctx)}
    </section>`;
  }

  #renderEmpty(panel: SearchPanelContext): TemplateResult {
    const { t } = panel;
    // With filters on, the advice names them: it comes with the chips (the filters' chunk, already asked for).
    const advice = activeFilterCount(this._state)
      ? this._filters?.filtersAdvice(panel)
      : this._state.radius !== undefined && (this._state.postcode || this._state.near)
        ? t('noResultsPlace')
        : t('noResultsText');
    return html`<div class="empty" part="empty">
      <p><strong>${t('noResults')}</strong> ${advice}</p>
    </div>`;
  }

  #renderPager(results: SearchResults, ctx: ViewContext): TemplateResult | typeof nothing {
    if (results.totalPages <= 1) return nothing;
    const { t } = ctx;
    const page = results.page;
    return html`<nav class="pager" part="pager" aria-label=${t('pageOf', { page, pages: results.totalPages })}>
      <button
        type="button"
        class="secondary"
        ?disabled=${page <= 1}
        @click=${() => this.#change({ page: page - 1 }, true)}
      >
        <span aria-hidden="true">←</span> ${t('previousPage')}
      </button>
      <span>${t('pageOf', { page, pages: results.totalPages })}</span>
      <button
        type="button"
        class="secondary"
        ?disabled=${page >= results.totalPages}
        @click=${() => this.#change({ page: page + 1 }, true)}
      >
        ${t('nextPage')} <span aria-hidden="true">→</span>
      </button>
    </nav>`;
  }

  /** What shows, with its heading to take focus, while the details or shortlist view loads (a moment, once). */
  #renderViewLoading(kind: 'details' | 'shortlist', heading: string, back: () => void): TemplateResult {
    return html`<section class=${kind} aria-labelledby=${`${kind}-heading`} aria-busy="true">
      <button type="button" class="link-button back" @click=${back}>
        <span aria-hidden="true">←</span> ${finderWords(this.#locale)('backToResults')}
      </button>
      <h2 id=${`${kind}-heading`} tabindex="-1">${heading}</h2>
    </section>`;
  }
}
