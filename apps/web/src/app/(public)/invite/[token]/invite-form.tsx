'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Card } from '@/components/ui/card';
import { FormFeedback } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { acceptInviteAction } from './actions';

export function InviteForm({ token }: { token: string }) {
  const t = useTranslations('invite');
  const [state, formAction] = useActionState(acceptInviteAction.bind(null, token), IDLE);
  const confirmError = state.fieldErrors?.confirm === 'mismatch' ? t('mismatch') : state.fieldErrors?.confirm;
  return (
    <Card title={t('title')} description={t('intro')} as="h1">
      <form action={formAction} className="flex flex-col gap-4" data-testid="invite-form">
        {state.code === 'TOKEN_INVALID' || state.code === 'NOT_FOUND' ? null : <FormFeedback state={state} />}
        {state.code === 'TOKEN_INVALID' || state.code === 'NOT_FOUND' ? (
          <p role="alert" className="font-medium text-danger">
            {t('invalid')}
          </p>
        ) : null}
        <Input
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          autoComplete="new-password"
          minLength={12}
          required
          error={state.fieldErrors?.password}
        />
        <Input name="confirm" type="password" label={t('confirm')} autoComplete="new-password" required error={confirmError} />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </Card>
  );
}
