import { createNeedsService } from '../../supplies/needs/needs-service';
import { type BlockContext, FIRST_FEW } from '../overview-context';

/** The needs page's longest list: beyond it, "short" counts among the soonest needed only. */
const SCANNED = 200;

/** Open needs, and the soonest of those that stock cannot cover, with only their short lines. */
export async function openNeedsBlock({ db }: BlockContext) {
  const [open, needs] = await Promise.all([
    db.supplyNeed.count({ where: { status: 'open' } }),
    createNeedsService(db).list({ status: 'open', limit: SCANNED }),
  ]);
  const short = needs
    .map((need) => ({ ...need, lines: need.lines.filter((line) => line.shortfall > 0) }))
    .filter((need) => need.lines.length > 0);
  return { open, short: short.length, needs: short.slice(0, FIRST_FEW) };
}
