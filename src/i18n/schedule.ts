import { translate, type Catalogue, type Locale } from './catalogue.js';

/**
 * Words for saying when a group meets: "Every Wednesday, 10am to 12pm",
 * "Ail ddydd Llun y mis, 7yh i 9yh".
 *
 * Welsh day phrases carry their own "dydd", so each construction chooses the
 * radical ("dydd Llun") or the soft-mutated form ("ddydd Llun", after "ail"
 * and "i"). Times follow GOV.UK style in English (10am, 10:30am, 12pm,
 * midnight) and yb / yp / yh in Welsh (y bore, y prynhawn from 12pm, yr hwyr
 * from 6pm).
 */
export type ScheduleKey =
  | 'monday'
  | 'tuesday'
  | 'wednesday'
  | 'thursday'
  | 'friday'
  | 'saturday'
  | 'sunday'
  | 'day'
  | 'daySoft'
  | 'dayRange'
  | 'everyDay'
  | 'everyWeek'
  | 'everyOtherWeekOneDay'
  | 'everyOtherWeek'
  | 'everyWeeks'
  | 'ordinal1'
  | 'ordinal2'
  | 'ordinal3'
  | 'ordinal4'
  | 'ordinal5'
  | 'ordinalLast1'
  | 'ordinalLast2'
  | 'ordinalLast3'
  | 'ordinalLast4'
  | 'ordinalLast5'
  | 'everyDayOfMonth'
  | 'ofTheMonth'
  | 'ofEveryOtherMonth'
  | 'ofEveryMonths'
  | 'inEveryOtherMonth'
  | 'inEveryMonths'
  | 'onMonthDays'
  | 'onMonthDaysEveryOtherMonth'
  | 'onMonthDaysEveryMonths'
  | 'onlyOnMonthDays'
  | MonthDayKey
  | 'monthDayLast'
  | 'monthDayLast2'
  | 'monthDayFromLast'
  | 'timeMorning'
  | 'timeAfternoon'
  | 'timeEvening'
  | 'midnight'
  | 'timeRange'
  | 'timeFrom'
  | 'timeUntil'
  | 'withTimes'
  | 'untilDate'
  | 'untilDateAfterTimes'
  | 'countTimes'
  | 'ended'
  | 'date'
  | `month${Digit | 10 | 11 | 12}`
  | 'validFromTo'
  | 'validFrom'
  | 'validUntil'
  | 'and'
  | 'andBeforeVowel'
  | 'andThe';

type Digit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** "1st" to "31st": a key per day, since Welsh date ordinals follow no simple suffix rule. */
export type MonthDayKey = `monthDay${Digit | `1${0 | Digit}` | `2${0 | Digit}` | 30 | 31}`;

export const schedule = {
  en: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
    day: '{name}',
    daySoft: '{name}',
    dayRange: '{from} to {to}',
    everyDay: 'Every day',
    everyWeek: 'Every {days}',
    everyOtherWeekOneDay: 'Every other {day}',
    everyOtherWeek: 'Every other week on {days}',
    everyWeeks: 'Every {count} weeks on {days}',
    ordinal1: 'first {day}',
    ordinal2: 'second {day}',
    ordinal3: 'third {day}',
    ordinal4: 'fourth {day}',
    ordinal5: 'fifth {day}',
    ordinalLast1: 'last {day}',
    ordinalLast2: 'second to last {day}',
    ordinalLast3: 'third to last {day}',
    ordinalLast4: 'fourth to last {day}',
    ordinalLast5: 'fifth to last {day}',
    everyDayOfMonth: 'every {day}',
    ofTheMonth: '{days} of the month',
    ofEveryOtherMonth: 'Every other month on the {days}',
    ofEveryMonths: 'Every {count} months on the {days}',
    inEveryOtherMonth: '{when}, every other month',
    inEveryMonths: '{when}, every {count} months',
    onMonthDays: 'On the {dates} of the month',
    onMonthDaysEveryOtherMonth: 'Every other month on the {dates}',
    onMonthDaysEveryMonths: 'Every {count} months on the {dates}',
    onlyOnMonthDays: '{when}, only on the {dates} of the month',
    monthDay1: '1st',
    monthDay2: '2nd',
    monthDay3: '3rd',
    monthDay4: '4th',
    monthDay5: '5th',
    monthDay6: '6th',
    monthDay7: '7th',
    monthDay8: '8th',
    monthDay9: '9th',
    monthDay10: '10th',
    monthDay11: '11th',
    monthDay12: '12th',
    monthDay13: '13th',
    monthDay14: '14th',
    monthDay15: '15th',
    monthDay16: '16th',
    monthDay17: '17th',
    monthDay18: '18th',
    monthDay19: '19th',
    monthDay20: '20th',
    monthDay21: '21st',
    monthDay22: '22nd',
    monthDay23: '23rd',
    monthDay24: '24th',
    monthDay25: '25th',
    monthDay26: '26th',
    monthDay27: '27th',
    monthDay28: '28th',
    monthDay29: '29th',
    monthDay30: '30th',
    monthDay31: '31st',
    monthDayLast: 'last day',
    monthDayLast2: 'second to last day',
    monthDayFromLast: '{nth} to last day',
    timeMorning: '{time}am',
    timeAfternoon: '{time}pm',
    timeEvening: '{time}pm',
    midnight: 'midnight',
    timeRange: '{from} to {to}',
    timeFrom: 'from {time}',
    timeUntil: 'until {time}',
    withTimes: '{when}, {times}',
    untilDate: '{text} until {date}',
    untilDateAfterTimes: '{text}, until {date}',
    countTimes: { one: '{text}, once', other: '{text}, {count} times' },
    ended: '{text}. This has ended.',
    // For browsers whose Intl has no Welsh dates; the same pattern as CLDR's.
    date: '{day} {month} {year}',
    month1: 'January',
    month2: 'February',
    month3: 'March',
    month4: 'April',
    month5: 'May',
    month6: 'June',
    month7: 'July',
    month8: 'August',
    month9: 'September',
    month10: 'October',
    month11: 'November',
    month12: 'December',
    validFromTo: 'From {from} to {to}',
    validFrom: 'From {from}',
    validUntil: 'Until {to}',
    and: 'and',
    andBeforeVowel: 'and',
    andThe: 'and the',
  },
  cy: {
    monday: 'Llun',
    tuesday: 'Mawrth',
    wednesday: 'Mercher',
    thursday: 'Iau',
    friday: 'Gwener',
    saturday: 'Sadwrn',
    sunday: 'Sul',
    day: 'dydd {name}',
    daySoft: 'ddydd {name}',
    dayRange: 'dydd {from} i ddydd {to}',
    everyDay: 'Bob dydd',
    everyWeek: 'Bob {days}',
    everyOtherWeekOneDay: 'Bob yn ail {daySoft}',
    everyOtherWeek: '{days} bob yn ail wythnos',
    everyWeeks: '{days} bob {count} wythnos',
    ordinal1: '{day} cyntaf',
    ordinal2: 'ail {daySoft}',
    ordinal3: 'trydydd {day}',
    ordinal4: 'pedwerydd {day}',
    ordinal5: 'pumed {day}',
    ordinalLast1: '{day} olaf',
    ordinalLast2: '{day} olaf ond un',
    ordinalLast3: '{day} olaf ond dau',
    ordinalLast4: '{day} olaf ond tri',
    ordinalLast5: '{day} olaf ond pedwar',
    everyDayOfMonth: 'pob {day}',
    ofTheMonth: '{days} y mis',
    ofEveryOtherMonth: '{days} y mis, bob yn ail fis',
    ofEveryMonths: '{days} y mis, bob {count} mis',
    inEveryOtherMonth: '{when}, bob yn ail fis',
    inEveryMonths: '{when}, bob {count} mis',
    onMonthDays: 'Ar {dates} o’r mis',
    onMonthDaysEveryOtherMonth: 'Ar {dates} o’r mis, bob yn ail fis',
    onMonthDaysEveryMonths: 'Ar {dates} o’r mis, bob {count} mis',
    onlyOnMonthDays: '{when}, dim ond ar {dates} o’r mis',
    // The article goes with the spoken ordinal: "yr ail", "yr wythfed", "yr unfed ar ddeg".
    monthDay1: 'y 1af',
    monthDay2: 'yr 2il',
    monthDay3: 'y 3ydd',
    monthDay4: 'y 4ydd',
    monthDay5: 'y 5ed',
    monthDay6: 'y 6ed',
    monthDay7: 'y 7fed',
    monthDay8: 'yr 8fed',
    monthDay9: 'y 9fed',
    monthDay10: 'y 10fed',
    monthDay11: 'yr 11eg',
    monthDay12: 'y 12fed',
    monthDay13: 'y 13eg',
    monthDay14: 'y 14eg',
    monthDay15: 'y 15fed',
    monthDay16: 'yr 16eg',
    monthDay17: 'yr 17eg',
    monthDay18: 'y 18fed',
    monthDay19: 'y 19eg',
    monthDay20: 'yr 20fed',
    monthDay21: 'yr 21ain',
    monthDay22: 'yr 22ain',
    monthDay23: 'y 23ain',
    monthDay24: 'y 24ain',
    monthDay25: 'y 25ain',
    monthDay26: 'y 26ain',
    monthDay27: 'y 27ain',
    monthDay28: 'yr 28ain',
    monthDay29: 'y 29ain',
    monthDay30: 'y 30ain',
    monthDay31: 'yr 31ain',
    monthDayLast: 'y diwrnod olaf',
    monthDayLast2: 'y diwrnod olaf ond un',
    monthDayFromLast: 'y diwrnod olaf ond {count}',
    timeMorning: '{time}yb',
    timeAfternoon: '{time}yp',
    timeEvening: '{time}yh',
    midnight: 'canol nos',
    timeRange: '{from} i {to}',
    timeFrom: 'o {time}',
    timeUntil: 'tan {time}',
    withTimes: '{when}, {times}',
    untilDate: '{text} tan {date}',
    untilDateAfterTimes: '{text}, tan {date}',
    countTimes: { one: '{text}, unwaith', other: '{text}, {count} gwaith' },
    ended: '{text}. Mae hyn wedi dod i ben.',
    date: '{day} {month} {year}',
    month1: 'Ionawr',
    month2: 'Chwefror',
    month3: 'Mawrth',
    month4: 'Ebrill',
    month5: 'Mai',
    month6: 'Mehefin',
    month7: 'Gorffennaf',
    month8: 'Awst',
    month9: 'Medi',
    month10: 'Hydref',
    month11: 'Tachwedd',
    month12: 'Rhagfyr',
    validFromTo: 'O {from} i {to}',
    validFrom: 'O {from} ymlaen',
    validUntil: 'Tan {to}',
    and: 'a',
    andBeforeVowel: 'ac',
    andThe: 'a’r',
  },
} as const satisfies Catalogue<ScheduleKey>;

const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷ]/i;
const WELSH_ARTICLE = /^yr? /;
// After "a" (and), c, p and t take the aspirate mutation: "a thrydydd", "a phob".
const ASPIRATE: Readonly<Record<string, string>> = { c: 'ch', p: 'ph', t: 'th' };

/** The word for "and" before `next`, with the Welsh mutation `next` then takes. */
function andBefore(next: string, locale: Locale): string {
  const t = (key: 'and' | 'andBeforeVowel' | 'andThe') => translate(schedule, locale, key);
  if (locale !== 'cy') return `${t('and')} ${next}`;
  if (WELSH_ARTICLE.test(next)) return `${t('andThe')} ${next.replace(WELSH_ARTICLE, '')}`;
  if (WELSH_VOWEL.test(next)) return `${t('andBeforeVowel')} ${next}`;
  const first = next.charAt(0);
  const mutated = ASPIRATE[first];
  if (mutated && next.charAt(1) !== 'h') return `${t('and')} ${mutated}${next.slice(1)}`;
  return `${t('and')} ${next}`;
}

/** "A", "A and B", "A, B and C" (no serial comma, as GOV.UK and Welsh both write). */
export function joinWithAnd(items: readonly string[], locale: Locale): string {
  const last = items[items.length - 1];
  if (last === undefined) return '';
  if (items.length === 1) return last;
  return `${items.slice(0, -1).join(', ')} ${andBefore(last, locale)}`;
}
