import type { deadlineViewSchema } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Card } from '@/components/ui/card';
import { deadlineState, sortDeadlines } from '@/lib/cases/deadlines';
import { DueDate } from './case-badges';
import { AddDeadlineForm, DeadlineToggle } from './deadline-forms';

export type Deadline = z.output<typeof deadlineViewSchema>;

/** The case's deadlines and tasks, open ones soonest first, overdue in red; add one, tick one off. */
export function DeadlinesPanel({
  caseId,
  deadlines,
  assignees,
  canWrite,
  now,
}: {
  caseId: string;
  deadlines: Deadline[] | null;
  assignees: readonly { id: string; displayName: string }[];
  canWrite: boolean;
  now: Date;
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  return (
    <Card title={t('deadlinesTitle')}>
      <div className="flex flex-col gap-3">
        {deadlines === null ? <p className="text-ink-soft">{t('unavailable')}</p> : null}
        {deadlines?.length === 0 ? <p className="text-ink-soft">{t('noDeadlines')}</p> : null}
        <ul className="flex flex-col gap-2" data-testid="deadline-list">
          {sortDeadlines(deadlines ?? []).map((deadline) => {
            const state = deadlineState(deadline, now);
            return (
              <li
                key={deadline.id}
                data-testid="deadline"
                data-state={state}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line p-3"
              >
                <div className="flex min-w-0 flex-col gap-0.5">
                  <span className="font-semibold" dir="auto" data-testid="deadline-title">
                    {deadline.title}
                  </span>
                  <span className="text-sm">
                    {te(`deadlineKind.${deadline.kind}`)} · <DueDate dueAt={deadline.dueAt} state={state} />
                    {deadline.assignee ? ` · ${deadline.assignee.displayName}` : null}
                  </span>
                  {deadline.doneAt ? (
                    <span className="text-sm text-success">
                      {t('doneBy', { who: deadline.doneBy?.displayName ?? t('someone') })}
                    </span>
                  ) : null}
                </div>
                {canWrite ? (
                  <DeadlineToggle caseId={caseId} deadlineId={deadline.id} done={deadline.doneAt !== null} />
                ) : null}
              </li>
            );
          })}
        </ul>
        {canWrite ? <AddDeadlineForm caseId={caseId} assignees={assignees} /> : null}
      </div>
    </Card>
  );
}
