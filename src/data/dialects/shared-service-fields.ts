/**
 * Readers for the parts of a service that ORUK 3.0, ORUK 1.0 and Outpost share
 * (organisation, contacts, phones, costs, languages, status, ages), and the
 * assembly of a `Service` from what a dialect read. Each dialect maps its own
 * field names onto these; the checking happens here, once.
 */
import {
  compact,
  type AttendingType,
  type Contact,
  type Cost,
  type Organization,
  type Phone,
  type RichText,
  type Schedule,
  type Service,
  type ServiceStatus,
} from '../model.js';
import type { ItemProblems, ProblemLog } from '../problems.js';
import { isObject, type JsonObject } from '../json.js';
import {
  eachInList,
  eachObjectInList,
  preview,
  readDate,
  readEmail,
  readId,
  readName,
  readNumber,
  readObject,
  readPhoneNumber,
  readPlainText,
  readUrl,
} from '../text/read.js';
import { readDescription } from '../text/plain-or-rich.js';
import { readSchedule } from '../time/schedule.js';
import { attendingFromPlaces, attendingFromWords, lookup } from './vocabularies.js';

/** The values once each, in first-seen order. */
function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

const STATUSES: Readonly<Record<string, ServiceStatus>> = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'defunct',
  'temporarily closed': 'temporarily closed',
  'temporarily-closed': 'temporarily closed',
  temporarily_closed: 'temporarily closed',
};

/**
 * A service's status. Absent means active (most feeds only list what runs);
 * an unknown word is reported and read as active, so the service still shows.
 * `synonyms` adds a format's own words (Outpost's "expired", "archived").
 */
export function readStatus(
  value: unknown,
  problems: ItemProblems,
  field = 'status',
  synonyms: Readonly<Record<string, ServiceStatus>> = {},
): ServiceStatus {
  if (value === undefined || value === null || value === '') return 'active';
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const status = word === undefined ? undefined : (lookup(STATUSES, word) ?? lookup(synonyms, word));
  if (status) return status;
  problems.say('invalid-value', field, 'status', preview(value));
  return 'active';
}

/** Oldest age anyone lists a group for; above it the number is a placeholder ("999"), not an age. */
const MAX_AGE = 130;

/**
 * The age range. Impossible ages are dropped (reported); a range the wrong way
 * round is dropped whole, since which end is wrong cannot be known and a wrong
 * limit would hide the service from the people it is for.
 */
export function readAges(
  minimum: unknown,
  maximum: unknown,
  problems: ItemProblems,
  fields: readonly [string, string] = ['minimum_age', 'maximum_age'],
): { minimumAge?: number; maximumAge?: number } {
  const minimumAge = readNumber(minimum, problems, fields[0], { min: 0, max: MAX_AGE });
  const maximumAge = readNumber(maximum, problems, fields[1], { min: 0, max: MAX_AGE });
  if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
    problems.say('invalid-value', fields[0], 'ages', minimumAge, maximumAge);
    return {};
  }
  return compact({ minimumAge, maximumAge });
}

/** An organisation (ORUK `organization`, Outpost `organisation`); without a name it is left out. */
export function readOrganization(raw: unknown, problems: ItemProblems, field: string): Organization | undefined {
  const org = readObject(raw, problems, field);
  if (!org) return undefined;
  const nested = problems.nested(field);
  const name = readName(org['name'], nested, 'name');
  if (!name) {
    problems.say('missing-name', `${field}.name`, 'organisation');
    return undefined;
  }
  return compact({
    id: readId(org['id']),
    name,
    description: readPlainText(org['description'], nested, 'description'),
    url: readUrl(org['website'] ?? org['url'], nested, org['website'] !== undefined ? 'website' : 'url'),
    email: readEmail(org['email'], nested, 'email'),
  });
}

/** Phones (`phones[]{number, description}`); a bare string is taken as the number. */
export function readPhones(value: unknown, problems: ItemProblems, field: string): Phone[] {
  const phones: Phone[] = [];
  const seen = new Set<string>();
  eachInList(value, problems, field, (raw, at, path) => {
    const phone = isObject(raw)
      ? compact({
          number: readPhoneNumber(raw['number'], at, 'number'),
          description: readName(raw['description'], at, 'description'),
        })
      : { number: readPhoneNumber(raw, problems, path) };
    if (phone.number === undefined || seen.has(phone.number)) return;
    seen.add(phone.number);
    phones.push(phone as Phone);
  });
  return phones;
}

/**
 * Contacts: ORUK `{name, title, email, phones[]}`, Outpost `{name, title,
 * email, phone, visible}`. A contact hidden by its feed, or with nothing in
 * it, is left out.
 */
export function readContacts(value: unknown, problems: ItemProblems, field = 'contacts'): Contact[] {
  const contacts: Contact[] = [];
  eachObjectInList(value, problems, field, 'contact', (raw, at) => {
    if (raw['visible'] === false) return;
    const phones = readPhones(raw['phones'], at, 'phones');
    const single = readPhoneNumber(raw['phone'], at, 'phone');
    if (single && !phones.some((p) => p.number === single)) phones.push({ number: single });
    const contact = compact({
      name: readName(raw['name'], at, 'name'),
      title: readName(raw['title'], at, 'title'),
      email: readEmail(raw['email'], at, 'email'),
      phones,
    });
    if (contact.name || contact.title || contact.email || phones.length > 0) contacts.push(contact);
  });
  return contacts;
}

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Cost options: `{option, amount, currency, amount_description, valid_from,
 * valid_to}` (Outpost adds `cost_type`, read as the description). An amount
 * given as words ("£5 a session") is kept as the description.
 */
export function readCosts(value: unknown, problems: ItemProblems, field = 'cost_options'): Cost[] {
  const costs: Cost[] = [];
  eachObjectInList(value, problems, field, 'cost', (raw, at) => {
    const amount = readNumber(raw['amount'], at, 'amount', { min: 0, max: 100_000 });
    const amountWords =
      amount === undefined && typeof raw['amount'] === 'string' ? readName(raw['amount'], at, 'amount') : undefined;
    let currency = 'GBP';
    const rawCurrency = raw['currency'];
    if (typeof rawCurrency === 'string' && CURRENCY.test(rawCurrency.trim().toUpperCase())) {
      currency = rawCurrency.trim().toUpperCase();
    } else if (rawCurrency !== undefined && rawCurrency !== null && rawCurrency !== '') {
      at.say('invalid-value', 'currency', 'currency', preview(rawCurrency));
    }
    const cost = compact({
      option: readName(raw['option'], at, 'option'),
      amount,
      currency,
      description:
        readPlainText(raw['amount_description'], at, 'amount_description') ??
        readName(raw['cost_type'], at, 'cost_type') ??
        amountWords,
      validFrom: readDate(raw['valid_from'], at, 'valid_from'),
      validTo: readDate(raw['valid_to'], at, 'valid_to'),
    });
    if (cost.option !== undefined || cost.amount !== undefined || cost.description !== undefined) costs.push(cost);
  });
  return costs;
}

const SAYS_FREE = /^\s*free\b/i;

/**
 * Whether it is free: a price above zero says no; every price zero, or fees
 * text that starts "Free", says yes; otherwise unknown. A feed's own flag
 * (Outpost's `free`) wins when it has one.
 */
export function readFree(
  costs: readonly Cost[],
  feesTexts: readonly (string | undefined)[],
  flag?: boolean,
): boolean | undefined {
  if (flag !== undefined) return flag;
  const amounts = costs.flatMap((cost) => (cost.amount === undefined ? [] : [cost.amount]));
  if (amounts.some((amount) => amount > 0)) return false;
  if (amounts.length > 0) return true;
  if (feesTexts.some((text) => text !== undefined && SAYS_FREE.test(text))) return true;
  return undefined;
}

let languageNames: Intl.DisplayNames | undefined | null;

/** "pl" → "Polish", through the platform's own list; undefined when it has none or the code is not one. */
function languageName(code: string): string | undefined {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Language names: HSDS 3.0 `{name, code}`, ORUK 1.0 `{language}`, or bare
 * strings. The ORUK 3.0 profile's languages carry only an id: nothing to show.
 */
export function readLanguages(value: unknown, problems: ItemProblems, field = 'languages'): string[] {
  const names = new Map<string, string>();
  eachInList(value, problems, field, (raw, at, path) => {
    let name: string | undefined;
    if (typeof raw === 'string') name = readName(raw, problems, path);
    else if (isObject(raw)) {
      name = readName(raw['name'], at, 'name') ?? readName(raw['language'], at, 'language');
      const code = typeof raw['code'] === 'string' ? raw['code'].trim() : undefined;
      if (!name && code) name = languageName(code);
    }
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  });
  return [...names.values()];
}

/** Areas served, in the feed's words: `{name}`, `{service_area}` or strings. */
export function readServiceAreas(value: unknown, problems: ItemProblems, field = 'service_areas'): string[] {
  const areas: string[] = [];
  eachInList(value, problems, field, (raw, at, path) => {
    const area = isObject(raw)
      ? (readName(raw['name'], at, 'name') ?? readName(raw['service_area'], at, 'service_area'))
      : readName(raw, problems, path);
    if (area && !areas.includes(area)) areas.push(area);
  });
  return areas;
}

/**
 * The service fields every format names alike, read once for all: `description`, `cost_options`
 * with `fees` (and full HSDS's `fees_description`, first when both are given), `contacts`, `phones`,
 * `url` and `email`. `free` is a format's own flag (Outpost's), which wins.
 */
export function readSharedFields(raw: JsonObject, problems: ItemProblems, free?: boolean) {
  const costs = readCosts(raw['cost_options'], problems);
  const fees = readPlainText(raw['fees'], problems, 'fees');
  const feesDescription = readPlainText(raw['fees_description'], problems, 'fees_description');
  return {
    description: readDescription(raw['description'], problems, 'description'),
    costs,
    free: readFree(costs, [feesDescription, fees], free),
    feesDescription: feesDescription ?? fees,
    contacts: readContacts(raw['contacts'], problems),
    phones: readPhones(raw['phones'], problems, 'phones'),
    url: readUrl(raw['url'], problems, 'url'),
    email: readEmail(raw['email'], problems, 'email'),
  };
}

/**
 * What ORUK 3.0 and 1.0 also name alike: `organization`, `status`, `languages`, `service_areas`
 * and `assured_date` (when someone last checked the listing).
 */
export function readOpenReferralFields(raw: JsonObject, problems: ItemProblems) {
  return {
    ...readSharedFields(raw, problems),
    organization: readOrganization(raw['organization'], problems, 'organization'),
    status: readStatus(raw['status'], problems),
    languages: readLanguages(raw['languages'], problems),
    serviceAreas: readServiceAreas(raw['service_areas'], problems),
    lastChecked: readDate(raw['assured_date'], problems, 'assured_date'),
  };
}

/** What a dialect read for one service, before the shared rules (status default, attending fallback) apply. */
export interface ServiceParts extends Omit<Service, 'description' | 'richDescription'> {
  readonly description?: { readonly text?: string; readonly rich?: RichText };
  /** Weaker signs of how people take part (schedule notes), used only when the feed says nothing outright. */
  readonly attendingHints?: readonly AttendingType[];
}

/** A service record's object, id and name, without which it is left out (and reported); the same in every format. */
export interface ServiceIdentity {
  readonly raw: JsonObject;
  readonly id: string;
  readonly name: string;
  readonly problems: ItemProblems;
}

export function readServiceIdentity(raw: unknown, log: ProblemLog, field: string): ServiceIdentity | undefined {
  if (!isObject(raw)) {
    log.for('service').say('wrong-type', field || undefined, 'service');
    return undefined;
  }
  const id = readId(raw['id']);
  if (id === undefined) {
    log.for('service').say('missing-id', field === '' ? 'id' : `${field}.id`, 'service-id');
    return undefined;
  }
  const problems = log.for('service', id);
  const name = readName(raw['name'], problems, 'name');
  if (name === undefined) {
    problems.say('missing-name', 'name', 'service-name');
    return undefined;
  }
  return { raw, id, name, problems };
}

/** The service as the model holds it: how to take part falls back to what its places say. */
export function assembleService(parts: ServiceParts): Service {
  const { id, name, description, attendingHints = [], ...rest } = parts;
  let attending = unique(parts.attending);
  if (attending.length === 0) {
    attending = unique([...attendingFromPlaces(parts.locations.map((place) => place.location)), ...attendingHints]);
  }
  return compact({
    id,
    name,
    description: description?.text,
    richDescription: description?.rich,
    ...rest,
    howToJoin: unique(parts.howToJoin),
    attending,
  });
}

export interface ScheduleListOptions {
  /** The place every schedule in the list belongs to (a schedule listed under a place). */
  readonly locationId?: string;
  /** The place one schedule names itself, for service-wide lists (ORUK 3.0 `service_at_location_id`). */
  readonly placeOf?: (raw: JsonObject) => string | undefined;
  /** A format's own spellings put into ORUK's before reading (Outpost's `freq: "week"`). */
  readonly prepare?: (raw: JsonObject) => JsonObject;
}

/** A list of schedules, and what their `attending_type` words say about how people take part. */
export function readScheduleList(
  value: unknown,
  problems: ItemProblems,
  field: string,
  { locationId, placeOf, prepare }: ScheduleListOptions = {},
): { schedules: Schedule[]; attending: AttendingType[] } {
  const schedules: Schedule[] = [];
  const attending: AttendingType[] = [];
  eachInList(value, problems, field, (raw, at) => {
    if (!isObject(raw)) {
      readSchedule(raw, at);
      return;
    }
    const place = locationId ?? placeOf?.(raw);
    const schedule = readSchedule(prepare ? prepare(raw) : raw, at, place === undefined ? {} : { locationId: place });
    if (schedule) schedules.push(schedule);
    const words = raw['attending_type'];
    if (typeof words === 'string') attending.push(...attendingFromWords(words));
  });
  return { schedules, attending };
}
