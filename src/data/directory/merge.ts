/**
 * One service met twice: once per place in a `/service_at_locations` list,
 * or as a list summary and then as its full record. The two become one:
 * places, categories and the small sets joined; single values taken from the
 * full record when one is full, else the longer or the defined one.
 */
import { compact, type Category, type Location, type Schedule, type Service, type ServiceLocation } from '../model.js';

/** Lists joined as sets; any other list comes whole from the record that speaks first, when it has items. */
const SETS = ['howToJoin', 'attending', 'languages'];
/** Words of which, between two records of the same detail, the longer says more. */
const TEXTS = ['name', 'eligibility', 'feesDescription', 'alert'];

export function mergeServices(existing: Service, incoming: Service): Service {
  if (existing === incoming) return existing;
  // Which record speaks first: a full one over a summary; between equals, the one met first.
  const incomingFirst = incoming.detail === 'full' && existing.detail === 'summary';
  const [a, b] = incomingFirst ? [incoming, existing] : [existing, incoming];
  const equals = existing.detail === incoming.detail;
  // Each value from the record that speaks first, else from the other (records hold no undefined keys); so
  // `detail` is full when either is, since a full record speaks first.
  const merged: Record<string, unknown> = { ...b, ...a };
  const first = a as unknown as Record<string, unknown>;
  const second = b as unknown as Record<string, unknown>;
  for (const key in merged) {
    const x = first[key];
    const y = second[key];
    if (Array.isArray(x) && Array.isArray(y)) merged[key] = SETS.includes(key) ? union(x, y) : firstNonEmpty(x, y);
    else if (equals && TEXTS.includes(key)) merged[key] = longer(x as string | undefined, y as string | undefined);
  }
  // The rich description belongs with the plain one it was read with.
  const description = equals ? longer(a.description, b.description) : (a.description ?? b.description);
  const describedBy = description === a.description ? a : b;

  return compact({
    ...(merged as unknown as Service),
    id: existing.id,
    description: describedBy.description,
    richDescription: describedBy.richDescription,
    categories: unionBy([...a.categories, ...b.categories], (category: Category) => category.id),
    lastChecked: later(a.lastChecked, b.lastChecked),
    lastModified: later(a.lastModified, b.lastModified),
    locations: mergePlaces(a.locations, b.locations),
    source: existing.source,
  });
}

/**
 * Many records of one service (one per place on a page of service-at-locations)
 * merged at once: pairwise merging would rebuild the growing list of places
 * for every record.
 */
export function mergeAllServices(records: readonly Service[]): Service | undefined {
  const [head, ...rest] = records;
  if (!head || rest.length === 0) return head;
  let merged: Service = { ...head, locations: [] };
  for (const record of rest) merged = mergeServices(merged, { ...record, locations: [] });
  return {
    ...merged,
    locations: mergePlaces(
      records.flatMap((record) => record.locations),
      [],
    ),
  };
}

/** Places joined by id; one place met twice keeps the schedules particular to it from both. */
function mergePlaces(a: readonly ServiceLocation[], b: readonly ServiceLocation[]): ServiceLocation[] {
  if (a.length === 0) return [...b];
  const byId = new Map<string, ServiceLocation>();
  for (const place of [...a, ...b]) {
    const seen = byId.get(place.id);
    byId.set(
      place.id,
      seen
        ? {
            id: seen.id,
            location: mergeLocation(seen.location, place.location),
            schedules: unionBy([...seen.schedules, ...place.schedules], scheduleKey),
          }
        : place,
    );
  }
  return [...byId.values()];
}

function mergeLocation(a: Location, b: Location): Location {
  if (a === b) return a;
  return compact({
    id: a.id,
    kind: a.kind,
    name: longer(a.name, b.name),
    description: longer(a.description, b.description),
    address: a.address ?? b.address,
    point: a.point ?? b.point,
    accessibility: firstNonEmpty(a.accessibility, b.accessibility),
    access: union(a.access, b.access),
  });
}

/** A schedule's identity: its id when the feed gave one, else everything it says. */
function scheduleKey(schedule: Schedule): string {
  return schedule.id ?? JSON.stringify(schedule);
}

function unionBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function firstNonEmpty<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...(a.length > 0 ? a : b)];
}

function longer(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.length > a.length ? b : a;
}

/** The later of two ISO dates or date-times (they sort as text). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b > a ? b : a;
}
