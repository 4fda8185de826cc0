import { expect } from '@open-wc/testing';
import { formatDateIn } from '../../../src/data/time/schedule-phrases.js';
import { loadScheduleWords, scheduleAsLoaded } from '../../../src/i18n/schedule.js';

// Its own file: the browser's date formats are looked up once per language, so this page must not have asked before.
describe('dates in a browser whose Intl has no Welsh dates', () => {
  const supported = Intl.DateTimeFormat.supportedLocalesOf;
  before(() => {
    // As some Chromium builds: no date data for any language asked about.
    Intl.DateTimeFormat.supportedLocalesOf = () => [];
  });
  after(() => {
    Intl.DateTimeFormat.supportedLocalesOf = supported;
  });

  it('writes Welsh dates from the Welsh words, English ones from Intl, and English until the Welsh words load', async () => {
    expect(formatDateIn(scheduleAsLoaded, '2027-03-04', 'cy')).to.equal('4 March 2027');
    await loadScheduleWords('cy');
    expect(formatDateIn(scheduleAsLoaded, '2027-03-04', 'cy')).to.equal('4 Mawrth 2027');
    expect(formatDateIn(scheduleAsLoaded, '2027-03-04', 'cy', 'dayDate')).to.equal('Dydd Iau 4 Mawrth');
    expect(formatDateIn(scheduleAsLoaded, '2027-03-04', 'en', 'dayDate')).to.equal('Thursday 4 March');
    expect(formatDateIn(scheduleAsLoaded, '2027-12-25', 'en')).to.equal('25 December 2027');
  });
});
