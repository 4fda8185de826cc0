// @ts-check
/**
 * Who a group is for by age, as ORUK minimum_age and maximum_age and in words.
 */

/** @typedef {import('./catalogue.mjs').AgeBand} AgeBand */

/** @type {Record<AgeBand, { minimum_age?: number, maximum_age?: number, words: string }>} */
export const AGE_BANDS = {
  all: { words: 'Everyone is welcome, whatever their age.' },
  adults: { minimum_age: 18, words: 'For adults aged 18 and over.' },
  'over-50': { minimum_age: 50, words: 'For people aged 50 and over.' },
  'over-55': { minimum_age: 55, words: 'For people aged 55 and over.' },
  '16-25': { minimum_age: 16, maximum_age: 25, words: 'For young people aged 16 to 25.' },
  'under-5s': { maximum_age: 4, words: 'For babies and children under 5, who come with a parent or carer.' },
};
