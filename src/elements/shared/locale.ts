import { resolveLocale, type Locale } from '../../i18n/catalogue.js';

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's,
 * looking through shadow roots to the host page (`<html lang="cy">`).
 */
export function elementLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return resolveLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
