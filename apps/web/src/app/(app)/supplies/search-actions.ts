'use server';

import { supplyItemListResponseSchema } from '@vigil/contracts';
import { getLocale } from 'next-intl/server';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { isApiError } from '@/lib/api/errors';
import type { PickedItem } from '@/lib/supplies/lines';
import { paramsToSearch } from '@/lib/filters/query-filter';
import { stockAtLocation, stockPage } from '@/lib/supplies/fetch';
import { STOCK_PAGE_SIZE, stockFilter, stockQuery } from '@/lib/supplies/overview-query';

type Found = { items: PickedItem[] } | { error: string };

async function attempt(load: () => Promise<PickedItem[]>): Promise<Found> {
  try {
    return { items: await load() };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { error: error.code };
  }
}

/** Catalogue items matching what was typed (code, English or French name), for receiving stock. */
export async function searchCatalogue(q: string): Promise<Found> {
  const query = String(q).trim().slice(0, 100);
  if (query === '') return { items: [] };
  return attempt(async () => {
    const { items } = await api('/api/supplies/items', {
      schema: supplyItemListResponseSchema,
      query: { q: query, limit: 20 },
    });
    return items;
  });
}

/** What a location holds now (a van's load, a shelf), for stock that leaves it. */
export async function stockAt(locationId: string): Promise<Found> {
  if (typeof locationId !== 'string' || !isUuid(locationId)) return { items: [] };
  return attempt(async () =>
    (await stockAtLocation(locationId, 'action')).map((row) => ({ ...row.item, available: row.available })),
  );
}

/** One page of the stock overview for "load more" (the filter travels as the page's query string). */
export async function loadMoreStock(queryString: string, cursor: string) {
  const filter = stockFilter.read(paramsToSearch(new URLSearchParams(queryString)));
  const { query, withEmpty } = stockQuery(filter, await getLocale());
  try {
    const page = await stockPage(
      { ...query, cursor },
      { withEmpty, size: STOCK_PAGE_SIZE, context: 'action' },
    );
    return { rows: page.rows, nextCursor: page.nextCursor };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { error: true as const };
  }
}
