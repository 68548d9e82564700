import type {
  ErrorDetail,
  SupplyItemInput,
  setThresholdsBodySchema,
  supplyItemListQuerySchema,
  updateSupplyItemBodySchema,
} from '@vigil/contracts';
import { type Db, type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import type { AuditService } from '../../audit/audit-service';
import { type ItemSortRow, encodeItemCursor, itemOrderSql } from '../stock/item-order';
import { itemFilterSql } from '../stock/stock-queries';
import { toItemView } from './item-view';

type ListQuery = z.output<typeof supplyItemListQuerySchema>;
type ItemUpdate = z.output<typeof updateSupplyItemBodySchema>;
type Thresholds = z.output<typeof setThresholdsBodySchema>;

export type CatalogueService = ReturnType<typeof createCatalogueService>;

async function checkPropertyType(db: DbOrTx, id: string | null | undefined) {
  if (!id) return;
  const term = await db.vocabularyTerm.findUnique({ where: { id }, select: { kind: true } });
  if (term?.kind !== 'property_type') throw AppError.invalid('body/propertyTypeId', 'Not a property type');
}

/** The catalogue of items, edited by administrators (vocabularies.manage: it is a controlled list). */
export function createCatalogueService(db: Db, audit: AuditService) {
  async function load(id: string) {
    const item = await db.supplyItem.findUnique({ where: { id } });
    if (!item) throw AppError.notFound('Item');
    return item;
  }

  return {
    async list(query: ListQuery) {
      const rows = await sqlOf(db).query<ItemSortRow>(Prisma.sql`
        SELECT i.id::text, i.code, i.category::text, i.name_en, i.name_fr, i.size FROM supply_items i
        WHERE ${itemFilterSql(query, query.includeInactive !== 'true')}
        ORDER BY ${itemOrderSql(query.sort, 'i')} LIMIT ${query.limit + 1}`);
      const page = rows.slice(0, query.limit);
      const items = new Map(
        (await db.supplyItem.findMany({ where: { id: { in: page.map((r) => r.id) } } })).map((i) => [
          i.id,
          i,
        ]),
      );
      const last = page[page.length - 1];
      return {
        items: page.map((r) => toItemView(items.get(r.id)!)),
        nextCursor: rows.length > query.limit && last ? encodeItemCursor(query.sort, last) : null,
      };
    },

    get: async (id: string) => toItemView(await load(id)),

    async create(actor: Actor, input: SupplyItemInput) {
      await checkPropertyType(db, input.propertyTypeId);
      if (await db.supplyItem.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw AppError.conflict(`An item with code ${input.code} exists`, [
          { path: 'body/code', message: 'Already used' },
        ]);
      }
      return db.$transaction(async (tx) => {
        const item = await tx.supplyItem.create({ data: input });
        await audit.byActor(tx, actor, {
          action: 'supply_item.create',
          entityType: 'supply_item',
          entityId: item.id,
        });
        return toItemView(item);
      });
    },

    async update(actor: Actor, id: string, input: ItemUpdate) {
      const before = await load(id);
      await checkPropertyType(db, input.propertyTypeId);
      const changed = (Object.keys(input) as (keyof ItemUpdate)[]).filter(
        (key) => input[key] !== undefined && (before[key] ?? null) !== (input[key] ?? null),
      );
      return db.$transaction(async (tx) => {
        const item = await tx.supplyItem.update({ where: { id }, data: input });
        await audit.byActor(tx, actor, {
          action: 'supply_item.update',
          entityType: 'supply_item',
          entityId: id,
          fields: changed,
        });
        return toItemView(item);
      });
    },

    /** Replaces the item's low-stock thresholds, one per location. */
    async setThresholds(actor: Actor, id: string, body: Thresholds) {
      await load(id);
      const ids = body.thresholds.map((t) => t.locationId);
      const known = new Set(
        (await db.stockLocation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
          (l) => l.id,
        ),
      );
      const problems: ErrorDetail[] = [];
      body.thresholds.forEach((t, i) => {
        if (!known.has(t.locationId))
          problems.push({ path: `body/thresholds/${i}/locationId`, message: 'No such location' });
        if (ids.indexOf(t.locationId) !== i)
          problems.push({ path: `body/thresholds/${i}/locationId`, message: 'Listed twice' });
      });
      if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
      await db.$transaction(async (tx) => {
        await tx.stockThreshold.deleteMany({ where: { itemId: id } });
        await tx.stockThreshold.createMany({ data: body.thresholds.map((t) => ({ ...t, itemId: id })) });
        await audit.byActor(tx, actor, {
          action: 'supply_item.thresholds',
          entityType: 'supply_item',
          entityId: id,
          meta: { count: body.thresholds.length },
        });
      });
    },
  };
}
