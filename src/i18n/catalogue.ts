/**
 * Message catalogues. Every string a person reads comes from one, in English
 * and Welsh, so a Welsh public body can offer both on equal terms.
 *
 * A catalogue is split by area (`common`, `schedule`, `finder`, ...) so each
 * widget carries only the words it uses. A message is a string with `{name}`
 * placeholders, or a set of plural forms chosen by `{count}` (Welsh has six).
 */

export type Locale = 'en' | 'cy';

export const LOCALES: readonly Locale[] = ['en', 'cy'];

export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** One area's words: the same keys in every locale, which the type checker holds us to. */
export type Catalogue<K extends string> = { readonly [L in Locale]: { readonly [key in K]: Message } };

export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale === 'cy' ? 'cy' : 'en-GB');
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The message `key` of `catalogue` in `locale`, with `{name}` placeholders
 * filled from `values`. Numbers are written in the locale's way.
 */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  values: MessageValues = {},
): string {
  const message: Message = catalogue[locale][key] ?? catalogue.en[key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(values['count'] ?? 0);
    text = message[pluralCategory(locale, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A bound translator for one catalogue and locale: `t('key', { count: 3 })`. */
export function translator<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
): (key: K, values?: MessageValues) => string {
  return (key, values) => translate(catalogue, locale, key, values);
}

/** `cy`, `cy-GB` → Welsh; anything else → English. */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^cy\b/i.test(lang.trim()) ? 'cy' : 'en';
}

/** The BCP 47 tag for `Intl` formatting. */
export function intlLocale(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

// One formatter per locale: building one costs more than the list it counts (about 3 ms a keystroke).
function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
