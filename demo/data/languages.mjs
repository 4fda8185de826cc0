// @ts-check
/**
 * The languages groups are run in: English always, and sometimes another spoken in the area.
 */

/** @typedef {import('./catalogue.mjs').ExtraLanguage} ExtraLanguage */

/** ISO 639 codes (British Sign Language has only a 639-3 code) and names. */
export const LANGUAGES = /** @type {const} */ ({
  en: 'English',
  pl: 'Polish',
  ur: 'Urdu',
  bfi: 'British Sign Language',
  cy: 'Welsh',
});

/** How likely any group is to offer each language, beyond what its kind or organisation already offers. */
export const BACKGROUND_LANGUAGE_CHANCES = /** @type {Record<ExtraLanguage, number>} */ ({
  pl: 0.03,
  ur: 0.02,
  bfi: 0.02,
  cy: 0.004,
});

/**
 * @param {readonly ExtraLanguage[]} extras
 * @returns {string | undefined} a sentence for the description, when the group speaks more than English
 */
export function languageSentence(extras) {
  const sentences = extras.map((code) =>
    code === 'bfi'
      ? 'Sessions are in British Sign Language, with an interpreter for hearing people.'
      : `Some of our volunteers speak ${LANGUAGES[code]}.`,
  );
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
