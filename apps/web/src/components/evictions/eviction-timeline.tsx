import type { SiteEvictionStats } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ChartExport } from '@/components/charts/chart-export';

const WIDTH = 640;
const HEIGHT = 64;
const PAD = 16;
const COLOURS = { none_shown: '#d62728', order_shown: '#1f77b4', unknown: '#5f6b6d' } as const;

/**
 * A site's evictions on one time axis: each a mark, red where no legal basis was shown, so the rhythm
 * ("every two days through March") is visible at a glance. Hidden from screen readers: the dates
 * are listed beside it.
 */
export async function EvictionTimeline({ stats }: { stats: SiteEvictionStats }) {
  const t = await getTranslations('siteDetail');
  const te = await getTranslations('evictionEnums');
  const tl = await getTranslations('evictions');
  const format = await getFormatter();
  const points = stats.timeline;
  if (points.length === 0) return null;
  const first = +points[0]!.startAt;
  const last = +points[points.length - 1]!.startAt;
  const span = Math.max(1, last - first);
  const x = (at: Date) => PAD + ((+at - first) / span) * (WIDTH - 2 * PAD);
  const day = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  return (
    <figure className="flex flex-col gap-2" data-testid="eviction-timeline">
      <figcaption className="text-sm text-ink-soft">
        {stats.timelineTruncated ? t('timelineRecent', { count: points.length }) : t('timelineAll')}
      </figcaption>
      <div className="overflow-x-auto" dir="ltr">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-16 w-full min-w-96 text-ink"
          aria-hidden="true"
          focusable="false"
        >
          <line x1={PAD} x2={WIDTH - PAD} y1={32} y2={32} stroke="currentColor" strokeOpacity={0.3} />
          {points.map((p) => (
            <rect key={p.id} x={x(p.startAt) - 1.5} y={18} width={3} height={28} fill={COLOURS[p.legalBasis]}>
              <title>{`${p.reference} · ${day(p.startAt)} · ${te(`legalBasis.${p.legalBasis}`)}`}</title>
            </rect>
          ))}
          <text x={PAD} y={60} fontSize={10} fill="currentColor">
            {day(points[0]!.startAt)}
          </text>
          <text x={WIDTH - PAD} y={60} fontSize={10} textAnchor="end" fill="currentColor">
            {day(points[points.length - 1]!.startAt)}
          </text>
        </svg>
      </div>
      <p className="flex flex-wrap gap-x-4 text-xs text-ink-soft" aria-hidden="true">
        {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((basis) => (
          <span key={basis} className="flex items-center gap-1">
            <span className="inline-block h-3 w-1" style={{ backgroundColor: COLOURS[basis] }} />
            {te(`legalBasis.${basis}`)}
          </span>
        ))}
      </p>
      <ChartExport
        fileName="site-evictions-timeline"
        testId="eviction-timeline"
        legend={(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((basis) => ({
          label: te(`legalBasis.${basis}`),
          colour: COLOURS[basis],
        }))}
        table={{
          header: [tl('reference'), tl('date'), tl('legalBasis')],
          rows: points.map((p) => [p.reference, day(p.startAt), te(`legalBasis.${p.legalBasis}`)]),
        }}
      />
    </figure>
  );
}
