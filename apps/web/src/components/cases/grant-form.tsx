'use client';

import { useTranslations } from 'next-intl';
import { addGrantAction } from '@/app/(app)/cases/people/[id]/actions';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';

/** Names a member who may see this person's personal details despite a sensitivity flag, and why. */
export function GrantForm({
  personId,
  members,
}: {
  personId: string;
  members: readonly { id: string; displayName: string }[];
}) {
  const t = useTranslations('casePerson');
  return (
    <ActionForm
      action={addGrantAction}
      hidden={{ personId }}
      title={t('addGrant')}
      submitLabel={t('addGrantSubmit')}
      testId="grant-form"
    >
      {({ error, typed }) => (
        <>
          <Select
            name="userId"
            id="grant-userId"
            label={t('grantUser')}
            defaultValue={typed('userId') ?? ''}
            error={error('userId')}
            options={[
              { value: '', label: t('chooseMember') },
              ...members.map((m) => ({ value: m.id, label: m.displayName })),
            ]}
          />
          <Textarea
            name="reason"
            id="grant-reason"
            label={t('grantReason')}
            defaultValue={typed('reason')}
            error={error('reason')}
            maxLength={500}
            required
            dir="auto"
          />
        </>
      )}
    </ActionForm>
  );
}
