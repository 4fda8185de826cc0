import { expect } from '@open-wc/testing';
import { defaultCrisisRoutes, dialString } from '../../src/data/crisis-routes.js';
import { readCrisisRoutes } from '../../src/data/own-crisis-routes.js';

describe('crisis routes', () => {
  it('defaults to 999, NHS 111 option 2, Samaritans and Shout in England', () => {
    const routes = defaultCrisisRoutes();
    expect(routes.map((r) => r.call ?? r.text?.number)).to.deep.equal(['999', '111', '116 123', '85258']);
    expect(routes[1]!.message).to.deep.equal({ key: 'crisisNhs111England' });
    expect(routes[3]!.text).to.deep.equal({ keyword: 'SHOUT', number: '85258' });
  });

  it('uses each nation’s urgent line', () => {
    expect(defaultCrisisRoutes('wales')[1]!.message).to.deep.equal({ key: 'crisisNhs111Wales' });
    expect(defaultCrisisRoutes('scotland')[1]!.message).to.deep.equal({ key: 'crisisNhs24Scotland' });
    expect(defaultCrisisRoutes('northern-ireland')[1]!.call).to.equal('0808 808 8000');
  });

  it('reads a site’s own routes from JSON, keeping only safe numbers and https links', () => {
    const routes = readCrisisRoutes(
      JSON.stringify([
        { text: ' Call our duty line ', call: '01623 000000' },
        { text: 'Text us', sms: { keyword: 'HELP', number: '80010' } },
        { text: 'Read more', url: 'https://help.example/crisis', call: 'javascript:alert(1)' },
        { text: 'Not a link', url: 'javascript:alert(1)' },
        { call: '999' },
        { text: '   ' },
      ]),
    );
    expect(routes).to.deep.equal([
      { message: { text: 'Call our duty line' }, call: '01623 000000' },
      { message: { text: 'Text us' }, text: { keyword: 'HELP', number: '80010' } },
      { message: { text: 'Read more' }, url: 'https://help.example/crisis' },
      { message: { text: 'Not a link' } },
    ]);
  });

  it('gives undefined for what is not a list of routes', () => {
    expect(readCrisisRoutes('not json')).to.be.undefined;
    expect(readCrisisRoutes('{"text": "one"}')).to.be.undefined;
    expect(readCrisisRoutes([{ call: '999' }])).to.be.undefined;
    expect(readCrisisRoutes([])).to.be.undefined;
  });

  it('dials only digits and a plus', () => {
    expect(dialString('+44 (0)1623 000-000')).to.equal('+4401623000000');
  });
});
