import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/data/model.js';
import { SearchIndex, foldForSearch, type SearchQuery, type TextMatches } from '../../../src/data/search/search.js';
import { FOREST_TOWN, MANSFIELD, RAINWORTH, WARSOP, aCategory, aPlace, aService } from '../builders/service-builder.js';

function namesFound(services: readonly Service[], query: SearchQuery): string[] {
  return new SearchIndex(services).search(query).map((hit) => hit.service.name);
}

const directory = [
  aService({ name: 'Forest Town Walking Group', description: 'A gentle walk round the park.' }),
  aService({ name: 'Rainworth Walking Group', description: 'Two to five miles on tracks.' }),
  aService({ name: "Men's Shed", description: 'Woodwork and a cuppa.' }),
  aService({ name: 'Memory Café', description: 'For people living with dementia and their carers.' }),
  aService({ name: 'Lunch Club', description: 'A hot two-course meal every Tuesday.' }),
  aService({ name: 'Oak Tree lunch club', description: 'Soup and sandwiches.' }),
  aService({ name: 'Debt advice drop-in', description: 'Help with bills and letters.' }),
];

describe('searching the local index by text', () => {
  it('finds the walking groups despite a typo: "walkng group"', () => {
    expect(namesFound(directory, { text: 'walkng group' })).to.have.members([
      'Forest Town Walking Group',
      'Rainworth Walking Group',
    ]);
  });

  it('finds "Men\'s Shed" from "mens shed", with straight or curly apostrophes on either side', () => {
    const curly = [aService({ name: 'Men’s Shed' }), aService({ name: 'Knit and natter' })];
    expect(namesFound(directory, { text: 'mens shed' })).to.deep.equal(["Men's Shed"]);
    expect(namesFound(directory, { text: 'MEN’S SHED' })).to.deep.equal(["Men's Shed"]);
    expect(namesFound(curly, { text: "men's shed" })).to.deep.equal(['Men’s Shed']);
  });

  it('finds "Memory Café" from "memory cafe", and a "Cafe" from "café"', () => {
    expect(namesFound(directory, { text: 'memory cafe' })).to.deep.equal(['Memory Café']);
    expect(namesFound([aService({ name: 'Dementia Cafe' })], { text: 'café' })).to.deep.equal(['Dementia Cafe']);
  });

  it('folds case, accents, apostrophes and hyphens the same way for the index and the query', () => {
    expect(foldForSearch('  Men’s  SHED – Chair-based Café ')).to.equal('mens shed chair based cafe');
    expect(foldForSearch("Men's shed")).to.equal(foldForSearch('Men’s Shed'));
    expect(namesFound([aService({ name: 'Chair-based exercise' })], { text: 'chair based' })).to.have.length(1);
  });

  it('finds lunch clubs from "lunch"', () => {
    expect(namesFound(directory, { text: 'lunch' })).to.have.members(['Lunch Club', 'Oak Tree lunch club']);
  });

  it('finds words that are not next to each other: "walking forest"', () => {
    expect(namesFound(directory, { text: 'walking forest' })).to.deep.equal(['Forest Town Walking Group']);
  });

  it('finds words spread over the name, the organisation and the place', () => {
    const services = [
      aService({ name: 'Lunch club', organization: { name: 'Forest Town Methodist Church' } }),
      aService({ name: 'Lunch club', locations: [aPlace(RAINWORTH, { name: 'Rainworth Village Hall' })] }),
    ];
    expect(namesFound(services, { text: 'lunch rainworth' })).to.have.length(1);
    expect(namesFound(services, { text: 'lunch club forest town' })).to.have.length(1);
  });

  it('needs every word of the query to match somewhere', () => {
    expect(namesFound(directory, { text: 'walking tuesday' })).to.deep.equal([]);
    expect(namesFound(directory, { text: 'lunch tuesday' })).to.deep.equal(['Lunch Club']);
  });

  it('ranks an exact name first, even before nearer services with the word in their name', () => {
    const services = [
      aService({ name: 'Bridge club', locations: [aPlace(MANSFIELD)] }),
      aService({ name: 'Bridge Street lunch club', locations: [aPlace(FOREST_TOWN)] }),
      aService({ name: 'The Bridge', locations: [aPlace(WARSOP)] }),
    ];
    const hits = new SearchIndex(services).search({ text: 'the bridge', near: MANSFIELD });
    expect(hits.map((hit) => hit.service.name)).to.deep.equal([
      'The Bridge',
      'Bridge club',
      'Bridge Street lunch club',
    ]);
    expect(hits[0]?.score).to.equal(0);
    expect(hits[1]?.score).to.be.greaterThan(0);
  });

  it('weighs a match in the name, then a category, then the organisation, then the description', () => {
    const services = [
      aService({ name: 'Friday club', description: 'We go walking in the summer.' }),
      aService({ name: 'Tuesday club', organization: { name: 'Walking Friends' } }),
      aService({ name: 'Monday club', categories: [aCategory('walk', 'Walking')] }),
      aService({ name: 'Walking club' }),
    ];
    expect(namesFound(services, { text: 'walking' })).to.deep.equal([
      'Walking club',
      'Monday club',
      'Tuesday club',
      'Friday club',
    ]);
  });

  it('forgives a typo at the start of a word, not inside one: "sing" does not find "Gardening"', () => {
    const services = [aService({ name: 'Singing for the brain' }), aService({ name: 'Gardening club' })];
    expect(namesFound(services, { text: 'sing' })).to.deep.equal(['Singing for the brain']);
    expect(namesFound(services, { text: 'gardning' })).to.deep.equal(['Gardening club']);
  });

  it('finds a word inside a longer one in a name: "ball" finds "Walking football"', () => {
    expect(namesFound([aService({ name: 'Walking football' })], { text: 'ball' })).to.have.length(1);
  });

  it('needs a word in a description to start with what was typed, typos and all', () => {
    const services = [
      aService({ name: 'Friday club', description: 'We sing songs from the shows.' }),
      aService({ name: 'Computer help', description: 'Using a tablet, step by step.' }),
      aService({ name: 'Park run', description: 'Walking or jogging, 5 km.' }),
    ];
    expect(namesFound(services, { text: 'sing' })).to.deep.equal(['Friday club']);
    expect(namesFound(services, { text: 'walkin' })).to.deep.equal(['Park run']);
    expect(namesFound(services, { text: 'walkng' })).to.deep.equal([]);
  });

  it('looks for a single letter at the start of words in names and categories only', () => {
    const services = [
      aService({ name: 'Walking group' }),
      aService({ name: 'Tai chi', categories: [aCategory('well', 'Wellbeing')] }),
      aService({ name: 'Coffee morning', description: 'We meet weekly.' }),
      aService({ name: 'Knit and natter', organization: { name: 'Women’s Institute' } }),
    ];
    expect(namesFound(services, { text: 'w' })).to.have.members(['Walking group', 'Tai chi']);
  });

  it('looks only at the start of a long description', () => {
    const long = `${'A friendly group that meets every week in the village hall. '.repeat(10)}Pottery on request.`;
    const services = [aService({ name: 'Craft circle', description: long })];
    expect(namesFound(services, { text: 'friendly' })).to.deep.equal(['Craft circle']);
    expect(namesFound(services, { text: 'pottery' })).to.deep.equal([]);
  });

  it('treats empty or blank text as no text: every service passes, in name order, without a score', () => {
    const hits = new SearchIndex(directory).search({ text: '   ' });
    expect(hits).to.have.length(directory.length);
    expect(hits.every((hit) => hit.score === undefined)).to.be.true;
    expect(hits[0]?.service.name).to.equal('Debt advice drop-in');
  });

  it('gives each hit a score between 0 and 1 when there is text', () => {
    const hits = new SearchIndex(directory).search({ text: 'walkng' });
    expect(hits).to.not.be.empty;
    for (const hit of hits) expect(hit.score).to.be.within(0, 1);
  });

  it('does not run the text step again when only a filter changes', () => {
    class CountingIndex extends SearchIndex {
      textSteps = 0;
      protected override matchText(folded: string): TextMatches {
        this.textSteps++;
        return super.matchText(folded);
      }
    }
    const index = new CountingIndex(directory);
    const first = index.search({ text: 'lunch' });
    index.search({ text: 'lunch', free: true });
    index.search({ text: 'Lunch ', days: ['TU'], includeClosed: true });
    const again = index.search({ text: 'lunch' });
    expect(index.textSteps).to.equal(1);
    expect(again.map((hit) => hit.service.id)).to.deep.equal(first.map((hit) => hit.service.id));
    index.search({ text: 'lunch club' });
    expect(index.textSteps).to.equal(2);
  });

  it('hides closed services from text results too', () => {
    const services = [
      aService({ name: 'Walking group', status: 'defunct' }),
      aService({ name: 'Walking group for carers' }),
    ];
    expect(namesFound(services, { text: 'walking' })).to.deep.equal(['Walking group for carers']);
  });
});

describe('sorting and distance in the local index', () => {
  const mansfield = aService({ name: 'Zumba Gold', locations: [aPlace(MANSFIELD)] });
  const forestTown = aService({ name: 'Art class', locations: [aPlace(FOREST_TOWN)] });
  const twoPlaces = aService({
    name: 'Carers group',
    locations: [aPlace(WARSOP, { name: 'Warsop' }), aPlace(RAINWORTH, { name: 'Rainworth' })],
  });
  const warsop = aService({ name: 'Bowls club', locations: [aPlace(WARSOP)] });
  const online = aService({ name: 'Online peer support', locations: [aPlace(undefined)] });
  const services = [online, warsop, twoPlaces, forestTown, mansfield];

  it('sorts by distance when a point is given and there is no text, services without a place last', () => {
    expect(namesFound(services, { near: MANSFIELD })).to.deep.equal([
      'Zumba Gold',
      'Art class',
      'Carers group',
      'Bowls club',
      'Online peer support',
    ]);
  });

  it('gives each hit the distance to its nearest place, and that place', () => {
    const hits = new SearchIndex(services).search({ near: MANSFIELD });
    const carers = hits.find((hit) => hit.service === twoPlaces);
    expect(carers?.nearest?.location.name).to.equal('Rainworth');
    expect(carers?.distance).to.be.within(5_500, 5_900);
    expect(hits.find((hit) => hit.service === mansfield)?.distance).to.be.below(1);
    const placeless = hits.find((hit) => hit.service === online);
    expect(placeless).to.not.equal(undefined);
    expect(placeless?.distance).to.equal(undefined);
    expect(placeless?.nearest).to.equal(undefined);
  });

  it('keeps only services with a place within the proximity, and none without a place', () => {
    expect(namesFound(services, { near: MANSFIELD, proximity: 5_000 })).to.deep.equal(['Zumba Gold', 'Art class']);
    expect(namesFound(services, { near: MANSFIELD, proximity: 6_000 })).to.deep.equal([
      'Zumba Gold',
      'Art class',
      'Carers group',
    ]);
  });

  it('measures from the new point when the point changes', () => {
    const index = new SearchIndex(services);
    index.search({ near: MANSFIELD });
    expect(
      index
        .search({ near: WARSOP })
        .map((hit) => hit.service.name)
        .slice(0, 2),
    ).to.have.members(['Bowls club', 'Carers group']);
  });

  it('sorts by name, locale-aware, when there is neither text nor a point', () => {
    const named = ['walking group', 'Zumba', 'Éclair club', 'Art class', 'Group 10', 'Group 2'].map((name) =>
      aService({ name }),
    );
    expect(namesFound(named, {})).to.deep.equal([
      'Art class',
      'Éclair club',
      'Group 2',
      'Group 10',
      'walking group',
      'Zumba',
    ]);
  });

  it('breaks ties in relevance by distance, then by name', () => {
    const near = aService({ name: 'Walking group', locations: [aPlace(FOREST_TOWN)] });
    const far = aService({ name: 'Walking group', locations: [aPlace(WARSOP)] });
    const hits = new SearchIndex([far, near]).search({ text: 'walking group', near: MANSFIELD });
    expect(hits.map((hit) => hit.service)).to.deep.equal([near, far]);
  });

  it('sorts as asked: by name even with text and a point', () => {
    const nearer = aService({ name: 'Walking group B', locations: [aPlace(FOREST_TOWN)] });
    const further = aService({ name: 'Walking group A', locations: [aPlace(WARSOP)] });
    const index = new SearchIndex([nearer, further]);
    expect(index.search({ text: 'walking', near: MANSFIELD }).map((hit) => hit.service)).to.deep.equal([
      nearer,
      further,
    ]);
    expect(index.search({ text: 'walking', near: MANSFIELD, sort: 'name' }).map((hit) => hit.service)).to.deep.equal([
      further,
      nearer,
    ]);
  });

  it('reports its size', () => {
    expect(new SearchIndex(services).size).to.equal(5);
  });
});

describe('forgiving the typos people make', () => {
  const typoDirectory = [
    aService({ name: '1st Mansfield Scout Group', categories: [aCategory('youth', 'Youth clubs')] }),
    aService({ name: 'Homelessness advice drop-in', categories: [aCategory('housing', 'Housing')] }),
    aService({ name: 'Scooter repair workshop' }),
    aService({ name: 'Homework club', categories: [aCategory('youth', 'Youth clubs')] }),
    aService({ name: 'Home library service' }),
    aService({ name: 'Walking football', categories: [aCategory('sport', 'Sport')] }),
    aService({ name: 'Walking group', categories: [aCategory('walk', 'Walking')] }),
    aService({ name: 'Chair yoga', categories: [aCategory('sport', 'Sport')] }),
    aService({ name: 'Knit and natter' }),
    aService({ name: 'Bereavement café', categories: [aCategory('loss', 'Bereavement')] }),
    aService({ name: 'Carers support group' }),
    aService({ name: 'Advice on debt', categories: [aCategory('money', 'Money')] }),
  ];
  const index = new SearchIndex(typoDirectory);
  const topFive = (text: string): string[] =>
    index
      .search({ text })
      .slice(0, 5)
      .map((hit) => hit.service.name);

  /** Every way of making one slip in the word: two letters swapped, one missing, one extra, one wrong. */
  function slips(word: string): string[] {
    const out = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      if (i + 1 < word.length) out.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
      out.add(word.slice(0, i) + word.slice(i + 1));
      out.add(word.slice(0, i) + 'q' + word.slice(i));
      const other = word.charAt(i) === 'z' ? 'a' : String.fromCharCode(word.charCodeAt(i) + 1);
      out.add(word.slice(0, i) + other + word.slice(i + 1));
    }
    out.add(`${word}q`);
    out.delete(word);
    return [...out];
  }

  it('finds a scout group from "scuot" and a homelessness service from "homless", first', () => {
    expect(topFive('scuot')[0]).to.equal('1st Mansfield Scout Group');
    expect(topFive('homless')[0]).to.equal('Homelessness advice drop-in');
  });

  it('finds the group in the top five with any one slip in a word of four letters or more, in any case', () => {
    const wanted: Record<string, string> = {
      scout: '1st Mansfield Scout Group',
      homelessness: 'Homelessness advice drop-in',
      football: 'Walking football',
      yoga: 'Chair yoga',
      knit: 'Knit and natter',
      bereavement: 'Bereavement café',
      carers: 'Carers support group',
      debt: 'Advice on debt',
    };
    const missed: string[] = [];
    for (const [word, name] of Object.entries(wanted)) {
      for (const slip of slips(word)) {
        for (const typed of [slip, slip.toUpperCase(), slip.charAt(0).toUpperCase() + slip.slice(1)]) {
          if (!topFive(typed).includes(name)) missed.push(typed);
        }
      }
    }
    expect(missed).to.deep.equal([]);
  });

  it('finds the group with one slip in either word of a two-word query', () => {
    const missed: string[] = [];
    for (const [first, second, name] of [
      ['walking', 'football', 'Walking football'],
      ['chair', 'yoga', 'Chair yoga'],
      ['scout', 'group', '1st Mansfield Scout Group'],
    ] as const) {
      for (const typed of [
        ...slips(first).map((s) => `${s} ${second}`),
        ...slips(second).map((s) => `${first} ${s}`),
      ]) {
        if (!topFive(typed).includes(name)) missed.push(typed);
      }
    }
    expect(missed).to.deep.equal([]);
  });

  it('ranks the word spelled right before a near miss: "scoot" is the scooter before the scouts', () => {
    expect(topFive('scoot')).to.deep.equal(['Scooter repair workshop', '1st Mansfield Scout Group']);
  });

  it('does not read a word of the directory as a typo for a place: "mens" is not "Mansfield"', () => {
    const services = [
      aService({ name: "Men's Shed" }),
      aService({ name: 'Lunch club', locations: [aPlace(MANSFIELD, { name: 'Mansfield Library' })] }),
      aService({ name: 'Chess club', organization: { name: 'Mansfield Chess Society' } }),
    ];
    expect(namesFound(services, { text: 'mens' })).to.deep.equal(["Men's Shed"]);
    // A word the directory does not hold may still be a typo for a place or an organisation.
    expect(namesFound(services, { text: 'mansfeild' })).to.have.members(['Lunch club', 'Chess club']);
  });

  it('does not stretch a slip to words two slips away', () => {
    expect(topFive('yoag')).to.deep.equal(['Chair yoga']);
    expect(topFive('tink')).to.deep.equal([]);
  });
});
