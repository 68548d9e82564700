import type { StockLocationRef, SupplyItemRef } from '@vigil/contracts';
import { Prisma } from '@vigil/db';

/** Columns every report selects to name an item and a location (aliased i. and l.). */
export const REF_COLUMNS = Prisma.sql`
  i.id::text AS item_id, i.code, i.category::text, i.name_en, i.name_fr, i.unit::text, i.size, i.gender::text,
  l.id::text AS location_id, l.name AS location_name, l.kind::text AS location_kind`;

export interface RefRow {
  item_id: string;
  code: string;
  category: SupplyItemRef['category'];
  name_en: string;
  name_fr: string;
  unit: SupplyItemRef['unit'];
  size: string | null;
  gender: SupplyItemRef['gender'];
  location_id: string;
  location_name: string;
  location_kind: StockLocationRef['kind'];
}

export function itemOf(r: RefRow): SupplyItemRef {
  return {
    id: r.item_id,
    code: r.code,
    category: r.category,
    nameEn: r.name_en,
    nameFr: r.name_fr,
    unit: r.unit,
    size: r.size,
    gender: r.gender,
  };
}

export function locationOf(r: RefRow): StockLocationRef {
  return { id: r.location_id, name: r.location_name, kind: r.location_kind };
}

/** A date range's bounds as timestamps: from the start of `from` to the end of `to`. */
export function rangeSql(column: Prisma.Sql, range: { from?: string; to?: string }) {
  const parts = [Prisma.sql`true`];
  if (range.from) parts.push(Prisma.sql`${column} >= ${range.from}::date`);
  if (range.to) parts.push(Prisma.sql`${column} < ${range.to}::date + 1`);
  return Prisma.join(parts, ' AND ');
}
