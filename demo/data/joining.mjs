// @ts-check
/**
 * How to join and how to take part, in the words a person reads in a listing.
 */

/** @typedef {import('./taxonomy.mjs').JoinCode} JoinCode */
/** @typedef {import('./taxonomy.mjs').AttendCode} AttendCode */

/** @type {Record<JoinCode, string>} */
const JOIN_WORDS = {
  'drop-in': 'You can just turn up: there is no need to book.',
  'self-referral': 'Get in touch to join: you can ring or email, or ask someone to do it for you.',
  referral: 'You need a referral from your GP practice, a link worker or another professional.',
  appointment: 'Ring to book an appointment at a time that suits you.',
  membership: 'You join as a member; ask about it on your first visit.',
};

/** Ways to join that read better as one sentence than as two. */
/** @type {Record<string, string>} */
const JOINED_WORDS = {
  'referral+self-referral':
    'You can refer yourself, or ask your GP practice, link worker or another professional to refer you.',
  'drop-in+self-referral': 'You can just turn up, or get in touch first if you would like someone to look out for you.',
  'appointment+self-referral':
    'Get in touch to book a first appointment; you can ring, email, or ask someone to do it for you.',
  'appointment+referral': 'Ring to book an appointment, or ask a link worker or another professional to refer you.',
};

/**
 * @param {readonly JoinCode[]} codes
 * @param {Partial<Record<JoinCode, string>>} [ownWords] a kind's own words, which win
 */
export function joinSentence(codes, ownWords = {}) {
  const key = [...codes].sort().join('+');
  if (JOINED_WORDS[key] && !codes.some((code) => ownWords[code])) return JOINED_WORDS[key];
  return codes.map((code) => ownWords[code] ?? JOIN_WORDS[code]).join(' ');
}

/**
 * @param {readonly AttendCode[]} codes
 * @returns {string | undefined} nothing when it simply happens in person
 */
export function attendSentence(codes) {
  const has = (/** @type {AttendCode} */ code) => codes.includes(code);
  if (has('venue') && has('online')) return 'You can come in person or join the online sessions from home.';
  if (has('venue') && has('phone')) return 'You can come in person or talk to us by phone.';
  if (has('phone') && has('home visit')) return 'We can talk by phone or visit you at home.';
  if (has('online')) return 'It all happens online, on a video call: we send you a link and help you get connected.';
  if (has('phone')) return 'It all happens by phone, so you do not need to leave home.';
  if (has('home visit')) return 'It happens in your own home.';
  return undefined;
}
