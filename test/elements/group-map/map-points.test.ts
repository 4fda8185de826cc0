import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/data/model.js';
import { mapPoints, mapSites, servicesWithoutPoints } from '../../../src/elements/group-map/map-points.js';
import { aPlace, aService, MANSFIELD, RAINWORTH } from '../../data/builders/service-builder.js';

describe('the points a map shows', () => {
  it('gives one point per place with coordinates, and counts the services with none', () => {
    const two = aService({ name: 'Two places', locations: [aPlace(MANSFIELD), aPlace(RAINWORTH)] });
    const none = aService({ name: 'Online only', locations: [aPlace(undefined)] });
    const points = mapPoints([two, none]);
    expect(points.map((p) => p.point)).to.deep.equal([MANSFIELD, RAINWORTH]);
    expect(points.every((p) => p.service === two)).to.equal(true);
    expect(servicesWithoutPoints([two, none], points)).to.equal(1);
  });

  it('names a place by its town, else its own name', () => {
    const inTown = aService({ name: 'Walk', locations: [aPlace(MANSFIELD, { name: 'Titchfield Park' })] });
    const withTown: Service = {
      ...inTown,
      locations: inTown.locations.map((p) => ({
        ...p,
        location: { ...p.location, address: { lines: [], town: 'Mansfield' } },
      })),
    };
    expect(mapPoints([inTown])[0]!.placeName).to.equal('Titchfield Park');
    expect(mapPoints([withTown])[0]!.placeName).to.equal('Mansfield');
  });

  it('leaves out impossible coordinates and broken records without throwing', () => {
    const bad = [
      aService({ name: 'NaN', locations: [aPlace({ latitude: Number.NaN, longitude: 0.5 })] }),
      aService({ name: 'Infinite', locations: [aPlace({ latitude: 53, longitude: Infinity })] }),
      aService({ name: 'Too far north', locations: [aPlace({ latitude: 91, longitude: 0.5 })] }),
      { ...aService({ name: 'No list' }), locations: undefined },
      { ...aService({ name: 'Null place' }), locations: [null] },
      null,
    ] as unknown as Service[];
    expect(mapPoints(bad)).to.deep.equal([]);
  });

  it('gathers places within a metre of each other into one site, named by the venue they share', () => {
    const hall = { latitude: 53.16, longitude: -1.18 };
    const near = { latitude: 53.160004, longitude: -1.180004 };
    const services = [
      aService({ name: 'Tai chi', locations: [aPlace(hall, { name: 'Forest Town Arena' })] }),
      aService({ name: 'Memory café', locations: [aPlace(near, { name: 'Forest Town Arena' })] }),
      aService({ name: 'Walk', locations: [aPlace(MANSFIELD, { name: 'Titchfield Park' })] }),
    ];
    const sites = mapSites(mapPoints(services));
    expect(sites.map((s) => s.points.length)).to.deep.equal([2, 1]);
    expect(sites[0]!.placeName).to.equal('Forest Town Arena');
  });
});
