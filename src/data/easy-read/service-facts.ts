/**
 * The facts the easy-read explainer states about one social prescribing
 * service: its name and area, how soon the first call comes, how long the
 * first meeting lasts, how many meetings over how many weeks, where they
 * happen, how to reach it, and any sections a site adds in its own words.
 * Every service differs (DOMAIN.md), so every figure here can be changed;
 * a value that cannot be used is reported and the default kept.
 */
import { isNation, type CrisisRoute, type Nation } from '../crisis-routes.js';
import { readCrisisRoutes } from '../own-crisis-routes.js';
import { isObject } from '../json.js';

export type MeetingPlace = 'practice' | 'phone' | 'home' | 'video' | 'community';

export const MEETING_PLACES: readonly MeetingPlace[] = ['practice', 'phone', 'home', 'video', 'community'];

export interface ServiceFacts {
  readonly serviceName?: string;
  readonly area?: string;
  readonly phone?: string;
  readonly referralUrl?: string;
  readonly callWithinWeeks: number;
  readonly firstMeetingMinutes: number;
  readonly meetings: number;
  readonly meetingWeeks: number;
  readonly meetingPlaces: readonly MeetingPlace[];
  readonly nation: Nation;
  readonly crisisRoutes?: readonly CrisisRoute[];
  /** The site's own sections as it gave them (read by site-sections.ts, loaded only when there are some). */
  readonly sections?: unknown;
}

/** The NHS England model (DOMAIN.md): a call within 2 weeks, 60 minutes, up to 6 meetings over 12 weeks. */
export const DEFAULT_FACTS: ServiceFacts = {
  callWithinWeeks: 2,
  firstMeetingMinutes: 60,
  meetings: 6,
  meetingWeeks: 12,
  meetingPlaces: ['practice', 'phone', 'home'],
  nation: 'england',
};

/** Values as a page gives them: attribute strings, or anything from JSON. */
export type FactsInput = { readonly [K in keyof ServiceFacts]?: unknown };

/** The largest figure each number may be: beyond it, it is surely a mistake. */
const LIMITS = { callWithinWeeks: 52, firstMeetingMinutes: 240, meetings: 100, meetingWeeks: 104 } as const;

const PHONE = /^\+?[\d ()-]{3,20}$/;

const text = (value: unknown, limit = 400): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, limit) : undefined;

/** Reads one value into `facts`, or says why it cannot be used. */
function readFact(
  facts: { -readonly [K in keyof ServiceFacts]: ServiceFacts[K] },
  key: string,
  value: unknown,
): string | undefined {
  switch (key) {
    case 'serviceName':
    case 'area':
      facts[key] = text(value, 200) ?? facts[key];
      return undefined;
    case 'phone':
      if (typeof value === 'string' && PHONE.test(value.trim())) facts.phone = value.trim();
      else return `phone "${String(value)}" is not a phone number`;
      return undefined;
    case 'referralUrl':
      // A web page: https, http, or a path on the site; never another scheme (javascript:, data:).
      if (typeof value === 'string' && /^(https?:\/\/[^\s"'<>]+|(?![a-z][\w+.-]*:)[^\s"'<>]+)$/i.test(value.trim()))
        facts.referralUrl = value.trim();
      else return `referral-url "${String(value)}" is not a web address`;
      return undefined;
    case 'callWithinWeeks':
    case 'firstMeetingMinutes':
    case 'meetings':
    case 'meetingWeeks': {
      const number = Number(value);
      if (Number.isInteger(number) && number >= 1 && number <= LIMITS[key]) facts[key] = number;
      else return `${key} "${String(value)}" is not a whole number from 1 to ${LIMITS[key]}`;
      return undefined;
    }
    case 'meetingPlaces': {
      const words: unknown[] = Array.isArray(value) ? value : String(value).split(/[\s,]+/);
      const places = words.filter((w): w is MeetingPlace => MEETING_PLACES.includes(w as MeetingPlace));
      if (places.length) facts.meetingPlaces = [...new Set(places)];
      if (places.length < words.length)
        return `meeting-places "${words.join(' ')}" has places other than ${MEETING_PLACES.join(', ')}`;
      return undefined;
    }
    case 'nation':
      if (isNation(value)) facts.nation = value;
      else return `nation "${String(value)}" is not england, wales, scotland or northern-ireland`;
      return undefined;
    case 'crisisRoutes':
      facts.crisisRoutes = readCrisisRoutes(value) ?? facts.crisisRoutes;
      return facts.crisisRoutes ? undefined : 'crisis-routes is not a list of routes with "text"';
    case 'sections':
      facts.sections = value;
      return undefined;
  }
  return `config has "${key}", which it does not use`;
}

/**
 * The facts from a JSON `config` and the `attributes` (which win), each value
 * checked: `problem` hears about each one left out, and the default is kept.
 */
export function readServiceFacts(
  config: string | undefined,
  attributes: FactsInput,
  problem: (message: string) => void = () => {},
): ServiceFacts {
  const facts: { -readonly [K in keyof ServiceFacts]: ServiceFacts[K] } = { ...DEFAULT_FACTS };
  let json: unknown = {};
  try {
    json = config ? JSON.parse(config) : {};
  } catch {
    json = undefined; // Said below.
  }
  if (!isObject(json)) problem('config is not a JSON object');
  for (const source of [isObject(json) ? json : {}, attributes])
    for (const [key, value] of Object.entries(source)) {
      const wrong = value === undefined || value === null || value === '' ? undefined : readFact(facts, key, value);
      if (wrong) problem(`${wrong}; it is left out.`);
    }
  return facts;
}
