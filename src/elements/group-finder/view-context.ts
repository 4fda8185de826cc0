import type { Service } from '../../data/model.js';
import type { Shortlist } from '../../data/shortlist.js';
import type { Locale } from '../../i18n/catalogue.js';
import type { Translate } from './service-words.js';

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
