/**
 * The area a service covers, when it names one: its GP practices or its postcode districts.
 * Only a service that names its area needs this, so the form loads it on demand.
 */
import type { ReferralAnswers } from './answers.js';
import { postcodeDistrict } from './validation.js';

/** What a service covers; an empty list means "anywhere" (districts) or "any practice". */
export interface ServiceArea {
  /** The practices the service covers. */
  readonly practices: readonly string[];
  /** The postcode districts the service covers ("NG18"). */
  readonly postcodeDistricts: readonly string[];
}

/** A list from an attribute: JSON (`["Oak Tree Lane", "Forest Town"]`), or separated by commas or new lines. */
export function readList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    // Not JSON: a comma or space separated list.
  }
  return value
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Whether the person is in the area the service covers: by postcode district
 * or by GP practice, when the service names either. Either one is enough.
 */
export function isCovered(a: ReferralAnswers, area: ServiceArea): boolean {
  const byDistrict = area.postcodeDistricts.length > 0;
  const byPractice = area.practices.length > 0;
  if (!byDistrict && !byPractice) return true;
  const district = postcodeDistrict(a.postcode);
  if (byDistrict && district && area.postcodeDistricts.some((d) => d.toUpperCase() === district)) return true;
  const practice = a.gpPractice.trim().toLowerCase();
  return byPractice && practice !== '' && area.practices.some((p) => p.trim().toLowerCase() === practice);
}
