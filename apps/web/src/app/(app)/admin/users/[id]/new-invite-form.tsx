'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { InviteLink } from '@/components/invite-link';
import { FormFeedback } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { newInviteAction } from './actions';

/** A fresh invitation link also serves as a password reset for someone locked out of their account. */
export function NewInviteForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations('userDetail');
  const [state, formAction] = useActionState(newInviteAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="email" value={email} />
      <p className="text-sm text-ink-soft">{t('inviteIntro')}</p>
      <FormFeedback state={state} />
      {state.status === 'success' && state.data ? (
        <InviteLink link={state.data.link} email={state.data.email} expiresAt={state.data.expiresAt} />
      ) : null}
      <div>
        <SubmitButton variant="secondary">{t('newInvite')}</SubmitButton>
      </div>
    </form>
  );
}
