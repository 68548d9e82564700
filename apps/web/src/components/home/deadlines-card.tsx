import { useTranslations } from 'next-intl';
import { DueDate } from '@/components/cases/case-badges';
import { Empty, HomeCard, MoreLink, Row, Rows, SubHeading, type Block } from './home-card';

type Item = Block<'deadlines'>['overdue'][number];

function DeadlineRows({ items, state }: { items: Item[]; state: 'overdue' | 'soon' }) {
  const te = useTranslations('caseEnums');
  return (
    <Rows testId={`home-deadlines-${state}`}>
      {items.map((item) => (
        <Row
          key={item.id}
          href={`/cases/${item.case.id}`}
          title={item.title}
          meta={
            <>
              <DueDate dueAt={item.dueAt} state={state} />
              {` · ${te(`deadlineKind.${item.kind}`)} · `}
              <span dir="ltr">{item.case.reference}</span>
              {` · ${te(`type.${item.case.type}`)}`}
            </>
          }
        />
      ))}
    </Rows>
  );
}

/** Appeals are short and fatal when missed: overdue first, then what falls due this week. */
export function DeadlinesCard({ block }: { block: Block<'deadlines'> }) {
  const t = useTranslations('home.deadlines');
  const all = block.everyCase;
  return (
    <HomeCard
      id="deadlines"
      title={all ? t('titleAll') : t('titleMine')}
      footer={<MoreLink href={all ? '/cases/deadlines?scope=all' : '/cases/deadlines'}>{t('open')}</MoreLink>}
    >
      <SubHeading>{t('overdue', { count: block.counts.overdue })}</SubHeading>
      {block.overdue.length ? (
        <DeadlineRows items={block.overdue} state="overdue" />
      ) : (
        <Empty>{t('noneOverdue')}</Empty>
      )}
      <SubHeading>{t('dueSoon', { count: block.counts.dueSoon, days: block.days })}</SubHeading>
      {block.dueSoon.length ? (
        <DeadlineRows items={block.dueSoon} state="soon" />
      ) : (
        <Empty>{t('noneSoon', { days: block.days })}</Empty>
      )}
    </HomeCard>
  );
}
