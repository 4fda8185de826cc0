import { expect } from '@open-wc/testing';
import {
  clockChangeDays,
  dateOfDay,
  dayNumber,
  londonDateTime,
  londonInstant,
  londonOffsetAt,
  londonWallClockAt,
  minutesOfTime,
  weekdayIndex,
} from '../../../src/data/time/london-time.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

function day(date: string): number {
  const n = dayNumber(date);
  if (n === undefined) throw new Error(`not a date: ${date}`);
  return n;
}

const intlOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });

/** What Intl, with the browser's own time-zone data, says the London offset is, in minutes. */
function offsetFromIntl(instant: number): number {
  const name = intlOffset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
  if (!m) throw new Error(`unexpected offset name: ${name}`);
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const intlWallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD HH:MM" in London, as Intl reads an instant. */
function londonFromIntl(instant: number): string {
  const parts = Object.fromEntries(intlWallClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

describe('London time', () => {
  it('numbers days like the UTC calendar for every day from 1900 to 2100', () => {
    const first = Date.UTC(1900, 0, 1) / DAY;
    const last = Date.UTC(2100, 11, 31) / DAY;
    for (let n = first; n <= last; n += 1) {
      const date = new Date(n * DAY);
      const iso = date.toISOString().slice(0, 10);
      if (dateOfDay(n) !== iso || dayNumber(iso) !== n || weekdayIndex(n) !== (date.getUTCDay() + 6) % 7) {
        expect.fail(`day ${n}: ${dateOfDay(n)} / ${iso}, weekday ${weekdayIndex(n)}`);
      }
    }
  });

  it('refuses dates that do not exist', () => {
    expect(dayNumber('2026-02-29')).to.equal(undefined);
    expect(dayNumber('2026-13-01')).to.equal(undefined);
    expect(dayNumber('2026-04-31')).to.equal(undefined);
    expect(dayNumber('next Tuesday')).to.equal(undefined);
    expect(dayNumber('2028-02-29')).to.equal(day('2028-02-28') + 1);
  });

  it('reads times of day, with 24:00 as the end of the day', () => {
    expect(minutesOfTime('00:00')).to.equal(0);
    expect(minutesOfTime('10:30')).to.equal(630);
    expect(minutesOfTime('24:00')).to.equal(1440);
    expect(minutesOfTime('24:30')).to.equal(undefined);
    expect(minutesOfTime('10:60')).to.equal(undefined);
  });

  it('finds the clock change Sundays of 2026 and 2027', () => {
    expect(clockChangeDays(2026)).to.deep.equal({ forward: day('2026-03-29'), back: day('2026-10-25') });
    expect(clockChangeDays(2027)).to.deep.equal({ forward: day('2027-03-28'), back: day('2027-10-31') });
  });

  it('agrees with Intl on the UK offset at every hour of 2025 to 2028', () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2029, 0, 1);
    let checked = 0;
    for (let instant = start; instant < end; instant += HOUR) {
      const expected = offsetFromIntl(instant);
      if (londonOffsetAt(instant) !== expected) {
        expect.fail(`${new Date(instant).toISOString()}: rule ${londonOffsetAt(instant)}, Intl ${expected}`);
      }
      checked += 1;
    }
    expect(checked).to.equal(35_064);
  });

  it('turns 10:00 London time on every day of 2025 to 2028 into the instant Intl reads back as 10:00', () => {
    for (let n = day('2025-01-01'); n <= day('2028-12-31'); n += 1) {
      const iso = londonDateTime(n, 600);
      expect(Date.parse(iso)).to.equal(londonInstant(n, 600));
      if (londonFromIntl(Date.parse(iso)) !== `${dateOfDay(n)} 10:00`) expect.fail(`${iso} reads back wrongly`);
    }
  });

  it('writes the offset of each season', () => {
    expect(londonDateTime(day('2026-03-25'), 600)).to.equal('2026-03-25T10:00:00+00:00');
    expect(londonDateTime(day('2026-04-01'), 600)).to.equal('2026-04-01T10:00:00+01:00');
  });

  it('moves a time the clocks skip forward an hour, on the March change day', () => {
    const changeDay = day('2026-03-29');
    expect(londonDateTime(changeDay, 59)).to.equal('2026-03-29T00:59:00+00:00');
    expect(londonDateTime(changeDay, 60 + 30)).to.equal('2026-03-29T02:30:00+01:00');
    expect(londonDateTime(changeDay, 120)).to.equal('2026-03-29T02:00:00+01:00');
  });

  it('takes the first (summer time) of a time that happens twice, on the October change day', () => {
    const changeDay = day('2026-10-25');
    expect(londonDateTime(changeDay, 60 + 30)).to.equal('2026-10-25T01:30:00+01:00');
    expect(londonDateTime(changeDay, 60 + 59)).to.equal('2026-10-25T01:59:00+01:00');
    expect(londonDateTime(changeDay, 120)).to.equal('2026-10-25T02:00:00+00:00');
    expect(londonFromIntl(londonInstant(changeDay, 90))).to.equal('2026-10-25 01:30');
    expect(londonInstant(changeDay, 90)).to.equal(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('reads the London date and time of an instant, either side of a change', () => {
    expect(londonWallClockAt(Date.parse('2026-10-25T00:59:00Z'))).to.deep.equal({
      day: day('2026-10-25'),
      minutes: 60 + 59,
    });
    expect(londonWallClockAt(Date.parse('2026-10-25T01:00:00Z'))).to.deep.equal({
      day: day('2026-10-25'),
      minutes: 60,
    });
    expect(londonWallClockAt(Date.parse('2026-06-30T23:30:00Z'))).to.deep.equal({
      day: day('2026-07-01'),
      minutes: 30,
    });
  });

  it('carries a time of 24:00 into the next day', () => {
    expect(londonDateTime(day('2026-06-30'), 1440)).to.equal('2026-07-01T00:00:00+01:00');
  });
});
