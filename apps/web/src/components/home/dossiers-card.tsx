import { useFormatter, useTranslations } from 'next-intl';
import { Empty, HomeCard, MoreLink, Row, Rows, type Block } from './home-card';

/** My dossiers whose PDF can be downloaded now, with how long it stays available. */
export function DossiersCard({ block }: { block: Block<'dossiers'> }) {
  const t = useTranslations('home.dossiers');
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium' });
  return (
    <HomeCard
      id="dossiers"
      title={t('title')}
      footer={<MoreLink href="/incidents/dossier">{t('open')}</MoreLink>}
    >
      {block.total === 0 ? <Empty>{t('none')}</Empty> : null}
      <Rows testId="home-dossier-list">
        {block.items.map((dossier) => (
          <Row
            key={dossier.id}
            href={`/api/dossiers/${dossier.id}/pdf`}
            download
            title={`${t('download')}${dossier.finishedAt ? ` · ${day(dossier.finishedAt)}` : ''}`}
            meta={[
              t('records', { incidents: dossier.incidentCount ?? 0, evictions: dossier.evictionCount ?? 0 }),
              dossier.expiresAt ? t('until', { date: day(dossier.expiresAt) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ))}
      </Rows>
    </HomeCard>
  );
}
