/**
 * Records in the shapes real council and charity feeds send (issue 7's notes), read by each
 * ORUK reader: nothing throws, each problem is reported once, and what can be kept is kept.
 */
import { expect } from '@open-wc/testing';
import { oruk1Reader } from '../../../src/data/dialects/oruk-v1-reader.js';
import { oruk3Reader } from '../../../src/data/dialects/oruk-v3-reader.js';
import type { Service } from '../../../src/data/model.js';

/** A description as a real feed's editor leaves it: HTML with &nbsp;, styles, a heading and a 145 KB inline image. */
const HEAVY_DESCRIPTION =
  '<h1 style="color:red">Youth club</h1><p>Games,&nbsp;music and&nbsp;food.</p>' +
  `<p><img src="data:image/png;base64,${'A'.repeat(145_000)}" alt="poster"></p><p>All welcome.</p>`;

function v1Record(n: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `rec-${n}`,
    name: `Group ${n}`,
    description: `Line one of ${n}.\r\nLine two.\r\n`,
    status: 'active',
    organization: { id: null, name: null, description: null, url: null, email: null },
    ...fields,
  };
}

const V1_PAGE = {
  totalElements: 5,
  totalPages: 1,
  number: 1,
  size: 5,
  first: true,
  last: true,
  content: [
    v1Record(1, {
      eligibilitys: [{ eligibility: 'Young people', minimum_age: -1, maximum_age: -1 }],
      contacts: [{ phones: [{ number: 'Youth service: 0117 000 0000' }] }],
    }),
    v1Record(2, { description: HEAVY_DESCRIPTION }),
    v1Record(3, { name: '', description: '<p><br></p>' }),
    v1Record(4, { 'custom_field ': 'kept aside ', 'another  ': null }),
    v1Record(5, { organization: null }),
  ],
};

const V3_PAGE = {
  total_items: 3,
  total_pages: 1,
  page_number: 1,
  size: 3,
  first_page: true,
  last_page: true,
  empty: false,
  contents: [
    { id: 'a', name: 'Walk and talk', description: 'Gentle walks.\r\nEvery week.', minimum_age: -1, maximum_age: -1 },
    {
      id: 'b',
      name: 'Drop-in',
      description: HEAVY_DESCRIPTION,
      organization: { id: null, name: null, description: null, website: null },
      phones: [{ number: 'Youth service: 0117 000 0000' }],
    },
    { id: 'c', name: '', description: '<p><br></p>' },
  ],
};

function byId(services: readonly Service[], id: string): Service | undefined {
  return services.find((service) => service.id === id);
}

describe('records shaped like real feeds', () => {
  for (const [label, read] of [
    ['ORUK 1.0', () => oruk1Reader.readServicePage(V1_PAGE)],
    ['ORUK 3.0', () => oruk3Reader.readServicePage(V3_PAGE)],
  ] as const) {
    it(`${label}: reads every page without throwing, each problem once`, () => {
      const reading = read();
      expect(reading.items.length).to.be.greaterThan(0);
      const keys = reading.problems.map((p) => `${p.code}|${p.itemId}|${p.field}`);
      expect(new Set(keys).size, 'no problem twice').to.equal(keys.length);
    });
  }

  it('ORUK 1.0: ages of -1 mean none, text in a phone number and null organisations do not lose the service', () => {
    const { items } = oruk1Reader.readServicePage(V1_PAGE);
    const first = byId(items, 'rec-1');
    expect(first, 'the service with -1 ages is kept').to.not.equal(undefined);
    expect(first?.minimumAge).to.equal(undefined);
    expect(first?.maximumAge).to.equal(undefined);
    expect(byId(items, 'rec-5'), 'a null organisation').to.not.equal(undefined);
    expect(byId(items, 'rec-4')?.name, 'custom fields with trailing spaces are ignored').to.equal('Group 4');
    expect(byId(items, 'rec-1')?.description).to.not.contain('\r');
  });

  it('ORUK 1.0: a 145 KB description with an inline image keeps its words and drops the image data', () => {
    const heavy = byId(oruk1Reader.readServicePage(V1_PAGE).items, 'rec-2');
    expect(heavy?.description).to.contain('Games');
    expect(heavy?.description ?? '').to.not.contain('base64');
    expect((heavy?.description ?? '').length).to.be.lessThan(1_000);
  });

  it('ORUK 3.0: the same shapes, and list items with none of the lists Waymark shows are summaries', () => {
    const { items } = oruk3Reader.readServicePage(V3_PAGE);
    expect(items.map((s) => s.detail)).to.deep.equal(items.map(() => 'summary'));
    expect(byId(items, 'a')?.minimumAge).to.equal(undefined);
    expect(byId(items, 'b')?.description ?? '').to.not.contain('base64');
  });

  it('an ORUK 1.0 council list of 819 summaries with no nested arrays is read whole, as summaries', () => {
    const content = Array.from({ length: 819 }, (_, i) => v1Record(i + 1));
    const reading = oruk1Reader.readServicePage({ totalElements: 819, totalPages: 1, number: 1, size: 819, content });
    expect(reading.items).to.have.length(819);
    expect(reading.items.every((s) => s.detail === 'summary')).to.equal(true);
  });
});
