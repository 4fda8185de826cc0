import type { DirectoryClient, SearchResults } from '../../data/directory/client.js';
import type { Service } from '../../data/model.js';
import type { FinderState } from '../../data/search/finder-query.js';
import type { Shortlist, ShortlistEntry } from '../../data/shortlist.js';
import type { Locale } from '../../i18n/catalogue.js';
import type { Translate } from './service-words.js';
import type { AddressWriter } from './url-state.js';

/** What the finder's pieces of view need from the element: its words, its shortlist and its actions. */
export interface ViewContext {
  readonly t: Translate;
  readonly locale: Locale;
  readonly today: string;
  readonly shortlist: Shortlist;
  /** The address of a service's details (a real link, so it opens in a new tab too). */
  serviceHref(id: string): string;
  openService(id: string, event: Event): void;
  toggleShortlist(service: Pick<Service, 'id' | 'name'>): void;
}

/** A group's details as the finder holds them: loading, shown, or why not. */
export interface DetailsState {
  readonly id: string;
  readonly status: 'loading' | 'ready' | 'missing' | 'error';
  readonly service?: Service;
}

/**
 * The finder as its on-demand panels (`finder-panels.ts`) see it: the members they read and write,
 * internal to everything else. The element implements it, so the compiler checks the two agree.
 */
export interface FinderHost extends HTMLElement {
  _state: FinderState;
  _copied?: 'yes' | 'no';
  _shared: readonly ShortlistEntry[];
  _printServices: readonly Service[];
  _details?: DetailsState;
  readonly _results?: SearchResults;
  readonly _client?: DirectoryClient;
  readonly _address: AddressWriter;
  readonly shortlist: Shortlist;
  readonly reportUrl?: string;
  readonly referralUrl?: string;
  readonly referralForm?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  _openShortlist(): void;
  _closeShortlist(): void;
  _closeDetails(): void;
  _warnOnce(key: string, message: string): void;
  _focusLater(selector: string): void;
  _errorWords(): string;
}
