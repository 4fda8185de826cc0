/**
 * What a widget says in the console about a directory attribute it cannot use, and what it does
 * instead. Only a misconfigured page needs these words, so they load on demand.
 */
const MESSAGES = {
  src: (v: string) => `src="${v}" is not a web address, so no directory can be read.`,
  dialect: (v: string, known: string) =>
    `dialect="${v}" is not a format Waymark reads (${known}); it will work out the format itself.`,
  postcodeApi: (v: string) => `postcode-api="${v}" is not a web address; using the default.`,
  cache: (v: string) => `cache="${v}" should be "memory" or "session"; using "memory".`,
  localThreshold: () => 'local-threshold should be a whole number of services; using the default.',
};

/** The attribute (by its property name) with a value the widget cannot use. */
export type DirectoryWarning = keyof typeof MESSAGES;

export function warn(tag: string, attribute: DirectoryWarning, value: string, known: string): void {
  console.warn(`Waymark: <${tag}> ${MESSAGES[attribute](value, known)}`);
}
