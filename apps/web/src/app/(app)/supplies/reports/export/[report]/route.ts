import { getLocale, getTranslations } from 'next-intl/server';
import { isApiError } from '@/lib/api/errors';
import { notFoundResponse } from '@/lib/api/ids';
import { reportFilter } from '@/lib/supplies/report-filter';
import { CSV_REPORTS, reportCsv, type CsvColumn, type CsvReport } from '@/lib/supplies/report-csv';
import { fetchReport } from '@/lib/supplies/reports';

const SLUGS: Record<string, CsvReport> = {
  consumption: 'consumption',
  donations: 'donations',
  'police-losses': 'policeLosses',
  'stock-by-location': 'stockByLocation',
};

/**
 * A chart's figures as a CSV download, under the same filter as the reports page. The API checks the
 * role (supplies.read); no personal data is in any of these figures.
 */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const name = SLUGS[(await params).report];
  if (!name || !CSV_REPORTS.includes(name)) return notFoundResponse();
  const query = reportFilter(new URL(request.url).searchParams, name);
  try {
    const report = await fetchReport(name, query);
    const date = new Date().toISOString().slice(0, 10);
    const t = await getTranslations('suppliesReports.csv');
    const headings = { column: (column: CsvColumn) => t(column), week: (week: string) => t('week', { week }) };
    return new Response(reportCsv(name, report, await getLocale(), headings), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="supplies-${(await params).report}-${date}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (!isApiError(error)) throw error;
    return Response.json(
      { error: { code: error.code, message: error.message, requestId: 'web' } },
      { status: error.status },
    );
  }
}
