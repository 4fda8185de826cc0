import type { DateWords, ScheduleMessages } from './schedule.js';

/**
 * The schedule phrases in Welsh (see `schedule.ts` for how they are built):
 * their own chunk, loaded by the widgets only for a Welsh page.
 */
export const scheduleCy: ScheduleMessages & DateWords = {
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
  // For browsers whose Intl has no Welsh dates; the same pattern as CLDR's.
  date: '{day} {month} {year}',
  dayDate: 'Dydd {weekday} {day} {month}',
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
};

const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷ]/i;
const WELSH_ARTICLE = /^yr? /;
// After "a" (and), c, p and t take the aspirate mutation: "a thrydydd", "a phob".
const ASPIRATE: Readonly<Record<string, string>> = { c: 'ch', p: 'ph', t: 'th' };

/** "and" before `next` in Welsh: "a", "ac" before a vowel, "a’r" for the article, with the aspirate mutation. */
export function andBeforeCy(next: string): string {
  if (WELSH_ARTICLE.test(next)) return `a’r ${next.replace(WELSH_ARTICLE, '')}`;
  if (WELSH_VOWEL.test(next)) return `ac ${next}`;
  const mutated = ASPIRATE[next.charAt(0)];
  if (mutated && next.charAt(1) !== 'h') return `a ${mutated}${next.slice(1)}`;
  return `a ${next}`;
}
