import type { ledgerResponseSchema } from '@vigil/contracts';
import type { z } from 'zod';

export type LedgerEntry = z.output<typeof ledgerResponseSchema>['movements'][number];

/** A signed quantity as read in a ledger: "+20", "−3" (a true minus sign). */
export function signed(quantity: number): string {
  return quantity > 0 ? `+${quantity}` : quantity < 0 ? `−${Math.abs(quantity)}` : '0';
}
