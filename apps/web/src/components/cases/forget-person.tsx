'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { forgetPersonAction } from '@/app/(app)/cases/people/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import { IDLE } from '@/lib/form-state';
import { CaseFeedback, useCaseFieldErrors } from './case-feedback';

/**
 * "Forget this person": their personal data, notes and documents are erased at once and for good.
 * The coordinator gives the reason and types the alias, so that the right person is erased.
 */
export function ForgetPerson({ personId, alias }: { personId: string; alias: string }) {
  const t = useTranslations('casePerson');
  const tc = useTranslations('common');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, formAction] = useActionState(forgetPersonAction, IDLE);
  const error = useCaseFieldErrors(state);

  useEffect(() => {
    if (state.status === 'success') setOpen(false);
  }, [state]);

  return (
    <div className="flex flex-col items-start gap-2 print:hidden">
      <p className="text-sm text-ink-soft">{t('forgetIntro')}</p>
      <Button variant="danger" onClick={() => setOpen(true)} data-testid="forget-person">
        {t('forget')}
      </Button>
      {state.status === 'success' ? <Alert tone="success">{t('forgotten')}</Alert> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={t('forgetTitle', { alias })}>
        <form action={formAction} className="flex flex-col gap-4" data-testid="forget-form">
          <Alert tone="warning">{t('forgetWarning')}</Alert>
          <input type="hidden" name="personId" value={personId} />
          <Textarea
            name="reason"
            id="forget-reason"
            label={t('forgetReason')}
            error={error('reason')}
            maxLength={500}
            required
            dir="auto"
          />
          <Input
            name="confirmAlias"
            id="forget-confirmAlias"
            label={t('forgetTypeAlias', { alias })}
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            error={error('confirmAlias')}
            dir="auto"
          />
          <CaseFeedback state={state} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc('cancel')}
            </Button>
            <SubmitButton
              variant="danger"
              disabled={typed.trim() !== alias.trim()}
              data-testid="forget-confirm"
            >
              {t('forgetConfirm')}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
