'use client';

import type { Role } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE } from '@/lib/form-state';
import { ROLE_OPTIONS } from '@/lib/roles';
import { updateUserAction } from './actions';

export function EditUserForm({
  userId,
  displayName,
  role,
}: {
  userId: string;
  displayName: string;
  role: Role;
}) {
  const t = useTranslations('users');
  const tr = useTranslations('roles');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(updateUserAction, IDLE);
  const fieldError = useFieldErrors(state);
  return (
    <form
      key={formKey(state)}
      action={formAction}
      className="flex flex-col gap-4"
      data-testid="edit-user-form"
    >
      <FormFeedback state={state} success={tc('saved')} />
      <input type="hidden" name="userId" value={userId} />
      <Input
        name="displayName"
        label={t('displayName')}
        defaultValue={state.values?.displayName ?? displayName}
        required
        maxLength={80}
        error={fieldError('displayName')}
      />
      <Select
        name="role"
        label={t('role')}
        hint={t('roleHint')}
        defaultValue={state.values?.role ?? role}
        options={ROLE_OPTIONS.map((value) => ({ value, label: tr(value) }))}
        error={fieldError('role')}
      />
      <div>
        <SubmitButton>{tc('save')}</SubmitButton>
      </div>
    </form>
  );
}
