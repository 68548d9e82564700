'use server';

import { stocktakeConfirmResponseSchema, stocktakePreviewResponseSchema } from '@vigil/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

export type StocktakePreview = z.output<typeof stocktakePreviewResponseSchema>;
export type StocktakeResult = z.output<typeof stocktakeConfirmResponseSchema>;
/** Bodies are checked by the API, which points at the row and field of any problem. */
type Body = Record<string, unknown>;

/** The differences the count would write, computed by the API against current stock; nothing is written. */
export async function previewStocktakeAction(body: Body): Promise<FormState<StocktakePreview>> {
  try {
    const preview = await api('/api/supplies/stocktakes/preview', {
      method: 'POST',
      body,
      schema: stocktakePreviewResponseSchema,
    });
    return { status: 'success', data: preview };
  } catch (error) {
    return failure<StocktakePreview>(error);
  }
}

/**
 * Confirms the count as adjustments, based on the preview's ledger position: stock that moved since
 * is refused (409) rather than silently overwritten. The Idempotency-Key is the form's.
 */
export async function confirmStocktakeAction(key: string, body: Body): Promise<FormState<StocktakeResult>> {
  try {
    const result = await api('/api/supplies/stocktakes', {
      method: 'POST',
      body,
      schema: stocktakeConfirmResponseSchema,
      headers: { 'idempotency-key': key },
    });
    return { status: 'success', data: result };
  } catch (error) {
    return failure<StocktakeResult>(error);
  }
}
