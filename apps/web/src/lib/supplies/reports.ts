import {
  consumptionResponseSchema,
  donationsReportResponseSchema,
  expiringResponseSchema,
  lowStockResponseSchema,
  policeLossesResponseSchema,
  stockByLocationResponseSchema,
} from '@vigil/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api/client';

/** The API's supplies reports (supplies.read), by the name the dashboard gives them. */
export const REPORTS = {
  stockByLocation: { path: '/api/supplies/reports/stock-by-location', schema: stockByLocationResponseSchema },
  lowStock: { path: '/api/supplies/reports/low-stock', schema: lowStockResponseSchema },
  expiring: { path: '/api/supplies/reports/expiring', schema: expiringResponseSchema },
  consumption: { path: '/api/supplies/reports/consumption', schema: consumptionResponseSchema },
  donations: { path: '/api/supplies/reports/donations', schema: donationsReportResponseSchema },
  policeLosses: { path: '/api/supplies/reports/police-losses', schema: policeLossesResponseSchema },
} as const;

export type ReportName = keyof typeof REPORTS;
export type ReportOf<N extends ReportName> = z.output<(typeof REPORTS)[N]['schema']>;

export function fetchReport<N extends ReportName>(
  name: N,
  query: Record<string, string | number | undefined> = {},
): Promise<ReportOf<N>> {
  const report = REPORTS[name];
  return api(report.path, { schema: report.schema, query, context: 'action' }) as Promise<ReportOf<N>>;
}
