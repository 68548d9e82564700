import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { ReportName } from './reports';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reports page's filter (?weeks=&category=&from=&to=), as each report's API query takes it. */
export interface ReportFilter {
  weeks?: string;
  category?: string;
  from?: string;
  to?: string;
}

export function readReportFilter(params: URLSearchParams): ReportFilter {
  const weeks = params.get('weeks') ?? '';
  const category = params.get('category') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    weeks: /^\d{1,2}$/.test(weeks) && Number(weeks) >= 1 && Number(weeks) <= 52 ? weeks : undefined,
    category: (SUPPLY_CATEGORIES as readonly string[]).includes(category) ? category : undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
}

export function reportQuery(filter: ReportFilter, name: ReportName): Record<string, string | undefined> {
  if (name === 'consumption') return { weeks: filter.weeks, category: filter.category };
  if (name === 'donations' || name === 'policeLosses') return { from: filter.from, to: filter.to };
  return {};
}

export function reportFilter(params: URLSearchParams, name: ReportName) {
  return reportQuery(readReportFilter(params), name);
}

/** The filter as a query string, for the CSV links. */
export function reportFilterQuery(filter: ReportFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
