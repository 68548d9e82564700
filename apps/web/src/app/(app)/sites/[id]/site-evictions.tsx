import type { siteDetailSchema } from '@vigil/contracts';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { EvictionStatusBadge, LegalBasisBadge } from '@/components/evictions/eviction-badges';
import { EvictionTimeline } from '@/components/evictions/eviction-timeline';
import { Facts } from '@/components/incidents/facts';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { intervalLabel } from '@/lib/evictions/intervals';
import { fetchEvictionStats } from '@/lib/evictions/stats';

type SiteDetail = z.output<typeof siteDetailSchema>;

/** Evictions at this site: how often ("every ≈ 48 h"), on what legal basis, and the latest ones. */
export async function SiteEvictions({ site, canRecord }: { site: SiteDetail; canRecord: boolean }) {
  const t = await getTranslations('siteDetail');
  const format = await getFormatter();
  const stats = await fetchEvictionStats({}, { siteId: site.id, recentIntervals: 5 });
  const mine = stats?.bySite.find((row) => row.site.id === site.id) ?? null;
  const day = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  const hours = (h: number | null) => intervalLabel(format, h);
  const share = stats?.legalBasis.noneShownShare;
  return (
    <Card
      title={t('evictionsTitle')}
      actions={
        <>
          {canRecord ? (
            <ButtonLink href={`/evictions/new?siteId=${site.id}`} variant="primary">
              {t('recordEviction')}
            </ButtonLink>
          ) : null}
          <ButtonLink href={`/evictions?siteId=${site.id}`}>{t('allEvictions')}</ButtonLink>
        </>
      }
    >
      <div className="flex flex-col gap-4" data-testid="site-evictions">
        {mine ? (
          <>
            <Facts
              testId="site-eviction-figures"
              items={[
                { label: t('evictionCount'), value: format.number(mine.count) },
                { label: t('firstLast'), value: `${day(mine.firstAt)} – ${day(mine.lastAt)}` },
                { label: t('typicalInterval'), value: hours(mine.intervals.medianHours) },
                {
                  label: t('shortestLongest'),
                  value:
                    mine.intervals.count > 0
                      ? `${hours(mine.intervals.minHours)} / ${hours(mine.intervals.maxHours)}`
                      : null,
                },
                {
                  label: t('noLegalBasis'),
                  value:
                    share === null || share === undefined
                      ? null
                      : `${format.number(share, { style: 'percent' })} (${mine.noLegalBasisShown})`,
                },
              ]}
            />
            <EvictionTimeline stats={mine} />
          </>
        ) : (
          <p className="text-ink-soft">{stats ? t('noEvictions') : t('statsUnavailable')}</p>
        )}
        {(site.recentEvictions ?? []).length > 0 ? (
          <ul className="flex flex-col gap-2">
            {(site.recentEvictions ?? []).map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-2" data-testid="site-eviction">
                <Link
                  prefetch={false}
                  href={`/evictions/${e.id}`}
                  className="font-semibold text-brand underline"
                  dir="ltr"
                >
                  {e.reference}
                </Link>
                <span>{format.dateTime(e.startAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                <LegalBasisBadge basis={e.legalBasis} />
                <EvictionStatusBadge status={e.status} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
