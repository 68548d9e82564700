import type { SupplyCategory } from '@vigil/contracts/enums';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { SearchParams } from '@/lib/filters/query-filter';
import { param } from './params';

/** The catalogue page's query string, as the API's item list reads it. */
export interface CatalogueQuery {
  q?: string;
  category?: SupplyCategory;
  includeInactive?: 'true';
  cursor?: string;
}

export function catalogueQuery(params: SearchParams): CatalogueQuery {
  const category = SUPPLY_CATEGORIES.find((value) => value === param(params, 'category'));
  const q = param(params, 'q')?.slice(0, 100);
  const cursor = param(params, 'cursor');
  return {
    ...(q ? { q } : {}),
    ...(category ? { category } : {}),
    ...(param(params, 'includeInactive') === 'true' ? { includeInactive: 'true' as const } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The same view's next page. */
export function nextPageHref(query: CatalogueQuery, cursor: string): string {
  const search = new URLSearchParams({ ...query, cursor });
  return `/supplies/items?${search.toString()}`;
}
