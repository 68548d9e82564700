import type { SupplyCategory, SupplyItemSort } from '@vigil/contracts/enums';
import { SUPPLY_CATEGORIES, SUPPLY_ITEM_SORTS } from '@vigil/contracts/enums';
import type { SearchParams } from '@/lib/filters/query-filter';
import { param } from './params';

/** The catalogue page's query string, as the API's item list reads it. */
export interface CatalogueQuery {
  q?: string;
  category?: SupplyCategory;
  includeInactive?: 'true';
  /** One of the API's orders; absent, the reader's name order (itemNameSort). */
  sort?: SupplyItemSort;
  cursor?: string;
}

/** The item name as the reader sees it (French or English, see itemName), in order. */
export function itemNameSort(locale: string): Record<'asc' | 'desc', SupplyItemSort> {
  return locale === 'fr'
    ? { asc: 'name_fr_asc', desc: 'name_fr_desc' }
    : { asc: 'name_asc', desc: 'name_desc' };
}

/** The order the URL asks for, if the API offers it. */
export function itemSortParam(params: SearchParams): SupplyItemSort | undefined {
  return SUPPLY_ITEM_SORTS.find((value) => value === param(params, 'sort'));
}

export function catalogueQuery(params: SearchParams): CatalogueQuery {
  const category = SUPPLY_CATEGORIES.find((value) => value === param(params, 'category'));
  const q = param(params, 'q')?.slice(0, 100);
  const cursor = param(params, 'cursor');
  const sort = itemSortParam(params);
  return {
    ...(q ? { q } : {}),
    ...(category ? { category } : {}),
    ...(param(params, 'includeInactive') === 'true' ? { includeInactive: 'true' as const } : {}),
    ...(sort ? { sort } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The same view's next page. */
export function nextPageHref(query: CatalogueQuery, cursor: string): string {
  const search = new URLSearchParams({ ...query, cursor });
  return `/supplies/items?${search.toString()}`;
}
