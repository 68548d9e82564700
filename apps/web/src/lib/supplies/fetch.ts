import {
  itemStockResponseSchema,
  stockLocationListResponseSchema,
  stockOverviewResponseSchema,
  type StockLocationRef,
} from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import type { z } from 'zod';
import { api } from '@/lib/api/client';

export type StockLocation = z.output<typeof stockLocationListResponseSchema>['locations'][number];
export type StockRow = z.output<typeof stockOverviewResponseSchema>['rows'][number];
export type ItemStock = z.output<typeof itemStockResponseSchema>;

/** Active warehouses, vans and distribution points, by name. Asked once per request. */
export const fetchLocations = cache(async (): Promise<StockLocation[]> => {
  const { locations } = await api('/api/supplies/locations', {
    schema: stockLocationListResponseSchema,
    context: 'page',
  });
  return [...locations].sort((a, b) => a.name.localeCompare(b.name));
});

/**
 * A part of a page that can fail alone (a report route, a side panel): null instead of the whole page
 * failing. Next's redirects (expired session) still pass through.
 */
export async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

export function findLocation(locations: StockLocation[], id: string | undefined): StockLocationRef | null {
  return locations.find((location) => location.id === id) ?? null;
}

type StockQuery = Record<string, string | number | undefined>;

/**
 * Pages of the stock overview read one after the other (500 rows each) keeping only the rows with
 * stock, until `enough` says so or the catalogue ends. The overview lists every active item, stocked
 * or not; a location's shelf, a van's load, is what holds something.
 */
async function walkStock(
  query: StockQuery,
  enough: (rows: StockRow[]) => boolean,
  context: 'page' | 'action',
): Promise<{ rows: StockRow[]; nextCursor: string | null }> {
  const rows: StockRow[] = [];
  let cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  do {
    const page = await api('/api/supplies/stock', {
      schema: stockOverviewResponseSchema,
      query: { ...query, limit: 500, cursor },
      context,
    });
    rows.push(...page.rows.filter((row) => row.onHand > 0));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && !enough(rows));
  return { rows, nextCursor: cursor ?? null };
}

/** Every item with stock at a location: the sheet of a stock-take, what a van can hand out. */
export async function stockAtLocation(
  locationId: string,
  context: 'page' | 'action' = 'page',
): Promise<StockRow[]> {
  return (await walkStock({ locationId }, () => false, context)).rows;
}

/**
 * One page of the overview: items in stock only (at least `size` of them, unless the catalogue ends),
 * or, with `withEmpty`, every item of the catalogue as the API pages it.
 */
export function stockPage(
  query: StockQuery,
  options: { withEmpty: boolean; size: number; context: 'page' | 'action' },
): Promise<{ rows: StockRow[]; nextCursor: string | null }> {
  if (options.withEmpty) {
    return api('/api/supplies/stock', {
      schema: stockOverviewResponseSchema,
      query: { ...query, limit: options.size },
      context: options.context,
    });
  }
  return walkStock(query, (rows) => rows.length >= options.size, options.context);
}

/** An item with its stock per location and batch; asked once per request (metadata and page share it). */
export const fetchItemStock = cache((itemId: string): Promise<ItemStock> =>
  api(`/api/supplies/items/${encodeURIComponent(itemId)}`, {
    schema: itemStockResponseSchema,
    context: 'page',
  }),
);
