import { expect } from '@open-wc/testing';
import { readAccessFeatures } from '../../../src/data/text/access-features.js';

describe('reading access features from accessibility notes', () => {
  it('reads each feature from the plain words feeds use', () => {
    expect(
      readAccessFeatures([
        'Level access from the car park, and a ramp at the back',
        'Wheelchair accessible throughout',
        'Induction loop in the main hall',
        'Disabled toilet on the ground floor',
        'Blue badge parking outside',
        'Lift to all floors',
        'A quiet room is available if it gets too busy',
      ]),
    ).to.deep.equal([
      'step-free',
      'wheelchair',
      'hearing-loop',
      'accessible-toilet',
      'accessible-parking',
      'lift',
      'quiet-space',
    ]);
  });

  it('does not read a feature the note says is missing', () => {
    expect(readAccessFeatures(['No lift', 'The entrance is not step-free', 'There is no hearing loop'])).to.deep.equal(
      [],
    );
    expect(readAccessFeatures(['Partial wheelchair access', 'The lift is out of order'])).to.deep.equal([]);
  });

  it('reads each clause on its own, so "no lift, but a ramp" still has the ramp', () => {
    expect(readAccessFeatures(['There is no lift, but there is a ramp to the hall'])).to.deep.equal(['step-free']);
    expect(readAccessFeatures(['No steps and a lift to the first floor'])).to.deep.equal(['step-free', 'lift']);
  });

  it('does not take a stairlift or a car park for a feature', () => {
    expect(readAccessFeatures(['Stairlift to the gallery', 'Car parking nearby', undefined, ''])).to.deep.equal([]);
  });
});
