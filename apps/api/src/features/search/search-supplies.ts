import type { SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { itemFilterSql } from '../supplies/stock/stock-queries';

interface ItemRow {
  id: string;
  code: string;
  name_en: string;
  name_fr: string;
  size: string | null;
}

/**
 * Active catalogue items by code or name in either language, with the catalogue list's own filter.
 * The catalogue holds thousands of items at most: the ILIKE scan is fine.
 */
export async function searchSupplies(db: DbOrTx, q: string, limit: number): Promise<SearchHit[]> {
  const rows = await sqlOf(db).query<ItemRow>(Prisma.sql`
    SELECT i.id::text, i.code, i.name_en, i.name_fr, i.size FROM supply_items i
    WHERE ${itemFilterSql({ q })}
    ORDER BY i.name_en, coalesce(i.size, ''), i.id
    LIMIT ${limit}`);
  return rows.map((row) => ({
    id: row.id,
    label: row.name_en,
    labelFr: row.name_fr,
    secondary: [row.code, row.size].filter(Boolean).join(' · '),
    at: null,
    badge: null,
    path: `/supplies/items/${row.id}`,
  }));
}
