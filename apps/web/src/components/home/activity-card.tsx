import { useLocale, useTranslations } from 'next-intl';
import { dayLabel } from '@/lib/supplies/names';
import { Empty, HomeCard, Row, Rows, SubHeading, type Block } from './home-card';

type Activity = Block<'recentActivity'>;

/** The list filtered like the count: the same `from` (a UTC day) and the site. */
function listHref(path: '/evictions' | '/incidents', from: string, siteId?: string) {
  const query = new URLSearchParams({ from });
  if (siteId) query.set('siteId', siteId);
  return `${path}?${query.toString()}`;
}

function SiteRows({
  path,
  from,
  rows,
}: {
  path: '/evictions' | '/incidents';
  from: string;
  rows: { site: Activity['incidents']['bySite'][number]['site']; count: number }[];
}) {
  const t = useTranslations('home.activity');
  return (
    <Rows testId={`home-activity-${path.slice(1)}`}>
      {rows.map(({ site, count }) => (
        <Row
          key={site?.id ?? 'none'}
          href={listHref(path, from, site?.id)}
          title={site ? site.name : t('noSite')}
          meta={site?.commune}
          aside={<span className="text-lg font-bold text-ink">{count}</span>}
        />
      ))}
    </Rows>
  );
}

/** Evictions and incidents of the week per site: where things are heating up. */
export function ActivityCard({ block }: { block: Activity }) {
  const t = useTranslations('home.activity');
  const locale = useLocale();
  return (
    <HomeCard
      id="recentActivity"
      title={t('title')}
      description={t('since', { date: dayLabel(block.from, locale) })}
    >
      <SubHeading>{t('evictions', { count: block.evictions.total })}</SubHeading>
      {block.evictions.total === 0 ? <Empty>{t('noEvictions')}</Empty> : null}
      <SiteRows path="/evictions" from={block.from} rows={block.evictions.bySite} />
      <SubHeading>{t('incidents', { count: block.incidents.total })}</SubHeading>
      {block.incidents.total === 0 ? <Empty>{t('noIncidents')}</Empty> : null}
      <SiteRows path="/incidents" from={block.from} rows={block.incidents.bySite} />
    </HomeCard>
  );
}
