/**
 * What the referral form says in the console about an attribute it cannot use, and what it
 * does instead. Only a misconfigured page needs these words, so they load on demand.
 */
const MESSAGES = {
  action: (v: string) => `action="${v}" is not an https: address (or http://localhost), so no referral can be sent.`,
  crisisRoutes: () => 'crisis-routes is not a JSON list of routes; using the defaults.',
  format: (v: string) => `format="${v}" should be "json" or "fhir"; sending JSON.`,
  gpPractice: (v: string) => `gp-practice="${v}" should be "optional" or "required"; using "optional".`,
  messages: () => 'messages is not JSON; using the default words.',
  minAge: (v: string) => `min-age="${v}" is not an age; using 18.`,
  nation: (v: string) => `nation="${v}" should be england, wales, scotland or northern-ireland.`,
  privacyUrl: (v: string) => `privacy-url="${v}" is not a web address; no link is shown.`,
};

/** The attribute (by its property name) that has a value the form cannot use. */
export type Warning = keyof typeof MESSAGES;

export function warn(attribute: Warning, value: string): void {
  console.warn(`Waymark: <waymark-referral-form> ${MESSAGES[attribute](value)}`);
}
