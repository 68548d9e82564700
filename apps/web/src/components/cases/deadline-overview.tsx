import type { deadlineOverviewResponseSchema } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Card } from '@/components/ui/card';
import { DueDate } from './case-badges';
import { DeadlineToggle } from './deadline-forms';

type Item = z.output<typeof deadlineOverviewResponseSchema>['overdue'][number];

function ItemList({
  items,
  state,
  canWrite,
}: {
  items: Item[];
  state: 'overdue' | 'soon';
  canWrite: boolean;
}) {
  const t = useTranslations('caseDeadlines');
  const te = useTranslations('caseEnums');
  if (items.length === 0) return <p className="text-ink-soft">{t('nothing')}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid={`deadlines-${state}`}>
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line p-3"
          data-testid="overview-deadline"
        >
          <div className="flex min-w-0 flex-col gap-0.5">
            <span className="font-semibold" dir="auto">
              {item.title}
            </span>
            <span className="text-sm">
              {te(`deadlineKind.${item.kind}`)} · <DueDate dueAt={item.dueAt} state={state} />
            </span>
            <span className="text-sm">
              <Link
                prefetch={false}
                href={`/cases/${item.case.id}`}
                className="font-semibold text-brand underline underline-offset-2"
                dir="ltr"
              >
                {item.case.reference}
              </Link>{' '}
              · <span dir="auto">{item.case.personAlias}</span> · {te(`type.${item.case.type}`)}
              {item.assignee ? ` · ${item.assignee.displayName}` : ''}
            </span>
          </div>
          {canWrite ? <DeadlineToggle caseId={item.case.id} deadlineId={item.id} done={false} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Overdue (oldest first) and due within the week (soonest first), with totals beyond what is listed. */
export function DeadlineOverview({
  overview,
  days,
  canWrite,
}: {
  overview: z.output<typeof deadlineOverviewResponseSchema>;
  days: number;
  canWrite: boolean;
}) {
  const t = useTranslations('caseDeadlines');
  const more = (shown: number, total: number) =>
    total > shown ? <p className="text-sm text-ink-soft">{t('more', { shown, total })}</p> : null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t('overdueTitle', { count: overview.counts.overdue })} className="border-danger">
        <div className="flex flex-col gap-2">
          <ItemList items={overview.overdue} state="overdue" canWrite={canWrite} />
          {more(overview.overdue.length, overview.counts.overdue)}
        </div>
      </Card>
      <Card title={t('soonTitle', { count: overview.counts.dueSoon, days })}>
        <div className="flex flex-col gap-2">
          <ItemList items={overview.dueSoon} state="soon" canWrite={canWrite} />
          {more(overview.dueSoon.length, overview.counts.dueSoon)}
        </div>
      </Card>
    </div>
  );
}
