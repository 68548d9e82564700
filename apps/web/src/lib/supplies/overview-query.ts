import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';

/**
 * The stock overview's filter in the URL: the keys of the API's stock overview query, and `all`
 * (items out of stock too), which the dashboard handles itself.
 */
export const STOCK_SINGLE_KEYS = ['locationId', 'category', 'q', 'lowOnly', 'all'] as const;
export type StockFilterKey = (typeof STOCK_SINGLE_KEYS)[number];
export type StockFilterValues = QueryFilterValues<never, StockFilterKey>;

export const stockFilter = queryFilter([] as const, STOCK_SINGLE_KEYS);

export const STOCK_PAGE_SIZE = 50;

/** The API's part of the filter, and whether items out of stock are listed (always when asking for low ones). */
export function stockQuery(filter: StockFilterValues) {
  const { all, ...query } = stockFilter.toRecord(filter) as Partial<Record<StockFilterKey, string>>;
  return { query, withEmpty: all === 'true' || query.lowOnly === 'true' };
}
