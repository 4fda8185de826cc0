// @ts-check
import { slugify } from './templates.mjs';

/** @typedef {import('./random.mjs').SeededRandom} SeededRandom */
/** @typedef {import('./catalogue.mjs').ExtraLanguage} ExtraLanguage */

/** Invented contacts: common first names and surnames of the area, never a real person's listing. */
const NAMES = {
  en: {
    first: [
      'Sue',
      'Pat',
      'Jean',
      'Margaret',
      'Barry',
      'Keith',
      'Dave',
      'Gary',
      'Lisa',
      'Donna',
      'Karen',
      'Mick',
      'Janet',
      'Tracy',
      'Sharon',
      'Stuart',
      'Paul',
      'Tom',
      'Ellie',
      'Jade',
      'Chloe',
      'Liam',
      'Ryan',
      'Hannah',
      'Brenda',
      'Ken',
      'Alan',
      'Glenys',
      'Mo',
      'Debbie',
      'Steve',
      'Carol',
      'Jo',
      'Wendy',
      'Craig',
      'Becky',
      'Nicola',
      'Sam',
    ],
    last: [
      'Hadley',
      'Brammer',
      'Wragg',
      'Housley',
      'Marriott',
      'Bagshaw',
      'Clarke',
      'Turner',
      'Shaw',
      'Booth',
      'Hardy',
      'Walker',
      'Oldham',
      'Spencer',
      'Radford',
      'Whitehead',
      'Unwin',
      'Hibbert',
      'Lowe',
      'Tomlinson',
      'Fletcher',
      'Revill',
      'Parkin',
      'Haywood',
      'Allsop',
      'Straw',
      'Chambers',
      'Beardsley',
      'Cooper',
      'Doughty',
    ],
  },
  pl: {
    first: ['Agnieszka', 'Piotr', 'Kasia', 'Tomasz', 'Zofia', 'Marek', 'Ewa', 'Pawel'],
    last: ['Kowalska', 'Nowak', 'Wisniewski', 'Zielinska', 'Lewandowski', 'Mazur'],
  },
  ur: {
    first: ['Aisha', 'Bilal', 'Farah', 'Imran', 'Nadia', 'Tariq', 'Saima', 'Yasmin'],
    last: ['Hussain', 'Khan', 'Ahmed', 'Iqbal', 'Akhtar', 'Mahmood'],
  },
};

/**
 * An invented name, from the names of the group's own community when it speaks another language.
 * @param {SeededRandom} random
 * @param {readonly ExtraLanguage[]} languages
 */
export function personName(random, languages) {
  const community = languages.includes('pl') ? NAMES.pl : languages.includes('ur') ? NAMES.ur : NAMES.en;
  const names = random.chance(0.7) ? community : NAMES.en;
  return `${random.pick(names.first)} ${random.pick(names.last)}`;
}

/**
 * A number from Ofcom's ranges reserved for drama, so nobody real is ever rung:
 * 01632 960000 to 960999, 0113 496 0000 to 0999, and mobiles 07700 900000 to 900999.
 * @param {SeededRandom} random
 * @param {'landline' | 'mobile'} line
 */
export function dramaPhoneNumber(random, line) {
  const last3 = String(random.int(0, 999)).padStart(3, '0');
  if (line === 'mobile') return `07700 900${last3}`;
  return random.chance(0.7) ? `01632 960${last3}` : `0113 496 0${last3}`;
}

/**
 * A personal address at example.com, a domain reserved for examples.
 * @param {string} name
 */
export function personalEmail(name) {
  return `${slugify(name).replace(/-/g, '.')}@example.com`;
}

/**
 * An organisation's address at example.org, a domain reserved for examples.
 * @param {string} organisationName
 */
export function organisationEmail(organisationName) {
  return `${slugify(organisationName)}@example.org`;
}

/**
 * An organisation's website under example.org.
 * @param {string} organisationName
 */
export function organisationWebsite(organisationName) {
  return `https://${slugify(organisationName)}.example.org`;
}
