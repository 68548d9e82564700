import type { DistributionDetail } from '@vigil/contracts';
import { Prisma, type SqlTarget, sqlOf } from '@vigil/db';
import type { StockRefs } from '../ledger/stock-refs';

export interface RecordedDistribution {
  locationId: string;
  siteId?: string | null;
  needId?: string | null;
  note?: string | null;
  distributedAt: Date;
  served: { men?: number; women?: number; families?: number; minors?: number };
  createdById: string;
  lines: { itemId: string; quantity: number }[];
}

interface InsertedRow {
  id: string;
  reference: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  site_name: string | null;
  site_commune: string | null;
}

export type InsertedDistribution = InsertedRow;

/**
 * A distribution recorded after the fact, closed, with its lines (all sent), in ONE statement: the
 * reference, the row and the lines would otherwise cost four round trips inside the stock transaction.
 * The reference has the form of `nextDistributionReference`. It answers with what the view needs
 * beyond the request, so the answer costs no read-back.
 */
export async function insertRecordedDistribution(
  tx: SqlTarget,
  d: RecordedDistribution,
): Promise<InsertedRow> {
  const [row] = await sqlOf(tx).query<InsertedRow>(Prisma.sql`
    WITH seq AS (SELECT nextval('distribution_reference_seq')::text AS n),
    d AS (
      INSERT INTO distributions (id, reference, status, location_id, site_id, need_id, scheduled_at, distributed_at,
        served_men, served_women, served_families, served_minors, note, created_by_id, updated_at)
      SELECT gen_random_uuid(), ${`DIS-${d.distributedAt.getUTCFullYear()}-`} || lpad(n, greatest(6, length(n)), '0'),
        'closed'::"DistributionStatus", ${d.locationId}::uuid, ${d.siteId ?? null}::uuid, ${d.needId ?? null}::uuid,
        ${d.distributedAt}::timestamptz, ${d.distributedAt}::timestamptz, ${d.served.men ?? null}::int,
        ${d.served.women ?? null}::int, ${d.served.families ?? null}::int, ${d.served.minors ?? null}::int,
        ${d.note ?? null}, ${d.createdById}::uuid, now()
      FROM seq
      RETURNING id, reference, version, created_at, updated_at, site_id),
    l AS (
      INSERT INTO distribution_lines (distribution_id, item_id, planned, sent)
      SELECT d.id, u.item_id, u.quantity, u.quantity
      FROM d, unnest(${d.lines.map((l) => l.itemId)}::uuid[], ${d.lines.map((l) => l.quantity)}::int[])
        AS u(item_id, quantity))
    SELECT d.id::text, d.reference, d.version, d.created_at, d.updated_at, s.name AS site_name, s.commune AS site_commune
    FROM d LEFT JOIN sites s ON s.id = d.site_id`);
  return row!;
}

/** The view of a distribution just recorded, from the request and the inserted row (what `distributionView` reads). */
export function recordedDistributionView(
  d: RecordedDistribution,
  row: InsertedRow,
  refs: StockRefs,
  createdBy: { id: string; displayName: string },
): DistributionDetail {
  return {
    id: row.id,
    reference: row.reference,
    status: 'closed',
    location: refs.locationRef(d.locationId),
    site: d.siteId ? { id: d.siteId, name: row.site_name!, commune: row.site_commune! } : null,
    needId: d.needId ?? null,
    scheduledAt: d.distributedAt,
    distributedAt: d.distributedAt,
    served: {
      men: d.served.men ?? 0,
      women: d.served.women ?? 0,
      families: d.served.families ?? 0,
      minors: d.served.minors ?? 0,
    },
    version: row.version,
    note: d.note ?? null,
    lines: d.lines
      .map((l) => ({
        item: refs.itemRef(l.itemId),
        planned: l.quantity,
        packed: 0,
        sent: l.quantity,
        returned: 0,
        handedOut: l.quantity,
      }))
      .sort((a, b) => a.item.nameEn.localeCompare(b.item.nameEn)),
    createdBy,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
