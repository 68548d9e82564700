import type { IncidentFilter, IncidentStats } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { incidentConditions } from '../incidents/incident-filter-sql';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';

interface StatRow {
  dim: 'total' | 'act' | 'group' | 'month_group' | 'force' | 'month' | 'site' | 'commune' | 'rio';
  key: string | null;
  month: string | null;
  n: number;
}

/**
 * Every figure in one statement: the matching incidents are read once (a materialised CTE over the
 * summary columns, no joins to acts or perpetrators) and each dimension is a GROUP BY over it.
 */
function statRows(db: DbOrTx, where: Prisma.Sql) {
  return sqlOf(db).query<StatRow>(Prisma.sql`
    WITH RECURSIVE roots AS (
      SELECT id, id AS root FROM vocabulary_terms WHERE kind = 'act_type' AND parent_id IS NULL
      UNION ALL
      SELECT v.id, r.root FROM vocabulary_terms v JOIN roots r ON v.parent_id = r.id
    ),
    f AS MATERIALIZED (
      SELECT i.id, to_char(i.start_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, i.site_id, i.commune,
             i.act_type_ids, i.force_ids, i.rio_shown
      FROM incidents i WHERE ${where}
    ),
    acts AS MATERIALIZED (SELECT f.id, f.month, a AS act_type_id FROM f, unnest(f.act_type_ids) a),
    groups AS MATERIALIZED (
      SELECT DISTINCT acts.id, acts.month, r.root FROM acts JOIN roots r ON r.id = acts.act_type_id
    )
    SELECT 'total' AS dim, NULL AS key, NULL AS month, count(*)::int AS n FROM f
    UNION ALL SELECT 'act', act_type_id::text, NULL, count(*)::int FROM acts GROUP BY act_type_id
    UNION ALL SELECT 'group', root::text, NULL, count(*)::int FROM groups GROUP BY root
    UNION ALL SELECT 'month_group', root::text, month, count(*)::int FROM groups GROUP BY root, month
    UNION ALL SELECT 'force', fo::text, NULL, count(*)::int FROM f, unnest(f.force_ids) fo GROUP BY fo
    UNION ALL SELECT 'month', NULL, month, count(*)::int FROM f GROUP BY month
    UNION ALL SELECT 'site', site_id::text, NULL, count(*)::int FROM f GROUP BY site_id
    UNION ALL SELECT 'commune', commune, NULL, count(*)::int FROM f GROUP BY commune
    UNION ALL SELECT 'rio', r::text, NULL, count(*)::int FROM f, unnest(f.rio_shown) r GROUP BY r`);
}

const byCountThenName =
  <T extends { count: number }>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || name(a).localeCompare(name(b));

/** The figures for the incidents matching a SQL condition over `incidents i`. */
export async function computeStats(db: DbOrTx, where: Prisma.Sql): Promise<IncidentStats> {
  const rows = await statRows(db, where);
  const of = (dim: StatRow['dim']) => rows.filter((r) => r.dim === dim);
  const termIds = [
    ...new Set(rows.filter((r) => ['act', 'group', 'force'].includes(r.dim)).map((r) => r.key!)),
  ];
  const siteIds = of('site').flatMap((r) => (r.key ? [r.key] : []));
  const [terms, sites] = await Promise.all([
    db.vocabularyTerm.findMany({ where: { id: { in: termIds } } }),
    db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, name: true, commune: true } }),
  ]);
  const termById = new Map(terms.map((t) => [t.id, t]));
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const termCounts = (dim: StatRow['dim']) =>
    of(dim)
      .flatMap((r) => {
        const t = termById.get(r.key!);
        return t
          ? [
              {
                id: t.id,
                code: t.code,
                labelEn: t.labelEn,
                labelFr: t.labelFr,
                parentId: t.parentId,
                count: r.n,
              },
            ]
          : [];
      })
      .sort(byCountThenName((t) => t.labelEn));
  const rio = Object.fromEntries(of('rio').map((r) => [r.key, r.n]));
  const [yes, no] = [rio.yes ?? 0, rio.no ?? 0];
  return {
    total: of('total')[0]?.n ?? 0,
    byActType: termCounts('act'),
    byActTypeGroup: termCounts('group').map(({ parentId: _p, ...t }) => t),
    byForce: termCounts('force').map(({ parentId: _p, ...t }) => t),
    byMonth: of('month')
      .map((r) => ({ month: r.month!, count: r.n }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    byMonthAndActTypeGroup: of('month_group')
      .map((r) => ({ month: r.month!, actTypeId: r.key!, count: r.n }))
      .sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count),
    bySite: of('site')
      .map((r) => ({ site: r.key ? (siteById.get(r.key) ?? null) : null, count: r.n }))
      .sort(byCountThenName((s) => s.site?.name ?? '')),
    byCommune: of('commune')
      .map((r) => ({ commune: r.key, count: r.n }))
      .sort(byCountThenName((c) => c.commune ?? '')),
    rio: { yes, no, notSeen: rio.not_seen ?? 0, shownRate: yes + no > 0 ? yes / (yes + no) : null },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;

export function createStatsService(
  db: DbOrTx,
  incidents: IncidentsService,
  vocabularies: VocabulariesService,
) {
  return {
    /** The figures a reader would get by counting the list under the same filter. */
    async forFilter(actor: Actor, filter: IncidentFilter): Promise<IncidentStats> {
      const actTypeIds = await vocabularies.withDescendants(filter.actTypeId ?? []);
      return computeStats(db, incidentConditions(filter, actTypeIds, incidents.visibility(actor)));
    },
  };
}
