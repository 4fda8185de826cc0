import { expect } from '@open-wc/testing';
import type { RecurrenceRule, Schedule, Weekday, WeekdayNum } from '../../../src/data/model.js';
import {
  compareOccurrences,
  expandSchedule,
  expandSchedules,
  nextOccurrence,
  ruleEndDate,
  runsOnDay,
} from '../../../src/data/time/recurrence.js';

function weekly(byDay: string, rule: Partial<RecurrenceRule> = {}, rest: Partial<Schedule> = {}): Schedule {
  return { rule: { freq: 'WEEKLY', interval: 1, byDay: days(byDay), byMonthDay: [], ...rule }, ...rest };
}

function monthly(rule: Partial<RecurrenceRule>, rest: Partial<Schedule> = {}): Schedule {
  return { rule: { freq: 'MONTHLY', interval: 1, byDay: [], byMonthDay: [], ...rule }, ...rest };
}

/** "2MO,-1FR,TU" → WeekdayNums. */
function days(text: string): WeekdayNum[] {
  return text
    .split(',')
    .filter(Boolean)
    .map((token) => {
      const m = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
      if (!m) throw new Error(token);
      return m[1] === undefined ? { day: m[2] as Weekday } : { day: m[2] as Weekday, ordinal: Number(m[1]) };
    });
}

function dates(schedule: Schedule, from: string, to: string): string[] {
  return expandSchedule(schedule, from, to).map((o) => o.date);
}

function starts(schedule: Schedule, from: string, to: string): (string | undefined)[] {
  return expandSchedule(schedule, from, to).map((o) => o.start);
}

describe('expanding schedules: London time', () => {
  const wednesdayGroup = weekly('WE', {}, { opensAt: '10:00', closesAt: '12:00' });

  it('keeps a weekly 10am group at 10am across the March clock change', () => {
    expect(expandSchedule(wednesdayGroup, '2026-03-23', '2026-04-05').map((o) => [o.start, o.end])).to.deep.equal([
      ['2026-03-25T10:00:00+00:00', '2026-03-25T12:00:00+00:00'],
      ['2026-04-01T10:00:00+01:00', '2026-04-01T12:00:00+01:00'],
    ]);
  });

  it('keeps a weekly 10am group at 10am across the October clock change', () => {
    expect(starts(wednesdayGroup, '2026-10-19', '2026-11-01')).to.deep.equal([
      '2026-10-21T10:00:00+01:00',
      '2026-10-28T10:00:00+00:00',
    ]);
  });

  it('gives a Sunday 10am group the new offset on the change days of 2026 and 2027', () => {
    const sunday = weekly('SU', {}, { opensAt: '10:00', closesAt: '11:30' });
    expect(starts(sunday, '2026-03-22', '2026-03-29')).to.deep.equal([
      '2026-03-22T10:00:00+00:00',
      '2026-03-29T10:00:00+01:00',
    ]);
    expect(starts(sunday, '2026-10-18', '2026-10-25')).to.deep.equal([
      '2026-10-18T10:00:00+01:00',
      '2026-10-25T10:00:00+00:00',
    ]);
    expect(starts(sunday, '2027-03-28', '2027-03-28')).to.deep.equal(['2027-03-28T10:00:00+01:00']);
    expect(starts(sunday, '2027-10-24', '2027-10-31')).to.deep.equal([
      '2027-10-24T10:00:00+01:00',
      '2027-10-31T10:00:00+00:00',
    ]);
  });

  it('moves a 1:30am start the clocks skip to 2:30am summer time, on the March change day', () => {
    const night = weekly('SU', {}, { opensAt: '01:30', closesAt: '03:00' });
    const [occurrence] = expandSchedule(night, '2026-03-29', '2026-03-29');
    expect(occurrence).to.include({
      date: '2026-03-29',
      start: '2026-03-29T02:30:00+01:00',
      end: '2026-03-29T03:00:00+01:00',
    });
  });

  it('takes the first 1:30am (summer time) on the October change day', () => {
    const night = weekly('SU', {}, { opensAt: '01:30', closesAt: '03:00' });
    expect(expandSchedule(night, '2026-10-25', '2026-10-25')[0]).to.include({
      start: '2026-10-25T01:30:00+01:00',
      end: '2026-10-25T03:00:00+00:00',
    });
  });

  it('ends a group that closes at midnight on the next day', () => {
    const late = weekly('FR', {}, { opensAt: '20:00', closesAt: '00:00' });
    expect(expandSchedule(late, '2026-06-05', '2026-06-05')[0]).to.include({
      date: '2026-06-05',
      start: '2026-06-05T20:00:00+01:00',
      end: '2026-06-06T00:00:00+01:00',
    });
  });

  it('gives only a date, no start or end, when the schedule has no opening time', () => {
    const untimed = weekly('WE', {}, { closesAt: '12:00' });
    const [occurrence] = expandSchedule(untimed, '2026-03-25', '2026-03-25');
    expect(occurrence?.date).to.equal('2026-03-25');
    expect(occurrence).to.not.have.property('start');
    expect(occurrence).to.not.have.property('end');
  });

  it('gives a start and no end when the schedule has only an opening time', () => {
    const [occurrence] = expandSchedule(weekly('WE', {}, { opensAt: '18:30' }), '2026-03-25', '2026-03-25');
    expect(occurrence?.start).to.equal('2026-03-25T18:30:00+00:00');
    expect(occurrence).to.not.have.property('end');
  });
});

describe('expanding schedules: weekly rules', () => {
  it('meets on every day the rule names, in date order', () => {
    expect(dates(weekly('TH,TU'), '2026-03-02', '2026-03-15')).to.deep.equal([
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-12',
    ]);
  });

  it('meets every other Tuesday from its start date', () => {
    expect(dates(weekly('TU', { interval: 2, dtstart: '2026-01-06' }), '2026-01-01', '2026-03-10')).to.deep.equal([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
      '2026-03-03',
    ]);
  });

  it('keeps every other week in step across a year boundary, whatever day the window starts', () => {
    const fortnightly = weekly('TU', { interval: 2, dtstart: '2025-12-23' });
    expect(dates(fortnightly, '2025-12-01', '2026-01-31')).to.deep.equal(['2025-12-23', '2026-01-06', '2026-01-20']);
    expect(dates(fortnightly, '2025-12-24', '2026-01-31')).to.deep.equal(['2026-01-06', '2026-01-20']);
    expect(dates(fortnightly, '2025-12-30', '2026-01-13')).to.deep.equal(['2026-01-06']);
  });

  it('counts weeks from the Monday of the start date’s week', () => {
    // Starts on a Thursday: that week's Tuesday is before the start, so the first is three weeks on.
    expect(dates(weekly('TU', { interval: 3, dtstart: '2026-01-08' }), '2026-01-01', '2026-02-28')).to.deep.equal([
      '2026-01-27',
      '2026-02-17',
    ]);
  });

  it('finds the right weeks of an every-3-weeks rule begun in 2005, in a 2026 window', () => {
    const every3 = weekly('TU', { interval: 3, dtstart: '2005-01-04' });
    expect(dates(every3, '2026-03-01', '2026-04-30')).to.deep.equal(['2026-03-03', '2026-03-24', '2026-04-14']);
  });

  it('anchors every other week on the schedule’s valid-from date when the rule has no start', () => {
    const fortnightly = weekly('TU', { interval: 2 }, { validFrom: '2026-01-13' });
    expect(dates(fortnightly, '2026-01-01', '2026-02-28')).to.deep.equal([
      '2026-01-13',
      '2026-01-27',
      '2026-02-10',
      '2026-02-24',
    ]);
  });

  it('gives no occurrences for every other week with no start date at all', () => {
    expect(expandSchedule(weekly('TU', { interval: 2 }), '2026-01-01', '2026-12-31')).to.deep.equal([]);
  });
});

describe('expanding schedules: monthly rules', () => {
  it('meets on the second Monday of each month', () => {
    expect(dates(monthly({ byDay: days('2MO') }), '2026-01-01', '2026-06-30')).to.deep.equal([
      '2026-01-12',
      '2026-02-09',
      '2026-03-09',
      '2026-04-13',
      '2026-05-11',
      '2026-06-08',
    ]);
  });

  it('meets on the last Friday of each month', () => {
    expect(dates(monthly({ byDay: days('-1FR') }), '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
      '2026-07-31',
      '2026-08-28',
      '2026-09-25',
      '2026-10-30',
      '2026-11-27',
      '2026-12-25',
    ]);
  });

  it('skips the months that have no fifth Thursday', () => {
    expect(dates(monthly({ byDay: days('5TH') }), '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-29',
      '2026-04-30',
      '2026-07-30',
      '2026-10-29',
      '2026-12-31',
    ]);
  });

  it('reads a plain day in a monthly rule as every such day of the month', () => {
    expect(dates(monthly({ byDay: days('WE') }), '2026-04-01', '2026-04-30')).to.deep.equal([
      '2026-04-01',
      '2026-04-08',
      '2026-04-15',
      '2026-04-22',
      '2026-04-29',
    ]);
  });

  it('skips the 31st in months that do not have one', () => {
    expect(dates(monthly({ byMonthDay: [31] }), '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('counts a negative month day from the end of the month, leap years included', () => {
    expect(dates(monthly({ byMonthDay: [-1] }), '2026-01-01', '2026-04-30')).to.deep.equal([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(dates(monthly({ byMonthDay: [-1] }), '2028-02-01', '2028-02-29')).to.deep.equal(['2028-02-29']);
  });

  it('meets on the 1st and 15th in date order', () => {
    expect(dates(monthly({ byMonthDay: [15, 1] }), '2026-05-01', '2026-06-30')).to.deep.equal([
      '2026-05-01',
      '2026-05-15',
      '2026-06-01',
      '2026-06-15',
    ]);
  });

  it('meets every other month on the first Saturday, in step with its start', () => {
    const rule = { byDay: days('1SA'), interval: 2, dtstart: '2026-02-01' };
    expect(dates(monthly(rule), '2026-01-01', '2026-08-31')).to.deep.equal([
      '2026-02-07',
      '2026-04-04',
      '2026-06-06',
      '2026-08-01',
    ]);
    expect(dates(monthly(rule), '2026-03-15', '2026-07-31')).to.deep.equal(['2026-04-04', '2026-06-06']);
  });

  it('keeps only the month days that fall on the named weekday when a rule has both', () => {
    expect(dates(monthly({ byDay: days('FR'), byMonthDay: [13] }), '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-02-13',
      '2026-03-13',
      '2026-11-13',
    ]);
  });
});

describe('expanding schedules: limits', () => {
  it('includes the until date itself', () => {
    expect(dates(weekly('MO', { until: '2026-03-16' }), '2026-03-01', '2026-03-31')).to.deep.equal([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
  });

  it('includes both the valid-from and the valid-to dates', () => {
    const termTime = weekly('MO', {}, { validFrom: '2026-03-09', validTo: '2026-03-23' });
    expect(dates(termTime, '2026-03-01', '2026-03-31')).to.deep.equal(['2026-03-09', '2026-03-16', '2026-03-23']);
  });

  it('gives nothing before the start date', () => {
    expect(dates(weekly('MO', { dtstart: '2026-03-10' }), '2026-03-01', '2026-03-24')).to.deep.equal([
      '2026-03-16',
      '2026-03-23',
    ]);
  });

  it('gives nothing when the window ends before the start date', () => {
    expect(expandSchedule(weekly('MO', { dtstart: '2026-09-07' }), '2026-03-01', '2026-08-31')).to.deep.equal([]);
  });

  it('counts occurrences from the start date, not from the window', () => {
    const fourWeeks = weekly('MO', { dtstart: '2026-01-05', count: 4 });
    expect(dates(fourWeeks, '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
    ]);
    expect(dates(fourWeeks, '2026-01-20', '2026-03-31')).to.deep.equal(['2026-01-26']);
    expect(dates(fourWeeks, '2026-02-01', '2026-02-28')).to.deep.equal([]);
  });

  it('counts a several-days-a-week rule from a start part way through the week', () => {
    const sessions = weekly('MO,WE,FR', { dtstart: '2026-01-07', count: 5 });
    expect(dates(sessions, '2026-01-01', '2026-01-31')).to.deep.equal([
      '2026-01-07',
      '2026-01-09',
      '2026-01-12',
      '2026-01-14',
      '2026-01-16',
    ]);
  });

  it('counts monthly occurrences from the start date, in months that have the day', () => {
    const fiveTimes = monthly({ byMonthDay: [1, 15], dtstart: '2026-01-10', count: 5 });
    expect(dates(fiveTimes, '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-15',
      '2026-02-01',
      '2026-02-15',
      '2026-03-01',
      '2026-03-15',
    ]);
    const thirtyFirsts = monthly({ byMonthDay: [31], dtstart: '2026-01-01', count: 3 });
    expect(dates(thirtyFirsts, '2026-04-01', '2026-12-31')).to.deep.equal(['2026-05-31']);
  });

  it('follows a monthly count for a century at most, so a rule that rarely or never matches costs little', () => {
    // Seven months a year have a 31st: the 800th is about 114 years on, past a century, so the rule is endless.
    const longCount = monthly({ byMonthDay: [31], dtstart: '2026-01-01', count: 800 });
    expect(ruleEndDate(longCount)).to.equal(undefined);
    expect(dates(longCount, '2126-12-01', '2126-12-31')).to.deep.equal(['2126-12-31']);
    // The 600th is within it (about 86 years on).
    const withinCentury = monthly({ byMonthDay: [31], dtstart: '2026-01-01', count: 600 });
    expect(ruleEndDate(withinCentury)).to.match(/^21[01]\d-\d\d-31$/);
    // The 31st is never the second Friday: nothing to count, never an occurrence, and no end date.
    const never = monthly({ byMonthDay: [31], byDay: days('2FR'), dtstart: '2026-01-01', count: 3 });
    expect(ruleEndDate(never)).to.equal(undefined);
    expect(dates(never, '2026-01-01', '2030-12-31')).to.deep.equal([]);
  });

  it('gives no occurrences for a schedule without a rule', () => {
    const described: Schedule = { description: 'Every other Tuesday, term time only', opensAt: '10:00' };
    expect(expandSchedule(described, '2026-01-01', '2026-12-31')).to.deep.equal([]);
  });

  it('gives no occurrences for a window given in an unreadable form', () => {
    expect(expandSchedule(weekly('MO'), '1 March 2026', '2026-03-31')).to.deep.equal([]);
  });
});

describe('expanding schedules: agreement with a day-by-day reading of the rule', () => {
  const DAY = 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const weekdayOf = (t: number) => (['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const)[new Date(t).getUTCDay()];

  /** The plain reading of RFC 5545 this module implements, one day at a time with Date objects. */
  function readDayByDay(schedule: Schedule, from: string, to: string): string[] {
    const rule = schedule.rule!;
    const anchor = rule.dtstart ?? schedule.validFrom;
    if (!anchor && (rule.interval > 1 || rule.count)) return [];
    const anchorTime = anchor ? Date.parse(anchor) : 0;
    const anchorDate = new Date(anchorTime);
    const mondayOfAnchor = anchorTime - ((anchorDate.getUTCDay() + 6) % 7) * DAY;
    const matches = (t: number): boolean => {
      const d = new Date(t);
      const dayOfMonth = d.getUTCDate();
      const length = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      const isDay = (w: WeekdayNum) =>
        w.day === weekdayOf(t) &&
        (w.ordinal === undefined ||
          (w.ordinal > 0
            ? Math.ceil(dayOfMonth / 7) === w.ordinal
            : Math.ceil((length - dayOfMonth + 1) / 7) === -w.ordinal));
      if (rule.freq === 'WEEKLY') {
        const monday = t - ((d.getUTCDay() + 6) % 7) * DAY;
        const weeks = Math.round((monday - mondayOfAnchor) / (7 * DAY));
        return rule.byDay.some((w) => w.day === weekdayOf(t)) && weeks % rule.interval === 0;
      }
      const months =
        (d.getUTCFullYear() - anchorDate.getUTCFullYear()) * 12 + d.getUTCMonth() - anchorDate.getUTCMonth();
      if (anchor && months % rule.interval !== 0) return false;
      if (rule.byMonthDay.length > 0) {
        const onDate = rule.byMonthDay.some((n) => (n > 0 ? n : length + n + 1) === dayOfMonth);
        return onDate && (rule.byDay.length === 0 || rule.byDay.some(isDay));
      }
      return rule.byDay.some(isDay);
    };
    const bounds = [rule.dtstart, schedule.validFrom].filter(Boolean).map((s) => Date.parse(s!));
    const ends = [rule.until, schedule.validTo].filter(Boolean).map((s) => Date.parse(s!));
    const start = rule.count ? anchorTime : Date.parse(from);
    const found: string[] = [];
    let counted = 0;
    for (let t = start; t <= Date.parse(to); t += DAY) {
      if (anchor && t < anchorTime) continue;
      if (!matches(t)) continue;
      counted += 1;
      if (rule.count && counted > rule.count) break;
      if (t < Date.parse(from) || bounds.some((b) => t < b) || ends.some((e) => t > e)) continue;
      found.push(iso(t));
    }
    return found;
  }

  /** A small deterministic generator (mulberry32), so a failure can be repeated. */
  function random(seed: number): (n: number) => number {
    let state = seed >>> 0;
    return (n) => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
  }

  it('matches the day-by-day reading for 400 generated rules and windows', () => {
    const pick = random(20260325);
    const weekdays: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const date = (fromYear: number, years: number) => iso(Date.UTC(fromYear, 0, 1) + pick(years * 365) * DAY);
    for (let i = 0; i < 400; i += 1) {
      const freq = pick(2) === 0 ? 'WEEKLY' : 'MONTHLY';
      const byDay: WeekdayNum[] = [];
      for (const day of weekdays) {
        if (pick(4) !== 0) continue;
        const ordinal = freq === 'MONTHLY' && pick(2) === 0 ? [1, 2, 3, 4, 5, -1, -2, -5][pick(8)] : undefined;
        byDay.push(ordinal === undefined ? { day } : { day, ordinal });
      }
      const byMonthDay =
        freq === 'MONTHLY' && (byDay.length === 0 || pick(5) === 0)
          ? [...new Set([1 + pick(31), pick(2) ? -1 - pick(31) : 1 + pick(31)])]
          : [];
      if (byDay.length === 0 && byMonthDay.length === 0) byDay.push({ day: weekdays[pick(7)]! });
      const rule: RecurrenceRule = {
        freq,
        interval: 1 + pick(4),
        byDay,
        byMonthDay,
        ...(pick(3) !== 0 && { dtstart: date(2004, 23) }),
        ...(pick(4) === 0 && { until: date(2025, 3) }),
        ...(pick(4) === 0 && { count: 1 + pick(300) }),
      };
      const schedule: Schedule = {
        rule,
        ...(pick(4) === 0 && { validFrom: date(2020, 7) }),
        ...(pick(4) === 0 && { validTo: date(2025, 3) }),
      };
      const from = date(2025, 2);
      const to = iso(Date.parse(from) + pick(120) * DAY);
      const expected = readDayByDay(schedule, from, to);
      const actual = dates(schedule, from, to);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        expect.fail(`${JSON.stringify(schedule)} ${from}..${to}: ${actual.join(' ')} ≠ ${expected.join(' ')}`);
      }
    }
  });
});

describe('expanding many schedules', () => {
  it('sorts occurrences of several schedules by date, then untimed first, then by start time', () => {
    const evening = weekly('TU', {}, { id: 'evening', opensAt: '19:00' });
    const morning = weekly('TU,TH', {}, { id: 'morning', opensAt: '09:30' });
    const allDay = weekly('TU', {}, { id: 'all-day' });
    const result = expandSchedules([evening, morning, allDay], '2026-03-03', '2026-03-05');
    expect(result.map((o) => `${o.date} ${o.schedule.id}`)).to.deep.equal([
      '2026-03-03 all-day',
      '2026-03-03 morning',
      '2026-03-03 evening',
      '2026-03-05 morning',
    ]);
    expect([...result].sort(compareOccurrences)).to.deep.equal(result);
  });

  it('gives the same occurrences for a schedule asked about twice', () => {
    const schedule = monthly({ byMonthDay: [1, 15], dtstart: '2006-01-01', count: 600 }, { opensAt: '10:00' });
    const first = expandSchedule(schedule, '2026-01-01', '2026-12-31');
    expect(first.length).to.be.greaterThan(0);
    expect(expandSchedule(schedule, '2026-01-01', '2026-12-31')).to.deep.equal(first);
  });
});

describe('the next occurrence', () => {
  const tuesdayMorning = weekly('TU', {}, { opensAt: '10:00', closesAt: '12:00' });

  it('finds the next meeting on or after a date', () => {
    expect(nextOccurrence(tuesdayMorning, '2026-03-03')?.date).to.equal('2026-03-03');
    expect(nextOccurrence(tuesdayMorning, '2026-03-04')?.date).to.equal('2026-03-10');
  });

  it('passes over a meeting that has already started at the given instant', () => {
    expect(nextOccurrence(tuesdayMorning, '2026-03-03T09:59:00Z')?.start).to.equal('2026-03-03T10:00:00+00:00');
    expect(nextOccurrence(tuesdayMorning, '2026-03-03T10:30:00+00:00')?.start).to.equal('2026-03-10T10:00:00+00:00');
  });

  it('picks the earliest of several schedules', () => {
    const thursday = weekly('TH', {}, { opensAt: '18:00' });
    expect(nextOccurrence([tuesdayMorning, thursday], '2026-03-04T12:00:00Z')?.start).to.equal(
      '2026-03-05T18:00:00+00:00',
    );
  });

  it('finds a rare meeting months ahead', () => {
    // In step with February: April and June have no 31st, so August is next.
    const rare = monthly({ byMonthDay: [31], interval: 2, dtstart: '2026-02-01' });
    expect(nextOccurrence(rare, '2026-02-01')?.date).to.equal('2026-08-31');
  });

  it('finds nothing after a schedule has ended, or for a schedule without a rule', () => {
    expect(nextOccurrence(weekly('TU', { until: '2026-01-31' }), '2026-02-01')).to.equal(undefined);
    expect(nextOccurrence({ description: 'Ring for times' }, '2026-02-01')).to.equal(undefined);
    expect(nextOccurrence(tuesdayMorning, 'soon')).to.equal(undefined);
  });
});

describe('which days a schedule runs on', () => {
  it('says a rule runs on the days its byDay names, ordinals or not', () => {
    expect(runsOnDay(weekly('TU,TH'), 'TH')).to.equal(true);
    expect(runsOnDay(weekly('TU,TH'), 'WE')).to.equal(false);
    expect(runsOnDay(monthly({ byDay: days('-1FR') }), 'FR')).to.equal(true);
  });

  it('says a month-day rule, or no rule, runs on no particular weekday', () => {
    expect(runsOnDay(monthly({ byMonthDay: [1] }), 'MO')).to.equal(false);
    expect(runsOnDay({ description: 'Mondays' }, 'MO')).to.equal(false);
  });
});
