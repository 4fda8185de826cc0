// @ts-check
/**
 * The kinds of group and support a social prescribing directory lists (see DOMAIN.md), each with its typical
 * names, words, schedule, cost, way in and venue. The generator combines these with places and organisations.
 *
 * Templates may use {place}, {day} (the one weekday it meets), {venue} (the venue's name) and {where}
 * (the venue's short name, "St John's"). A template whose placeholder cannot be filled is skipped.
 */

/** @typedef {import('./taxonomy.mjs').JoinCode} JoinCode */
/** @typedef {'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'} DayCode */
/** @typedef {'weekly' | 'several' | 'weekdays' | 'fortnightly' | 'monthly' | 'monthday' | 'course' | 'text'} ScheduleShape */
/** @typedef {'free' | 'small' | 'concession' | 'donation' | 'meal' | 'membership' | 'pantry' | 'unknown'} CostPattern */
/** @typedef {'all' | 'adults' | 'over-50' | 'over-55' | '16-25' | 'under-5s'} AgeBand */
/** @typedef {'community-centre' | 'church-hall' | 'welfare' | 'library' | 'park' | 'workshop' | 'allotment' | 'office' | 'cafe'} VenueType */
/** @typedef {'pl' | 'ur' | 'bfi' | 'cy'} ExtraLanguage */

/**
 * @typedef {object} SchedulePattern
 * @property {Partial<Record<ScheduleShape, number>>} shapes how often each shape occurs, by weight
 * @property {DayCode[]} days the days it usually meets
 * @property {[string, string][]} times opening and closing times, "HH:MM"
 * @property {number} [termTime] the chance it stops in school holidays
 * @property {string[]} [freeText] words for a schedule with no rule
 */

/**
 * @typedef {object} GroupKind
 * @property {string} key
 * @property {string[]} categories leaf category codes, the first the main one
 * @property {string[]} names
 * @property {string[]} descriptions second person, what happens there
 * @property {Record<string, number>} join "drop-in", or several codes joined by "+", by weight
 * @property {Record<string, number>} attend "venue", "online", "phone", "home visit", or joined by "+"
 * @property {Partial<Record<CostPattern, number>>} cost
 * @property {Partial<Record<AgeBand, number>>} ages
 * @property {VenueType[]} venues where it can meet, when it meets in person
 * @property {SchedulePattern} schedule
 * @property {string[]} titles what the contact is called
 * @property {string} [eligibility] who it is for, beyond age
 * @property {Partial<Record<ExtraLanguage, number>>} [languages] the chance of each language besides English
 * @property {Partial<Record<JoinCode, string>>} [joinWords] this kind's own words for a way to join
 */

const HALLS = /** @type {VenueType[]} */ (['community-centre', 'church-hall', 'welfare', 'library']);
const WEEKDAYS = /** @type {DayCode[]} */ (['MO', 'TU', 'WE', 'TH', 'FR']);
const EVERY_DAY = /** @type {DayCode[]} */ (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/** @type {[string, string][]} */
const MORNING = [
  ['10:00', '12:00'],
  ['09:30', '11:30'],
  ['10:30', '12:00'],
  ['10:00', '11:30'],
];
/** @type {[string, string][]} */
const AFTERNOON = [
  ['13:30', '15:30'],
  ['14:00', '16:00'],
  ['13:00', '15:00'],
];
/** @type {[string, string][]} */
const EVENING = [
  ['18:00', '20:00'],
  ['19:00', '21:00'],
  ['18:30', '20:30'],
  ['19:00', '20:30'],
];
/** @type {[string, string][]} */
const OFFICE_HOURS = [
  ['09:00', '17:00'],
  ['09:30', '16:30'],
  ['10:00', '16:00'],
];

/** @type {readonly GroupKind[]} */
export const GROUP_KINDS = [
  {
    key: 'walking-group',
    categories: ['walking-groups'],
    names: ['{place} Strollers', '{place} Health Walk', '{place} Wanderers', 'Walk and Talk {place}', '{day} Walkers'],
    descriptions: [
      'You can join a gentle walk of about an hour around {venue}, at an easy pace with plenty of stops. A trained walk leader goes at the front and another at the back, so nobody gets left behind.',
      'A friendly walk for people who want to get a bit more active and meet others. You walk for 45 minutes to an hour on flat paths, then most people go for a cup of tea afterwards.',
      'Short, sociable walks from {venue}, led by volunteers. It is a good way to build up your fitness slowly after an illness, and you will soon know everyone by name.',
    ],
    join: { 'drop-in': 5, 'drop-in+self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { adults: 3, all: 1 },
    venues: ['park'],
    schedule: {
      shapes: { weekly: 6, fortnightly: 1, several: 1 },
      days: EVERY_DAY,
      times: [
        ['10:00', '11:00'],
        ['10:30', '11:30'],
        ['09:30', '11:00'],
        ['18:30', '19:30'],
      ],
    },
    titles: ['Walk leader', 'Walk coordinator'],
  },
  {
    key: 'lunch-club',
    categories: ['lunch-clubs'],
    names: [
      '{day} Lunch Club at {where}',
      '{place} Luncheon Club',
      'Friendship Lunch, {place}',
      'Lunch and Company at {where}',
    ],
    descriptions: [
      'You can sit down to a hot two-course lunch with other people from {place}, cooked fresh by our volunteers. Tea and coffee are included, and there is a quiz or a raffle most weeks.',
      'A warm welcome, a proper dinner and good company. You eat together at shared tables, and afterwards there are cards, dominoes or a sing-along for anyone who wants to stay.',
      'A lunch club for people who would like some company with their meal. Volunteers can tell you about help with transport if getting here is hard.',
    ],
    join: { 'drop-in': 2, 'self-referral': 2 },
    attend: { venue: 1 },
    cost: { meal: 5, donation: 1 },
    ages: { 'over-55': 3, adults: 1, 'over-50': 1 },
    venues: HALLS,
    schedule: {
      shapes: { weekly: 6, monthly: 2, several: 1 },
      days: ['TU', 'WE', 'TH', 'FR'],
      times: [
        ['12:00', '14:00'],
        ['11:30', '13:30'],
        ['12:00', '13:30'],
      ],
    },
    titles: ['Lunch club organiser', 'Volunteer coordinator'],
    joinWords: {
      'self-referral': 'Please ring the day before so we cook enough; you can also ask someone to ring for you.',
    },
  },
  {
    key: 'cuppa-chat',
    categories: ['cafes-and-drop-ins'],
    names: [
      'Cuppa and a Chat, {place}',
      '{day} Coffee and Chat at {where}',
      'The Friendly Café, {place}',
      'Chat and Natter at {where}',
    ],
    descriptions: [
      'You can drop in for a cup of tea and a chat with friendly people. There are newspapers, board games and homemade cakes, and nobody minds if you just want to sit and listen.',
      'A relaxed coffee morning where you can meet neighbours and make new friends. Volunteers make a point of saying hello to anyone who is new, so you will not be left on your own.',
      'A warm place to spend a morning with a hot drink and some company. Someone from the community centre is usually around if you want to know what else is on nearby.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { free: 3, donation: 2, small: 1, unknown: 1 },
    ages: { adults: 3, all: 2, 'over-55': 1 },
    venues: [...HALLS, 'cafe'],
    schedule: {
      shapes: { weekly: 7, fortnightly: 1, several: 1, text: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON],
      freeText: ['Most weekday mornings; ring to check before you come'],
    },
    titles: ['Café organiser', 'Volunteer'],
    languages: { pl: 0.05 },
  },
  {
    key: 'memory-cafe',
    categories: ['memory-cafes', 'carers-groups'],
    names: [
      'Memory Café at {where}',
      '{place} Memory Café',
      'Forget-Me-Not Café, {place}',
      'Remember When Club, {place}',
    ],
    descriptions: [
      'A relaxed café for people living with memory loss or dementia, and the people who care for them. You can come together for a cuppa, music, reminiscence and gentle activities, and talk to someone who understands.',
      'Come along with the person you care for and spend a couple of hours with others in the same boat. There is singing, old photos, quizzes and a chance for carers to ask questions over a cup of tea.',
    ],
    join: { 'drop-in': 3, 'drop-in+self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 2, donation: 2 },
    ages: { all: 1, adults: 1 },
    venues: HALLS,
    schedule: {
      shapes: { monthly: 5, fortnightly: 2, weekly: 2 },
      days: WEEKDAYS,
      times: AFTERNOON,
    },
    titles: ['Memory café lead', 'Dementia support worker'],
    eligibility: 'For people living with memory loss or dementia, and their families and carers.',
  },
  {
    key: 'mens-shed',
    categories: ['mens-sheds'],
    names: ["{place} Men's Shed", '{place} Community Shed', '{place} Shed Workshop'],
    descriptions: [
      'A workshop where you can make and mend things alongside other people: woodwork, bike repairs, benches for the local school. Nobody needs to be an expert; there are tools to borrow and someone to show you how.',
      'Mostly it is a place to have a brew and a natter while you work on something with your hands. Members make bird boxes, planters and toys, and take on small jobs for the community. Women are welcome too.',
    ],
    join: { 'drop-in': 2, 'self-referral': 2, 'drop-in+self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 2, small: 2, membership: 1 },
    ages: { adults: 1 },
    venues: ['workshop'],
    schedule: {
      shapes: { several: 3, weekly: 4 },
      days: ['TU', 'WE', 'TH', 'SA'],
      times: [
        ['10:00', '15:00'],
        ['09:30', '13:00'],
        ['10:00', '14:00'],
      ],
    },
    titles: ['Shed coordinator', 'Shed secretary'],
  },
  {
    key: 'community-garden',
    categories: ['gardening-and-allotments', 'volunteering'],
    names: [
      '{place} Community Garden',
      'Grow Together {place}',
      '{place} Allotment Gardeners',
      'Green Fingers at {where}',
    ],
    descriptions: [
      'Help grow vegetables, fruit and flowers on a shared plot, with no experience needed. You can dig, sow, weed or just sit in the sunshine with a cup of tea, and take home a share of what you grow.',
      'A friendly gardening group on a community allotment. There are raised beds you can reach from a chair, tools and gloves to borrow, and a shelter if it rains.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 3, donation: 1 },
    ages: { all: 2, adults: 1 },
    venues: ['allotment'],
    schedule: {
      shapes: { weekly: 5, several: 1, course: 1 },
      days: ['WE', 'SA', 'SU', 'TH'],
      times: [
        ['10:00', '13:00'],
        ['10:00', '12:00'],
        ['13:00', '16:00'],
      ],
    },
    titles: ['Garden coordinator', 'Plot secretary'],
  },
  {
    key: 'arts-crafts',
    categories: ['arts-and-crafts'],
    names: ['Knit and Natter, {place}', '{place} Craft Club', 'Creative Corner at {where}', 'Paint and Chat, {place}'],
    descriptions: [
      'A relaxed craft group where you can knit, sew, paint or make cards, or learn something new from others. Materials are provided, and no one will judge what you make: it is about enjoying it.',
      'Work on your own project or join in the group one, with a cup of tea and good company. It is a calm, creative couple of hours, and many people say it helps their mood.',
    ],
    join: { 'drop-in': 4, 'self-referral': 1 },
    attend: { venue: 6, 'venue+online': 1 },
    cost: { small: 3, concession: 2, free: 2 },
    ages: { adults: 3, all: 1, '16-25': 1 },
    venues: [...HALLS, 'cafe'],
    schedule: {
      shapes: { weekly: 6, fortnightly: 2, course: 1 },
      days: WEEKDAYS,
      times: [...AFTERNOON, ...MORNING, ['18:30', '20:30']],
    },
    titles: ['Group leader', 'Craft tutor'],
  },
  {
    key: 'singing',
    categories: ['singing-and-music'],
    names: ['{place} Community Choir', 'Open Voices {place}', 'Ukulele Club at {where}', 'Sing Out {place}'],
    descriptions: [
      'A friendly music group for people who have never had a lesson. You learn by ear, there are no auditions, and everyone joins in together by the end of the first session.',
      'Make music with other people, from pop to folk. If you can hum, you can join; instruments are there to borrow if you want to try one.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { concession: 3, small: 2, donation: 1 },
    ages: { adults: 2, all: 1 },
    venues: HALLS,
    schedule: {
      shapes: { weekly: 6, fortnightly: 1 },
      days: WEEKDAYS,
      times: [...EVENING, ['14:00', '15:30']],
      termTime: 0.3,
    },
    titles: ['Musical director', 'Choir secretary'],
  },
  {
    key: 'lung-singing',
    categories: ['lung-health', 'singing-and-music'],
    names: ['Singing for Better Breathing, {place}', 'Breathe and Sing {place}'],
    descriptions: [
      'Singing exercises that help you breathe more easily and feel more in control of your breathlessness. It is for people living with COPD and other lung conditions; you sit down for most of it and go at your own pace.',
    ],
    join: { 'self-referral': 2, 'self-referral+referral': 2 },
    attend: { venue: 4, 'venue+online': 1 },
    cost: { free: 2, donation: 1 },
    ages: { adults: 1 },
    venues: HALLS,
    schedule: {
      shapes: { fortnightly: 3, weekly: 2, monthly: 1 },
      days: WEEKDAYS,
      times: AFTERNOON,
    },
    titles: ['Singing leader', 'Respiratory volunteer'],
    eligibility: 'For people living with COPD or another long-term lung condition.',
  },
  {
    key: 'dance',
    categories: ['dance'],
    names: ['Dance Club at {where}', 'Zumba Gold, {place}', 'Line Dancing at {where}', '{place} Sequence Dancing'],
    descriptions: [
      'A friendly, low-impact dance class at a gentle pace, with lots of laughs. You do not need a partner or any experience, and you can sit down whenever you like.',
      'Dance to music you know, with a break for tea halfway through. The teacher breaks each dance into easy steps, so you will pick it up within a couple of weeks.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { concession: 3, small: 2 },
    ages: { adults: 2, 'over-50': 1, all: 1 },
    venues: HALLS,
    schedule: {
      shapes: { weekly: 6, monthly: 1, several: 1 },
      days: EVERY_DAY,
      times: [...AFTERNOON, ...EVENING],
    },
    titles: ['Dance teacher', 'Organiser'],
  },
  {
    key: 'chair-exercise',
    categories: ['chair-exercise'],
    names: [
      'Chair-Based Exercise at {where}',
      'Seated Strength and Balance, {place}',
      'Sit and Be Fit {place}',
      'Steady Steps {place}',
    ],
    descriptions: [
      'Gentle exercise to music, sitting on a chair or holding on to the back of it. It helps your strength, balance and confidence, and you only do what feels right for you.',
      'A strength and balance class designed to help prevent falls. A qualified instructor checks how you are doing each week and shows you a few moves to practise at home.',
    ],
    join: { 'drop-in': 4, referral: 1, 'self-referral+referral': 1 },
    attend: { venue: 6, online: 1 },
    cost: { small: 3, free: 2, concession: 1 },
    ages: { 'over-55': 2, adults: 2, 'over-50': 1 },
    venues: HALLS,
    schedule: {
      shapes: { weekly: 6, several: 1, course: 1 },
      days: WEEKDAYS,
      times: MORNING,
    },
    titles: ['Exercise instructor', 'Class organiser'],
  },
  {
    key: 'tai-chi',
    categories: ['tai-chi-and-yoga'],
    names: [
      'Tai Chi for Health, {place}',
      'Gentle Yoga at {where}',
      'Pilates for Beginners, {place}',
      'Slow Movement {place}',
    ],
    descriptions: [
      'Slow, gentle movement and breathing that help your balance, strength and joints. Many people find it calms the mind too; you can do most of it seated if you need to.',
      'A beginners class in a quiet room, with mats provided. The teacher offers an easier way of doing every move, so you can join whatever your fitness.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1 },
    attend: { venue: 5, 'venue+online': 1 },
    cost: { concession: 4, small: 2 },
    ages: { adults: 3, 'over-50': 1 },
    venues: HALLS,
    schedule: {
      shapes: { weekly: 5, course: 2 },
      days: EVERY_DAY,
      times: [...MORNING, ...EVENING],
    },
    titles: ['Instructor', 'Class organiser'],
  },
  {
    key: 'walking-sport',
    categories: ['walking-sports'],
    names: ['Walking Football, {place}', '{place} Walking Football Club', 'Walking Football at {where}'],
    descriptions: [
      'Football at walking pace, so there is no running and no tackling from behind. It is for anyone who loves the game but whose knees do not: mixed teams, lots of banter and a brew afterwards.',
      'A slower, gentler game where you walk instead of run. It is a great way back into sport, whatever your fitness, and a good way to meet people.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { small: 3, concession: 1 },
    ages: { 'over-50': 2, adults: 1 },
    venues: ['welfare', 'park', 'community-centre'],
    schedule: {
      shapes: { weekly: 5, several: 1 },
      days: ['MO', 'WE', 'TH', 'SA', 'SU'],
      times: [['18:00', '19:00'], ['10:00', '11:00'], ...EVENING],
    },
    titles: ['Coach', 'Club secretary'],
  },
  {
    key: 'u3a-group',
    categories: ['u3a'],
    names: [
      'U3A Local History Group, {place}',
      'U3A Photography Group',
      'U3A French Conversation',
      'U3A Book Club, {place}',
      'U3A Family History Group',
      'U3A Science and Technology Group',
    ],
    descriptions: [
      'Members share what they know and learn from each other: there are no teachers, no exams and no certificates. Each meeting has a short talk, then plenty of time for discussion and a cup of tea.',
      'A small, friendly learning group that meets to explore a shared interest. You can come to two meetings before deciding to join.',
    ],
    join: { membership: 3, 'membership+drop-in': 1 },
    attend: { venue: 5, 'venue+online': 2 },
    cost: { membership: 1 },
    ages: { 'over-50': 1, adults: 1 },
    venues: ['library', 'community-centre', 'church-hall'],
    schedule: {
      shapes: { monthly: 5, fortnightly: 2, weekly: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON],
    },
    titles: ['Group convenor', 'Membership secretary'],
    eligibility: 'For people no longer in full-time work.',
    joinWords: { 'drop-in': 'You can come along to two meetings to see if you like it before joining.' },
  },
  {
    key: 'phone-befriending',
    categories: ['befriending'],
    names: ['Telephone Friends', 'Phone Buddies', 'Chatterline', 'Time to Talk Phone Friends'],
    descriptions: [
      'A friendly volunteer rings you every week for a chat about whatever you like. It is for people who feel lonely or cut off, and you will usually speak to the same person each time.',
      'Regular phone calls from a trained volunteer who has time to listen. Many people look forward to the call all week, and some go on to meet up at a group together.',
    ],
    join: { 'self-referral+referral': 4, referral: 1 },
    attend: { phone: 1 },
    cost: { free: 1 },
    ages: { 'over-55': 2, adults: 2 },
    venues: [],
    schedule: {
      shapes: { text: 4, weekdays: 1 },
      days: WEEKDAYS,
      times: OFFICE_HOURS,
      freeText: [
        'A volunteer rings you once a week, at a time you agree together',
        'Weekly calls, at a day and time that suit you',
      ],
    },
    titles: ['Befriending coordinator'],
  },
  {
    key: 'home-befriending',
    categories: ['befriending'],
    names: ['Good Neighbours {place}', 'Home Visiting Friends', 'Friendly Faces at Home'],
    descriptions: [
      'A volunteer visits you at home for an hour or so each week, for a chat, a game of cards or a walk to the shops. It is for people who find it hard to get out, and we take care to match you with someone you will get on with.',
    ],
    join: { 'self-referral+referral': 3, referral: 2 },
    attend: { 'home visit': 1 },
    cost: { free: 1 },
    ages: { 'over-55': 2, adults: 1 },
    venues: [],
    schedule: {
      shapes: { text: 1 },
      days: WEEKDAYS,
      times: OFFICE_HOURS,
      freeText: [
        'A weekly visit at a time that suits you and your volunteer',
        'Once a week, on a day you agree together',
      ],
    },
    titles: ['Befriending coordinator', 'Volunteer manager'],
  },
  {
    key: 'mental-health-peer-support',
    categories: ['peer-support'],
    names: ['Talk It Out {place}', '{place} Wellbeing Circle', 'Hope Group at {where}', 'Open Minds {place}'],
    descriptions: [
      'A peer support group for people living with anxiety, low mood or other mental health difficulties. Everyone there has been through something similar; you can talk, or just listen, and what is said stays in the room.',
      'A safe, welcoming space to talk about how you are feeling, led by people with their own experience of mental ill health. It is not a crisis service: if you need help right now, call NHS 111 and choose option 2.',
    ],
    join: { 'drop-in': 2, 'self-referral': 3, 'self-referral+referral': 1 },
    attend: { venue: 4, 'venue+online': 2, online: 2 },
    cost: { free: 1 },
    ages: { adults: 4, '16-25': 1 },
    venues: ['community-centre', 'church-hall', 'library', 'office'],
    schedule: {
      shapes: { weekly: 5, fortnightly: 2 },
      days: WEEKDAYS,
      times: [...EVENING, ...AFTERNOON],
    },
    titles: ['Peer support worker', 'Group facilitator'],
  },
  {
    key: 'copd-support',
    categories: ['lung-health'],
    names: ['Better Breathing Club, {place}', 'Breathe Easier {place}'],
    descriptions: [
      'A support group for people living with COPD, asthma or other lung conditions, and their families. There are talks from nurses, gentle exercise and plenty of tips from people who know what it is like.',
    ],
    join: { 'drop-in': 2, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 2, donation: 1 },
    ages: { adults: 1 },
    venues: HALLS,
    schedule: { shapes: { monthly: 4, fortnightly: 1 }, days: WEEKDAYS, times: AFTERNOON },
    titles: ['Group chair', 'Support group lead'],
    eligibility: 'For people living with a lung condition, and their families.',
  },
  {
    key: 'diabetes-support',
    categories: ['diabetes'],
    names: ['Living Well with Diabetes, {place}', '{place} Diabetes Support Group'],
    descriptions: [
      'Meet other people living with type 1 or type 2 diabetes, swap recipes and tips, and hear from visiting speakers. It is friendly and informal, and partners are welcome.',
    ],
    join: { 'drop-in': 2, 'self-referral': 1 },
    attend: { venue: 3, 'venue+online': 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: HALLS,
    schedule: { shapes: { monthly: 4, text: 1 }, days: WEEKDAYS, times: [...EVENING, ...AFTERNOON] },
    titles: ['Group organiser'],
    eligibility: 'For people living with diabetes, and their families.',
  },
  {
    key: 'arthritis-support',
    categories: ['arthritis-and-pain'],
    names: ['Arthritis Support {place}', 'Living with Pain Group, {place}'],
    descriptions: [
      'A group for people living with arthritis or long-term pain. You can share what helps, try gentle movement and relaxation, and talk to people who understand the bad days.',
    ],
    join: { 'drop-in': 1, 'self-referral': 1, 'self-referral+referral': 1 },
    attend: { venue: 3, online: 1 },
    cost: { free: 2, donation: 1 },
    ages: { adults: 1 },
    venues: HALLS,
    schedule: { shapes: { monthly: 3, fortnightly: 2 }, days: WEEKDAYS, times: [...MORNING, ...AFTERNOON] },
    titles: ['Group organiser', 'Peer supporter'],
  },
  {
    key: 'veterans',
    categories: ['veterans', 'peer-support'],
    names: ["Veterans' Breakfast Club, {place}", 'Armed Forces Drop-in at {where}', "{place} Veterans' Coffee Morning"],
    descriptions: [
      'Veterans of any age and service, and their families, meet over a full breakfast and a brew. There is no agenda: just banter, company and someone to point you to help with housing, money or health if you want it.',
      'A drop-in where ex-forces people can talk to others who have served. Advisers from veterans charities come along each month.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { small: 2, free: 2 },
    ages: { adults: 1 },
    venues: ['welfare', 'community-centre', 'cafe'],
    schedule: {
      shapes: { monthly: 4, weekly: 2, fortnightly: 1, monthday: 1 },
      days: ['SA', 'SU', 'WE', 'FR'],
      times: [
        ['09:00', '11:00'],
        ['09:30', '11:30'],
        ['10:00', '12:00'],
      ],
    },
    titles: ['Organiser', 'Armed forces champion'],
    eligibility: 'For people who have served in the armed forces, and their families.',
  },
  {
    key: 'carers-group',
    categories: ['carers-groups'],
    names: ["Carers' Cuppa, {place}", 'Carers Together {place}', "Carers' Support Group, {place}"],
    descriptions: [
      'Time for you, if you look after someone. You can meet other carers, get information about support and breaks, and have a cup of tea in peace. You can bring the person you care for if that helps you come.',
      "A friendly group where carers share what works and let off steam with people who understand. Staff can help you with a carer's assessment and tell you about money you may be able to claim.",
    ],
    join: { 'drop-in': 2, 'self-referral': 2 },
    attend: { venue: 4, 'venue+online': 2, online: 1 },
    cost: { free: 1 },
    ages: { adults: 4, '16-25': 1 },
    venues: HALLS,
    schedule: {
      shapes: { monthly: 4, fortnightly: 2, weekly: 1 },
      days: EVERY_DAY,
      times: [...MORNING, ...EVENING],
    },
    titles: ['Carers support worker', 'Group facilitator'],
    eligibility: 'For unpaid carers: anyone who looks after a family member, partner or friend.',
  },
  {
    key: 'carers-break',
    categories: ['carers-breaks'],
    names: ['Sitting Service for Carers', 'Time Out for Carers', 'Carers Break at Home'],
    descriptions: [
      'A trained volunteer sits with the person you care for, at home, for up to three hours, so you can go out, see friends or rest. We get to know you both before the first visit.',
    ],
    join: { referral: 2, 'self-referral+referral': 2 },
    attend: { 'home visit': 1 },
    cost: { free: 3, donation: 1 },
    ages: { adults: 1 },
    venues: [],
    schedule: {
      shapes: { text: 1 },
      days: WEEKDAYS,
      times: OFFICE_HOURS,
      freeText: [
        'Up to three hours a week, at times agreed with you',
        'Daytime visits on weekdays; evenings sometimes',
      ],
    },
    titles: ['Carers support worker'],
    eligibility: 'For unpaid carers who look after someone at home.',
  },
  {
    key: 'new-parents',
    categories: ['new-parents'],
    names: ['Bumps and Babies, {place}', '{place} New Parents Group', 'Baby Chat at {where}'],
    descriptions: [
      'Meet other parents of babies under one, in a relaxed group with tea, toast and toys. Health visitors drop in some weeks, and it is fine to talk about how you are really feeling.',
      'A relaxed group for parents and carers of babies and toddlers, with tea, toast and toys. Dads, grandparents and other carers are very welcome.',
    ],
    join: { 'drop-in': 4, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 3, small: 1 },
    ages: { 'under-5s': 1 },
    venues: ['community-centre', 'church-hall', 'library'],
    schedule: {
      shapes: { weekly: 6, fortnightly: 1 },
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'],
      times: [...MORNING, ['13:30', '15:00']],
      termTime: 0.4,
    },
    titles: ['Family worker', 'Group leader'],
  },
  {
    key: 'stay-and-play',
    categories: ['stay-and-play'],
    names: [
      'Stay and Play at {where}',
      'Little Acorns Toddler Group, {place}',
      '{place} Tots',
      'Messy Play at {where}',
    ],
    descriptions: [
      'Play, songs and stories for children under five with their parent, grandparent or carer. There is a snack for the children and a hot drink for you.',
      'A busy, friendly toddler group with toys, craft and a singing circle at the end. It is a good way for you and your child to make friends.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { small: 3, free: 2, donation: 1 },
    ages: { 'under-5s': 1 },
    venues: ['community-centre', 'church-hall', 'library'],
    schedule: {
      shapes: { weekly: 6, several: 1 },
      days: WEEKDAYS,
      times: MORNING,
      termTime: 0.7,
    },
    titles: ['Group leader', 'Volunteer'],
    languages: { pl: 0.08 },
  },
  {
    key: 'adhd-support',
    categories: ['adhd-and-neurodiversity', 'peer-support'],
    names: ['Adult ADHD Peer Support', 'Neurodivergent Social, {place}', 'ADHD Coffee and Chat'],
    descriptions: [
      'A peer support group for adults with ADHD, diagnosed or not. You can swap strategies that help with everyday life, talk about what is hard, and meet people who get it.',
      'A relaxed social for neurodivergent adults, with quiet corners and no pressure to talk. Arrive when you like, leave when you like.',
    ],
    join: { 'self-referral': 3, 'drop-in': 1 },
    attend: { online: 2, venue: 2, 'venue+online': 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['community-centre', 'library', 'cafe'],
    schedule: { shapes: { monthly: 3, fortnightly: 2, weekly: 1 }, days: WEEKDAYS, times: EVENING },
    titles: ['Peer support lead', 'Group facilitator'],
  },
  {
    key: 'bereavement',
    categories: ['bereavement-support'],
    names: ['Bereavement Café, {place}', 'After Loss Group, {place}', 'Time to Grieve {place}'],
    descriptions: [
      'A gentle, informal café for anyone who has lost someone close, however long ago. You can talk about the person who died, or just be with others who understand.',
      'A small, gentle group for people who have been bereaved. A trained volunteer leads each meeting, and you can share as much or as little as you want.',
    ],
    join: { 'drop-in': 2, 'self-referral': 2 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { adults: 4, all: 1 },
    venues: ['church-hall', 'community-centre', 'office'],
    schedule: {
      shapes: { monthly: 3, fortnightly: 2 },
      days: WEEKDAYS,
      times: [...AFTERNOON, ['18:30', '20:00']],
    },
    titles: ['Bereavement support coordinator', 'Volunteer'],
  },
  {
    key: 'bereavement-listening',
    categories: ['bereavement-support'],
    names: ['Bereavement Listening Service', 'One-to-One Bereavement Support', 'Someone to Talk To After Loss'],
    descriptions: [
      'One-to-one support from a trained bereavement volunteer, for up to six sessions. You can talk about your loss at your own pace, in confidence.',
    ],
    join: { 'appointment+self-referral': 3, 'referral+self-referral': 1 },
    attend: { phone: 2, 'venue+phone': 2, venue: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['office', 'church-hall'],
    schedule: {
      shapes: { text: 3, weekdays: 1 },
      days: WEEKDAYS,
      times: OFFICE_HOURS,
      freeText: ['By appointment, at a time that suits you', 'Weekly sessions at a time you agree with your volunteer'],
    },
    titles: ['Bereavement support coordinator'],
  },
  {
    key: 'womens-wellbeing',
    categories: ['womens-wellbeing'],
    names: [
      "Women's Wellbeing Circle, {place}",
      'Women Together {place}',
      "Women's Coffee and Chat at {where}",
      'Her Time {place}',
    ],
    descriptions: [
      'A group for women to relax, talk and build confidence together. Each week there is something different, such as crafts, a walk, or a talk on health, and plenty of time to chat.',
      'A warm, women-only space with tea, cake and friendship. Many women come for the first time with a friend; children under school age are welcome.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 3, donation: 1 },
    ages: { adults: 1 },
    venues: ['community-centre', 'church-hall', 'library'],
    schedule: {
      shapes: { weekly: 5, fortnightly: 2 },
      days: WEEKDAYS,
      times: [...MORNING, ...EVENING],
      termTime: 0.3,
    },
    titles: ['Group facilitator', 'Community development worker'],
    eligibility: 'For women.',
    languages: { ur: 0.2, pl: 0.1 },
  },
  {
    key: 'debt-advice',
    categories: ['debt-advice'],
    names: ['Debt Advice Appointments', 'Money Worries Help at {where}', 'Money Advice {place}'],
    descriptions: [
      'Free, confidential advice if you are worried about debt. An adviser looks at your whole situation, helps you work out a budget and can talk to the people you owe for you.',
      'If bills are piling up, you can talk to a trained money adviser who will not judge you. Bring any letters you have; we can help with rent and council tax arrears, loans and energy debts.',
    ],
    join: { appointment: 3, 'drop-in': 1, 'appointment+self-referral': 1 },
    attend: { venue: 3, 'venue+phone': 2, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['office', 'library', 'community-centre'],
    schedule: {
      shapes: { weekdays: 3, weekly: 2, several: 1, text: 1 },
      days: WEEKDAYS,
      times: [...OFFICE_HOURS, ['10:00', '13:00']],
      freeText: ['Appointments on weekdays; ring to book'],
    },
    titles: ['Money adviser', 'Debt caseworker'],
  },
  {
    key: 'benefits-help',
    categories: ['benefits-help'],
    names: [
      'PIP and Benefits Form Help',
      'Benefits Check-up at {where}',
      'Help with Universal Credit',
      'Benefits Advice {place}',
    ],
    descriptions: [
      'An adviser can check which benefits you can claim and help you fill in forms, including Personal Independence Payment (PIP) and Attendance Allowance. We can also help if you want to challenge a decision.',
      'Help to apply for Universal Credit, manage your online journal and understand letters from the Department for Work and Pensions. Bring your phone or any letters you have.',
    ],
    join: { appointment: 3, 'drop-in': 1, 'appointment+referral': 1 },
    attend: { venue: 3, 'venue+phone': 2, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['office', 'library', 'community-centre'],
    schedule: {
      shapes: { weekdays: 2, weekly: 3, several: 1 },
      days: WEEKDAYS,
      times: [...OFFICE_HOURS, ['10:00', '13:00'], ['13:30', '16:00']],
    },
    titles: ['Welfare benefits adviser', 'Adviser'],
  },
  {
    key: 'housing-advice',
    categories: ['housing-advice'],
    names: ['Housing Advice Surgery at {where}', 'Help for Renters', 'Renters Advice {place}'],
    descriptions: [
      'Free advice if you are worried about losing your home, are having problems with a landlord or repairs, or need help finding somewhere to live. An adviser can talk to the council or your landlord with you.',
    ],
    join: { appointment: 2, 'drop-in': 2 },
    attend: { venue: 3, 'venue+phone': 1, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['office', 'library', 'community-centre'],
    schedule: {
      shapes: { weekly: 3, weekdays: 2, several: 1 },
      days: WEEKDAYS,
      times: [...OFFICE_HOURS, ['10:00', '13:00']],
    },
    titles: ['Housing adviser'],
  },
  {
    key: 'keeping-warm',
    categories: ['keeping-warm', 'housing-advice'],
    names: ['Warm Homes Advice', 'Energy Bill Help at {where}', 'Keep Warm {place}'],
    descriptions: [
      'Help to bring your energy bills down and keep your home warm, from checking your tariff to grants for insulation and new boilers. An adviser can visit your home if you cannot get out.',
    ],
    join: { 'drop-in': 2, 'self-referral+referral': 1, appointment: 1 },
    attend: { venue: 2, 'phone+home visit': 1, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['community-centre', 'library'],
    schedule: {
      shapes: { weekly: 2, monthly: 2, monthday: 1, text: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON],
    },
    titles: ['Energy adviser'],
  },
  {
    key: 'food-bank',
    categories: ['food-banks'],
    names: ['{place} Food Bank', '{place} Food Bank at {where}', 'Emergency Food at {where}'],
    descriptions: [
      'If you cannot afford food right now, you can collect three days of food for you and your family, with toiletries and pet food if you need them. Volunteers will make you a hot drink and can put you in touch with help for whatever caused the crisis.',
      'Emergency food parcels for people in crisis, with no judgement. We can also help with fuel vouchers and point you to free advice on money and benefits.',
    ],
    join: { referral: 3, 'referral+drop-in': 1 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { all: 1 },
    venues: ['church-hall', 'community-centre'],
    schedule: {
      shapes: { several: 3, weekly: 3 },
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'],
      times: [
        ['10:00', '12:00'],
        ['12:00', '14:00'],
        ['17:00', '19:00'],
      ],
    },
    titles: ['Food bank manager', 'Volunteer coordinator'],
    joinWords: {
      referral:
        'You need a food voucher from an advice service, your GP practice or a link worker: ring us if you are not sure how to get one.',
      'drop-in': 'If you have no voucher, come anyway on your first visit and we will help.',
    },
  },
  {
    key: 'community-pantry',
    categories: ['community-pantries'],
    names: ['{place} Community Pantry', '{place} Pantry at {where}', 'The Larder, {place}'],
    descriptions: [
      'A members food club: each week you choose items worth about £15, including fresh fruit, vegetables and chilled food, for a small weekly payment. It helps your money go further.',
    ],
    join: { membership: 3, 'membership+drop-in': 1 },
    attend: { venue: 1 },
    cost: { pantry: 1 },
    ages: { adults: 1 },
    venues: ['church-hall', 'community-centre'],
    schedule: {
      shapes: { weekly: 4, several: 1 },
      days: ['TU', 'WE', 'TH', 'FR'],
      times: [['10:00', '13:00'], ...AFTERNOON],
    },
    titles: ['Pantry coordinator'],
    eligibility: 'For people living in the area who are finding money tight.',
    joinWords: { membership: 'You join as a member on your first visit; bring something with your address on it.' },
  },
  {
    key: 'cooking-on-a-budget',
    categories: ['cooking-on-a-budget'],
    names: ['Cook and Eat on a Budget', 'Simple Suppers Course, {place}', 'Slow Cooker Club at {where}'],
    descriptions: [
      'A short, practical course where you cook cheap, healthy meals together, then sit down and eat them. You take home the recipes and, in the last week, a free slow cooker.',
    ],
    join: { 'self-referral': 3, 'self-referral+referral': 1 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['community-centre', 'church-hall'],
    schedule: {
      shapes: { course: 1 },
      days: WEEKDAYS,
      times: [
        ['10:00', '12:30'],
        ['17:30', '19:30'],
      ],
    },
    titles: ['Cookery tutor', 'Project worker'],
  },
  {
    key: 'volunteer-advice',
    categories: ['volunteering'],
    names: ['Volunteer Advice at {where}', 'Find Your Volunteering, {place}', 'Volunteer Centre Mansfield'],
    descriptions: [
      'Find a way to help out that suits you, from driving to gardening to answering the phone. A volunteer adviser talks through what you enjoy and how much time you have, then introduces you to a group that needs you.',
    ],
    join: { 'drop-in': 2, 'self-referral': 2, appointment: 1 },
    attend: { venue: 4, 'venue+online': 1, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 3, '16-25': 1 },
    venues: ['office', 'community-centre', 'library'],
    schedule: {
      shapes: { weekly: 3, several: 1, weekdays: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON],
    },
    titles: ['Volunteer coordinator', 'Volunteer adviser'],
  },
  {
    key: 'conservation-volunteers',
    categories: ['volunteering', 'gardening-and-allotments'],
    names: [
      'Conservation Volunteers {place}',
      'Litter Pick and Chat, {place}',
      '{place} Green Team',
      'Friends of {venue} Work Party',
    ],
    descriptions: [
      'Get outside and look after local green spaces: clearing paths, planting trees and building habitats. Tools, gloves and tea are provided; you just need old clothes.',
      'A couple of hours outdoors with friendly people, tidying paths, picking litter and planting bulbs. Do as much or as little as you like, and stop for a brew whenever you want.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { adults: 2, all: 2 },
    venues: ['park'],
    schedule: {
      shapes: { weekly: 2, monthly: 3, fortnightly: 1 },
      days: ['TU', 'WE', 'TH', 'SA', 'SU'],
      times: [
        ['10:00', '12:00'],
        ['10:00', '13:00'],
        ['09:30', '12:30'],
      ],
    },
    titles: ['Volunteer coordinator', 'Work party leader'],
  },
  {
    key: 'employment-support',
    categories: ['employment-support'],
    names: ['Job Club at {where}', 'Work Ready {place}', 'CV and Interview Help', 'Job Search Help, {place}'],
    descriptions: [
      'Help to look for work, write a CV, fill in applications and get ready for interviews, with computers to use. It is relaxed and you can come as often as you like.',
      'One-to-one support from a work coach who helps you take the next step, whether that is training, volunteering or a job. There is no pressure and it does not affect your benefits.',
    ],
    join: { 'drop-in': 2, appointment: 2, 'self-referral+referral': 1 },
    attend: { venue: 4, 'venue+online': 1, phone: 1 },
    cost: { free: 1 },
    ages: { adults: 3, '16-25': 2 },
    venues: ['library', 'office', 'community-centre'],
    schedule: {
      shapes: { weekly: 4, several: 2, weekdays: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON, ['09:30', '15:30']],
    },
    titles: ['Work coach', 'Employment adviser'],
  },
  {
    key: 'digital-skills',
    categories: ['digital-skills'],
    names: ['Tech Help at {where}', 'Get Online, {place}', 'Digital Buddies', 'Phone and Tablet Help, {place}'],
    descriptions: [
      'Bring your phone, tablet or laptop and a patient volunteer will help with whatever you are stuck on: video calls with family, ordering prescriptions, online banking or the NHS App.',
      'A beginners course for people who have never used a computer or feel nervous about it. You learn at your own pace in a small group, and can borrow a tablet to practise at home.',
    ],
    join: { 'drop-in': 3, 'self-referral': 1, appointment: 1 },
    attend: { venue: 5, phone: 1 },
    cost: { free: 4, small: 1 },
    ages: { adults: 3, 'over-55': 1 },
    venues: ['library', 'community-centre', 'cafe'],
    schedule: {
      shapes: { weekly: 4, course: 2, fortnightly: 1 },
      days: WEEKDAYS,
      times: [...MORNING, ...AFTERNOON],
    },
    titles: ['Digital champion', 'Tutor'],
  },
  {
    key: 'english-conversation',
    categories: ['english-classes'],
    names: ['English Conversation Club, {place}', 'Chat in English at {where}', 'Conversation Café, {place}'],
    descriptions: [
      'Practise speaking English in a relaxed group, whatever your level. Volunteers help with everyday situations like the doctor, the bank and the school gate, and there is always time to chat over tea.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: ['library', 'community-centre', 'church-hall'],
    schedule: { shapes: { weekly: 5, several: 1 }, days: WEEKDAYS, times: [...MORNING, ...EVENING], termTime: 0.5 },
    titles: ['Volunteer tutor', 'Club organiser'],
    languages: { pl: 0.6, ur: 0.5 },
  },
  {
    key: 'faith-friendship',
    categories: ['faith-groups', 'cafes-and-drop-ins'],
    names: [
      'Open Church Café at {where}',
      '{day} Fellowship, {place}',
      'Friendship Group at {where}',
      'Quiet Space and Tea at {where}',
    ],
    descriptions: [
      'The church is open for anyone to come in for a cup of tea, a chat or some quiet time. You do not need to be religious, and nobody will preach at you.',
      'A friendship group run by the church, with a short thought for the day, a hymn or two, and tea and biscuits. Everyone is welcome, whatever your faith.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 6, 'venue+online': 1 },
    cost: { free: 3, donation: 1, unknown: 1 },
    ages: { all: 2, adults: 1, 'over-55': 1 },
    venues: ['church-hall'],
    schedule: {
      shapes: { weekly: 5, monthly: 2, fortnightly: 1 },
      days: EVERY_DAY,
      times: [...MORNING, ...AFTERNOON],
    },
    titles: ['Minister', 'Church warden', 'Group leader'],
  },
  {
    key: 'deaf-social',
    categories: ['cafes-and-drop-ins'],
    names: ['Deaf Social at {where}', 'BSL Coffee Club, {place}', 'Deaf Community Evening, {place}'],
    descriptions: [
      'A social club for Deaf people and anyone who uses British Sign Language. Catch up with friends, play games and find out what is going on; hearing people learning BSL are welcome too.',
    ],
    join: { 'drop-in': 1 },
    attend: { venue: 1 },
    cost: { small: 2, free: 1 },
    ages: { all: 1, adults: 1 },
    venues: ['community-centre', 'cafe', 'welfare'],
    schedule: {
      shapes: { monthly: 3, fortnightly: 2, weekly: 1 },
      days: ['TU', 'WE', 'TH', 'FR', 'SA'],
      times: EVENING,
    },
    titles: ['Club secretary'],
    languages: { bfi: 1 },
  },
  {
    key: 'online-coffee',
    categories: ['cafes-and-drop-ins'],
    names: ['Online Coffee and Chat', 'Virtual Cuppa Club', 'Online Quiz and Natter'],
    descriptions: [
      'Join a friendly video call from your own home for a chat, a quiz or a show and tell. If you have never used Zoom, a volunteer will ring you first and help you get connected.',
    ],
    join: { 'self-referral': 1 },
    attend: { online: 1 },
    cost: { free: 1 },
    ages: { adults: 1 },
    venues: [],
    schedule: {
      shapes: { weekly: 4, fortnightly: 1 },
      days: EVERY_DAY,
      times: [
        ['11:00', '12:00'],
        ['19:00', '20:00'],
      ],
    },
    titles: ['Host', 'Volunteer coordinator'],
  },
];

/** @param {string} key */
export function groupKind(key) {
  const kind = GROUP_KINDS.find((candidate) => candidate.key === key);
  if (!kind) throw new Error(`Unknown group kind ${key}`);
  return kind;
}
