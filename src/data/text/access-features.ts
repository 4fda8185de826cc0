/**
 * Physical access features read from a place's accessibility notes, by plain
 * keywords with simple negation: "Step-free entrance" is step-free, "no lift"
 * and "the hearing loop is not working" are not. A guess on the safe side:
 * a note we cannot read adds nothing rather than a feature that may be wrong.
 */
import type { AccessFeature } from '../model.js';

const FEATURE_WORDS: readonly (readonly [AccessFeature, RegExp])[] = [
  ['step-free', /step[- ]?free|level (?:access|entrance|entry)|flat access|ramp(?:s|ed)?\b|(?:are )?no steps/],
  ['wheelchair', /wheelchair[- ]?(?:access|accessible|friendly|user)|accessible (?:for|to|by) wheelchair/],
  ['hearing-loop', /(?:hearing|induction|audio)[- ]?loops?/],
  [
    'accessible-toilet',
    /(?:accessible|disabled|adapted|wheelchair[- ]accessible) (?:toilet|loo|wc|bathroom)|changing places/,
  ],
  ['accessible-parking', /(?:disabled|blue[- ]badge|accessible) (?:car )?(?:parking|bays?|spaces?)/],
  ['lift', /\b(?:lifts?|elevators?)\b/],
  ['quiet-space', /(?:quiet|calm|sensory) (?:room|space|area|corner)/],
];

/** Words before a feature that take it away, in the same clause ("no lift", "not step-free", "partial wheelchair access"). */
const NEGATION_BEFORE = /\b(?:no|not|without|isn't|isnt|aren't|non|lacks?|partial|partially|limited|unfortunately)\b/;
/** Words after a feature that take it away ("the lift is out of order"). */
const NEGATION_AFTER = /\b(?:not|isn't|isnt|unavailable|out of order|broken)\b/;
/** Clauses end at sentence punctuation, commas and "but". */
const CLAUSE_BREAK = /[.;,!?\n\r]+|\bbut\b|\bhowever\b/;
/** A note longer than this is someone's essay: its first part says enough. */
const MAX_NOTE_LENGTH = 2_000;

/** The features the notes say a place has, in the model's order, each once. */
export function readAccessFeatures(notes: readonly (string | undefined)[]): AccessFeature[] {
  const found = new Set<AccessFeature>();
  for (const note of notes) {
    if (!note) continue;
    for (const clause of note.slice(0, MAX_NOTE_LENGTH).toLowerCase().split(CLAUSE_BREAK)) {
      if (clause.trim() === '') continue;
      for (const [feature, words] of FEATURE_WORDS) {
        const match = words.exec(clause);
        if (!match) continue;
        // Only the words next to the feature count: "no steps and a lift" still has a lift.
        const before = lastWords(clause.slice(0, match.index), 3);
        const after = firstWords(clause.slice(match.index + match[0].length), 4);
        if (!NEGATION_BEFORE.test(before) && !NEGATION_AFTER.test(after)) found.add(feature);
      }
    }
  }
  return FEATURE_WORDS.map(([feature]) => feature).filter((feature) => found.has(feature));
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(' ');
}

function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}
