import type { IncidentStats } from '@vigil/contracts';

/** Distinct on white and for common colour-blindness; the legend and table carry the names anyway. */
export const CHART_COLOURS = [
  '#1f77b4',
  '#d95f02',
  '#2ca02c',
  '#d62728',
  '#7b3294',
  '#8c564b',
  '#e7298a',
  '#5f6b6d',
  '#a6761d',
  '#17becf',
  '#1b9e77',
  '#e6ab02',
  '#386cb0',
  '#b15928',
  '#6a3d9a',
];

export interface ChartSeries {
  id: string;
  label: string;
  colour: string;
  total: number;
}

export interface ChartData {
  months: string[];
  series: ChartSeries[];
  /** month → series id → count */
  counts: Map<string, Map<string, number>>;
  max: number;
}

/** Every month from the first to the last, so gaps show as empty months rather than vanish. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (months.length > 600) break;
  }
  return months;
}

export function chartData(
  stats: IncidentStats,
  label: (term: { labelEn: string; labelFr: string }) => string,
): ChartData {
  const series = [...stats.byActTypeGroup]
    .sort((a, b) => b.count - a.count)
    .map((group, index) => ({
      id: group.id,
      label: label(group),
      colour: CHART_COLOURS[index % CHART_COLOURS.length] ?? '#5f6b6d',
      total: group.count,
    }));
  const counts = new Map<string, Map<string, number>>();
  for (const row of stats.byMonthAndActTypeGroup) {
    const month = counts.get(row.month) ?? new Map<string, number>();
    month.set(row.actTypeId, (month.get(row.actTypeId) ?? 0) + row.count);
    counts.set(row.month, month);
  }
  const seen = [...counts.keys()].sort();
  const months = seen.length > 0 ? monthRange(seen[0] ?? '', seen[seen.length - 1] ?? '') : [];
  let max = 0;
  for (const month of counts.values()) {
    max = Math.max(
      max,
      [...month.values()].reduce((sum, n) => sum + n, 0),
    );
  }
  return { months, series, counts, max };
}

/**
 * Axis ticks at a round step (1, 2, 5 × 10ⁿ, never fractions of an incident) up to the first tick
 * at or above the tallest bar: 0, 2, 4, 6 for a tallest bar of 6.
 */
export function axisTicks(max: number): number[] {
  const rough = Math.max(1, max / 5);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((n) => n * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
