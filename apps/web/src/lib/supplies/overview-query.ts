import { SUPPLY_ITEM_SORTS } from '@vigil/contracts/enums';
import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';
import { itemNameSort } from './catalogue-query';

/**
 * The stock overview's filter in the URL: the keys of the API's stock overview query, and `all`
 * (items out of stock too), which the dashboard handles itself; `sort` is one of the API's orders
 * (absent: the reader's name order). The stock-by-location table below uses `sort` too, with its own
 * column names: each table ignores the other's.
 */
export const STOCK_SINGLE_KEYS = ['locationId', 'category', 'q', 'lowOnly', 'all'] as const;
export type StockFilterKey = (typeof STOCK_SINGLE_KEYS)[number];
export type StockFilterValues = QueryFilterValues<never, StockFilterKey>;

export const stockFilter = queryFilter([] as const, STOCK_SINGLE_KEYS, SUPPLY_ITEM_SORTS);

export const STOCK_PAGE_SIZE = 50;

/** The API's part of the filter, and whether items out of stock are listed (always when asking for low ones). */
export function stockQuery(filter: StockFilterValues, locale: string) {
  const { all, ...query } = stockFilter.toRecord(filter) as Partial<Record<StockFilterKey, string>>;
  const sort = filter.sort ?? itemNameSort(locale).asc;
  return { query: { ...query, sort }, withEmpty: all === 'true' || query.lowOnly === 'true' };
}
