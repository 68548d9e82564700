import type { EvictionStats } from '@vigil/contracts';
import { CHART_COLOURS, monthRange, type ChartData } from '@/components/incidents/chart-data';

/** Sites drawn as their own colour; the rest share one "other sites" part of each bar. */
const NAMED_SITES = 7;
const OTHER = 'other';

/** Evictions per month, stacked by site (the busiest sites by name, the others together). */
export function evictionChartData(stats: EvictionStats, otherLabel: string): ChartData {
  const named = stats.bySite.slice(0, NAMED_SITES);
  const seriesOf = new Map(named.map((row) => [row.site.id, row.site.id]));
  const series = named.map((row, index) => ({
    id: row.site.id,
    label: row.site.name,
    colour: CHART_COLOURS[index % CHART_COLOURS.length] ?? '#5f6b6d',
    total: row.count,
  }));
  const otherTotal = stats.bySite.slice(NAMED_SITES).reduce((sum, row) => sum + row.count, 0);
  if (otherTotal > 0) series.push({ id: OTHER, label: otherLabel, colour: '#5f6b6d', total: otherTotal });
  const counts = new Map<string, Map<string, number>>();
  for (const row of stats.byMonthAndSite) {
    const id = seriesOf.get(row.siteId) ?? OTHER;
    const month = counts.get(row.month) ?? new Map<string, number>();
    month.set(id, (month.get(id) ?? 0) + row.count);
    counts.set(row.month, month);
  }
  const seen = stats.byMonth.map((row) => row.month).sort();
  const months = seen.length > 0 ? monthRange(seen[0] ?? '', seen[seen.length - 1] ?? '') : [];
  const max = Math.max(0, ...stats.byMonth.map((row) => row.count));
  return { months, series, counts, max };
}
