'use client';

import { useTranslations } from 'next-intl';
import { CASE_DEADLINE_KINDS } from '@vigil/contracts/enums';
import { addDeadlineAction, toggleDeadlineAction } from '@/app/(app)/cases/[id]/task-actions';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { ActionForm } from './action-form';

/** Marks a deadline done, or open again (a mistaken tick must be undoable). */
export function DeadlineToggle({
  caseId,
  deadlineId,
  done,
}: {
  caseId: string;
  deadlineId: string;
  done: boolean;
}) {
  const t = useTranslations('caseDetail');
  return (
    <ActionForm
      action={toggleDeadlineAction}
      hidden={{ caseId, deadlineId, done: String(!done) }}
      submitLabel={done ? t('reopenDeadline') : t('markDone')}
      testId={done ? 'reopen-deadline' : 'mark-done'}
      variant="secondary"
      className="flex flex-col gap-2"
    />
  );
}

/** A deadline or task: kind, short factual title (not sealed), due time, and who is on it. */
export function AddDeadlineForm({
  caseId,
  assignees,
}: {
  caseId: string;
  assignees: readonly { id: string; displayName: string }[];
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  return (
    <ActionForm
      action={addDeadlineAction}
      hidden={{ caseId }}
      title={t('addDeadline')}
      hint={t('deadlineHint')}
      submitLabel={t('addDeadlineSubmit')}
      testId="deadline-form"
    >
      {({ error, typed }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Select
            name="kind"
            id="deadline-kind"
            label={t('deadlineKind')}
            defaultValue={typed('kind') ?? 'appeal'}
            error={error('kind')}
            options={CASE_DEADLINE_KINDS.map((value) => ({ value, label: te(`deadlineKind.${value}`) }))}
          />
          <Input
            name="dueAt"
            id="deadline-dueAt"
            type="datetime-local"
            label={t('dueAt')}
            defaultValue={typed('dueAt')}
            error={error('dueAt')}
            required
          />
          <div className="sm:col-span-2">
            <Input
              name="title"
              id="deadline-title"
              label={t('deadlineTitle')}
              hint={t('deadlineTitleHint')}
              defaultValue={typed('title')}
              error={error('title')}
              maxLength={200}
              required
              dir="auto"
            />
          </div>
          {assignees.length > 0 ? (
            <Select
              name="assigneeId"
              id="deadline-assigneeId"
              label={t('deadlineAssignee')}
              defaultValue={typed('assigneeId') ?? ''}
              error={error('assigneeId')}
              options={[
                { value: '', label: t('nobody') },
                ...assignees.map((user) => ({ value: user.id, label: user.displayName })),
              ]}
            />
          ) : null}
        </div>
      )}
    </ActionForm>
  );
}
