/**
 * The explainer's facts as ordinary prose, for people who choose "Show as
 * ordinary text": one paragraph a section (`<section>Std`). Loaded only then.
 */
export const easyReadStandardEn = {
  whatIsStd:
    'Social prescribing is a free way to get support with things that affect your health and wellbeing but are not medical, such as feeling lonely, money worries or problems with housing. The support might be a community group, an activity or advice.',
  linkWorkerStd:
    'A link worker is someone whose job is to help you find support. They will ask what matters to you, agree a plan with you, and help you find groups, activities and services near you that suit you.',
  whoStd:
    'Social prescribing is for lots of different people, not only older people or people who are out of work. You might be working, studying or caring for someone. Someone else can ask for you, as long as you agree.',
  helpStd:
    'A link worker can help with many things, including your physical health, your mental health and wellbeing, feeling lonely or cut off, changing your lifestyle, looking after a long-term health condition, money and benefits, housing, finding work or training, and practical help with everyday things.',
  callStd:
    'First, a link worker will phone you, usually within about {wait}. They will ask how they can help and arrange your first meeting with you.',
  firstMeetingStd:
    'Your first meeting with the link worker usually lasts about {length}. You can meet {places}. You will talk about what matters to you and make a plan together.',
  moreMeetingsStd:
    'You may meet your link worker a few more times, up to {times} over about {weeks}, while you try out the things in your plan.',
  groupStd:
    'Your link worker can help you find a group or activity you would like to try. You can take someone with you, and your link worker may be able to come with you the first time.',
  freeStd:
    'Seeing a link worker is free. Many groups are free too. Some cost a little, and your link worker can tell you the cost before you go.',
  choiceStd:
    'It is your choice. You can say no or stop at any time, and you can ask again later. Saying no does not change the care you get from your GP practice.',
  notStd:
    'Social prescribing is not an emergency service, and a link worker cannot help you straight away. If you need help now, use the numbers below.',
  getStd: 'To get a link worker, ask your GP practice.',
  getSelfStd: 'You can also ask for a link worker yourself, using the online form.',
} as const;

export type EasyReadStandardKey = keyof typeof easyReadStandardEn;

export type EasyReadStandardWords = { readonly [K in EasyReadStandardKey]: string };
