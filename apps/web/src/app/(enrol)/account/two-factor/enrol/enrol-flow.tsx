'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/form-state';
import { RecoveryCodes } from '@/components/recovery-codes';
import { startTotpSetupAction, verifyTotpAction, type TotpSetup } from './actions';

/** Start → scan and confirm a code → recovery codes, shown once. */
export function EnrolFlow() {
  const t = useTranslations('enrol');
  const [setupState, setSetupState] = useState<FormState<TotpSetup>>(IDLE);
  const [starting, startTransition] = useTransition();
  const [verifyState, verifyAction] = useActionState(verifyTotpAction, IDLE);
  const verifyFieldError = useFieldErrors(verifyState);

  if (verifyState.status === 'success' && verifyState.data) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t('done')}</Alert>
        <RecoveryCodes codes={verifyState.data} continueHref="/" />
      </div>
    );
  }

  const setup = setupState.data;
  if (!setup) {
    return (
      <div className="flex flex-col gap-4">
        <ol className="list-decimal ps-6 text-ink">
          <li>{t('stepApp')}</li>
          <li>{t('stepScan')}</li>
          <li>{t('stepCode')}</li>
        </ol>
        <FormFeedback state={setupState} />
        <Button
          disabled={starting}
          aria-busy={starting || undefined}
          data-testid="totp-start"
          onClick={() => startTransition(async () => setSetupState(await startTotpSetupAction()))}
        >
          {t('start')}
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p>{t('scan')}</p>
      {/* A data: URL drawn on our server; the image is decorative for screen readers, the secret below is the text alternative. */}
      <img
        src={setup.qrDataUrl}
        alt={t('qrAlt')}
        width={240}
        height={240}
        className="self-center rounded-md border border-line bg-white"
      />
      <div>
        <p className="text-sm font-semibold">{t('manualEntry')}</p>
        <code
          className="block rounded-md bg-muted p-3 font-mono text-base break-all"
          data-testid="totp-secret"
          data-secret={setup.secret}
          dir="ltr"
        >
          {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
        </code>
      </div>
      <form action={verifyAction} className="flex flex-col gap-4">
        <FormFeedback state={verifyState} />
        <Input
          name="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\s*(\d\s*){6}"
          required
          dir="ltr"
          error={verifyFieldError('code')}
        />
        <SubmitButton data-testid="totp-verify">{t('verify')}</SubmitButton>
      </form>
    </div>
  );
}
