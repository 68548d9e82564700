'use server';

import { ledgerResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { isApiError } from '@/lib/api/errors';
import type { LedgerEntry } from '@/lib/supplies/ledger';

/** The next page of a ledger (an item's, a location's), newest first, for "load more". */
export async function loadLedger(
  filter: { itemId?: string; locationId?: string },
  cursor: string,
): Promise<{ rows: LedgerEntry[]; nextCursor: string | null } | { error: true }> {
  const query = {
    itemId: filter.itemId && isUuid(filter.itemId) ? filter.itemId : undefined,
    locationId: filter.locationId && isUuid(filter.locationId) ? filter.locationId : undefined,
    cursor,
    limit: 50,
  };
  try {
    const page = await api('/api/supplies/movements', { schema: ledgerResponseSchema, query });
    return { rows: page.movements, nextCursor: page.nextCursor };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { error: true };
  }
}
