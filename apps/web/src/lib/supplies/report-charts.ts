import { monthRange } from '@/components/incidents/chart-data';
import type { BarColumn, BarSeries } from '@/components/supplies/stacked-bars';
import type { ReportOf } from './reports';

/** Report rows → the columns, series and values of a stacked bar chart. */
export interface ChartInput {
  columns: BarColumn[];
  series: BarSeries[];
  values: Map<string, Map<string, number>>;
}

function add(values: ChartInput['values'], column: string, series: string, n: number) {
  const row = values.get(column) ?? new Map<string, number>();
  row.set(series, (row.get(series) ?? 0) + n);
  values.set(column, row);
}

/** Series in order of their total, largest first (the legend reads as a ranking). */
function ranked(values: ChartInput['values'], label: (id: string) => string): BarSeries[] {
  const totals = new Map<string, number>();
  for (const row of values.values()) for (const [id, n] of row) totals.set(id, (totals.get(id) ?? 0) + n);
  return [...totals].sort((a, b) => b[1] - a[1]).map(([id]) => ({ id, label: label(id) }));
}

/** Handed out per week, stacked by category. */
export function consumptionChart(
  report: ReportOf<'consumption'>,
  label: { week: (monday: string, long: boolean) => string; category: (id: string) => string },
): ChartInput {
  const values: ChartInput['values'] = new Map();
  for (const row of report.rows) {
    row.perWeek.forEach((n, index) => {
      const week = report.weeks[index];
      if (week) add(values, week, row.item.category, n);
    });
  }
  return {
    columns: report.weeks.map((week) => ({
      key: week,
      label: label.week(week, false),
      longLabel: label.week(week, true),
    })),
    series: ranked(values, label.category),
    values,
  };
}

/** Quantities per month (every month from the first to the last), stacked by a key of the row. */
export function monthlyChart<R extends { month: string; quantity: number }>(
  rows: R[],
  seriesOf: (row: R) => string,
  label: { month: (month: string, long: boolean) => string; series: (id: string) => string },
): ChartInput {
  const values: ChartInput['values'] = new Map();
  for (const row of rows) add(values, row.month, seriesOf(row), row.quantity);
  const months = [...values.keys()].sort();
  const columns = months.length > 0 ? monthRange(months[0] ?? '', months[months.length - 1] ?? '') : [];
  return {
    columns: columns.map((month) => ({
      key: month,
      label: label.month(month, false),
      longLabel: label.month(month, true),
    })),
    series: ranked(values, label.series),
    values,
  };
}
