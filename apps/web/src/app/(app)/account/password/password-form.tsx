'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { changePasswordAction } from '../actions';

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations('password');
  const [state, formAction] = useActionState(changePasswordAction, IDLE);
  const fieldError = useFieldErrors(state);
  const confirmError = state.fieldErrors?.confirm === 'mismatch' ? t('mismatch') : state.fieldErrors?.confirm;
  return (
    // key: a successful change empties the fields.
    <form
      key={state.status === 'success' ? 'done' : 'edit'}
      action={formAction}
      className="flex flex-col gap-4"
      data-testid="password-form"
    >
      <FormFeedback state={state} success={t('changed')} />
      {/* Lets password managers attach the new password to the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Input
        name="currentPassword"
        type="password"
        label={t('current')}
        autoComplete="current-password"
        required
        error={fieldError('currentPassword')}
      />
      <Input
        name="newPassword"
        type="password"
        label={t('new')}
        hint={t('newHint')}
        autoComplete="new-password"
        minLength={12}
        required
        error={fieldError('newPassword')}
      />
      <Input
        name="confirm"
        type="password"
        label={t('confirm')}
        autoComplete="new-password"
        required
        error={confirmError}
      />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
