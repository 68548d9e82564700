import { Prisma, sqlOf } from '@vigil/db';
import { evictionConditions, evictionVisibility } from '../../evictions/eviction-filter-sql';
import { incidentConditions } from '../../incidents/incident-filter-sql';
import { TREND_DAYS } from '../overview-clock';
import type { BlockContext } from '../overview-context';

interface DayRow {
  day: string;
  incidents: number;
  evictions: number;
  donations: number;
  cases: number;
}

/**
 * One row per day of the last 30 (in the reader's zone, today last), each module counted by its own
 * time column: incidents and evictions by start (with the lists' visibility), donations (stock
 * receipts) by when they happened, cases by when they were opened. Cases are counted over every
 * case: the block needs cases.manage_all.
 */
export async function trendsBlock({ db, actor, incidents, query, clock }: BlockContext) {
  const { today, trendStart: since, tomorrowStart: until } = await clock();
  const zone = query.timeZone;
  const local = (column: string) => Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE ${zone})::date`;
  const rows = await sqlOf(db).query<DayRow>(Prisma.sql`
    WITH days AS (
      SELECT d::date AS day FROM generate_series(${today}::date - ${TREND_DAYS - 1}::int, ${today}::date, interval '1 day') d
    ),
    inc AS (
      SELECT ${local('i.start_at')} AS day, count(*)::int AS n FROM incidents i
      WHERE i.start_at >= ${since} AND i.start_at < ${until}
        AND ${incidentConditions({}, [], incidents.visibility(actor))}
      GROUP BY 1
    ),
    ev AS (
      SELECT ${local('e.start_at')} AS day, count(*)::int AS n FROM evictions e
      WHERE e.start_at >= ${since} AND e.start_at < ${until} AND ${evictionConditions({}, evictionVisibility(actor))}
      GROUP BY 1
    ),
    don AS (
      SELECT ${local('o.occurred_at')} AS day, count(*)::int AS n FROM stock_operations o
      WHERE o.kind = 'receive' AND o.occurred_at >= ${since} AND o.occurred_at < ${until}
      GROUP BY 1
    ),
    cas AS (
      SELECT ${local('c.opened_at')} AS day, count(*)::int AS n FROM cases c
      WHERE c.opened_at >= ${since} AND c.opened_at < ${until}
      GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(inc.n, 0) AS incidents,
           coalesce(ev.n, 0) AS evictions, coalesce(don.n, 0) AS donations, coalesce(cas.n, 0) AS cases
    FROM days
    LEFT JOIN inc USING (day) LEFT JOIN ev USING (day) LEFT JOIN don USING (day) LEFT JOIN cas USING (day)
    ORDER BY days.day`);
  return {
    days: rows.map((row) => row.day),
    incidents: rows.map((row) => row.incidents),
    evictions: rows.map((row) => row.evictions),
    donations: rows.map((row) => row.donations),
    casesOpened: rows.map((row) => row.cases),
  };
}
