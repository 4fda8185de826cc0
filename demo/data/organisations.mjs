// @ts-check
/**
 * The (fictional) organisations that run groups: district-wide charities that appear once each, and local
 * kinds of organisation (a community centre, a church, a Men's Shed) that recur across the villages.
 * Name templates may use {place}, {street}, {saint} and {park}.
 */

/** @typedef {import('./catalogue.mjs').VenueType} VenueType */
/** @typedef {import('./catalogue.mjs').ExtraLanguage} ExtraLanguage */

/**
 * @typedef {object} OrganisationType
 * @property {string} key
 * @property {string[]} names
 * @property {string} description
 * @property {Record<string, number>} kinds the group kinds it runs, by weight
 * @property {number} size how many services it runs, relative to others
 * @property {VenueType} [ownVenue] the building it runs from, where most of its groups meet
 * @property {ExtraLanguage[]} [languages] spoken at every one of its services
 */

/** District-wide charities and services, each appearing once in every directory. */
/** @type {readonly OrganisationType[]} */
export const DISTRICT_ORGANISATIONS = [
  {
    key: 'cvs',
    names: ['Mansfield Community Voluntary Service'],
    description:
      'The local charity that supports voluntary groups and volunteers in Mansfield and the villages around it, and runs befriending and digital inclusion projects.',
    kinds: {
      'volunteer-advice': 3,
      'phone-befriending': 2,
      'home-befriending': 2,
      'digital-skills': 2,
      'online-coffee': 1,
    },
    size: 6,
    ownVenue: 'office',
  },
  {
    key: 'carers',
    names: ['Sherwood Carers Trust'],
    description:
      'A charity for unpaid carers in Mansfield and Sherwood: groups, breaks, advice and someone to talk to.',
    kinds: { 'carers-group': 4, 'carers-break': 2, 'phone-befriending': 1 },
    size: 6,
    ownVenue: 'office',
  },
  {
    key: 'later-life',
    names: ['Later Life Mansfield'],
    description: 'A local charity helping older people stay independent, connected and well.',
    kinds: {
      'lunch-club': 2,
      'home-befriending': 2,
      'chair-exercise': 2,
      'digital-skills': 1,
      'benefits-help': 1,
      'cuppa-chat': 1,
    },
    size: 7,
  },
  {
    key: 'money-advice',
    names: ['Mansfield Money Advice Centre'],
    description: 'Free, independent and confidential advice on debt, benefits and money, from trained advisers.',
    kinds: { 'debt-advice': 3, 'benefits-help': 3, 'housing-advice': 1 },
    size: 6,
    ownVenue: 'office',
  },
  {
    key: 'tenants',
    names: ["Mansfield Tenants' Advice Service"],
    description: 'Advice for people who rent their home, and help to keep warm and keep a roof over your head.',
    kinds: { 'housing-advice': 3, 'keeping-warm': 2 },
    size: 3,
    ownVenue: 'office',
  },
  {
    key: 'food-network',
    names: ['Mansfield and District Food Network'],
    description: 'A partnership of churches and community groups running food banks, pantries and cooking courses.',
    kinds: { 'food-bank': 4, 'community-pantry': 2, 'cooking-on-a-budget': 1 },
    size: 6,
  },
  {
    key: 'minds',
    names: ['Sherwood Minds Together'],
    description: 'A mental health charity run with and for people who have lived experience of mental ill health.',
    kinds: { 'mental-health-peer-support': 4, 'womens-wellbeing': 1, 'adhd-support': 1 },
    size: 6,
    ownVenue: 'office',
  },
  {
    key: 'memory',
    names: ['Memory Lane Mansfield'],
    description: 'Support for people living with dementia and the families who care for them.',
    kinds: { 'memory-cafe': 5, 'carers-group': 1 },
    size: 5,
  },
  {
    key: 'breathing',
    names: ['Better Breathing Sherwood'],
    description: 'A support network for people living with COPD and other lung conditions.',
    kinds: { 'copd-support': 3, 'lung-singing': 2 },
    size: 3,
  },
  {
    key: 'living-well',
    names: ['Living Well Sherwood'],
    description:
      'Peer support groups for people living with long-term health conditions such as diabetes and arthritis.',
    kinds: { 'diabetes-support': 2, 'arthritis-support': 2, 'copd-support': 1, 'chair-exercise': 1 },
    size: 4,
  },
  {
    key: 'u3a',
    names: ['Maun Valley U3A'],
    description:
      'A self-help learning co-operative for people no longer in full-time work, with over thirty interest groups.',
    kinds: { 'u3a-group': 1 },
    size: 5,
  },
  {
    key: 'veterans',
    names: ["Maun Valley Veterans' Network"],
    description: 'Veterans supporting veterans across Mansfield and the villages, with breakfast clubs and drop-ins.',
    kinds: { veterans: 4, 'mental-health-peer-support': 1 },
    size: 3,
  },
  {
    key: 'parents',
    names: ['Sherwood Parents Together'],
    description: 'Friendly groups for parents and carers of babies and young children.',
    kinds: { 'new-parents': 3, 'stay-and-play': 2 },
    size: 4,
  },
  {
    key: 'bereavement',
    names: ['Forest Bereavement Support'],
    description: 'Free support for anyone who has been bereaved, from trained volunteers.',
    kinds: { bereavement: 1, 'bereavement-listening': 1 },
    size: 4,
    ownVenue: 'office',
  },
  {
    key: 'deaf-club',
    names: ['Mansfield Deaf Social Club'],
    description:
      'A club run by and for Deaf people in Mansfield, with socials, events and help in British Sign Language.',
    kinds: { 'deaf-social': 3, 'digital-skills': 1 },
    size: 2,
    languages: ['bfi'],
  },
  {
    key: 'polish',
    names: ['Mansfield Polish Community Association'],
    description:
      'A community association for Polish people and their families, with groups and advice in Polish and English.',
    kinds: { 'cuppa-chat': 2, 'english-conversation': 1, 'benefits-help': 1, 'stay-and-play': 1 },
    size: 3,
    languages: ['pl'],
  },
  {
    key: 'womens-centre',
    names: ["Sherwood Women's Centre"],
    description: 'A centre for women: wellbeing groups, English conversation and help into work.',
    kinds: { 'womens-wellbeing': 3, 'english-conversation': 2, 'employment-support': 1 },
    size: 4,
    ownVenue: 'office',
  },
  {
    key: 'work',
    names: ['Ready for Work Mansfield'],
    description: 'Free help into work, training and volunteering for people of any age.',
    kinds: { 'employment-support': 4, 'digital-skills': 1 },
    size: 4,
    ownVenue: 'office',
  },
  {
    key: 'green-spaces',
    names: ['Green Spaces Mansfield'],
    description: 'A charity that helps people look after, grow in and enjoy the green spaces on their doorstep.',
    kinds: { 'community-garden': 2, 'conservation-volunteers': 2, 'walking-group': 1 },
    size: 4,
  },
  {
    key: 'adhd',
    names: ['Mansfield Adult ADHD Network'],
    description: 'A peer-led network for adults with ADHD and other neurodivergent people.',
    kinds: { 'adhd-support': 1 },
    size: 3,
  },
  {
    key: 'music',
    names: ['Sherwood Sings'],
    description: 'A community music charity bringing singing and music-making to everyone, whatever their voice.',
    kinds: { singing: 3, 'lung-singing': 1, dance: 1 },
    size: 4,
  },
  {
    key: 'move-more',
    names: ['Move More Mansfield'],
    description: 'A not-for-profit that helps people who are not very active to move a bit more, in ways they enjoy.',
    kinds: { 'walking-group': 2, 'chair-exercise': 2, 'tai-chi': 2, dance: 1, 'walking-sport': 2 },
    size: 6,
  },
];

/** Local organisations, found in many places: each directory draws as many as it needs. */
/** @type {readonly OrganisationType[]} */
export const LOCAL_ORGANISATIONS = [
  {
    key: 'community-centre',
    names: ['{place} Community Centre', '{street} Community Centre', '{place} Village Hall Trust'],
    description: 'A community centre run by local volunteers, with a café, a hall and rooms for groups in {place}.',
    kinds: {
      'lunch-club': 3,
      'cuppa-chat': 3,
      'chair-exercise': 2,
      'arts-crafts': 2,
      'stay-and-play': 2,
      dance: 1,
      'digital-skills': 1,
      'womens-wellbeing': 1,
      'tai-chi': 1,
      'community-pantry': 1,
    },
    size: 4,
    ownVenue: 'community-centre',
  },
  {
    key: 'church',
    names: [
      "St {saint}'s Church, {place}",
      '{place} Methodist Church',
      '{street} Baptist Church',
      '{place} Community Church',
    ],
    description: 'A church at the heart of {place}, open to everyone, whatever their faith.',
    kinds: {
      'faith-friendship': 3,
      'cuppa-chat': 3,
      'lunch-club': 2,
      'food-bank': 1,
      'community-pantry': 1,
      bereavement: 1,
      'stay-and-play': 1,
      'memory-cafe': 1,
    },
    size: 3,
    ownVenue: 'church-hall',
  },
  {
    key: 'mens-shed',
    names: ["{place} Men's Shed Association"],
    description: "A Men's Shed in {place}, run by its members as a charity.",
    kinds: { 'mens-shed': 5, 'conservation-volunteers': 1 },
    size: 1.5,
    ownVenue: 'workshop',
  },
  {
    key: 'allotments',
    names: ['{place} Allotment Society', '{place} Community Garden Group', '{street} Allotment Association'],
    description: 'Local gardeners who run the allotments in {place} and welcome new growers.',
    kinds: { 'community-garden': 1 },
    size: 1.2,
    ownVenue: 'allotment',
  },
  {
    key: 'walkers',
    names: ['{place} Walking Group', 'Friends of {park}'],
    description: 'Volunteers who lead walks and look after green spaces in and around {place}.',
    kinds: { 'walking-group': 4, 'conservation-volunteers': 1 },
    size: 1.5,
    ownVenue: 'park',
  },
  {
    key: 'welfare',
    names: ["{place} Miners' Welfare", '{place} Welfare and Social Club'],
    description: 'A welfare hall built by the mining community of {place}, still run for the benefit of local people.',
    kinds: {
      dance: 2,
      'tai-chi': 1,
      'lunch-club': 1,
      'cuppa-chat': 1,
      veterans: 1,
      'chair-exercise': 1,
      'walking-sport': 1,
    },
    size: 3,
    ownVenue: 'welfare',
  },
  {
    key: 'residents',
    names: ["{place} Residents' Association", "{street} Tenants' and Residents' Association"],
    description: 'Neighbours working together to make {place} a better place to live.',
    kinds: {
      'cuppa-chat': 3,
      'conservation-volunteers': 2,
      'community-garden': 1,
      'digital-skills': 1,
      'keeping-warm': 1,
    },
    size: 2,
  },
  {
    key: 'library-friends',
    names: ['Friends of {place} Library'],
    description: 'Volunteers who help run events and groups at the library in {place}.',
    kinds: { 'digital-skills': 2, 'arts-crafts': 2, 'cuppa-chat': 1, 'english-conversation': 1 },
    size: 2,
    ownVenue: 'library',
  },
  {
    key: 'parents',
    names: ['{place} Parents Together', '{place} Toddler Groups'],
    description: 'Parents in {place} who run friendly groups for families with young children.',
    kinds: { 'new-parents': 2, 'stay-and-play': 3 },
    size: 2,
  },
  {
    key: 'choir',
    names: ['{place} Community Choir', '{place} Music Makers'],
    description: 'A community music group in {place}: everyone welcome, no auditions.',
    kinds: { singing: 4, 'lung-singing': 1 },
    size: 1.5,
  },
  {
    key: 'womens-group',
    names: ["{place} Women's Group"],
    description: 'A friendly group run by and for women in {place}.',
    kinds: { 'womens-wellbeing': 3, 'arts-crafts': 1, 'walking-group': 1 },
    size: 1.5,
  },
];

/** How often each local kind of organisation turns up, by weight. */
export const LOCAL_ORGANISATION_WEIGHTS = {
  'community-centre': 5,
  church: 6,
  'mens-shed': 2,
  allotments: 2,
  walkers: 2,
  welfare: 2,
  residents: 3,
  'library-friends': 2,
  parents: 2,
  choir: 2,
  'womens-group': 2,
};
