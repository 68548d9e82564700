import { CASE_SORTS, type CaseSort } from '@vigil/contracts/enums';
import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';

/** Latest activity first: the API's default, absent from the URL. */
export const DEFAULT_CASE_SORT: CaseSort = 'updated_desc';

/**
 * The case list's filter as it lives in the URL (?scope=all&status=open&status=active&flag=at_risk),
 * with the API's keys, and its order (?sort=opened_asc; any order but the default). Chips toggle one
 * value each and keep the order; the search box sets q. Client-safe.
 */
export const caseFilter = queryFilter(
  ['status', 'type'],
  ['scope', 'flag', 'unassigned', 'assigneeId', 'q'],
  CASE_SORTS.filter((sort) => sort !== DEFAULT_CASE_SORT),
);

type MultiKey = 'status' | 'type';
type SingleKey = 'scope' | 'flag' | 'unassigned' | 'assigneeId' | 'q';
export type CaseFilterValues = QueryFilterValues<MultiKey, SingleKey>;

export const CASES_PAGE_SIZE = 50;

/** Whether the list shows every case (coordinators only; others always see their own). */
export function isAllScope(filter: CaseFilterValues, canSeeAll: boolean): boolean {
  return canSeeAll && filter.single.scope === 'all';
}

/** The query for GET /api/cases: "mine" unless the reader may and did ask for all. */
export function caseListQuery(
  filter: CaseFilterValues,
  canSeeAll: boolean,
): Record<string, string | string[] | number> {
  const record = caseFilter.toRecord(filter);
  const all = isAllScope(filter, canSeeAll);
  const query: Record<string, string | string[] | number> = { ...record, scope: all ? 'all' : 'mine' };
  // "Unassigned" and "assigned to" only mean something across all cases.
  if (!all) {
    delete query.unassigned;
    delete query.assigneeId;
  }
  if (filter.sort) query.sort = filter.sort;
  return { ...query, limit: CASES_PAGE_SIZE };
}

/** The list's URL: the filter and the order. */
export function casesHref(filter: CaseFilterValues): string {
  const query = caseFilter.toQuery(filter, { sort: true });
  return query ? `/cases?${query}` : '/cases';
}

/** The list with one value switched on or off: the target of a filter chip. */
export function toggleHref(filter: CaseFilterValues, key: MultiKey | SingleKey, value: string): string {
  const next: CaseFilterValues = {
    multi: { ...filter.multi },
    single: { ...filter.single },
    sort: filter.sort,
  };
  if (key === 'status' || key === 'type') {
    const values = next.multi[key];
    next.multi[key] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  } else if (next.single[key] === value) {
    delete next.single[key];
  } else {
    next.single[key] = value;
  }
  return casesHref(next);
}

export function isOn(filter: CaseFilterValues, key: MultiKey | SingleKey, value: string): boolean {
  return key === 'status' || key === 'type'
    ? filter.multi[key].includes(value)
    : filter.single[key] === value;
}

/** The same list in another order (the default order leaves `sort` out of the URL). */
export function sortHref(filter: CaseFilterValues, sort: CaseSort): string {
  return casesHref({ ...filter, sort: sort === DEFAULT_CASE_SORT ? undefined : sort });
}

/** A tab (mine / all) keeps nothing but the search: another scope is another list. */
export function scopeHref(scope: 'mine' | 'all'): string {
  return scope === 'all' ? '/cases?scope=all' : '/cases';
}
