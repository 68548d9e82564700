'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { InviteLink } from '@/components/invite-link';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE } from '@/lib/form-state';
import { ROLE_OPTIONS } from '@/lib/roles';
import { createUserAction } from './actions';

export function CreateUserForm() {
  const t = useTranslations('users');
  const tr = useTranslations('roles');
  const [state, formAction] = useActionState(createUserAction, IDLE);
  const fieldError = useFieldErrors(state);
  return (
    <div className="flex flex-col gap-4">
      {state.status === 'success' && state.data ? (
        <InviteLink link={state.data.link} email={state.data.email} expiresAt={state.data.expiresAt} />
      ) : null}
      <form
        key={formKey(state, state.data?.link)}
        action={formAction}
        className="flex flex-col gap-4"
        data-testid="create-user-form"
      >
        <FormFeedback state={state} />
        <Input
          name="email"
          type="email"
          dir="ltr"
          label={t('email')}
          autoComplete="off"
          required
          defaultValue={state.values?.email}
          error={fieldError('email')}
        />
        <Input
          name="displayName"
          label={t('displayName')}
          hint={t('displayNameHint')}
          autoComplete="off"
          required
          maxLength={80}
          defaultValue={state.values?.displayName}
          error={fieldError('displayName')}
        />
        <Select
          name="role"
          label={t('role')}
          defaultValue={state.values?.role ?? 'volunteer'}
          options={ROLE_OPTIONS.map((role) => ({ value: role, label: tr(role) }))}
          error={fieldError('role')}
        />
        <div>
          <SubmitButton>{t('create')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
