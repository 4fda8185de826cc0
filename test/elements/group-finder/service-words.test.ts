import { expect } from '@open-wc/testing';
import { londonToday } from '../../../src/elements/group-finder/service-words.js';

describe('londonToday', () => {
  it('is the date on a London clock, in summer time and out of it', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST); in January the clocks agree with UTC.
    expect(londonToday(Date.parse('2026-06-30T23:30:00Z'))).to.equal('2026-07-01');
    expect(londonToday(Date.parse('2026-01-31T23:30:00Z'))).to.equal('2026-01-31');
    // The clocks go forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October.
    expect(londonToday(Date.parse('2026-03-28T23:59:00Z'))).to.equal('2026-03-28');
    expect(londonToday(Date.parse('2026-10-24T23:30:00Z'))).to.equal('2026-10-25');
    expect(londonToday(Date.parse('2026-10-25T23:30:00Z'))).to.equal('2026-10-25');
  });

  it('agrees with the browser’s own London date across a year', () => {
    const browser = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 37 * 60 * 60 * 1000) {
      expect(londonToday(t)).to.equal(browser.format(new Date(t)));
    }
  });
});
