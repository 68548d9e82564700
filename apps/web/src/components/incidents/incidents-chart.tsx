import type { IncidentStats } from '@vigil/contracts';
import { getLocale, getTranslations } from 'next-intl/server';
import { StackedMonthChart } from '@/components/charts/stacked-month-chart';
import { termLabel } from '@/lib/incidents/terms';
import { chartData } from './chart-data';

/** Incidents per month, stacked by top-level act type. */
export async function IncidentsChart({ stats }: { stats: IncidentStats }) {
  const t = await getTranslations('incidentChart');
  const locale = await getLocale();
  const keys = ['empty', 'caption', 'legend', 'showTable', 'tableCaption', 'month', 'total'] as const;
  return (
    <StackedMonthChart
      data={chartData(stats, (term) => termLabel(term, locale))}
      labels={Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>}
      testId="incidents-chart"
    />
  );
}
