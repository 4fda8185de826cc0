import { expect } from '@open-wc/testing';
import type { Schedule } from '../../../src/data/model.js';
import { describeScheduleIn } from '../../../src/data/time/schedule-phrases.js';
import { loadScheduleWords, scheduleAsLoaded } from '../../../src/i18n/schedule.js';

// Its own file, so that nothing here imports the data API's `schedule-words.ts`, which brings the Welsh at once:
// this is the widgets' way, the Welsh phrases and their grammar loaded on demand.
const firstAndThirdMonday: Schedule = {
  rule: {
    freq: 'MONTHLY',
    interval: 1,
    byDay: [
      { day: 'MO', ordinal: 1 },
      { day: 'MO', ordinal: 3 },
    ],
    byMonthDay: [],
  },
};

describe('Welsh schedule phrases loaded on demand', () => {
  it('join a list with the Welsh "and" and the mutation it takes, once loaded', async () => {
    await loadScheduleWords('cy');
    expect(describeScheduleIn(scheduleAsLoaded, firstAndThirdMonday, 'cy')).to.equal(
      'Dydd Llun cyntaf a thrydydd dydd Llun y mis',
    );
    expect(describeScheduleIn(scheduleAsLoaded, firstAndThirdMonday, 'en')).to.equal(
      'First Monday and third Monday of the month',
    );
  });
});
