/**
 * A site's own sections put into the explainer: one with the id of a default
 * section replaces it (keeping its picture unless it names another, and its
 * crisis routes); a new one goes after the section named by `after`, else
 * before "How to get it". Loaded only when a site gives sections.
 */
import type { SiteSection } from '../../data/easy-read/site-sections.js';
import type { Section } from './content.js';

export { readSiteSections } from '../../data/easy-read/site-sections.js';

export function withSiteSections(defaults: readonly Section[], own: readonly SiteSection[]): Section[] {
  const sections = [...defaults];
  for (const site of own) {
    const sentences = site.sentences.map((text, i) => ({ id: `own-${site.id}-${i}`, text }));
    const replaced = sections.findIndex((s) => s.id === site.id);
    const kept = replaced >= 0 ? sections[replaced] : undefined;
    const alt = site.pictureAlt ?? '';
    const picture = site.picture
      ? /[./]/.test(site.picture)
        ? { src: site.picture, alt }
        : { name: site.picture, alt }
      : kept?.picture;
    const section: Section = {
      id: site.id,
      heading: site.heading,
      ...(picture ? { picture } : {}),
      easy: sentences,
      standard: sentences,
      ...(kept?.crisis ? { crisis: true } : {}),
    };
    if (kept) {
      sections[replaced] = section;
      continue;
    }
    const after = site.after ? sections.findIndex((s) => s.id === site.after) : -1;
    const at = after >= 0 ? after + 1 : sections.findIndex((s) => s.id === 'get');
    sections.splice(at < 0 ? sections.length : at, 0, section);
  }
  return sections;
}
