import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { AppError } from '../../lib/app-error';

/** The days the overview speaks of, in the collective's time zone. */
export interface OverviewClock {
  /** Today's date in the zone, YYYY-MM-DD. */
  today: string;
  todayStart: Date;
  tomorrowStart: Date;
  /** The start of the first of the sparklines' 30 days. */
  trendStart: Date;
}

export const TREND_DAYS = 30;

/** A calendar date `days` before `date` (both YYYY-MM-DD): plain day arithmetic, no zone involved. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Asks PostgreSQL, which groups the rows by day, where the zone's days start (so both agree across
 * daylight-saving changes). The contract checked the name against the runtime's zones; PostgreSQL's
 * list may differ a little, hence a 400 rather than a 500 when it does not know the zone.
 */
export async function readClock(db: DbOrTx, timeZone: string): Promise<OverviewClock> {
  try {
    const [row] = await sqlOf(db).query<{
      today: string;
      today_start: Date;
      tomorrow_start: Date;
      trend_start: Date;
    }>(Prisma.sql`
      WITH local AS (SELECT date_trunc('day', now() AT TIME ZONE ${timeZone}) AS midnight)
      SELECT to_char(midnight, 'YYYY-MM-DD') AS today,
             midnight AT TIME ZONE ${timeZone} AS today_start,
             (midnight + interval '1 day') AT TIME ZONE ${timeZone} AS tomorrow_start,
             (midnight - ${TREND_DAYS - 1} * interval '1 day') AT TIME ZONE ${timeZone} AS trend_start
      FROM local`);
    return {
      today: row!.today,
      todayStart: row!.today_start,
      tomorrowStart: row!.tomorrow_start,
      trendStart: row!.trend_start,
    };
  } catch (error) {
    if (/time zone/i.test(String(error))) throw AppError.invalid('querystring/timeZone', 'Unknown time zone');
    throw error;
  }
}
