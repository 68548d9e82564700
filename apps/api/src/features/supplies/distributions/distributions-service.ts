import type {
  createDistributionBodySchema,
  distributionListQuerySchema,
  recordDistributionBodySchema,
  updateDistributionBodySchema,
} from '@vigil/contracts';
import type { Db, Prisma } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { decodeCursor, encodeCursor } from '../../incidents/incident-cursor';
import { findReplay } from '../ledger/ledger-write';
import { displayNameOf } from '../ledger/operations';
import type { LedgerKey } from '../ledger/request-key';
import { occurredAtOf } from '../ledger/stock-refs';
import { StockSession } from '../ledger/stock-session';
import { inSqlStockTransaction } from '../ledger/stock-transaction';
import {
  AlreadyRecorded,
  checkedDistributionRefs,
  claimDistribution,
  nextDistributionReference,
} from './distribution-rules';
import { distributionInclude, distributionView, toDistributionSummary } from './distribution-view';
import { insertRecordedDistribution, recordedDistributionView } from './recorded-distribution';

type Create = z.output<typeof createDistributionBodySchema>;
type Update = z.output<typeof updateDistributionBodySchema>;
type Record = z.output<typeof recordDistributionBodySchema>;
type ListQuery = z.output<typeof distributionListQuerySchema>;

const columns = (body: Create) => ({
  locationId: body.locationId,
  siteId: body.siteId ?? null,
  needId: body.needId ?? null,
  scheduledAt: body.scheduledAt,
  note: body.note ?? null,
});

/** Planning distributions, and recording one after it happened (the common case on a phone). */
export function createDistributionsService(db: Db) {
  return {
    get: (id: string) => distributionView(db, id),

    async list(query: ListQuery) {
      const where: Prisma.DistributionWhereInput = {
        status: query.status,
        locationId: query.locationId,
        siteId: query.siteId,
        scheduledAt: {
          gte: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
          lt: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) : undefined,
        },
      };
      const cursor = query.cursor ? decodeCursor(query.cursor) : null;
      const rows = await db.distribution.findMany({
        where: cursor
          ? {
              AND: [
                where,
                {
                  OR: [
                    { scheduledAt: { lt: cursor.startAt } },
                    { scheduledAt: cursor.startAt, id: { lt: cursor.id } },
                  ],
                },
              ],
            }
          : where,
        include: { location: distributionInclude.location, site: distributionInclude.site },
        orderBy: [{ scheduledAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        distributions: page.map(toDistributionSummary),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ startAt: last.scheduledAt, id: last.id }) : null,
      };
    },

    async create(actor: Actor, body: Create) {
      await checkedDistributionRefs(db, body);
      const id = await db.$transaction(async (tx) => {
        const created = await tx.distribution.create({
          data: {
            ...columns(body),
            reference: await nextDistributionReference(tx, body.scheduledAt),
            createdById: actor.userId,
            lines: { create: body.lines.map((l) => ({ itemId: l.itemId, planned: l.quantity })) },
          },
        });
        return created.id;
      });
      return distributionView(db, id);
    },

    /** A planned distribution's place, time and list can change; once packed it can only be cancelled. */
    async update(id: string, body: Update) {
      const current = await db.distribution.findUnique({ where: { id }, select: { needId: true } });
      if (!current) throw AppError.notFound('Distribution');
      await checkedDistributionRefs(db, body, current.needId);
      await db.$transaction(async (tx) => {
        await claimDistribution(tx, id, body.version, ['planned'], columns(body));
        await tx.distributionLine.deleteMany({ where: { distributionId: id } });
        await tx.distributionLine.createMany({
          data: body.lines.map((l) => ({ distributionId: id, itemId: l.itemId, planned: l.quantity })),
        });
      });
      return distributionView(db, id);
    },

    /** After the fact: the stock leaves first-expiring-first and the record is closed, all at once. */
    async record(actor: Actor, body: Record, requestKey: LedgerKey | null) {
      const refs = await checkedDistributionRefs(db, body);
      const occurredAt = occurredAtOf(body.distributedAt, 'body/distributedAt');
      const pairs = body.lines.map((l) => ({ itemId: l.itemId, locationId: body.locationId }));
      try {
        const recorded = { ...body, distributedAt: occurredAt, createdById: actor.userId };
        const row = await inSqlStockTransaction(db, async (tx) => {
          const inserted = await insertRecordedDistribution(tx, recorded);
          const header = {
            kind: 'distribute' as const,
            occurredAt,
            actorId: actor.userId,
            requestKey,
            distributionId: inserted.id,
          };
          const stock = await StockSession.open(tx, refs, pairs);
          body.lines.forEach((l, i) =>
            stock.takeOut(
              'distribute',
              { ...pairs[i]!, quantity: l.quantity, expiresOn: null },
              `body/lines/${i}/quantity`,
            ),
          );
          const written = await stock.flush(tx, header);
          if (written.replayed) throw new AlreadyRecorded(written.operationId!);
          return inserted;
        });
        const createdBy = { id: actor.userId, displayName: await displayNameOf(db, actor.userId) };
        return recordedDistributionView(recorded, row, refs, createdBy);
      } catch (error) {
        // A retry of one already recorded (the stock it took may have run out since): answer with the first.
        const header = { kind: 'distribute' as const, occurredAt, actorId: actor.userId, requestKey };
        const replay =
          error instanceof AlreadyRecorded
            ? error.operationId
            : error instanceof AppError && error.code === 'CONFLICT'
              ? await findReplay(db, header)
              : null;
        if (!replay) throw error;
        const op = await db.stockOperation.findUniqueOrThrow({ where: { id: replay } });
        return distributionView(db, op.distributionId!);
      }
    },
  };
}
