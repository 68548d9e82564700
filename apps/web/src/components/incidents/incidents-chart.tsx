import type { IncidentStats } from '@vigil/contracts';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';
import { termLabel } from '@/lib/incidents/terms';
import { axisTicks, chartData } from './chart-data';

const HEIGHT = 220;
const TOP = 12;
const LEFT = 36;
const BOTTOM = 28;
const BAR = 22;
const GAP = 8;

/**
 * Incidents per month, stacked by top-level act type, drawn as plain SVG (no chart library, nothing
 * fetched). The picture is hidden from screen readers; the same figures follow as a table.
 */
export async function IncidentsChart({ stats }: { stats: IncidentStats }) {
  const t = await getTranslations('incidentChart');
  const format = await getFormatter();
  const locale = await getLocale();
  const data = chartData(stats, (term) => termLabel(term, locale));
  if (data.months.length === 0) return <p className="text-sm text-ink-soft">{t('empty')}</p>;

  const ticks = axisTicks(data.max);
  const top = ticks[ticks.length - 1] ?? 1;
  const width = LEFT + data.months.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const monthLabel = (month: string) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const labelEvery = data.months.length <= 12 ? 1 : data.months.length <= 36 ? 3 : 12;

  return (
    <figure className="flex flex-col gap-3" data-testid="incidents-chart">
      <figcaption className="text-sm text-ink-soft">{t('caption')}</figcaption>
      <div className="overflow-x-auto" dir="ltr">
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          aria-hidden="true"
          focusable="false"
          className="max-w-none text-ink"
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={LEFT}
                x2={width}
                y1={y(tick)}
                y2={y(tick)}
                stroke="currentColor"
                strokeOpacity={0.15}
              />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="currentColor">
                {tick}
              </text>
            </g>
          ))}
          {data.months.map((month, index) => {
            const x = LEFT + GAP + index * (BAR + GAP);
            let base = 0;
            const counts = data.counts.get(month);
            return (
              <g key={month}>
                {data.series.map((series) => {
                  const n = counts?.get(series.id) ?? 0;
                  if (n === 0) return null;
                  const rect = (
                    <rect
                      key={series.id}
                      x={x}
                      width={BAR}
                      y={y(base + n)}
                      height={y(base) - y(base + n)}
                      fill={series.colour}
                    >
                      <title>{`${monthLabel(month)} · ${series.label}: ${n}`}</title>
                    </rect>
                  );
                  base += n;
                  return rect;
                })}
                {index % labelEvery === 0 ? (
                  <text x={x + BAR / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={10} fill="currentColor">
                    {monthLabel(month)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('legend')}>
        {data.series.map((series) => (
          <li key={series.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ backgroundColor: series.colour }}
            />
            {series.label} <span className="text-ink-soft">({series.total})</span>
          </li>
        ))}
      </ul>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand">
          {t('showTable')}
        </summary>
        <Table caption={t('tableCaption')}>
          <thead>
            <tr>
              <Th>{t('month')}</Th>
              {data.series.map((series) => (
                <Th key={series.id}>{series.label}</Th>
              ))}
              <Th>{t('total')}</Th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((month) => {
              const counts = data.counts.get(month);
              const total = [...(counts?.values() ?? [])].reduce((sum, n) => sum + n, 0);
              return (
                <tr key={month}>
                  <Th scope="row" className="bg-surface font-normal">
                    {format.dateTime(new Date(`${month}-01T00:00:00Z`), {
                      month: 'long',
                      year: 'numeric',
                      timeZone: 'UTC',
                    })}
                  </Th>
                  {data.series.map((series) => (
                    <Td key={series.id}>{counts?.get(series.id) ?? 0}</Td>
                  ))}
                  <Td className="font-semibold">{total}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
