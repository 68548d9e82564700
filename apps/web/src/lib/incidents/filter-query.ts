/**
 * The incident filter as it lives in the URL (?actTypeId=…&actTypeId=…&commune=Calais), so that a
 * filtered view can be bookmarked, shared and handed to the dossier builder unchanged. Client-safe:
 * the server validates the same keys with incidentFilterSchema.
 */
export const MULTI_KEYS = [
  'commune',
  'siteId',
  'actTypeId',
  'forceId',
  'unit',
  'rioShown',
  'victimFlag',
  'verificationStatus',
  'sourceType',
  'followUpStatus',
  'status',
] as const;
export const SINGLE_KEYS = ['from', 'to', 'hasMedia', 'q'] as const;
export type MultiKey = (typeof MULTI_KEYS)[number];
export type SingleKey = (typeof SINGLE_KEYS)[number];

export interface FilterValues {
  multi: Record<MultiKey, string[]>;
  single: Partial<Record<SingleKey, string>>;
  sort?: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function list(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

export function readFilter(params: SearchParams): FilterValues {
  const multi = Object.fromEntries(MULTI_KEYS.map((key) => [key, list(params[key])])) as Record<
    MultiKey,
    string[]
  >;
  const single: Partial<Record<SingleKey, string>> = {};
  for (const key of SINGLE_KEYS) {
    const [value] = list(params[key]);
    if (value !== undefined) single[key] = value;
  }
  const [sort] = list(params.sort);
  return { multi, single, sort: sort === 'start_asc' ? sort : undefined };
}

/** The filter as a query string, keys in a stable order (the dossier records it as given). */
export function filterToQuery(filter: FilterValues, options: { sort?: boolean } = {}): string {
  const query = new URLSearchParams();
  for (const key of SINGLE_KEYS) {
    const value = filter.single[key];
    if (value) query.set(key, value);
  }
  for (const key of MULTI_KEYS) for (const value of filter.multi[key]) query.append(key, value);
  if (options.sort && filter.sort) query.set('sort', filter.sort);
  return query.toString();
}

/** A plain object for the API client (repeated keys become arrays). */
export function filterToRecord(filter: FilterValues): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of SINGLE_KEYS) {
    const value = filter.single[key];
    if (value) record[key] = value;
  }
  for (const key of MULTI_KEYS) if (filter.multi[key].length > 0) record[key] = filter.multi[key];
  return record;
}

export function isEmptyFilter(filter: FilterValues): boolean {
  return filterToQuery(filter) === '';
}

/** The same filter without one value: the target of a chip's "remove" link. */
export function without(filter: FilterValues, key: MultiKey | SingleKey, value?: string): FilterValues {
  const next: FilterValues = { multi: { ...filter.multi }, single: { ...filter.single }, sort: filter.sort };
  if ((MULTI_KEYS as readonly string[]).includes(key)) {
    const multiKey = key as MultiKey;
    next.multi[multiKey] = next.multi[multiKey].filter((v) => v !== value);
  } else {
    delete next.single[key as SingleKey];
  }
  return next;
}

export const PAGE_SIZE = 50;

/** URLSearchParams → the shape Next hands pages as searchParams. */
export function paramsToSearch(params: URLSearchParams): SearchParams {
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}
