import { useFormatter, useTranslations } from 'next-intl';
import { Empty, HomeCard, MoreLink, Row, Rows, type Block } from './home-card';

/** Verified incidents of the last two weeks, newest first: the material of the next complaint. */
export function VerifiedIncidentsCard({ block }: { block: Block<'recentVerifiedIncidents'> }) {
  const t = useTranslations('home.verified');
  const tm = useTranslations('home');
  const format = useFormatter();
  const query = new URLSearchParams({ verificationStatus: 'verified', from: block.from });
  return (
    <HomeCard
      id="recentVerifiedIncidents"
      title={t('title')}
      footer={
        <MoreLink href={`/incidents?${query.toString()}`}>
          {block.total > block.items.length ? tm('seeAllN', { count: block.total }) : t('open')}
        </MoreLink>
      }
    >
      {block.total === 0 ? <Empty>{t('none')}</Empty> : null}
      <Rows testId="home-verified-incidents">
        {block.items.map((incident) => (
          <Row
            key={incident.id}
            href={`/incidents/${incident.id}`}
            title={incident.title}
            meta={[
              format.dateTime(incident.startAt, { dateStyle: 'medium', timeStyle: 'short' }),
              incident.place.site?.name ?? incident.place.commune,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ))}
      </Rows>
    </HomeCard>
  );
}
