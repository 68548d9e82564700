import { useFormatter, useTranslations } from 'next-intl';
import { Empty, HomeCard, MoreLink, Row, Rows, SubHeading, type Block } from './home-card';

/** What the observer started in the field and has not submitted: back into the form in one tap. */
export function DraftsCard({ block }: { block: Block<'myDrafts'> }) {
  const t = useTranslations('home.drafts');
  const format = useFormatter();
  const when = (date: Date) =>
    t('started', { date: format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) });
  const none = block.incidents.total === 0 && block.evictions.total === 0;
  return (
    <HomeCard
      id="myDrafts"
      title={t('title')}
      footer={
        <>
          {block.evictions.total > block.evictions.items.length ? (
            <MoreLink href="/evictions?status=draft&mine=true">{t('seeEvictions')}</MoreLink>
          ) : null}
          {/* Without incidents.review, the draft filter lists the reader's own drafts only. */}
          {block.incidents.total > block.incidents.items.length ? (
            <MoreLink href="/incidents?status=draft">{t('seeIncidents')}</MoreLink>
          ) : null}
        </>
      }
    >
      {none ? <Empty>{t('none')}</Empty> : null}
      {block.evictions.total > 0 ? (
        <>
          <SubHeading>{t('evictions', { count: block.evictions.total })}</SubHeading>
          <Rows testId="home-draft-evictions">
            {block.evictions.items.map((eviction) => (
              <Row
                key={eviction.id}
                href={`/evictions/${eviction.id}/edit`}
                title={eviction.site.name}
                meta={
                  <>
                    <span dir="ltr">{eviction.reference}</span> · {when(eviction.startAt)}
                  </>
                }
              />
            ))}
          </Rows>
        </>
      ) : null}
      {block.incidents.total > 0 ? (
        <>
          <SubHeading>{t('incidents', { count: block.incidents.total })}</SubHeading>
          <Rows testId="home-draft-incidents">
            {block.incidents.items.map((incident) => (
              <Row
                key={incident.id}
                href={`/incidents/${incident.id}/edit`}
                title={incident.title}
                meta={
                  <>
                    <span dir="ltr">{incident.reference}</span> · {when(incident.startAt)}
                  </>
                }
              />
            ))}
          </Rows>
        </>
      ) : null}
    </HomeCard>
  );
}
