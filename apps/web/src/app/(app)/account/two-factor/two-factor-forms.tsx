'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { RecoveryCodes } from '@/components/recovery-codes';
import { Alert } from '@/components/ui/alert';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { disableTotpAction, regenerateRecoveryCodesAction } from './actions';

export function RegenerateForm() {
  const t = useTranslations('twoFactor');
  const [state, formAction] = useActionState(regenerateRecoveryCodesAction, IDLE);
  const fieldError = useFieldErrors(state);
  if (state.status === 'success' && state.data) return <RecoveryCodes codes={state.data} />;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormFeedback state={state} />
      <Input
        id="regenerate-code"
        name="code"
        label={t('codeLabel')}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        dir="ltr"
        error={fieldError('code')}
      />
      <div>
        <SubmitButton>{t('regenerate')}</SubmitButton>
      </div>
    </form>
  );
}

export function DisableForm() {
  const t = useTranslations('twoFactor');
  const [state, formAction] = useActionState(disableTotpAction, IDLE);
  const fieldError = useFieldErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state.status === 'error' && state.code === 'FORBIDDEN' ? (
        <Alert tone="error">{t('requiredForRole')}</Alert>
      ) : (
        <FormFeedback state={state} success={t('disabled')} />
      )}
      <Input
        id="disable-code"
        name="code"
        label={t('codeLabel')}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        dir="ltr"
        error={fieldError('code')}
      />
      <div>
        <SubmitButton variant="danger">{t('disable')}</SubmitButton>
      </div>
    </form>
  );
}
