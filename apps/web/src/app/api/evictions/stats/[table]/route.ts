import { evictionStatsQuerySchema } from '@vigil/contracts';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/i18n/resolve-locale';
import { notFoundResponse } from '@/lib/api/ids';
import { isApiError } from '@/lib/api/errors';
import { evictionFilter } from '@/lib/evictions/filter-query';
import { PATTERN_TABLES, patternGrid, toCsv, type PatternTable } from '@/lib/evictions/pattern-tables';
import { requestEvictionStats } from '@/lib/evictions/stats';
import { paramsToSearch } from '@/lib/filters/query-filter';

/**
 * The figures of one table of the patterns page as CSV, for the eviction filter in the query string:
 * the same rows the page shows, column names in the reader's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table } = await params;
  if (!(PATTERN_TABLES as readonly string[]).includes(table)) return notFoundResponse();
  const filter = evictionFilter.toRecord(
    evictionFilter.read(paramsToSearch(new URL(request.url).searchParams)),
  );
  if (!evictionStatsQuerySchema.safeParse(filter).success)
    return Response.json(
      { error: { code: 'VALIDATION_FAILED', message: 'Invalid filter', requestId: 'web' } },
      { status: 400 },
    );
  const locale = await resolveLocale();
  const t = await getTranslations({ locale, namespace: 'evictionPatterns' });
  const tf = await getTranslations({ locale, namespace: 'incidentEnums' });
  try {
    const stats = await requestEvictionStats(filter, { timelineLimit: 0, recentIntervals: 0 });
    const grid = patternGrid(stats, table as PatternTable, locale);
    const fate = grid.columns.indexOf('fate');
    const rows = grid.rows.map((row) =>
      row.map((cell, i) => (i === fate && typeof cell === 'string' ? tf(`fate.${cell as 'seized'}`) : cell)),
    );
    return new Response(
      toCsv(
        grid.columns.map((column) => t(`columns.${column}`)),
        rows,
      ),
      {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="evictions-${table}.csv"`,
          'cache-control': 'no-store',
        },
      },
    );
  } catch (error) {
    const status = isApiError(error) ? error.status : 503;
    return Response.json(
      {
        error: {
          code: isApiError(error) ? error.code : 'SERVICE_UNAVAILABLE',
          message: 'Not available',
          requestId: 'web',
        },
      },
      { status },
    );
  }
}
