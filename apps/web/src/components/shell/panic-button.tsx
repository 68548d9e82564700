'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { signOutEverywhereAction } from '@/app/(app)/account/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SubmitButton } from '@/components/ui/submit-button';
import { wipeDevice } from '@/lib/device-wipe';
import { IDLE, type FormState } from '@/lib/form-state';

/**
 * For a phone about to be seized: this device is wiped first (it needs no network), then every
 * session of the account is revoked. The action redirects to the login page, which drops the
 * now-dead next-auth cookie itself; if the server cannot be reached the user is told that the
 * other sessions are still open.
 */
async function wipeAndRevoke(): Promise<FormState> {
  await wipeDevice();
  try {
    return await signOutEverywhereAction();
  } catch (error) {
    // Next's redirect signal must reach the router; a network failure becomes the error notice.
    if (error instanceof TypeError) return { status: 'error', code: 'SERVICE_UNAVAILABLE' };
    throw error;
  }
}

export function PanicButton() {
  const t = useTranslations('panic');
  const tc = useTranslations('common');
  const [open, setOpen] = useState(false);
  // The user menu is a <details> that closes on submit: the dialog lives outside it, in <body>.
  const [portalReady, setPortalReady] = useState(false);
  const [state, run] = useActionState(wipeAndRevoke, IDLE);

  useEffect(() => setPortalReady(true), []);

  return (
    <>
      <Button variant="danger" className="w-full" onClick={() => setOpen(true)} data-testid="panic">
        {t('trigger')}
      </Button>
      {portalReady
        ? createPortal(
            <Dialog open={open} onClose={() => setOpen(false)} title={t('title')}>
              <form action={run} className="flex flex-col gap-4" data-testid="panic-dialog">
                <p>{t('body')}</p>
                {state.status === 'error' ? (
                  <Alert tone="error" testId="panic-failed">
                    {t('failed')}
                  </Alert>
                ) : null}
                <div className="flex flex-wrap justify-end gap-2">
                  <Button variant="secondary" onClick={() => setOpen(false)}>
                    {tc('cancel')}
                  </Button>
                  <SubmitButton variant="danger" data-testid="panic-confirm">
                    {t('confirm')}
                  </SubmitButton>
                </div>
              </form>
            </Dialog>,
            document.body,
          )
        : null}
    </>
  );
}
