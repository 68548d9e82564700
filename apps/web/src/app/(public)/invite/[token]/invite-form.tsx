'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { acceptInviteAction } from './actions';

export function InviteForm({ token }: { token: string }) {
  const t = useTranslations('invite');
  const [state, formAction] = useActionState(acceptInviteAction.bind(null, token), IDLE);
  const fieldError = useFieldErrors(state);
  // An unknown, used or expired token, or one too malformed to be checked at all.
  const linkInvalid =
    state.code === 'TOKEN_INVALID' || state.code === 'NOT_FOUND' || Boolean(state.fieldErrors?.token);
  const confirmError = state.fieldErrors?.confirm === 'mismatch' ? t('mismatch') : state.fieldErrors?.confirm;
  return (
    <Card title={t('title')} description={t('intro')} as="h1">
      <form action={formAction} className="flex flex-col gap-4" data-testid="invite-form">
        {linkInvalid ? <Alert tone="error">{t('invalid')}</Alert> : <FormFeedback state={state} />}
        <Input
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          autoComplete="new-password"
          minLength={12}
          required
          error={fieldError('password')}
        />
        <Input
          name="confirm"
          type="password"
          label={t('confirm')}
          autoComplete="new-password"
          required
          error={confirmError}
        />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </Card>
  );
}
