// @ts-check
/**
 * The three taxonomies of the demo directory: categories (a two-level tree), how to join (ORUK 1.0
 * attending_access) and how you take part (ORUK 1.0 attending_type).
 *
 * ORUK 3.0 asks for UUIDs as the ids of taxonomies and terms, so each has one derived from its readable key
 * (`waymark-categories`, `waymark-categories/walking-groups`): the same in every directory the generator
 * writes, whatever its seed or size. The readable code stays in the term's `code`. Code that needs a taxonomy
 * or a term finds it with `TAXONOMY_IDS` and `termId()`, never by writing a UUID out.
 */
import { uuidFromText } from './random.mjs';

/** @typedef {import('./directory-format.mjs').Taxonomy} Taxonomy */
/** @typedef {import('./directory-format.mjs').TaxonomyTerm} TaxonomyTerm */

/** @typedef {'drop-in' | 'self-referral' | 'referral' | 'appointment' | 'membership'} JoinCode */
/** @typedef {'venue' | 'online' | 'phone' | 'home visit'} AttendCode */
/** @typedef {'categories' | 'howToJoin' | 'attending'} TaxonomyKey */

/**
 * The readable key of each taxonomy, from which its id and its terms' ids are derived.
 * @type {Readonly<Record<TaxonomyKey, string>>}
 */
export const TAXONOMY_KEYS = Object.freeze({
  categories: 'waymark-categories',
  howToJoin: 'waymark-how-to-join',
  attending: 'waymark-attending',
});

/**
 * The id (a UUID) of each taxonomy.
 * @type {Readonly<Record<TaxonomyKey, string>>}
 */
export const TAXONOMY_IDS = Object.freeze({
  categories: uuidFromText(TAXONOMY_KEYS.categories),
  howToJoin: uuidFromText(TAXONOMY_KEYS.howToJoin),
  attending: uuidFromText(TAXONOMY_KEYS.attending),
});

/**
 * The id (a UUID) of the term with this code in this taxonomy: `termId('categories', 'walking-groups')`,
 * `termId('attending', 'home visit')`. Any code gives an id; whether a directory holds that term is its business.
 * @param {TaxonomyKey} taxonomy
 * @param {string} code the term's readable code, as in its `code` field
 */
export function termId(taxonomy, code) {
  return uuidFromText(`${TAXONOMY_KEYS[taxonomy]}/${code}`);
}

/** @type {readonly Taxonomy[]} */
export const TAXONOMIES = [
  {
    id: TAXONOMY_IDS.categories,
    name: 'Categories',
    description: 'What a group or service is about: two levels, a broad theme and the kinds of group within it.',
    uri: 'https://waymark.example/taxonomies/categories',
    version: '1.0',
  },
  {
    id: TAXONOMY_IDS.howToJoin,
    name: 'How to join',
    description: 'How a person starts going: the ORUK 1.0 attending_access vocabulary.',
    uri: 'https://waymark.example/taxonomies/how-to-join',
    version: '1.0',
  },
  {
    id: TAXONOMY_IDS.attending,
    name: 'How you take part',
    description: 'Where a person takes part: the ORUK 1.0 attending_type vocabulary.',
    uri: 'https://waymark.example/taxonomies/attending',
    version: '1.0',
  },
];

/**
 * Top-level categories and their children: [code, name, description].
 * @type {readonly { code: string, name: string, description: string, children: [string, string, string][] }[]}
 */
const CATEGORY_TREE = [
  {
    code: 'being-active',
    name: 'Being active',
    description: 'Gentle exercise and getting outdoors, at your own pace.',
    children: [
      ['walking-groups', 'Walking groups', 'Led walks at an easy pace, with a chat on the way.'],
      ['chair-exercise', 'Chair exercise', 'Seated exercise for strength and balance.'],
      ['tai-chi-and-yoga', 'Tai chi, yoga and Pilates', 'Slow, gentle movement and breathing.'],
      ['dance', 'Dance', 'Tea dances, line dancing, Zumba Gold and more.'],
      ['walking-sports', 'Walking sports', 'Walking football and walking netball: no running allowed.'],
      ['gardening-and-allotments', 'Gardening and allotments', 'Growing food and flowers together outdoors.'],
    ],
  },
  {
    code: 'meeting-people',
    name: 'Meeting people',
    description: 'Places to get out of the house, have a cup of tea and make friends.',
    children: [
      ['lunch-clubs', 'Lunch clubs', 'A hot meal in good company.'],
      ['cafes-and-drop-ins', 'Cafés and drop-ins', '"Cuppa and a chat" mornings and social cafés.'],
      ['mens-sheds', "Men's Sheds", 'Workshops where people make, mend and talk.'],
      ['befriending', 'Befriending', 'A regular phone call or visit from a friendly volunteer.'],
      ['faith-groups', 'Church and faith groups', 'Friendship groups run by churches and faith communities.'],
    ],
  },
  {
    code: 'arts-and-creativity',
    name: 'Arts and creativity',
    description: 'Making things, music and singing with other people.',
    children: [
      ['arts-and-crafts', 'Arts and crafts', 'Knitting, painting, card making and other crafts.'],
      ['singing-and-music', 'Singing and music', 'Choirs, ukulele clubs and music groups for all abilities.'],
    ],
  },
  {
    code: 'money-and-debt',
    name: 'Money and debt',
    description: 'Free, confidential help with money worries and benefits.',
    children: [
      ['debt-advice', 'Debt advice', 'Help to deal with debts and talk to the people you owe.'],
      ['benefits-help', 'Benefits help', 'Help to check what you can claim and fill in forms such as PIP.'],
    ],
  },
  {
    code: 'housing',
    name: 'Housing',
    description: 'Help with your home, your tenancy and keeping warm.',
    children: [
      ['housing-advice', 'Housing advice', 'Help with renting, repairs, eviction and finding a home.'],
      ['keeping-warm', 'Keeping warm at home', 'Help with energy bills and a warmer home.'],
    ],
  },
  {
    code: 'food',
    name: 'Food',
    description: 'Food when money is tight, and cooking on a budget.',
    children: [
      ['food-banks', 'Food banks', 'Emergency food parcels, usually with a voucher.'],
      ['community-pantries', 'Community pantries', 'Low-cost food shops for members.'],
      ['cooking-on-a-budget', 'Cooking on a budget', 'Learn simple, cheap meals and cook together.'],
    ],
  },
  {
    code: 'mental-health-and-wellbeing',
    name: 'Mental health and wellbeing',
    description: 'Support from people who understand, when life feels hard.',
    children: [
      ['peer-support', 'Peer support', 'Groups where people with lived experience support each other.'],
      ['bereavement-support', 'Bereavement support', 'Support after someone dies.'],
      ['womens-wellbeing', "Women's wellbeing", 'Groups for women to talk, relax and build confidence.'],
      ['veterans', "Veterans' support", 'Groups for people who served in the armed forces, and their families.'],
      [
        'adhd-and-neurodiversity',
        'ADHD and neurodiversity',
        'Support for adults with ADHD and other neurodivergent people.',
      ],
    ],
  },
  {
    code: 'long-term-conditions',
    name: 'Long-term conditions',
    description: 'Living well with a health condition, alongside others who have it too.',
    children: [
      ['memory-cafes', 'Memory cafés', 'Cafés for people living with memory loss or dementia, and their carers.'],
      [
        'lung-health',
        'Breathing and lung health',
        'Support and exercise for people with COPD and other lung conditions.',
      ],
      ['diabetes', 'Diabetes', 'Support groups for people living with diabetes.'],
      ['arthritis-and-pain', 'Arthritis and pain', 'Support for people living with arthritis or long-term pain.'],
    ],
  },
  {
    code: 'carers',
    name: 'Carers',
    description: 'Support for people who look after someone.',
    children: [
      ['carers-groups', "Carers' groups", 'Meet other carers, share tips and have time for yourself.'],
      ['carers-breaks', 'Breaks for carers', 'Someone to sit with the person you care for, so you can have a break.'],
    ],
  },
  {
    code: 'learning-and-skills',
    name: 'Learning and skills',
    description: 'Learn something new, at any age.',
    children: [
      ['digital-skills', 'Digital skills', 'Help with phones, tablets, computers and getting online.'],
      ['u3a', 'U3A and learning groups', 'Learning groups run by and for people no longer in full-time work.'],
      ['english-classes', 'English classes', 'Practise speaking English in a friendly group.'],
    ],
  },
  {
    code: 'volunteering-and-work',
    name: 'Volunteering and work',
    description: 'Give your time, or get help finding work.',
    children: [
      ['volunteering', 'Volunteering', 'Ways to help out in your community.'],
      ['employment-support', 'Employment support', 'Help with CVs, job searching, interviews and training.'],
    ],
  },
  {
    code: 'families-and-parents',
    name: 'Families and parents',
    description: 'Groups for parents, carers and young children.',
    children: [
      ['new-parents', 'New parents', 'Meet other parents of babies, and talk about how you are doing.'],
      ['stay-and-play', 'Stay and play', 'Play sessions for young children with their parent or carer.'],
    ],
  },
];

/** @type {readonly { code: JoinCode, name: string, description: string }[]} */
const JOIN_TERMS = [
  { code: 'drop-in', name: 'Drop in', description: 'Just turn up: no need to book or be referred.' },
  { code: 'self-referral', name: 'Refer yourself', description: 'Get in touch yourself to join.' },
  {
    code: 'referral',
    name: 'Referral needed',
    description: 'A GP practice, link worker or other professional refers you.',
  },
  { code: 'appointment', name: 'By appointment', description: 'Book a time before you come.' },
  { code: 'membership', name: 'Membership', description: 'Join as a member, sometimes for a small fee.' },
];

/** @type {readonly { code: AttendCode, name: string, description: string }[]} */
const ATTEND_TERMS = [
  { code: 'venue', name: 'In person', description: 'You go to a place to take part.' },
  { code: 'online', name: 'Online', description: 'You take part on a video call or online.' },
  { code: 'phone', name: 'By phone', description: 'You take part by phone.' },
  { code: 'home visit', name: 'Home visit', description: 'Someone comes to your home.' },
];

/** @param {string} code a category's code, such as `walking-groups` */
export const categoryId = (code) => termId('categories', code);
/** @param {JoinCode} code */
export const joinTermId = (code) => termId('howToJoin', code);
/** @param {AttendCode} code */
export const attendTermId = (code) => termId('attending', code);

/** @returns {TaxonomyTerm[]} every term of the three taxonomies, parents before their children */
export function buildTaxonomyTerms() {
  /** @type {TaxonomyTerm[]} */
  const terms = [];
  for (const top of CATEGORY_TREE) {
    terms.push(categoryTerm(top.code, top.name, top.description));
    for (const [code, name, description] of top.children) {
      terms.push(categoryTerm(code, name, description, categoryId(top.code)));
    }
  }
  for (const { code, name, description } of JOIN_TERMS) {
    terms.push({ id: joinTermId(code), name, description, ...vocabulary('howToJoin'), code, term: name });
  }
  for (const { code, name, description } of ATTEND_TERMS) {
    terms.push({ id: attendTermId(code), name, description, ...vocabulary('attending'), code, term: name });
  }
  return terms;
}

/**
 * @param {string} code
 * @param {string} name
 * @param {string} description
 * @param {string} [parentId]
 * @returns {TaxonomyTerm}
 */
function categoryTerm(code, name, description, parentId) {
  return {
    id: categoryId(code),
    name,
    description,
    ...(parentId ? { parent_id: parentId } : {}),
    ...vocabulary('categories'),
    code,
    term: name,
  };
}

/** @param {TaxonomyKey} key */
function vocabulary(key) {
  const taxonomy = TAXONOMIES.find(({ id }) => id === TAXONOMY_IDS[key]);
  if (!taxonomy) throw new Error(`Unknown taxonomy ${key}`);
  return { taxonomy_id: taxonomy.id, taxonomy: taxonomy.name };
}
