import { isUuid } from '@/lib/api/ids';
import type { SearchParams } from '@/lib/filters/query-filter';

/** One value of a query parameter (the first, when repeated). */
export function param(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

/** A UUID from the query string ("?locationId=…" links from the overview, a scanned box), else ''. */
export function uuidParam(params: SearchParams, key: string): string {
  const value = param(params, key);
  return value && isUuid(value) ? value : '';
}

/** Only what a form needs of a location: id, name and kind. */
export function locationRefs<
  L extends { id: string; name: string; kind: 'warehouse' | 'van' | 'distribution_point' },
>(locations: L[]) {
  return locations.map(({ id, name, kind }) => ({ id, name, kind }));
}

/** Next's searchParams object as URLSearchParams (repeated keys kept). */
export function toSearchParams(params: SearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      search.append(key, one);
  }
  return search;
}
