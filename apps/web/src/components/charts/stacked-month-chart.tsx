import { getFormatter } from 'next-intl/server';
import { axisTicks, type ChartData } from '@/components/incidents/chart-data';
import { Table, Td, Th } from '@/components/ui/table';
import { stackedTable } from '@/lib/charts/chart-csv';
import { ChartExport } from './chart-export';
import { ChartSvg } from './chart-svg';

const HEIGHT = 220;
const TOP = 12;
const LEFT = 36;
const BOTTOM = 28;
const BAR = 28;
const GAP = 8;

export interface StackedMonthLabels {
  empty: string;
  caption: string;
  legend: string;
  showTable: string;
  tableCaption: string;
  month: string;
  total: string;
}

/**
 * Counts per month, stacked by series (act types, sites…), drawn as plain SVG (no chart library,
 * nothing fetched). The picture is hidden from screen readers; the same figures follow as a table.
 */
export async function StackedMonthChart({
  data,
  labels: t,
  testId,
}: {
  data: ChartData;
  labels: StackedMonthLabels;
  testId: string;
}) {
  const format = await getFormatter();
  if (data.months.length === 0) return <p className="text-sm text-ink-soft">{t.empty}</p>;

  const ticks = axisTicks(data.max);
  const top = ticks[ticks.length - 1] ?? 1;
  const width = LEFT + data.months.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const monthLabel = (month: string) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const labelEvery = data.months.length <= 12 ? 1 : data.months.length <= 36 ? 3 : 12;
  const longMonth = (month: string) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const table = stackedTable(
    { period: t.month, total: t.total },
    data.months.map((month) => ({ key: month, label: longMonth(month) })),
    data.series,
    (month, series) => data.counts.get(month)?.get(series),
  );

  return (
    <figure className="flex flex-col gap-3" data-testid={testId}>
      <figcaption className="text-sm text-ink-soft">{t.caption}</figcaption>
      <ChartSvg width={width} height={HEIGHT} left={LEFT} ticks={ticks} y={y}>
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
      </ChartSvg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t.legend}>
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
      <ChartExport
        fileName={testId}
        table={table}
        title={t.tableCaption}
        legend={data.series.map((series) => ({ label: series.label, colour: series.colour }))}
        testId={testId}
      />
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand">
          {t.showTable}
        </summary>
        <Table caption={t.tableCaption}>
          <thead>
            <tr>
              <Th>{t.month}</Th>
              {data.series.map((series) => (
                <Th key={series.id}>{series.label}</Th>
              ))}
              <Th>{t.total}</Th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((month) => {
              const counts = data.counts.get(month);
              const total = [...(counts?.values() ?? [])].reduce((sum, n) => sum + n, 0);
              return (
                <tr key={month}>
                  <Th scope="row" className="bg-surface font-normal">
                    {longMonth(month)}
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
