import { SUPPLY_CATEGORIES, type SupplyItemSort } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import { type CursorKind, decodeSortCursor, encodeSortCursor } from '../../../lib/sort-cursor';

/** The columns an item's keyset position is read from. */
export interface ItemSortRow {
  id: string;
  code: string;
  category: string;
  name_en: string;
  name_fr: string;
  size: string | null;
}

interface ItemOrder {
  /** The sort keys over an item row aliased `a`, the last one unique. */
  keys: (a: string) => Prisma.Sql[];
  kinds: readonly CursorKind[];
  values: (row: ItemSortRow) => string[];
  /** The cursor's keys as SQL values, cast as the keys are. */
  params: (keys: string[]) => Prisma.Sql[];
}

const col = (a: string, name: string) => Prisma.raw(`${a}.${name}`);
const sizeKey = (a: string) => Prisma.sql`coalesce(${col(a, 'size')}, '')`;

/** A name (English or French), then the size (items without one first), then the id. */
function byName(column: 'name_en' | 'name_fr'): ItemOrder {
  return {
    keys: (a) => [col(a, column), sizeKey(a), col(a, 'id')],
    kinds: ['text', 'text', 'id'],
    values: (row) => [row[column], row.size ?? '', row.id],
    params: ([name, size, id]) => [Prisma.sql`${name}`, Prisma.sql`${size}`, Prisma.sql`${id}::uuid`],
  };
}

/**
 * The catalogue's orders by column. Each direction is the exact reverse of the other, so a row
 * comparison over the same keys pages either way. Items number in the thousands at most (5,000 in
 * the supplies benchmark): sorting a filtered catalogue costs milliseconds, so these orders need no
 * index of their own; code has its unique index and category the (category, name_en) one.
 */
const ORDERS: Record<'name' | 'name_fr' | 'code' | 'category', ItemOrder> = {
  name: byName('name_en'),
  name_fr: byName('name_fr'),
  code: {
    keys: (a) => [col(a, 'code')],
    kinds: ['text'],
    values: (row) => [row.code],
    params: ([code]) => [Prisma.sql`${code}`],
  },
  category: {
    // The enum's own order (the categories as the catalogue groups them), then the name. Cast, as
    // the stock overview's page carries the category as text (a no-op on the table's column).
    keys: (a) => [Prisma.raw(`${a}.category::"SupplyCategory"`), col(a, 'name_en'), sizeKey(a), col(a, 'id')],
    kinds: [SUPPLY_CATEGORIES, 'text', 'text', 'id'],
    values: (row) => [row.category, row.name_en, row.size ?? '', row.id],
    params: ([category, name, size, id]) => [
      Prisma.sql`${category}::"SupplyCategory"`,
      Prisma.sql`${name}`,
      Prisma.sql`${size}`,
      Prisma.sql`${id}::uuid`,
    ],
  },
};

function orderOf(sort: SupplyItemSort) {
  const column = sort.slice(0, sort.lastIndexOf('_')) as keyof typeof ORDERS;
  return { order: ORDERS[column], desc: sort.endsWith('_desc') };
}

/** ORDER BY for the sort, over the item row aliased `a` (`i` in the filter, `page` after it). */
export function itemOrderSql(sort: SupplyItemSort, a: string): Prisma.Sql {
  const { order, desc } = orderOf(sort);
  return Prisma.join(
    order.keys(a).map((key) => (desc ? Prisma.sql`${key} DESC` : key)),
    ', ',
  );
}

/** Rows after the cursor's position in the sort (a cursor of another sort is a 400). */
export function itemAfterSql(sort: SupplyItemSort, cursor: string): Prisma.Sql {
  const { order, desc } = orderOf(sort);
  const keys = decodeSortCursor(cursor, sort, order.kinds) as string[];
  const left = Prisma.join(order.keys('i'), ', ');
  const right = Prisma.join(order.params(keys), ', ');
  return desc ? Prisma.sql`(${left}) < (${right})` : Prisma.sql`(${left}) > (${right})`;
}

export function encodeItemCursor(sort: SupplyItemSort, row: ItemSortRow): string {
  return encodeSortCursor(sort, orderOf(sort).order.values(row));
}
