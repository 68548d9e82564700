import type { stockLocationInputSchema, updateStockLocationBodySchema } from '@vigil/contracts';
import type { Db, Prisma, StockLocation } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import type { AuditService } from '../../audit/audit-service';

type LocationInput = z.output<typeof stockLocationInputSchema>;
type LocationUpdate = z.output<typeof updateStockLocationBodySchema>;

const withSite = {
  site: { select: { id: true, name: true, commune: true } },
} satisfies Prisma.StockLocationInclude;
type LocationRecord = StockLocation & { site: { id: string; name: string; commune: string } | null };

function toLocationView(l: LocationRecord) {
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    site: l.site,
    active: l.active,
    notes: l.notes,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
  };
}

/** Warehouses, vans and distribution points; set up by whoever runs the stock (supplies.stocktake). */
export function createLocationsService(db: Db, audit: AuditService) {
  async function checkInput(input: { name?: string; siteId?: string | null }, id?: string) {
    if (input.siteId && !(await db.site.findUnique({ where: { id: input.siteId }, select: { id: true } }))) {
      throw AppError.invalid('body/siteId', 'No such site');
    }
    if (input.name) {
      const same = await db.stockLocation.findUnique({ where: { name: input.name }, select: { id: true } });
      if (same && same.id !== id) {
        throw AppError.conflict(`A location named ${input.name} exists`, [
          { path: 'body/name', message: 'Already used' },
        ]);
      }
    }
  }

  return {
    async list(includeInactive: boolean) {
      const rows = await db.stockLocation.findMany({
        where: includeInactive ? {} : { active: true },
        include: withSite,
        orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      });
      return rows.map(toLocationView);
    },

    async create(actor: Actor, input: LocationInput) {
      await checkInput(input);
      return db.$transaction(async (tx) => {
        const created = await tx.stockLocation.create({ data: input, include: withSite });
        await audit.byActor(tx, actor, {
          action: 'stock_location.create',
          entityType: 'stock_location',
          entityId: created.id,
        });
        return toLocationView(created);
      });
    },

    async update(actor: Actor, id: string, input: LocationUpdate) {
      if (!(await db.stockLocation.findUnique({ where: { id }, select: { id: true } })))
        throw AppError.notFound('Location');
      await checkInput(input, id);
      return db.$transaction(async (tx) => {
        const updated = await tx.stockLocation.update({ where: { id }, data: input, include: withSite });
        await audit.byActor(tx, actor, {
          action: 'stock_location.update',
          entityType: 'stock_location',
          entityId: id,
          fields: Object.keys(input),
        });
        return toLocationView(updated);
      });
    },
  };
}
