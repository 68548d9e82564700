import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Empty, HomeCard, MoreLink, Row, Rows, type Block } from './home-card';

/** Today's evictions in the collective's time zone, earliest first. */
export function EvictionsTodayCard({ block }: { block: Block<'evictionsToday'> }) {
  const t = useTranslations('home.today');
  const ts = useTranslations('evictionEnums');
  const format = useFormatter();
  const time = (date: Date) => format.dateTime(date, { timeStyle: 'short' });
  const query = new URLSearchParams({ from: block.date, to: block.date });
  return (
    <HomeCard
      id="evictionsToday"
      title={t('title')}
      description={t('count', { count: block.total })}
      footer={<MoreLink href={`/evictions?${query.toString()}`}>{t('open')}</MoreLink>}
    >
      {block.total === 0 ? <Empty>{t('none')}</Empty> : null}
      <Rows testId="home-evictions-today">
        {block.items.map((eviction) => (
          <Row
            key={eviction.id}
            href={`/evictions/${eviction.id}`}
            title={eviction.site.name}
            meta={
              <>
                {eviction.endAt
                  ? `${time(eviction.startAt)}–${time(eviction.endAt)}`
                  : `${time(eviction.startAt)} · ${t('ongoing')}`}
                {' · '}
                <span dir="ltr">{eviction.reference}</span>
              </>
            }
            aside={
              <Badge tone={eviction.status === 'draft' ? 'warning' : 'info'}>
                {ts(`status.${eviction.status}`)}
              </Badge>
            }
          />
        ))}
      </Rows>
    </HomeCard>
  );
}
