/**
 * Measures of plain words, for checking easy-read text: sentences, words per
 * sentence, and words from the jargon list that public text must not use.
 */

/** Words public pages must not use (DOMAIN.md, "Words to use"). */
export const JARGON: readonly string[] = [
  'VCSE',
  'PCN',
  'SP',
  'MDT',
  'signposting',
  'intervention',
  'discharge',
  'patient',
  'client',
];

/** Sentences of a paragraph: split after ".", "!", "?" or ":" followed by a space. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The words of a sentence: runs of letters or digits (a phone number counts once). */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Jargon words that appear in `text`, whole words only, any case for the long ones. */
export function jargonIn(text: string): string[] {
  return JARGON.filter((word) => {
    const flags = word === word.toUpperCase() ? 'u' : 'iu';
    return new RegExp(`(?<![\\p{L}])${word}(?:s|ed|ing)?(?![\\p{L}])`, flags).test(text);
  });
}

export interface PlainWordsReport {
  readonly sentences: number;
  readonly averageWords: number;
  readonly longSentences: readonly string[];
  readonly jargon: readonly { readonly sentence: string; readonly words: readonly string[] }[];
}

/** The figures for a set of sentences: how many, the average words each, those over `limit` words, any jargon. */
export function measurePlainWords(sentences: readonly string[], limit = 15): PlainWordsReport {
  const counts = sentences.map(countWords);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    sentences: sentences.length,
    averageWords: sentences.length ? total / sentences.length : 0,
    longSentences: sentences.filter((_, i) => (counts[i] ?? 0) > limit),
    jargon: sentences.flatMap((sentence) => {
      const words = jargonIn(sentence);
      return words.length ? [{ sentence, words }] : [];
    }),
  };
}
