import type { EvictionDetail } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { displayNamesOf } from '../evidence/evidence-repository';
import { toEvidenceFileSummary } from '../evidence/evidence-view';
import { evictionInclude } from '../evictions/evictions-repository';
import { toEvictionDetail } from '../evictions/eviction-view';
import type { ExportScope } from './export-redaction';

/**
 * An eviction as it leaves the instance (JSON export, dossier): the detail record with members of
 * the collective by pseudonym unless identities are included, the site's coarse area (its exact
 * address and coordinates only when disclosed), the incidents linked to it that the reader may see,
 * and its evidence files.
 */
export interface EvictionExportRecord extends EvictionDetail {
  siteLocation: {
    area: string | null;
    address?: string | null;
    latitude?: number | null;
    longitude?: number | null;
  };
  linkedIncidents: { id: string; reference: string; title: string; startAt: Date }[];
  files: ReturnType<typeof toEvidenceFileSummary>[];
}

/**
 * The export records of a batch of evictions, in the order of `ids`. `incidentVisible` is the
 * reader's incident visibility over `incidents i` (drafts of others stay out).
 */
export async function evictionRecords(
  db: DbOrTx,
  ids: string[],
  scope: ExportScope,
  incidentVisible: Prisma.Sql,
): Promise<EvictionExportRecord[]> {
  if (ids.length === 0) return [];
  const [records, files, linked] = await Promise.all([
    db.eviction.findMany({ where: { id: { in: ids } }, include: evictionInclude }),
    db.evidenceFile.findMany({
      where: { evictionId: { in: ids } },
      orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
    }),
    sqlOf(db).query<{
      id: string;
      reference: string;
      title: string;
      start_at: Date;
      eviction_id: string;
    }>(Prisma.sql`
      SELECT i.id::text AS id, i.reference, i.title, i.start_at, i.eviction_id::text AS eviction_id
      FROM incidents i WHERE i.eviction_id = ANY(${ids}::uuid[]) AND ${incidentVisible}
      ORDER BY i.start_at, i.id`),
  ]);
  const sites = await db.site.findMany({
    where: { id: { in: [...new Set(records.map((r) => r.siteId))] } },
    select: { id: true, area: true, address: true, latitude: true, longitude: true },
  });
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const memberIds = records.flatMap((r) => [
    r.authorId,
    r.reviewedById ?? [],
    ...r.log.map((l) => l.authorId),
  ]);
  const names = new Map(
    [...(await displayNamesOf(db, memberIds.flat()))].map(([id, displayName]) => [
      id,
      scope.memberRef({ id, displayName }),
    ]),
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    if (!record) return [];
    const site = siteById.get(record.siteId);
    const mine = linked.filter((i) => i.eviction_id === id);
    return [
      {
        ...toEvictionDetail(record, names),
        incidentIds: mine.map((i) => i.id),
        incidentCount: mine.length,
        siteLocation: scope.disclosure.exactLocation
          ? {
              area: site?.area ?? null,
              address: site?.address ?? null,
              latitude: site?.latitude ?? null,
              longitude: site?.longitude ?? null,
            }
          : { area: site?.area ?? null },
        linkedIncidents: mine.map((i) => ({
          id: i.id,
          reference: i.reference,
          title: i.title,
          startAt: i.start_at,
        })),
        files: files.filter((f) => f.evictionId === id).map(toEvidenceFileSummary),
      },
    ];
  });
}
