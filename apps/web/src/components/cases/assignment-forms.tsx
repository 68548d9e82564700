'use client';

import { useTranslations } from 'next-intl';
import { setAssignmentsAction, updateCaseAction } from '@/app/(app)/cases/[id]/actions';
import { Checkbox } from '@/components/ui/checkbox';
import { Select } from '@/components/ui/select';
import { ActionForm } from './action-form';

interface Member {
  id: string;
  displayName: string;
}

/** Coordinators choose the case's caseworkers (the whole list at once) over the version shown. */
export function AssignmentsForm({
  caseId,
  version,
  assigned,
  caseworkers,
}: {
  caseId: string;
  version: number;
  assigned: readonly string[];
  caseworkers: readonly Member[];
}) {
  const t = useTranslations('caseDetail');
  return (
    <ActionForm
      key={version}
      action={setAssignmentsAction}
      hidden={{ caseId, version: String(version) }}
      title={t('assignmentsTitle')}
      success={t('saved')}
      submitLabel={t('saveAssignments')}
      testId="assignments-form"
    >
      {() => (
        <fieldset className="grid sm:grid-cols-2">
          <legend className="sr-only">{t('assignees')}</legend>
          {caseworkers.map((member) => (
            <Checkbox
              key={member.id}
              id={`assign-${member.id}`}
              name="userIds"
              value={member.id}
              label={member.displayName}
              defaultChecked={assigned.includes(member.id)}
            />
          ))}
        </fieldset>
      )}
    </ActionForm>
  );
}

export function LawyerForm({
  caseId,
  version,
  lawyerId,
  lawyers,
}: {
  caseId: string;
  version: number;
  lawyerId: string | null;
  lawyers: readonly Member[];
}) {
  const t = useTranslations('caseDetail');
  return (
    <ActionForm
      key={version}
      action={updateCaseAction}
      hidden={{ caseId, version: String(version) }}
      title={t('lawyerTitle')}
      success={t('saved')}
      submitLabel={t('saveLawyer')}
      testId="lawyer-form"
    >
      {({ error }) => (
        <Select
          name="lawyerId"
          id="case-lawyerId"
          label={t('lawyer')}
          defaultValue={lawyerId ?? ''}
          error={error('lawyerId')}
          options={[
            { value: '', label: t('nobody') },
            ...lawyers.map((member) => ({ value: member.id, label: member.displayName })),
          ]}
        />
      )}
    </ActionForm>
  );
}
