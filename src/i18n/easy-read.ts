/**
 * The easy-read explainer's words, loaded one language at a time so a page
 * carries only the words it shows: `easy-read-en.ts` / `easy-read-cy.ts` (the
 * controls and the easy-read content), and `easy-read-standard-*.ts` (the same
 * facts as ordinary prose, loaded when a person chooses it).
 */
import type { Catalogue, Locale } from './catalogue.js';
import type { EasyReadKey, EasyReadWords } from './easy-read-en.js';
import type { EasyReadStandardKey, EasyReadStandardWords } from './easy-read-standard-en.js';

export type { EasyReadKey, EasyReadWords, EasyReadStandardKey, EasyReadStandardWords };

const words = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = words.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // A failed download may be tried again later.
    promise.catch(() => words.delete(key));
    words.set(key, promise);
  }
  return promise;
}

/** The controls and easy-read content in `locale`. */
export function loadEasyReadWords(locale: Locale): Promise<EasyReadWords> {
  return once(`easy-${locale}`, () =>
    locale === 'cy'
      ? import('./easy-read-cy.js').then((m) => m.easyReadCy)
      : import('./easy-read-en.js').then((m) => m.easyReadEn),
  );
}

/** The same facts as ordinary prose in `locale`. */
export function loadStandardWords(locale: Locale): Promise<EasyReadStandardWords> {
  return once(`standard-${locale}`, () =>
    locale === 'cy'
      ? import('./easy-read-standard-cy.js').then((m) => m.easyReadStandardCy)
      : import('./easy-read-standard-en.js').then((m) => m.easyReadStandardEn),
  );
}

/** One language's words as a catalogue, for `translate`. */
export function asCatalogue<K extends string>(words: { readonly [key in K]: Catalogue<K>['en'][key] }): Catalogue<K> {
  return { en: words, cy: words };
}
