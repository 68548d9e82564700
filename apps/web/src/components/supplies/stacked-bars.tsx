import { getTranslations } from 'next-intl/server';
import { ChartExport } from '@/components/charts/chart-export';
import { ChartSvg } from '@/components/charts/chart-svg';
import { axisTicks, CHART_COLOURS } from '@/components/incidents/chart-data';
import { Table, Td, Th } from '@/components/ui/table';

export interface BarColumn {
  key: string;
  /** Under the bar (short: "12 Jan", "Mar 26"). */
  label: string;
  /** In the table of figures. */
  longLabel: string;
}

export interface BarSeries {
  id: string;
  label: string;
}

const HEIGHT = 220;
const TOP = 12;
const LEFT = 40;
const BOTTOM = 28;
const BAR = 26;
const GAP = 12;

/**
 * Stacked bars per week or month, drawn as plain SVG (nothing fetched, no chart library). The picture
 * is hidden from screen readers; the same figures follow as a table, and as CSV (from `csvHref`) or PNG.
 */
export async function StackedBars({
  columns,
  series,
  values,
  caption,
  csvHref,
  testId,
}: {
  columns: BarColumn[];
  series: BarSeries[];
  /** column key → series id → value */
  values: Map<string, Map<string, number>>;
  caption: string;
  csvHref: string;
  testId: string;
}) {
  const t = await getTranslations('suppliesReports');
  const total = (column: string) => [...(values.get(column)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const colour = (index: number) => CHART_COLOURS[index % CHART_COLOURS.length] ?? '#5f6b6d';
  const ticks = axisTicks(Math.max(0, ...columns.map((column) => total(column.key))));
  const top = ticks[ticks.length - 1] ?? 1;
  const width = LEFT + columns.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const labelEvery = columns.length <= 14 ? 1 : Math.ceil(columns.length / 12);

  return (
    <figure className="flex flex-col gap-3" data-testid={testId}>
      <figcaption className="text-sm text-ink-soft">{caption}</figcaption>
      <ChartSvg width={width} height={HEIGHT} left={LEFT} ticks={ticks} y={y}>
        {columns.map((column, index) => {
          const x = LEFT + GAP + index * (BAR + GAP);
          let base = 0;
          return (
            <g key={column.key}>
              {series.map((entry, seriesIndex) => {
                const n = values.get(column.key)?.get(entry.id) ?? 0;
                if (n <= 0) return null;
                const bar = (
                  <rect
                    key={entry.id}
                    x={x}
                    width={BAR}
                    y={y(base + n)}
                    height={y(base) - y(base + n)}
                    fill={colour(seriesIndex)}
                  >
                    <title>{`${column.longLabel} · ${entry.label}: ${n}`}</title>
                  </rect>
                );
                base += n;
                return bar;
              })}
              {index % labelEvery === 0 ? (
                <text x={x + BAR / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={10} fill="currentColor">
                  {column.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </ChartSvg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('legend')}>
        {series.map((entry, index) => (
          <li key={entry.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ backgroundColor: colour(index) }}
            />
            {entry.label}
          </li>
        ))}
      </ul>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand">
          {t('showTable')}
        </summary>
        <Table caption={caption}>
          <thead>
            <tr>
              <Th>{t('period')}</Th>
              {series.map((entry) => (
                <Th key={entry.id} className="text-end">
                  {entry.label}
                </Th>
              ))}
              <Th className="text-end">{t('total')}</Th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.key}>
                <Th scope="row" className="bg-surface font-normal">
                  {column.longLabel}
                </Th>
                {series.map((entry) => (
                  <Td key={entry.id} className="text-end tabular-nums">
                    {values.get(column.key)?.get(entry.id) ?? 0}
                  </Td>
                ))}
                <Td className="text-end font-semibold tabular-nums">{total(column.key)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
      <ChartExport
        fileName={testId}
        csvHref={csvHref}
        title={caption}
        legend={series.map((entry, index) => ({ label: entry.label, colour: colour(index) }))}
        testId={testId}
      />
    </figure>
  );
}
