import { Prisma, type SqlTarget, sqlOf } from '@vigil/db';

/** Labelled boxes travel with the transfer that moves their stock, in its transaction. */
export async function moveBoxes(sql: SqlTarget, boxIds: string[], locationId: string): Promise<void> {
  await sqlOf(sql).query(Prisma.sql`
    UPDATE stock_boxes SET location_id = ${locationId}::uuid, updated_at = now() WHERE id = ANY(${boxIds}::uuid[])`);
}
