import { expect } from '@open-wc/testing';
import type { RecurrenceRule, Schedule, Weekday, WeekdayNum } from '../../../src/data/model.js';
import { describeSchedule, describeValidity, formatTime } from '../../../src/data/time/schedule-words.js';
import { formatDateIn, weekdayNameIn } from '../../../src/data/time/schedule-phrases.js';
import { joinWithAnd, scheduleEn } from '../../../src/i18n/schedule.js';
import { scheduleCy } from '../../../src/i18n/schedule-cy.js';

/** "2MO,-1FR,TU" → WeekdayNums. */
function days(text: string): WeekdayNum[] {
  return text.split(',').map((token) => {
    const m = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    if (!m) throw new Error(token);
    return m[1] === undefined ? { day: m[2] as Weekday } : { day: m[2] as Weekday, ordinal: Number(m[1]) };
  });
}

function weekly(byDay: string, rule: Partial<RecurrenceRule> = {}, rest: Partial<Schedule> = {}): Schedule {
  return { rule: { freq: 'WEEKLY', interval: 1, byDay: days(byDay), byMonthDay: [], ...rule }, ...rest };
}

function monthly(rule: Partial<RecurrenceRule>, rest: Partial<Schedule> = {}): Schedule {
  return { rule: { freq: 'MONTHLY', interval: 1, byDay: [], byMonthDay: [], ...rule }, ...rest };
}

const times = (opensAt: string, closesAt?: string) => ({ opensAt, ...(closesAt && { closesAt }) });

/** Each example in English and Welsh. */
const examples: [string, Schedule, string, string][] = [
  [
    'weekly with times',
    weekly('WE', {}, times('10:00', '12:00')),
    'Every Wednesday, 10am to 12pm',
    'Bob dydd Mercher, 10yb i 12yp',
  ],
  [
    'second Monday',
    monthly({ byDay: days('2MO') }, times('19:00', '21:00')),
    'Second Monday of the month, 7pm to 9pm',
    'Ail ddydd Llun y mis, 7yh i 9yh',
  ],
  ['every other Tuesday', weekly('TU', { interval: 2 }), 'Every other Tuesday', 'Bob yn ail ddydd Mawrth'],
  [
    'two days a week',
    weekly('TU,TH', {}, times('10:30', '12:00')),
    'Every Tuesday and Thursday, 10:30am to 12pm',
    'Bob dydd Mawrth a dydd Iau, 10:30yb i 12yp',
  ],
  [
    'last Friday',
    monthly({ byDay: days('-1FR') }, times('14:00', '16:00')),
    'Last Friday of the month, 2pm to 4pm',
    'Dydd Gwener olaf y mis, 2yp i 4yp',
  ],
  ['first Monday', monthly({ byDay: days('1MO') }), 'First Monday of the month', 'Dydd Llun cyntaf y mis'],
  ['every 3 weeks', weekly('MO', { interval: 3 }), 'Every 3 weeks on Monday', 'Dydd Llun bob 3 wythnos'],
  [
    'every other month',
    monthly({ byDay: days('1SA'), interval: 2 }),
    'Every other month on the first Saturday',
    'Dydd Sadwrn cyntaf y mis, bob yn ail fis',
  ],
  [
    'two month days',
    monthly({ byMonthDay: [1, 15] }),
    'On the 1st and 15th of the month',
    'Ar y 1af a’r 15fed o’r mis',
  ],
  [
    'weekdays as a range',
    weekly('MO,TU,WE,TH,FR', {}, times('09:00', '17:00')),
    'Every Monday to Friday, 9am to 5pm',
    'Bob dydd Llun i ddydd Gwener, 9yb i 5yp',
  ],
  ['all seven days', weekly('MO,TU,WE,TH,FR,SA,SU'), 'Every day', 'Bob dydd'],
  ['opening time only', weekly('WE', {}, times('10:00')), 'Every Wednesday, from 10am', 'Bob dydd Mercher, o 10yb'],
];

describe('saying a schedule in words', () => {
  for (const [name, schedule, english, welsh] of examples) {
    it(`says ${name} in English: "${english}"`, () => {
      expect(describeSchedule(schedule, 'en')).to.equal(english);
    });
    it(`says ${name} in Welsh: "${welsh}"`, () => {
      expect(describeSchedule(schedule, 'cy')).to.equal(welsh);
    });
  }

  it('puts days in week order and keeps two days in a row as a list', () => {
    expect(describeSchedule(weekly('SU,SA,WE'), 'en')).to.equal('Every Wednesday, Saturday and Sunday');
    expect(describeSchedule(weekly('MO,TU,WE,FR'), 'en')).to.equal('Every Monday to Wednesday and Friday');
    expect(describeSchedule(weekly('MO,TU,WE,FR'), 'cy')).to.equal('Bob dydd Llun i ddydd Mercher a dydd Gwener');
  });

  it('says several days every other week', () => {
    expect(describeSchedule(weekly('TU,TH', { interval: 2 }), 'en')).to.equal(
      'Every other week on Tuesday and Thursday',
    );
    expect(describeSchedule(weekly('TU,TH', { interval: 2 }), 'cy')).to.equal(
      'Dydd Mawrth a dydd Iau bob yn ail wythnos',
    );
  });

  it('lists several ordinal days with the Welsh mutations after "a"', () => {
    const rule = { byDay: days('1MO,3MO') };
    expect(describeSchedule(monthly(rule), 'en')).to.equal('First Monday and third Monday of the month');
    expect(describeSchedule(monthly(rule), 'cy')).to.equal('Dydd Llun cyntaf a thrydydd dydd Llun y mis');
    expect(describeSchedule(monthly({ byDay: days('1MO,2WE') }), 'cy')).to.equal(
      'Dydd Llun cyntaf ac ail ddydd Mercher y mis',
    );
  });

  it('writes every English month day with its ordinal, 11th to 13th included', () => {
    const all = Array.from({ length: 31 }, (_, i) => scheduleEn[`monthDay${i + 1}` as keyof typeof scheduleEn]);
    expect(all.join(' ')).to.equal(
      '1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th ' +
        '21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st',
    );
    expect(describeSchedule(monthly({ byMonthDay: [2, 13, 22] }), 'en')).to.equal(
      'On the 2nd, 13th and 22nd of the month',
    );
  });

  it('says month days counted from the end', () => {
    expect(describeSchedule(monthly({ byMonthDay: [-1] }), 'en')).to.equal('On the last day of the month');
    expect(describeSchedule(monthly({ byMonthDay: [-1, 1] }), 'en')).to.equal('On the 1st and last day of the month');
    expect(describeSchedule(monthly({ byMonthDay: [-1, 1] }), 'cy')).to.equal('Ar y 1af a’r diwrnod olaf o’r mis');
    expect(describeSchedule(monthly({ byMonthDay: [2] }), 'cy')).to.equal('Ar yr 2il o’r mis');
  });

  it('says a weekday that must also fall on a month day', () => {
    const friday13 = monthly({ byDay: days('FR'), byMonthDay: [13] });
    expect(describeSchedule(friday13, 'en')).to.equal('Every Friday, only on the 13th of the month');
  });

  it('says a plain weekday in a monthly rule as every such day', () => {
    expect(describeSchedule(monthly({ byDay: days('TH') }), 'en')).to.equal('Every Thursday');
    expect(describeSchedule(monthly({ byDay: days('TH'), interval: 2 }), 'en')).to.equal(
      'Every Thursday, every other month',
    );
  });

  it('says a closing time on its own as "until"', () => {
    expect(describeSchedule(weekly('WE', {}, { closesAt: '12:00' }), 'en')).to.equal('Every Wednesday, until 12pm');
  });

  it('takes any locale tag, as widgets pass their element’s lang', () => {
    const schedule = weekly('WE', {}, times('10:00', '12:00'));
    for (const tag of ['cy', 'cy-GB', 'CY-gb'])
      expect(describeSchedule(schedule, tag), tag).to.equal('Bob dydd Mercher, 10yb i 12yp');
    for (const tag of ['en', 'en-GB', 'fr', '', undefined])
      expect(describeSchedule(schedule, tag), String(tag)).to.equal('Every Wednesday, 10am to 12pm');
    expect(formatTime('19:00', 'cy-GB')).to.equal('7yh');
    expect(describeValidity({ validFrom: '2026-09-01' }, 'en-GB')).to.equal('From 1 September 2026');
  });

  it('says when a rule stops, by its until or its count: "Every Monday until 6 January 2025"', () => {
    const early = { now: Date.UTC(2024, 10, 1) };
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }), 'en', early)).to.equal(
      'Every Monday until 6 January 2025',
    );
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }, times('10:00', '12:00')), 'en', early)).to.equal(
      'Every Monday, 10am to 12pm, until 6 January 2025',
    );
    // Six Mondays from Monday 2 December 2024: the last is 6 January 2025.
    expect(describeSchedule(weekly('MO', { count: 6, dtstart: '2024-12-02' }), 'en', early)).to.equal(
      'Every Monday until 6 January 2025',
    );
    expect(describeSchedule(weekly('MO', { count: 6 }), 'en', early)).to.equal('Every Monday, 6 times');
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }), 'cy', early)).to.match(
      /^Bob dydd Llun tan 6 Ionawr 2025$/,
    );
  });

  it('does not present a rule that has ended as running', () => {
    const later = { now: Date.UTC(2025, 5, 1) };
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }), 'en', later)).to.equal(
      'Every Monday until 6 January 2025. This has ended.',
    );
    expect(describeSchedule(weekly('MO', { count: 6, dtstart: '2024-12-02' }), 'en', later)).to.equal(
      'Every Monday until 6 January 2025. This has ended.',
    );
    expect(describeSchedule(weekly('MO', {}, { validTo: '2025-01-06' }), 'en', later)).to.equal(
      'Every Monday until 6 January 2025. This has ended.',
    );
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }), 'cy', later)).to.equal(
      'Bob dydd Llun tan 6 Ionawr 2025. Mae hyn wedi dod i ben.',
    );
    // The last day itself is not over until it ends in London.
    expect(describeSchedule(weekly('MO', { until: '2025-01-06' }), 'en', { now: Date.UTC(2025, 0, 6, 23) })).to.equal(
      'Every Monday until 6 January 2025',
    );
  });

  it('keeps the closing time of a session past midnight: 10pm to 2am', () => {
    expect(describeSchedule(weekly('FR', {}, times('22:00', '02:00')), 'en')).to.equal('Every Friday, 10pm to 2am');
  });

  it('falls back to the feed’s own words when there is no readable rule', () => {
    const described: Schedule = { description: 'Every other Tuesday, term time only', opensAt: '10:00' };
    expect(describeSchedule(described, 'en')).to.equal('Every other Tuesday, term time only');
    expect(describeSchedule(described, 'cy')).to.equal('Every other Tuesday, term time only');
  });

  it('says nothing when there is neither a rule nor a description', () => {
    expect(describeSchedule({ opensAt: '10:00' }, 'en')).to.equal('');
  });

  it('prefers the rule’s words to the description when it has both', () => {
    const both = weekly('WE', {}, { description: 'Wednesdays in the church hall', ...times('10:00', '12:00') });
    expect(describeSchedule(both, 'en')).to.equal('Every Wednesday, 10am to 12pm');
  });

  it('says every other week even when which weeks is unknown', () => {
    expect(describeSchedule(weekly('TU', { interval: 2 }), 'en')).to.equal('Every other Tuesday');
  });
});

describe('saying a time', () => {
  it('writes times the GOV.UK way in English', () => {
    expect(formatTime('19:00', 'en')).to.equal('7pm');
    expect(formatTime('10:30', 'en')).to.equal('10:30am');
    expect(formatTime('09:05', 'en')).to.equal('9:05am');
    expect(formatTime('12:00', 'en')).to.equal('12pm');
    expect(formatTime('12:45', 'en')).to.equal('12:45pm');
    expect(formatTime('00:00', 'en')).to.equal('midnight');
    expect(formatTime('24:00', 'en')).to.equal('midnight');
    expect(formatTime('00:30', 'en')).to.equal('12:30am');
  });

  it('writes morning, afternoon and evening in Welsh', () => {
    expect(formatTime('10:00', 'cy')).to.equal('10yb');
    expect(formatTime('12:00', 'cy')).to.equal('12yp');
    expect(formatTime('17:59', 'cy')).to.equal('5:59yp');
    expect(formatTime('18:00', 'cy')).to.equal('6yh');
    expect(formatTime('19:00', 'cy')).to.equal('7yh');
    expect(formatTime('00:00', 'cy')).to.equal('canol nos');
  });

  it('leaves a value that is not a time as it is', () => {
    expect(formatTime('noon', 'en')).to.equal('noon');
  });
});

describe('saying when a schedule is valid', () => {
  it('gives both dates', () => {
    const year: Schedule = { validFrom: '2026-09-01', validTo: '2027-07-31' };
    expect(describeValidity(year, 'en')).to.equal('From 1 September 2026 to 31 July 2027');
    expect(describeValidity(year, 'cy')).to.equal('O 1 Medi 2026 i 31 Gorffennaf 2027');
  });

  it('gives a start or an end alone', () => {
    expect(describeValidity({ validTo: '2027-07-31' }, 'en')).to.equal('Until 31 July 2027');
    expect(describeValidity({ validTo: '2027-07-31' }, 'cy')).to.equal('Tan 31 Gorffennaf 2027');
    expect(describeValidity({ validFrom: '2026-09-01' }, 'en')).to.equal('From 1 September 2026');
    expect(describeValidity({ validFrom: '2026-09-01' }, 'cy')).to.equal('O 1 Medi 2026 ymlaen');
  });

  it('keeps the date in summer and on the last day of the year', () => {
    expect(describeValidity({ validTo: '2026-06-30' }, 'en')).to.equal('Until 30 June 2026');
    expect(describeValidity({ validTo: '2026-12-31' }, 'en')).to.equal('Until 31 December 2026');
  });

  it('names every month in Welsh, whether or not the browser has Welsh dates', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      describeValidity({ validTo: `2027-${String(i + 1).padStart(2, '0')}-01` }, 'cy'),
    );
    expect(months).to.deep.equal(
      [
        'Ionawr',
        'Chwefror',
        'Mawrth',
        'Ebrill',
        'Mai',
        'Mehefin',
        'Gorffennaf',
        'Awst',
        'Medi',
        'Hydref',
        'Tachwedd',
        'Rhagfyr',
      ].map((month) => `Tan 1 ${month} 2027`),
    );
  });

  it('says nothing without dates', () => {
    expect(describeValidity({}, 'en')).to.equal('');
  });
});

describe('joining words with "and"', () => {
  it('joins English lists without a serial comma', () => {
    expect(joinWithAnd(['A'], 'en')).to.equal('A');
    expect(joinWithAnd(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
  });

  it('uses "ac" before a vowel, "a’r" for the article and the aspirate mutation in Welsh', () => {
    expect(joinWithAnd(['dydd Llun', 'ail ddydd Mawrth'], 'cy')).to.equal('dydd Llun ac ail ddydd Mawrth');
    expect(joinWithAnd(['y 1af', 'yr 11eg'], 'cy')).to.equal('y 1af a’r 11eg');
    expect(joinWithAnd(['dydd Llun', 'pedwerydd dydd Iau'], 'cy')).to.equal('dydd Llun a phedwerydd dydd Iau');
    expect(joinWithAnd(['dydd Llun', 'dydd Mawrth', 'dydd Iau'], 'cy')).to.equal('dydd Llun, dydd Mawrth a dydd Iau');
  });
});

describe('dates in words', () => {
  const words = { en: scheduleEn, cy: scheduleCy };

  it('names a weekday standing alone, as a filter label does, in English and Welsh', () => {
    expect(weekdayNameIn(words, 'MO', 'en')).to.equal('Monday');
    expect(weekdayNameIn(words, 'MO', 'cy')).to.equal('Dydd Llun');
    expect(weekdayNameIn(words, 'SU', 'cy-GB')).to.equal('Dydd Sul');
  });

  it('writes the next meeting day and a date in English as people in the UK do', () => {
    expect(formatDateIn(words, '2026-12-10', 'en', 'dayDate')).to.equal('Thursday 10 December');
    expect(formatDateIn(words, '2026-12-10', 'en')).to.equal('10 December 2026');
    expect(formatDateIn(words, 'not a date', 'en')).to.equal(undefined);
  });

  it('writes Welsh dates in Welsh, whether or not the browser knows Welsh dates', () => {
    // Some Chromium builds have no Welsh date data: the catalogue's words stand in, never English ones.
    const next = formatDateIn(words, '2026-12-10', 'cy', 'dayDate') ?? '';
    expect(next)
      .to.match(/Iau/i)
      .and.to.match(/10/)
      .and.to.match(/Rhagfyr/);
    expect(next).not.to.match(/Thursday|December/);
    expect(formatDateIn(words, '2027-01-04', 'cy-GB')).to.match(/4 Ionawr 2027/);
  });
});
