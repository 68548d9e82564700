'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CASE_OUTCOMES, CASE_STATUSES, type CaseStatus } from '@vigil/contracts/enums';
import { updateCaseAction } from '@/app/(app)/cases/[id]/actions';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { ActionForm } from './action-form';

/** open → active → waiting on an outside body → closed, with the outcome required to close. */
export function StatusForm({
  caseId,
  version,
  status,
  outcome,
  waitingOn,
}: {
  caseId: string;
  version: number;
  status: CaseStatus;
  outcome: string | null;
  waitingOn: string | null;
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  const [chosen, setChosen] = useState<string>(status);
  return (
    <ActionForm
      key={version}
      action={updateCaseAction}
      hidden={{ caseId, version: String(version) }}
      title={t('changeStatus')}
      success={t('saved')}
      submitLabel={t('saveStatus')}
      testId="status-form"
    >
      {({ error, typed }) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Select
            name="status"
            id="status-status"
            label={t('status')}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            error={error('status')}
            options={CASE_STATUSES.map((value) => ({ value, label: te(`status.${value}`) }))}
          />
          {chosen === 'closed' ? (
            <Select
              name="outcome"
              id="status-outcome"
              label={t('outcome')}
              hint={t('outcomeHint')}
              defaultValue={typed('outcome') ?? outcome ?? ''}
              error={error('outcome')}
              options={[
                { value: '', label: t('chooseOutcome') },
                ...CASE_OUTCOMES.map((value) => ({ value, label: te(`outcome.${value}`) })),
              ]}
            />
          ) : null}
          {chosen === 'waiting' ? (
            <Input
              name="waitingOn"
              id="status-waitingOn"
              label={t('waitingOn')}
              hint={t('waitingOnHint')}
              defaultValue={typed('waitingOn') ?? waitingOn ?? ''}
              error={error('waitingOn')}
              maxLength={120}
              dir="auto"
            />
          ) : null}
        </div>
      )}
    </ActionForm>
  );
}
