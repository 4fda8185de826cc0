/**
 * The shape of a UK postcode, apart from `geo.ts` so that readers can tidy
 * the postcodes in addresses without carrying the lookup and its HTTP code.
 */

// GIR 0AA (Girobank) is the one postcode outside the usual pattern.
const UK_POSTCODE = /^(GIR(?=\s*0AA$)|[A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;

/** "ng181ab" → "NG18 1AB"; undefined when it is not the shape of a UK postcode. */
export function normalisePostcode(value: string): string | undefined {
  const m = UK_POSTCODE.exec(value.trim().toUpperCase().replace(/\s+/g, ' '));
  return m ? `${m[1]} ${m[2]}` : undefined;
}
