import { expect } from '@open-wc/testing';
import { oruk3Reader, readSchedule, ProblemLog } from '../../src/data/index.js';

// `waymark/data` readers are synchronous: whatever loaded before, they read markup with the markup reader.
describe('waymark/data readers', () => {
  it('read an HTML description into paragraphs, and markup in a schedule note into plain words', () => {
    const page = {
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [{ id: 's1', name: 'Knit', description: '<p>Knit and natter.</p><p>Wool <b>provided</b>.</p>' }],
    };
    const service = oruk3Reader.readServicePage(page).items[0];
    expect(service?.description).to.equal('Knit and natter. Wool provided.');
    expect(service?.richDescription?.blocks).to.have.length(2);
    const schedule = readSchedule(
      { id: 'r1', freq: 'WEEKLY', byday: 'MO', description: '<b>Mondays</b> at ten' },
      new ProblemLog().for('service', 's1'),
    );
    expect(schedule?.description).to.equal('Mondays at ten');
  });
});
