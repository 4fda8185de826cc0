import type { Message } from './catalogue.js';

/**
 * The easy-read explainer's words in English: its controls, then its default
 * content (what social prescribing is and what happens next). Easy-read text
 * (`*Easy`) is one sentence a line, one idea a sentence; a line that starts with
 * "- " is a list item. `{placeholders}` are the service's own figures and names.
 * Loaded on demand, one language at a time (see easy-read.ts); the same facts as
 * ordinary prose are in easy-read-standard-en.ts.
 */
export const easyReadEn = {
  options: 'Reading options',
  readAloud: 'Read aloud',
  pause: 'Pause reading',
  carryOn: 'Carry on reading',
  cannotSpeak: 'Your browser cannot read this page aloud. A screen reader, or someone you trust, can read it with you.',
  speechStopped: 'Reading aloud stopped. Your browser could not carry on.',
  noWelshVoice: 'Your browser has no Welsh voice, so the reading may not sound right.',
  textSize: 'Text size',
  smaller: 'Smaller text',
  larger: 'Bigger text',
  sizeLevel: 'Size {count} of {total}',
  contrast: 'High contrast',
  spacing: 'More space between lines',
  showStandard: 'Show as ordinary text',
  showEasyRead: 'Show as easy read',
  whatIsHeading: 'What social prescribing is',
  whatIsEasy:
    'Social prescribing helps you find support near you.\nIt helps with things that affect your health and how you feel.\nThe support is not medicine.\nIt can be a group, an activity or advice.',
  whatIsService: '{service} is a social prescribing service.',
  whatIsServiceArea: '{service} is the social prescribing service for {area}.',
  whatIsArea: 'This service is for people in {area}.',
  linkWorkerHeading: 'What a link worker does',
  linkWorkerEasy:
    'A link worker is a person whose job is to help you.\nThey listen to you.\nThey ask what matters to you.\nTogether you make a plan.\nThey help you find groups and support near you.',
  whoHeading: 'Who it is for',
  whoEasy:
    'It is for lots of different people.\nIt is not only for older people.\nIt is not only for people who are out of work.\nYou might be working, studying or caring for someone.\nSomeone can help you ask, if you agree.',
  helpHeading: 'What it can help with',
  helpEasy:
    'A link worker can help if you:\n- want to feel better in your body\n- feel low, worried or stressed\n- feel lonely or cut off from people\n- want to be more active or change a habit\n- have a health problem that lasts a long time\n- are worried about money or benefits\n- have problems with your home\n- want to find work or training\n- need help with everyday things',
  callHeading: 'First, a phone call',
  callEasy:
    'A link worker will phone you.\nThey will call within about {wait}.\nThey will ask how they can help.\nThen you can plan your first meeting together.',
  callPhone: 'If you miss the call, you can phone {phone}.',
  firstMeetingHeading: 'Your first meeting',
  firstMeetingEasy:
    'Then you meet your link worker.\nThe meeting lasts about {length}.\nYou can meet {places}.\nYou talk about what matters to you.',
  moreMeetingsHeading: 'More meetings',
  moreMeetingsEasy:
    'You may meet your link worker a few more times.\nYou can meet up to {times}.\nThis is over about {weeks}.\nYour link worker helps you try the things in your plan.',
  groupHeading: 'Going to a group',
  groupEasy:
    'Your link worker can help you find a group.\nYou choose what you want to try.\nYou can take someone with you.\nYour link worker may come with you the first time.',
  freeHeading: 'It is free',
  freeEasy:
    'Seeing a link worker is free.\nYou do not pay anything.\nSome groups cost a little money.\nYour link worker can tell you the cost first.',
  choiceHeading: 'It is your choice',
  choiceEasy:
    'You do not have to say yes.\nYou can stop at any time.\nYou can ask again later.\nSaying no does not change how your GP practice helps you.',
  notHeading: 'What it is not',
  notEasy:
    'Social prescribing is not for emergencies.\nA link worker cannot help you straight away.\nIf you need help now, use these numbers.',
  getHeading: 'How to get it',
  getEasy: 'Ask your GP practice for a link worker.',
  getSelf: 'You can also ask for a link worker yourself.',
  getPhone: 'You can also call {phone}.',
  getHelper: 'Someone can help you ask, if you agree.',
  getLink: 'Ask for a link worker online',
  weeks: { one: '{count} week', other: '{count} weeks' },
  minutes: { one: '{count} minute', other: '{count} minutes' },
  times: { one: 'once', other: '{count} times' },
  placePractice: 'at your GP practice',
  placePhone: 'on the phone',
  placeHome: 'at your home',
  placeVideo: 'on a video call',
  placeCommunity: 'somewhere near you, like a library or café',
  pictureWhatIs: 'A signpost pointing to people',
  pictureLinkWorker: 'A link worker with a name badge',
  pictureWho: 'Three different people',
  pictureHelp: 'A heart held in two hands',
  pictureCall: 'A phone ringing',
  pictureFirstMeeting: 'Two people talking at a table',
  pictureMoreMeetings: 'A calendar with some days ticked',
  pictureGroup: 'Two people walking together to a group',
  pictureFree: 'A coin with a line through it',
  pictureChoice: 'A hand held up to say stop',
  pictureNot: 'A warning sign',
  pictureGet: 'A GP practice building',
} as const;

export type EasyReadKey = keyof typeof easyReadEn;

/** The words of one language: every key of the English ones. */
export type EasyReadWords = { readonly [K in EasyReadKey]: Message };
