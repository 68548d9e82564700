import { needResponseSchema, stockBoxResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchItemStock, optional } from './fetch';
import { newLine, type LineDraft } from './lines';
import { param, uuidParam } from './params';

/**
 * Lines a form opens with: a scanned box (`?boxId=`: its location, item, quantity and batch) or an
 * item from its page (`?itemId=&quantity=`). Nothing when the record cannot be read.
 */
export async function prefilledLines(
  params: SearchParams,
): Promise<{ locationId: string; lines: LineDraft[] }> {
  const boxId = uuidParam(params, 'boxId');
  if (boxId) {
    const found = await optional(() =>
      api(`/api/supplies/boxes/${boxId}`, { schema: stockBoxResponseSchema, context: 'action' }),
    );
    if (found) {
      const { box } = found;
      const line = newLine(
        { ...box.item, available: box.stockHere.available },
        String(box.quantity),
        box.expiresOn ?? '',
      );
      return { locationId: box.location.id, lines: [{ ...line, boxId: box.id }] };
    }
  }
  const itemId = uuidParam(params, 'itemId');
  const stock = itemId ? await optional(() => fetchItemStock(itemId)) : null;
  const quantity = /^\d{1,7}$/.test(param(params, 'quantity') ?? '') ? (param(params, 'quantity') ?? '') : '';
  return { locationId: '', lines: stock ? [newLine(stock.item, quantity)] : [] };
}

/** A need's site and what is still missing of it, to plan the distribution that answers it. */
export async function needLines(needId: string): Promise<{ siteId: string; lines: LineDraft[] } | null> {
  const found = await optional(() =>
    api(`/api/supplies/needs/${needId}`, { schema: needResponseSchema, context: 'action' }),
  );
  if (!found) return null;
  const { need } = found;
  const lines = need.lines
    .filter((line) => line.quantity > line.delivered)
    .map((line) =>
      newLine({ ...line.item, available: line.available }, String(line.quantity - line.delivered)),
    );
  return { siteId: need.site?.id ?? '', lines };
}
