import type {
  EvictionStats,
  EvictionStatsQuery,
  IntervalStats,
  SiteEvictionStatsQuery,
} from '@vigil/contracts';
import { type Db, type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { evictionConditionList, evictionVisibility } from './eviction-filter-sql';
import {
  type IntervalAggregate,
  type IntervalRow,
  type SiteAggregate,
  type StatsRows,
  evictionStatsRows,
} from './eviction-stats-sql';

const term = (t: { id: string; code: string; labelEn: string; labelFr: string }) => ({
  id: t.id,
  code: t.code,
  labelEn: t.labelEn,
  labelFr: t.labelFr,
});

function intervalStats(aggregate: IntervalAggregate | undefined, recent: IntervalRow[]): IntervalStats {
  return {
    count: aggregate?.iv_count ?? 0,
    medianHours: aggregate?.iv_median ?? null,
    meanHours: aggregate?.iv_mean ?? null,
    minHours: aggregate?.iv_min ?? null,
    maxHours: aggregate?.iv_max ?? null,
    recent: recent
      .map((r) => ({
        siteId: r.site_id,
        fromEvictionId: r.prev_id,
        toEvictionId: r.id,
        from: new Date(r.prev_at),
        to: new Date(r.start_at),
        hours: r.hours,
      }))
      .sort((a, b) => b.to.getTime() - a.to.getTime()),
  };
}

const groupBySite = <T extends { site_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.site_id);
    if (list) list.push(row);
    else map.set(row.site_id, [row]);
  }
  return map;
};

/** Turns the statement's rows into the contract's shape, with site and vocabulary names. */
async function assemble(db: DbOrTx, rows: StatsRows, query: EvictionStatsQuery): Promise<EvictionStats> {
  const perSite = rows.sites.filter((s): s is SiteAggregate & { site_id: string } => s.site_id !== null);
  // The all-sites grouping set answers one row even for an empty selection.
  const all = rows.sites.find((s) => s.site_id === null && s.n > 0);
  const intervalsOf = new Map(rows.intervals.map((i) => [i.site_id, i]));
  const [sites, terms] = await Promise.all([
    db.site.findMany({
      where: { id: { in: perSite.map((s) => s.site_id) } },
      select: { id: true, name: true, commune: true },
    }),
    db.vocabularyTerm.findMany({
      where: {
        id: {
          in: [...rows.property.map((p) => p.type_id), ...rows.forces.map((f) => f.force_id)],
        },
      },
    }),
  ]);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const recentBySite = groupBySite(rows.recentBySite);
  const timelineBySite = groupBySite(rows.timeline);
  const monthTotals = new Map<string, number>();
  for (const m of rows.months) monthTotals.set(m.month, (monthTotals.get(m.month) ?? 0) + m.n);
  const sum = (key: 'officers' | 'vehicles') => rows.forces.reduce((n, f) => n + f[key], 0);
  const total = all?.n ?? 0;
  return {
    timeZone: query.timeZone,
    total,
    firstAt: all ? new Date(all.first_at) : null,
    lastAt: all ? new Date(all.last_at) : null,
    intervals: intervalStats(intervalsOf.get(null), rows.recent),
    bySite: perSite
      .map((s) => {
        const timeline = timelineBySite.get(s.site_id) ?? [];
        return {
          site: siteById.get(s.site_id) ?? { id: s.site_id, name: 'unknown', commune: 'unknown' },
          count: s.n,
          firstAt: new Date(s.first_at),
          lastAt: new Date(s.last_at),
          noLegalBasisShown: s.none_shown,
          intervals: intervalStats(intervalsOf.get(s.site_id), recentBySite.get(s.site_id) ?? []),
          timeline: timeline.map((t) => ({
            id: t.id,
            reference: t.reference,
            startAt: new Date(t.start_at),
            endAt: t.end_at ? new Date(t.end_at) : null,
            status: t.status,
            legalBasis: t.legal_basis,
            peopleAffected: t.people_affected,
          })),
          timelineTruncated: timeline.length < s.n,
        };
      })
      .sort((a, b) => b.count - a.count || a.site.name.localeCompare(b.site.name)),
    byMonth: [...monthTotals]
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    byMonthAndSite: rows.months
      .map((m) => ({ month: m.month, siteId: m.site_id, count: m.n }))
      .sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count),
    legalBasis: {
      orderShown: all?.order_shown ?? 0,
      noneShown: all?.none_shown ?? 0,
      unknown: all?.unknown ?? 0,
      noneShownShare: total ? (all?.none_shown ?? 0) / total : null,
    },
    property: rows.property
      .flatMap((p) => {
        const t = termById.get(p.type_id);
        return t ? [{ propertyType: term(t), fate: p.fate, count: p.n, collectiveOwned: p.collective }] : [];
      })
      .sort((a, b) => b.count - a.count),
    byForce: rows.forces
      .flatMap((f) => {
        const t = termById.get(f.force_id);
        return t
          ? [{ force: term(t), evictions: f.evictions, officers: f.officers, vehicles: f.vehicles }]
          : [];
      })
      .sort((a, b) => b.evictions - a.evictions || a.force.labelEn.localeCompare(b.force.labelEn)),
    officersTotal: sum('officers'),
    vehiclesTotal: sum('vehicles'),
    people: {
      affected: all?.people ?? 0,
      minors: all?.minors ?? 0,
      shelterAccepted: all?.shelter_accepted ?? 0,
      idChecks: all?.id_checks ?? 0,
      arrests: all?.arrests ?? 0,
      withPeopleCount: all?.with_people ?? 0,
    },
  };
}

export type EvictionStatsService = ReturnType<typeof createEvictionStatsService>;

export function createEvictionStatsService(db: Db) {
  /** The contract checks the name against the runtime's zones; PostgreSQL's list may differ a little. */
  async function checkTimeZone(zone: string) {
    if (zone === 'UTC') return;
    try {
      await sqlOf(db).query(Prisma.sql`SELECT now() AT TIME ZONE ${zone}`);
    } catch {
      throw AppError.invalid('querystring/timeZone', 'Unknown time zone');
    }
  }

  async function compute(actor: Actor, query: EvictionStatsQuery) {
    await checkTimeZone(query.timeZone);
    const rows = await evictionStatsRows(db, evictionConditionList(query, evictionVisibility(actor)), query);
    return assemble(db, rows, query);
  }

  return {
    /** The figures over the evictions the reader would list with the same filter. */
    forFilter: compute,

    async forSite(actor: Actor, siteId: string, query: SiteEvictionStatsQuery) {
      if (!(await db.site.findUnique({ where: { id: siteId }, select: { id: true } })))
        throw AppError.notFound('Site');
      return compute(actor, { ...query, siteId: [siteId] });
    },
  };
}
