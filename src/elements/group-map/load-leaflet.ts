/**
 * Loads the map's chunk on a page that enforces Trusted Types.
 *
 * When Leaflet's `Browser` module is evaluated it tests for inline SVG by
 * assigning the string `'<svg/>'` to a new div's `innerHTML`; under
 * `require-trusted-types-for 'script'` that assignment throws and the chunk
 * fails to load. While the chunk loads, and for that one string only, the
 * setter builds the same empty `<svg>` element from DOM nodes instead; any
 * other assignment goes to the browser's own setter, checked as usual.
 */
const SVG_TEST = '<svg/>';

export async function loadWithoutHtmlStrings<T>(load: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  const enforced = typeof (globalThis as { trustedTypes?: unknown }).trustedTypes === 'object';
  if (!enforced || !own?.set || !own.configurable) return load();
  const set = own.set;
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...own,
    set(this: Element, value: unknown) {
      if (value === SVG_TEST) this.replaceChildren(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      else set.call(this, value);
    },
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(Element.prototype, 'innerHTML', own);
  }
}
