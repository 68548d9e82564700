import { expiring, lowStock } from '../../supplies/reports/stock-reports';
import { type BlockContext, FIRST_FEW } from '../overview-context';

export const EXPIRING_DAYS = 30;

/** The supplies reports' low stock and expiring batches, at one location or over all of them. */
export async function stockAlerts(ctx: Pick<BlockContext, 'db'>, locationId?: string) {
  const [low, soon] = await Promise.all([
    lowStock(ctx.db, { locationId }),
    expiring(ctx.db, { days: EXPIRING_DAYS, locationId }),
  ]);
  return {
    low: { total: low.length, items: low.slice(0, FIRST_FEW) },
    expiring: { total: soon.length, items: soon.slice(0, FIRST_FEW) },
  };
}

export async function stockAlertsBlock(context: BlockContext) {
  return { expiringDays: EXPIRING_DAYS, ...(await stockAlerts(context)) };
}
