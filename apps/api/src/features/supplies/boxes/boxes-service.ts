import type { createBoxesBodySchema, stockBoxListQuerySchema } from '@vigil/contracts';
import { type Db, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { batchOf, isoDate } from '../ledger/operations';
import { StockRefs, itemRefSelect, locationRefSelect } from '../ledger/stock-refs';
import { type Label, labelsPdf } from './labels-pdf';

type Create = z.output<typeof createBoxesBodySchema>;
type ListQuery = z.output<typeof stockBoxListQuerySchema>;

const include = {
  item: { select: itemRefSelect },
  location: { select: locationRefSelect },
} satisfies Prisma.StockBoxInclude;
type BoxRecord = Prisma.StockBoxGetPayload<{ include: typeof include }>;

/**
 * Labelled boxes and bags. A box is what its label says it holds; stock itself is counted per item and
 * location, so a box never changes the balance. Its QR code opens `<WEB_ORIGIN>/supplies/boxes/<id>`,
 * where the phone can move (a transfer naming the box) or distribute it.
 */
export function createBoxesService(db: Db, webOrigin: string) {
  const url = (id: string) => `${webOrigin.replace(/\/$/, '')}/supplies/boxes/${id}`;

  async function views(boxes: BoxRecord[]) {
    const stock = await db.stockBalance.groupBy({
      by: ['itemId', 'locationId'],
      where: { OR: boxes.map((b) => ({ itemId: b.itemId, locationId: b.locationId })) },
      _sum: { onHand: true, reserved: true },
    });
    const here = new Map(stock.map((s) => [`${s.itemId}|${s.locationId}`, s._sum]));
    return boxes.map((b) => {
      const sum = here.get(`${b.itemId}|${b.locationId}`);
      const onHand = sum?.onHand ?? 0;
      const reserved = sum?.reserved ?? 0;
      return {
        id: b.id,
        code: b.code,
        item: b.item,
        location: b.location,
        quantity: b.quantity,
        expiresOn: b.expiresOn ? batchOf(b.expiresOn) : null,
        note: b.note,
        url: url(b.id),
        createdAt: b.createdAt,
        updatedAt: b.updatedAt,
        stockHere: { onHand, reserved, available: onHand - reserved },
      };
    });
  }

  return {
    async create(actor: Actor, body: Create) {
      const refs = await StockRefs.load(db, [body.itemId], [body.locationId]);
      refs
        .needLocation(body.locationId, 'body/locationId')
        .needItem(body.itemId, 'body', { expiresOn: body.expiresOn });
      refs.check();
      const codes = await db.$transaction(async (tx) => {
        const numbers = await sqlOf(tx).query<{ n: bigint }>(
          Prisma.sql`SELECT nextval('stock_box_code_seq') AS n FROM generate_series(1, ${body.copies})`,
        );
        const data = numbers.map(({ n }) => ({
          code: `BOX-${String(n).padStart(6, '0')}`,
          itemId: body.itemId,
          locationId: body.locationId,
          quantity: body.quantity,
          expiresOn: body.expiresOn ? new Date(`${body.expiresOn}T00:00:00Z`) : null,
          note: body.note ?? null,
          createdById: actor.userId,
        }));
        await tx.stockBox.createMany({ data });
        return data.map((d) => d.code);
      });
      return views(
        await db.stockBox.findMany({ where: { code: { in: codes } }, include, orderBy: { code: 'asc' } }),
      );
    },

    async get(id: string) {
      const box = await db.stockBox.findUnique({ where: { id }, include });
      if (!box) throw AppError.notFound('Box');
      return (await views([box]))[0]!;
    },

    async list(query: ListQuery) {
      const boxes = await db.stockBox.findMany({
        where: { locationId: query.locationId, itemId: query.itemId },
        include,
        orderBy: { createdAt: 'desc' },
        take: query.limit,
      });
      return views(boxes);
    },

    async labels(ids: string[]): Promise<Buffer> {
      const boxes = await db.stockBox.findMany({
        where: { id: { in: ids } },
        include,
        orderBy: { code: 'asc' },
      });
      if (boxes.length !== new Set(ids).size) throw AppError.notFound('Box');
      const labels: Label[] = boxes.map((b) => ({
        url: url(b.id),
        code: b.code,
        title: `${b.item.nameEn}${b.item.size ? ` — ${b.item.size}` : ''}`,
        subtitle: [b.item.nameFr, b.item.gender].filter(Boolean).join(' · '),
        quantity: `${b.quantity} ${b.item.unit}`,
        location: b.location.name,
        expiry: b.expiresOn ? `Expires / expire le ${isoDate(b.expiresOn)}` : null,
      }));
      return labelsPdf(labels);
    },
  };
}
