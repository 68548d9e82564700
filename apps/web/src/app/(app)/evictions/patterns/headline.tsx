import type { EvictionStats } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { intervalLabel } from '@/lib/evictions/intervals';

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId: string;
}) {
  return (
    <p className="flex min-w-36 flex-col" data-testid={testId}>
      <span className="text-sm text-ink-soft">{label}</span>
      <span className="text-3xl font-bold tabular-nums">{value}</span>
      {detail ? <span className="text-xs text-ink-soft">{detail}</span> : null}
    </p>
  );
}

/** The figures a lawyer quotes first: how many, how often, how often without any legal basis. */
export async function PatternHeadline({ stats }: { stats: EvictionStats }) {
  const t = await getTranslations('evictionPatterns');
  const format = await getFormatter();
  const legal = stats.legalBasis;
  const day = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: 'medium' }) : '—');
  const propertyDestroyed = stats.property
    .filter((p) => p.fate === 'destroyed')
    .reduce((sum, p) => sum + p.count, 0);
  return (
    <div className="flex flex-wrap gap-6" data-testid="pattern-headline">
      <Figure
        testId="pattern-total"
        label={t('total')}
        value={format.number(stats.total)}
        detail={stats.total > 0 ? `${day(stats.firstAt)} – ${day(stats.lastAt)}` : undefined}
      />
      <Figure
        testId="pattern-interval"
        label={t('typicalInterval')}
        value={intervalLabel(format, stats.intervals.medianHours) ?? '—'}
        detail={t('intervalDetail', { count: stats.intervals.count })}
      />
      <Figure
        testId="pattern-no-legal-basis"
        label={t('noLegalBasis')}
        value={
          legal.noneShownShare === null ? '—' : format.number(legal.noneShownShare, { style: 'percent' })
        }
        detail={t('legalDetail', { none: legal.noneShown, shown: legal.orderShown, unknown: legal.unknown })}
      />
      <Figure
        testId="pattern-destroyed"
        label={t('destroyed')}
        value={format.number(propertyDestroyed)}
        detail={t('destroyedDetail')}
      />
      <Figure
        testId="pattern-people"
        label={t('people')}
        value={format.number(stats.people.affected)}
        detail={t('peopleDetail', {
          minors: stats.people.minors,
          arrests: stats.people.arrests,
          checks: stats.people.idChecks,
          counted: stats.people.withPeopleCount,
        })}
      />
      <Figure
        testId="pattern-forces"
        label={t('officers')}
        value={format.number(stats.officersTotal)}
        detail={t('vehiclesDetail', { vehicles: stats.vehiclesTotal })}
      />
    </div>
  );
}
