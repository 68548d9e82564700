import { useFormatter, useTranslations } from 'next-intl';
import { CaseStatusBadge } from '@/components/cases/case-badges';
import { Empty, HomeCard, MoreLink, Row, Rows, type Block } from './home-card';

/** My cases in progress, most recently active first, each with its next open deadline. */
export function MyCasesCard({ block }: { block: Block<'myCases'> }) {
  const t = useTranslations('home.myCases');
  const te = useTranslations('caseEnums');
  const format = useFormatter();
  return (
    <HomeCard
      id="myCases"
      title={t('title')}
      description={t('count', { count: block.total })}
      footer={<MoreLink href="/cases">{t('open')}</MoreLink>}
    >
      {block.items.length === 0 ? <Empty>{t('none')}</Empty> : null}
      <Rows>
        {block.items.map((item) => (
          <Row
            key={item.id}
            href={`/cases/${item.id}`}
            title={<span dir="ltr">{item.reference}</span>}
            meta={
              <>
                {te(`type.${item.type}`)} ·{' '}
                {item.nextDeadline
                  ? `${t('next', { title: item.nextDeadline.title })}, ${format.dateTime(item.nextDeadline.dueAt, { dateStyle: 'medium' })}`
                  : t('noDeadline')}
              </>
            }
            aside={<CaseStatusBadge status={item.status} />}
          />
        ))}
      </Rows>
    </HomeCard>
  );
}

/** Cases in progress nobody is assigned to: the coordinator's to hand out. */
export function UnassignedCard({ block }: { block: Block<'unassignedCases'> }) {
  const t = useTranslations('home.unassigned');
  const format = useFormatter();
  return (
    <HomeCard
      id="unassignedCases"
      title={t('title')}
      footer={
        block.count > 0 ? <MoreLink href="/cases?scope=all&unassigned=true">{t('open')}</MoreLink> : null
      }
    >
      <p className="text-3xl font-bold text-ink" data-testid="home-unassigned-count">
        {format.number(block.count)}
      </p>
      <p className="text-sm text-ink-soft">{t('count', { count: block.count })}</p>
    </HomeCard>
  );
}
