import type { policeLossesQuerySchema, policeLossesResponseSchema } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import { rangeSql } from './report-rows';

type Query = z.output<typeof policeLossesQuerySchema>;
type Row = z.output<typeof policeLossesResponseSchema>['rows'][number];

/**
 * The collective's stock seized or destroyed by police, by month, reason, category and eviction
 * property type — the figure a dossier quotes ("35 tents destroyed"). Each write-off is linked to the
 * eviction or incident it came from. Exported for the dossier builder.
 */
export async function policeLosses(db: DbOrTx, query: Query): Promise<Row[]> {
  const rows = await sqlOf(db).query<
    Omit<Row, 'propertyType'> & { code: string | null; label_en: string | null; label_fr: string | null }
  >(Prisma.sql`
    SELECT to_char(o.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, o.write_off_reason::text AS reason,
           i.category::text AS category, t.code, t.label_en, t.label_fr, (-sum(m.quantity))::int AS quantity,
           count(DISTINCT o.eviction_id)::int AS evictions, count(DISTINCT o.incident_id)::int AS incidents
    FROM stock_operations o
    JOIN stock_movements m ON m.operation_id = o.id
    JOIN supply_items i ON i.id = m.item_id
    LEFT JOIN vocabulary_terms t ON t.id = i.property_type_id
    WHERE o.kind = 'write_off' AND o.write_off_reason IN ('seized_by_police', 'destroyed_by_police')
      AND ${rangeSql(Prisma.sql`o.occurred_at`, query)}
      ${query.evictionId ? Prisma.sql`AND o.eviction_id = ${query.evictionId}::uuid` : Prisma.empty}
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4`);
  return rows.map(({ code, label_en, label_fr, ...row }) => ({
    ...row,
    propertyType: code ? { code, labelEn: label_en ?? code, labelFr: label_fr ?? code } : null,
  }));
}
