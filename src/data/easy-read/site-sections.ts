/**
 * Sections a site writes in its own words (JSON), to replace a default
 * section of the easy-read explainer or add one, keeping the easy-read layout.
 * Read only when a site gives some, so other pages never load this.
 */
import { isObject } from '../json.js';

/** A section in a site's own words: replaces the default section with the same `id`, or adds one. */
export interface SiteSection {
  readonly id: string;
  readonly heading: string;
  /** One short sentence each. */
  readonly sentences: readonly string[];
  /** The name of one of Waymark's pictures, or an image on the site (`https:` or same-site path). */
  readonly picture?: string | undefined;
  /** What the picture shows; empty when the sentences say it all. */
  readonly pictureAlt?: string;
  /** Where a new section goes: after the section with this id (default: before "How to get it"). */
  readonly after?: string;
}

const text = (value: unknown, limit = 400): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, limit) : undefined;

/** A picture address a site may use: https, or a path on the site itself. */
export function isPictureAddress(value: string): boolean {
  return /^(https:\/\/|\/(?!\/)|\.{1,2}\/)[^\s"'<>]*$/.test(value);
}

function readSection(item: unknown): SiteSection | undefined {
  if (!isObject(item)) return undefined;
  const id = text(item['id'], 60);
  const heading = text(item['heading']);
  const sentences = Array.isArray(item['sentences']) ? item['sentences'].flatMap((s: unknown) => text(s) ?? []) : [];
  if (!id || !heading || !sentences.length) return undefined;
  const picture = text(item['picture'], 500);
  const after = text(item['after'], 60);
  const alt = item['pictureAlt'];
  return {
    id,
    heading,
    sentences,
    ...(picture && { picture }),
    ...(typeof alt === 'string' && { pictureAlt: alt.trim() }),
    ...(after && { after }),
  };
}

/**
 * The usable sections of `value` (a list, or its JSON); `problem` hears about
 * each one left out and about a picture address that is not allowed.
 */
export function readSiteSections(value: unknown, problem: (message: string) => void = () => {}): SiteSection[] {
  let list = value;
  try {
    if (typeof value === 'string') list = JSON.parse(value);
  } catch {
    list = undefined;
  }
  const sections = Array.isArray(list) ? list.map(readSection) : [undefined];
  if (sections.includes(undefined)) problem('sections: one without an id, heading and sentences is left out.');
  return sections.flatMap((section) => {
    if (!section) return [];
    if (section.picture && /[./]/.test(section.picture) && !isPictureAddress(section.picture)) {
      problem(`picture "${section.picture}" is not an https or site address; it is left out.`);
      return [{ ...section, picture: undefined }];
    }
    return [section];
  });
}
