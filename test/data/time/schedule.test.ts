import { expect } from '@open-wc/testing';
import { ProblemLog } from '../../../src/data/problems.js';
import { parseByDay, readSchedule } from '../../../src/data/time/schedule.js';
import { weekdayOf } from '../../../src/data/time/weekdays.js';

function read(raw: unknown) {
  const log = new ProblemLog();
  const schedule = readSchedule(raw, log.for('service', 's1').nested('schedules[0]'));
  return { schedule, problems: log.problems };
}

describe('reading schedules', () => {
  it('reads a weekly ORUK 3.0 rule with times', () => {
    const { schedule, problems } = read({ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00:00', closes_at: '12:00:00' });
    expect(schedule?.rule).to.deep.equal({ freq: 'WEEKLY', interval: 1, byDay: [{ day: 'WE' }], byMonthDay: [] });
    expect(schedule).to.include({ opensAt: '10:00', closesAt: '12:00' });
    expect(problems).to.deep.equal([]);
  });

  it('reads ordinal days: second Monday and last Friday', () => {
    expect(parseByDay('2MO,-1FR').days).to.deep.equal([
      { day: 'MO', ordinal: 2 },
      { day: 'FR', ordinal: -1 },
    ]);
  });

  it('reads an ORUK 1.0 weekday as a weekly rule', () => {
    const { schedule } = read({ weekday: 'Tuesday', opens_at: '19:00', closes_at: '21:00' });
    expect(schedule?.rule?.byDay).to.deep.equal([{ day: 'TU' }]);
    expect(schedule?.rule?.freq).to.equal('WEEKLY');
  });

  it('falls back to the description for an unknown freq, and reports it once', () => {
    const { schedule, problems } = read({ freq: 'FORTNIGHTLY', byday: 'TU', description: 'Every other Tuesday' });
    expect(schedule?.rule).to.equal(undefined);
    expect(schedule?.description).to.equal('Every other Tuesday');
    expect(problems.map((p) => `${p.code} ${p.field}`)).to.deep.equal(['unreadable-schedule schedules[0].freq']);
  });

  it('keeps the readable days of a byday with some garbage, and reports the garbage', () => {
    const { schedule, problems } = read({ freq: 'WEEKLY', byday: 'MO,XX' });
    expect(schedule?.rule?.byDay).to.deep.equal([{ day: 'MO' }]);
    expect(problems[0]?.code).to.equal('unreadable-schedule');
  });

  it('keeps the closing time of a session that runs past midnight: 10pm to 2am', () => {
    const { schedule, problems } = read({ byday: 'FR', opens_at: '22:00:00', closes_at: '02:00:00' });
    expect(schedule).to.include({ opensAt: '22:00', closesAt: '02:00' });
    expect(problems).to.deep.equal([]);
  });

  it('drops a closing time equal to the opening time', () => {
    const same = read({ byday: 'FR', opens_at: '14:00', closes_at: '14:00' });
    expect(same.schedule?.closesAt).to.equal(undefined);
    expect(same.problems[0]?.code).to.equal('invalid-value');
  });

  it('drops a closing time before the opening time', () => {
    const { schedule, problems } = read({ byday: 'FR', opens_at: '14:00', closes_at: '09:00' });
    expect(schedule?.closesAt).to.equal(undefined);
    expect(problems[0]?.code).to.equal('invalid-value');
  });

  it('takes a weekly rule’s day from its start date when it has no byday', () => {
    const { schedule } = read({ freq: 'WEEKLY', dtstart: '2026-11-04' });
    expect(weekdayOf('2026-11-04')).to.equal('WE');
    expect(schedule?.rule?.byDay).to.deep.equal([{ day: 'WE' }]);
  });

  it('leaves out a record with nothing in it', () => {
    const { schedule, problems } = read({ id: 'x' });
    expect(schedule).to.equal(undefined);
    expect(problems.length).to.equal(1);
  });
});
