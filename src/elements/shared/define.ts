/**
 * Registers a custom element unless a tag of that name is already defined:
 * a page may load Waymark twice (the CDN file and an npm bundle), and the
 * second `customElements.define` would otherwise throw and stop the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
