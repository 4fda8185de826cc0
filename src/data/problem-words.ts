/**
 * What each problem found in a directory's data says to the site owner, one
 * table for every reader: `$1`, `$2`... are the values the reader gave. Readers
 * name a key (`problems.say('invalid-value', field, 'status', value)`), so the
 * sentences load only when there are problems to log: a clean directory never
 * downloads them. `waymark/data` loads them at once (see `useProblemWords`).
 */
const WORDS = {
  // Values of every kind (text/read.ts, text/bounded-text.ts).
  list: 'expected a list, found $1.',
  object: 'expected an object, found $1.',
  text: 'expected text, found $1.',
  number: 'expected a number, found $1.',
  'number-text': 'a number was sent as text; read it as a number.',
  'out-of-range': '$1 is not a possible value here.',
  boolean: 'expected true or false, found $1.',
  'date-type': 'expected a date, found $1.',
  date: '"$1" is not a date in the form YYYY-MM-DD.',
  'date-time': '"$1" is not an ISO 8601 date-time.',
  time: '"$1" is not a time of day (HH:MM).',
  'url-type': 'expected a web address, found $1.',
  url: '"$1" is not a web address we can link to.',
  email: '"$1" is not an email address.',
  phone: '"$1" is not a phone number.',
  markup: 'contained markup, shown as plain text.',
  long: 'longer than $1 characters, cut short.',
  'one-coordinate': 'only one of latitude and longitude could be read.',
  swapped: 'latitude and longitude are the wrong way round ($1, $2).',
  'off-earth': '$1, $2 is not a place on Earth; left off the map.',
  // Services and their parts (dialects/).
  service: 'a service is not an object; left out.',
  'service-id': 'a service with no id; left out.',
  'service-name': 'a service with no name; left out.',
  'no-service': 'a service-at-location item with no service.',
  duplicate: 'more than one $1 has this id; the first is kept.',
  status: '"$1" is not a status we know; read as active.',
  ages: 'the minimum age $1 is above the maximum $2.',
  organisation: 'an organisation with no name; left out.',
  contact: 'a contact is not an object.',
  cost: 'a cost option is not an object.',
  currency: '"$1" is not a currency code; read as GBP.',
  attribute: 'an attribute is not an object.',
  'term-object': 'a taxonomy term is not an object.',
  'term-id': 'a taxonomy term with no id; left out.',
  'term-name': 'a taxonomy term with no name; left out.',
  term: '"$1" is not a $2 term we know.',
  word: '"$1" is not a word we know here.',
  location: 'a location is not an object.',
  'location-type': '"$1" is not physical, postal or virtual; read as physical.',
  'place-id': 'a place with no id; given one made from its name, address and position.',
  address: 'an address is not an object.',
  accessibility: 'an accessibility note is not an object.',
  // Schedules (time/schedule.ts).
  schedule: 'a schedule is not an object.',
  'empty-schedule': 'a schedule with no rule, times or description: left out.',
  closes: 'closes ($1) before it opens ($2).',
  'month-day': '"$1" is not a day of the month.',
  days: '"$1" has days that cannot be read: $2.',
  byday: 'expected days such as "MO" or "2TU", found $1.',
  weekday: '"$1" is not a day of the week.',
  freq: '"$1" is not WEEKLY or MONTHLY; showing the description instead.',
  'freq-type': 'expected WEEKLY or MONTHLY, found $1.',
  'weekly-ordinal': 'a weekly rule cannot say which week of the month ("$1").',
  'weekly-no-day': 'a weekly rule with no days and no start date.',
  'monthly-no-day': 'a monthly rule with no days and no start date.',
  weeks: 'every $1 weeks with no start date: which ones is unknown.',
  months: 'every $1 months with no start date: which ones is unknown.',
  // Pages and lists (dialects/paging.ts, directory/list-pages.ts, directory/details.ts).
  'bare-list': 'a bare list with no paging envelope; read as the only page.',
  page: 'expected a page object with a list of items, found $1.',
  items: 'the list of items is not a list; nothing on this page was read.',
  item: 'an item could not be read at all ($1); left out.',
  record: 'expected one record as an object.',
  'record-error': 'the record could not be read at all ($1).',
  format: 'the page could not be read in this format.',
  'page-empty': 'page $1 of $2 is empty, though the directory said there were $3 pages; stopped reading there.',
  'page-repeats':
    'page $1 of $2 brings nothing not seen before, $3 pages in a row: the server may ignore the page parameter. Stopped reading there.',
  'page-cut':
    'page $1 of $2 could not be read (it was cut short or not JSON, even after retrying); the other pages are kept.',
  'page-unreadable': 'page $1 of $2 could not be read ($3); the other pages are kept.',
  'no-end': 'more than $1 pages of $2 and no end in sight; read the first $1.',
  'page-count': 'the $1 list claims $2 pages; read only the first $3.',
  detail: 'its full record could not be read, so only its summary shows: $1',
} as const;

export type ProblemKey = keyof typeof WORDS;

/** The sentence for `key`, `$n` replaced by the n-th value. */
export function problemWords(key: ProblemKey, values: readonly (string | number)[]): string {
  return WORDS[key].replace(/\$(\d)/g, (_, n: string) => String(values[Number(n) - 1]));
}
