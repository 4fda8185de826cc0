// @ts-check
/**
 * What a group costs, as ORUK cost options (amount 0 means free) and the words people read.
 */

/** @typedef {import('./random.mjs').SeededRandom} SeededRandom */
/** @typedef {import('./catalogue.mjs').CostPattern} CostPattern */
/** @typedef {import('./directory-format.mjs').CostOption} CostOption */

/** @typedef {{ options: Omit<CostOption, 'id'>[], fees?: string, feesDescription?: string }} PlannedCost */

const CONCESSIONS = 'If you get benefits or a State Pension, or you are a carer or a student';

/** @param {number} amount "£2", "£3.50" */
export function pounds(amount) {
  return Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
}

/**
 * @param {number} amount
 * @param {string} option
 * @param {string} [description]
 * @returns {Omit<CostOption, 'id'>}
 */
function option(amount, option, description) {
  return { option, amount, currency: 'GBP', ...(description ? { amount_description: description } : {}) };
}

/**
 * @param {SeededRandom} random
 * @param {CostPattern} pattern
 * @returns {PlannedCost}
 */
export function planCost(random, pattern) {
  switch (pattern) {
    case 'free':
      return { options: [option(0, 'Free')], fees: 'Free' };
    case 'small': {
      const amount = random.pick([1.5, 2, 2.5, 3]);
      const extra = random.pick(['Includes tea and biscuits', 'Includes a hot drink', '']);
      return { options: [option(amount, 'Per session', extra)], fees: `${pounds(amount)} a session` };
    }
    case 'concession': {
      const [full, reduced] = random.pick([
        [3.5, 2.5],
        [4, 3],
        [5, 3],
        [3, 2],
      ]);
      return {
        options: [option(full, 'Per session'), option(reduced, 'Concessions', CONCESSIONS)],
        fees: `${pounds(full)} a session, or ${pounds(reduced)} concessions`,
        ...(random.chance(0.3) ? { feesDescription: 'Your first session is free, so you can try it out.' } : {}),
      };
    }
    case 'donation': {
      const suggested = random.pick([1, 2, 3]);
      return {
        options: [option(suggested, 'Pay what you can', `Suggested donation of ${pounds(suggested)}`)],
        fees: 'Pay what you can',
        feesDescription: `Pay what you can. We suggest ${pounds(suggested)}, but nobody is turned away and nobody will ask.`,
      };
    }
    case 'meal': {
      const price = random.pick([3.5, 4, 4.5, 5]);
      return {
        options: [option(price, 'Two-course lunch', 'Includes tea or coffee')],
        fees: `${pounds(price)} for a two-course lunch`,
      };
    }
    case 'membership': {
      const yearly = random.pick([10, 12, 15, 20]);
      return {
        options: [option(yearly, 'Yearly membership', 'Groups are free once you are a member')],
        fees: `${pounds(yearly)} a year to join`,
        feesDescription: `Membership is ${pounds(yearly)} a year. If that is hard to find, ask: nobody is turned away for money.`,
      };
    }
    case 'pantry': {
      const weekly = random.pick([3, 3.5, 4]);
      return {
        options: [option(weekly, 'Weekly shop', 'For food and household items worth about £15')],
        fees: `${pounds(weekly)} a week`,
        feesDescription: `Joining is free; each weekly shop costs ${pounds(weekly)}.`,
      };
    }
    case 'unknown':
      return { options: [] };
  }
}
