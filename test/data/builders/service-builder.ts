/**
 * Concise model objects for tests: a `Service` with every required field
 * filled with an empty or neutral value, so a test names only what it is about.
 */
import type {
  AccessFeature,
  Category,
  GeoPoint,
  Location,
  Schedule,
  Service,
  ServiceLocation,
  Weekday,
} from '../../../src/data/model.js';

let nextId = 1;

/** A service with only the given fields set; ids are unique unless given. */
export function aService(fields: Partial<Service> & { readonly name: string }): Service {
  return {
    id: `svc-${nextId++}`,
    status: 'active',
    categories: [],
    howToJoin: [],
    attending: [],
    costs: [],
    languages: [],
    contacts: [],
    phones: [],
    locations: [],
    schedules: [],
    serviceAreas: [],
    detail: 'full',
    source: 'oruk-v3',
    ...fields,
  };
}

export function aCategory(id: string, name: string, parentId?: string, taxonomyId?: string): Category {
  return {
    id,
    name,
    ...(parentId === undefined ? {} : { parentId }),
    ...(taxonomyId === undefined ? {} : { taxonomyId }),
  };
}

export interface PlaceFields {
  readonly name?: string;
  readonly access?: readonly AccessFeature[];
  readonly schedules?: readonly Schedule[];
}

/** A physical place at a point, as a service offers it there. */
export function aPlace(point: GeoPoint | undefined, fields: PlaceFields = {}): ServiceLocation {
  const id = `loc-${nextId++}`;
  const location: Location = {
    id,
    kind: point ? 'physical' : 'virtual',
    ...(fields.name === undefined ? {} : { name: fields.name }),
    ...(point ? { point } : {}),
    accessibility: [],
    access: fields.access ?? [],
  };
  return { id, location, schedules: fields.schedules ?? [] };
}

/** A weekly schedule on the given days, from `opensAt` to `closesAt` ("HH:MM"). */
export function weekly(days: readonly Weekday[], opensAt?: string, closesAt?: string): Schedule {
  return {
    rule: { freq: 'WEEKLY', interval: 1, byDay: days.map((day) => ({ day })), byMonthDay: [] },
    ...(opensAt === undefined ? {} : { opensAt }),
    ...(closesAt === undefined ? {} : { closesAt }),
  };
}

/** Real places in and around Mansfield, for distance tests. */
export const MANSFIELD: GeoPoint = { latitude: 53.1437, longitude: -1.1965 };
export const RAINWORTH: GeoPoint = { latitude: 53.119, longitude: -1.122 };
export const WARSOP: GeoPoint = { latitude: 53.21, longitude: -1.15 };
export const FOREST_TOWN: GeoPoint = { latitude: 53.1505, longitude: -1.1645 };
