/**
 * The explainer's sections for one language and one service: the default
 * content pack with the service's figures filled in, then the site's own
 * sections (site-sections.ts) in place of or beside the defaults.
 */
import type { ServiceFacts } from '../../data/easy-read/service-facts.js';
import { splitSentences } from '../../data/easy-read/plain-words.js';
import { intlLocale, translate, translator, type Locale } from '../../i18n/catalogue.js';
import {
  asCatalogue,
  type EasyReadKey,
  type EasyReadStandardKey,
  type EasyReadStandardWords,
  type EasyReadWords,
} from '../../i18n/easy-read.js';

export interface Sentence {
  /** Unique in the explainer: the read-aloud highlight finds the sentence by it. */
  readonly id: string;
  readonly text: string;
  /** One item of a list (easy read shows it as a bullet). */
  readonly item?: boolean;
  /** A link: the sentence is its words. */
  readonly href?: string;
}

export interface Section {
  readonly id: string;
  readonly heading: string;
  /** A Waymark picture's name or a site's image address; none for a section without a picture. */
  readonly picture?: { readonly name?: string; readonly src?: string; readonly alt: string };
  readonly easy: readonly Sentence[];
  readonly standard: readonly Sentence[];
  /** Shows the crisis routes after the words. */
  readonly crisis?: boolean;
}

/**
 * The default sections in order, by id (also the name of each one's picture). Each one's catalogue keys
 * come from its id in camel case: `whatIsHeading`, `whatIsEasy`, `whatIsStd` and `pictureWhatIs` for `what-is`.
 */
const SECTIONS = 'what-is link-worker who help call first-meeting more-meetings group free choice not get'.split(' ');

const PLACE_KEYS = {
  practice: 'placePractice',
  phone: 'placePhone',
  home: 'placeHome',
  video: 'placeVideo',
  community: 'placeCommunity',
} as const;

/** Lines of easy-read text as sentences; "- " starts a list item. */
function lines(id: string, text: string): Sentence[] {
  return text.split('\n').map((line, i) => {
    const item = line.startsWith('- ');
    return { id: `${id}-${i}`, text: item ? line.slice(2) : line, ...(item ? { item } : {}) };
  });
}

function paragraphs(id: string, text: string): Sentence[] {
  return splitSentences(text).map((sentence, i) => ({ id: `${id}-s${i}`, text: sentence }));
}

/**
 * Every section for `locale` from its `words` (and the ordinary prose, once
 * loaded) and the service's `facts`. `referralHref` is the checked address of
 * the site's referral form, when it has one.
 */
export function buildSections(
  locale: Locale,
  words: EasyReadWords,
  prose: EasyReadStandardWords | undefined,
  facts: ServiceFacts,
  referralHref?: string,
): Section[] {
  const t = translator(asCatalogue(words), locale);
  const places = new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' }).format(
    facts.meetingPlaces.map((place) => t(PLACE_KEYS[place])),
  );
  const values = {
    service: facts.serviceName ?? '',
    area: facts.area ?? '',
    phone: facts.phone ?? '',
    wait: t('weeks', { count: facts.callWithinWeeks }),
    length: t('minutes', { count: facts.firstMeetingMinutes }),
    times: t('times', { count: facts.meetings }),
    weeks: t('weeks', { count: facts.meetingWeeks }),
    places,
  };
  const say = (key: string): string => t(key as EasyReadKey, values);
  const fill = (key: EasyReadStandardKey): string => (prose ? translate(asCatalogue(prose), locale, key, values) : '');
  // Sentences added for this service, after the default words of a section.
  const extra: { [id: string]: { easy: string[]; std: string[]; link?: string } } = {};
  const about = facts.serviceName
    ? say(facts.area ? 'whatIsServiceArea' : 'whatIsService')
    : facts.area
      ? say('whatIsArea')
      : undefined;
  if (about) extra['what-is'] = { easy: [about], std: [about] };
  if (facts.phone) extra['call'] = { easy: [say('callPhone')], std: [say('callPhone')] };
  extra['get'] = {
    easy: [...(referralHref ? [say('getSelf')] : []), ...(facts.phone ? [say('getPhone')] : []), say('getHelper')],
    std: [
      ...(referralHref && prose ? [fill('getSelfStd')] : []),
      ...(facts.phone ? [say('getPhone')] : []),
      say('getHelper'),
    ],
    ...(referralHref ? { link: referralHref } : {}),
  };

  return SECTIONS.map((id) => {
    const stem = id.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase());
    const more = extra[id];
    const easy = lines(id, [say(`${stem}Easy`), ...(more?.easy ?? [])].join('\n'));
    const standard = prose
      ? paragraphs(id, [fill(`${stem}Std` as EasyReadStandardKey), ...(more?.std ?? [])].join(' '))
      : [];
    const link = more?.link ? [{ id: `${id}-link`, text: say('getLink'), href: more.link }] : [];
    return {
      id,
      heading: say(`${stem}Heading`),
      picture: { name: id, alt: say(`picture${stem.charAt(0).toUpperCase()}${stem.slice(1)}`) },
      easy: [...easy, ...link],
      standard: [...standard, ...link],
      ...(id === 'not' ? { crisis: true } : {}),
    };
  });
}
