import type { CaseSort } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import { type CursorKind, decodeSortCursor, encodeSortCursor } from '../../../lib/sort-cursor';

/** The columns a case's keyset position is read from. */
export interface CaseSortRow {
  id: string;
  reference: string;
  opened_at: Date;
  updated_at: Date;
  next_deadline_at: Date | null;
}

interface CaseOrder {
  /** ORDER BY over `cases c`, the last key unique. */
  orderBy: Prisma.Sql;
  kinds: readonly CursorKind[];
  values: (row: CaseSortRow) => (string | null)[];
  /** Cases after the position, keys as decoded. */
  after: (keys: (string | null)[]) => Prisma.Sql;
}

const at = (key: string | null) => (key === null ? null : new Date(key));
const NEXT_DUE = Prisma.sql`coalesce(c.next_deadline_at, 'infinity'::timestamptz)`;

/**
 * Each order walks an index over open cases (the list's usual subject) in its own direction:
 * cases_open_updated_idx, cases_open_opened_idx (backwards for newest first),
 * cases_open_next_deadline_idx (no open deadline = 'infinity', last) and the unique reference.
 */
const ORDERS: Record<CaseSort, CaseOrder> = {
  updated_desc: {
    orderBy: Prisma.sql`c.updated_at DESC, c.id ASC`,
    kinds: ['time', 'id'],
    values: (row) => [row.updated_at.toISOString(), row.id],
    after: ([t, id]) => Prisma.sql`(c.updated_at < ${at(t!)}
      OR (c.updated_at = ${at(t!)} AND c.id > ${id}::uuid))`,
  },
  opened_desc: {
    orderBy: Prisma.sql`c.opened_at DESC, c.id DESC`,
    kinds: ['time', 'id'],
    values: (row) => [row.opened_at.toISOString(), row.id],
    after: ([t, id]) => Prisma.sql`(c.opened_at, c.id) < (${at(t!)}, ${id}::uuid)`,
  },
  opened_asc: {
    orderBy: Prisma.sql`c.opened_at, c.id`,
    kinds: ['time', 'id'],
    values: (row) => [row.opened_at.toISOString(), row.id],
    after: ([t, id]) => Prisma.sql`(c.opened_at, c.id) > (${at(t!)}, ${id}::uuid)`,
  },
  next_deadline_asc: {
    orderBy: Prisma.sql`${NEXT_DUE}, c.id`,
    kinds: ['time?', 'id'],
    values: (row) => [row.next_deadline_at?.toISOString() ?? null, row.id],
    after: ([t, id]) =>
      Prisma.sql`(${NEXT_DUE}, c.id) > (coalesce(${at(t!)}::timestamptz, 'infinity'::timestamptz), ${id}::uuid)`,
  },
  reference_asc: {
    orderBy: Prisma.sql`c.reference`,
    kinds: ['text'],
    values: (row) => [row.reference],
    after: ([reference]) => Prisma.sql`c.reference > ${reference}`,
  },
};

export const caseOrderBy = (sort: CaseSort): Prisma.Sql => ORDERS[sort].orderBy;

/** The condition for the page after `cursor` (a cursor of another order is a 400 on `cursor`). */
export function caseAfterSql(sort: CaseSort, cursor: string): Prisma.Sql {
  return ORDERS[sort].after(decodeSortCursor(cursor, sort, ORDERS[sort].kinds));
}

export function encodeCaseCursor(sort: CaseSort, row: CaseSortRow): string {
  return encodeSortCursor(sort, ORDERS[sort].values(row));
}
