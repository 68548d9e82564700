/**
 * A list filter as it lives in the URL (?siteId=…&siteId=…&from=2026-01-01), so that a filtered view
 * can be bookmarked, shared and handed to the dossier builder unchanged. One definition per list
 * (incidents, evictions, sites) names its repeatable keys, its single keys and its sorts; the API
 * validates the same keys with its own schema. Client-safe.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export interface QueryFilterValues<M extends string, S extends string> {
  multi: Record<M, string[]>;
  single: Partial<Record<S, string>>;
  /** Absent: the list's default order. */
  sort?: string;
}

function list(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** URLSearchParams → the shape Next hands pages as searchParams. */
export function paramsToSearch(params: URLSearchParams): SearchParams {
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}

export function queryFilter<const M extends string, const S extends string>(
  multiKeys: readonly M[],
  singleKeys: readonly S[],
  /** Sorts other than the default one that the URL may ask for. */
  otherSorts: readonly string[] = [],
) {
  type Values = QueryFilterValues<M, S>;

  function read(params: SearchParams): Values {
    const multi = Object.fromEntries(multiKeys.map((key) => [key, list(params[key])])) as Record<M, string[]>;
    const single: Partial<Record<S, string>> = {};
    for (const key of singleKeys) {
      const [value] = list(params[key]);
      if (value !== undefined) single[key] = value;
    }
    const [sort] = list(params.sort);
    return { multi, single, sort: sort !== undefined && otherSorts.includes(sort) ? sort : undefined };
  }

  /** The filter as a query string, keys in a stable order (a dossier records it as given). */
  function toQuery(filter: Values, options: { sort?: boolean } = {}): string {
    const query = new URLSearchParams();
    for (const key of singleKeys) {
      const value = filter.single[key];
      if (value) query.set(key, value);
    }
    for (const key of multiKeys) for (const value of filter.multi[key]) query.append(key, value);
    if (options.sort && filter.sort) query.set('sort', filter.sort);
    return query.toString();
  }

  /** A plain object for the API client (repeated keys become arrays). */
  function toRecord(filter: Values): Record<string, string | string[]> {
    const record: Record<string, string | string[]> = {};
    for (const key of singleKeys) {
      const value = filter.single[key];
      if (value) record[key] = value;
    }
    for (const key of multiKeys) if (filter.multi[key].length > 0) record[key] = filter.multi[key];
    return record;
  }

  /** The same filter without one value: the target of a chip's "remove" link. */
  function without(filter: Values, key: M | S, value?: string): Values {
    const next: Values = { multi: { ...filter.multi }, single: { ...filter.single }, sort: filter.sort };
    if ((multiKeys as readonly string[]).includes(key)) {
      const multiKey = key as M;
      next.multi[multiKey] = next.multi[multiKey].filter((v) => v !== value);
    } else {
      delete next.single[key as S];
    }
    return next;
  }

  /** Every active value as a chip: its key, its value and the URL without it. */
  function chips(filter: Values, basePath: string): { key: M | S; value: string; href: string }[] {
    const href = (next: Values) => {
      const query = toQuery(next, { sort: true });
      return query ? `${basePath}?${query}` : basePath;
    };
    const result: { key: M | S; value: string; href: string }[] = [];
    for (const key of singleKeys) {
      const value = filter.single[key];
      if (value) result.push({ key, value, href: href(without(filter, key)) });
    }
    for (const key of multiKeys) {
      for (const value of filter.multi[key])
        result.push({ key, value, href: href(without(filter, key, value)) });
    }
    return result;
  }

  return { multiKeys, singleKeys, read, toQuery, toRecord, without, chips };
}
