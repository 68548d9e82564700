import type { siteDetailSchema } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { ChartExport } from '@/components/charts/chart-export';
import { ChartSvg } from '@/components/charts/chart-svg';
import { axisTicks } from '@/components/incidents/chart-data';
import { Table, Td, Th } from '@/components/ui/table';

type Snapshot = z.output<typeof siteDetailSchema>['populations'][number];

const HEIGHT = 180;
const TOP = 12;
const LEFT = 40;
const BOTTOM = 26;
const STEP = 24;

/**
 * Headcount estimates over time as a small line (people, and minors dashed), plain SVG hidden from
 * screen readers; the same figures follow in a table. Estimates, so the axis says "≈".
 */
export async function PopulationChart({ snapshots }: { snapshots: Snapshot[] }) {
  const t = await getTranslations('siteDetail');
  const format = await getFormatter();
  const points = [...snapshots].sort((a, b) => +a.at - +b.at);
  if (points.length === 0) return <p className="text-ink-soft">{t('noPopulation')}</p>;
  const ticks = axisTicks(Math.max(...points.map((p) => p.people)));
  const top = ticks[ticks.length - 1] ?? 1;
  const width = LEFT + Math.max(1, points.length - 1) * STEP + 16;
  const plot = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + 8 + i * STEP;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const line = (value: (p: Snapshot) => number | null) =>
    points
      .map((p, i) => [i, value(p)] as const)
      .filter((pair): pair is readonly [number, number] => pair[1] !== null)
      .map(([i, n], k) => `${k === 0 ? 'M' : 'L'}${x(i)},${y(n)}`)
      .join(' ');
  const label = (at: Date) => format.dateTime(at, { month: 'short', year: '2-digit' });
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <figure className="flex flex-col gap-3" data-testid="population-chart">
      <figcaption className="text-sm text-ink-soft">{t('populationCaption')}</figcaption>
      <ChartSvg width={width} height={HEIGHT} left={LEFT} ticks={ticks} y={y}>
        <path d={line((p) => p.people)} fill="none" stroke="#1f77b4" strokeWidth={2} />
        <path d={line((p) => p.minors)} fill="none" stroke="#d95f02" strokeWidth={2} strokeDasharray="4 3" />
        {points.map((p, i) => (
          <g key={+p.at}>
            <circle cx={x(i)} cy={y(p.people)} r={3} fill="#1f77b4">
              <title>{`${format.dateTime(p.at, { dateStyle: 'medium' })}: ${p.people}`}</title>
            </circle>
            {i % every === 0 ? (
              <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill="currentColor">
                {label(p.at)}
              </text>
            ) : null}
          </g>
        ))}
      </ChartSvg>
      <ul className="flex flex-wrap gap-x-4 text-sm" aria-hidden="true">
        <li className="flex items-center gap-2">
          <span className="inline-block h-0.5 w-4 bg-[#1f77b4]" /> {t('count.people')}
        </li>
        <li className="flex items-center gap-2">
          <span className="inline-block h-0.5 w-4 border-t-2 border-dashed border-[#d95f02]" />{' '}
          {t('count.minors')}
        </li>
      </ul>
      <ChartExport
        fileName="site-population"
        testId="population-chart"
        title={t('populationCaption')}
        legend={[
          { label: t('count.people'), colour: '#1f77b4' },
          { label: t('count.minors'), colour: '#d95f02' },
        ]}
        table={{
          header: [t('when'), t('count.people'), t('count.minors'), t('count.women'), t('count.families')],
          rows: points.map((p) => [
            format.dateTime(p.at, { dateStyle: 'medium' }),
            p.people,
            p.minors,
            p.women,
            p.families,
          ]),
        }}
      />
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand">
          {t('showTable')}
        </summary>
        <Table caption={t('populationTable')}>
          <thead>
            <tr>
              <Th>{t('when')}</Th>
              <Th>{t('count.people')}</Th>
              <Th>{t('count.minors')}</Th>
              <Th>{t('count.women')}</Th>
              <Th>{t('count.families')}</Th>
              <Th>{t('communities')}</Th>
              <Th>{t('languages')}</Th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={+p.at} data-testid="population-row">
                <Td className="whitespace-nowrap">{format.dateTime(p.at, { dateStyle: 'medium' })}</Td>
                <Td className="tabular-nums">{p.people}</Td>
                <Td className="tabular-nums">{p.minors ?? '—'}</Td>
                <Td className="tabular-nums">{p.women ?? '—'}</Td>
                <Td className="tabular-nums">{p.families ?? '—'}</Td>
                <Td>{p.communities.join(', ') || '—'}</Td>
                <Td>{p.languages.join(', ') || '—'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
