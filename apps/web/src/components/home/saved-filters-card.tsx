import { useTranslations } from 'next-intl';
import { Empty, HomeCard, MoreLink, Row, Rows, type Block } from './home-card';

/** The lawyer's saved incident filters: each opens the list as it was saved. */
export function SavedFiltersCard({ block }: { block: Block<'savedFilters'> }) {
  const t = useTranslations('home.savedFilters');
  return (
    <HomeCard
      id="savedFilters"
      title={t('title')}
      footer={<MoreLink href="/incidents">{t('open')}</MoreLink>}
    >
      {block.total === 0 ? <Empty>{t('none')}</Empty> : null}
      <Rows testId="home-saved-filters">
        {block.items.map((filter) => (
          <Row key={filter.id} href={`/incidents?${filter.query}`} title={filter.name} />
        ))}
      </Rows>
    </HomeCard>
  );
}
