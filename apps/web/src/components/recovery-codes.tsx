'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';

/**
 * Recovery codes are shown once and never stored by the dashboard. Continuing is a full page load so
 * the upgraded session is read afresh by the server.
 */
export function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref?: string }) {
  const t = useTranslations('recoveryCodes');
  const [saved, setSaved] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="warning" title={t('title')}>
        <p>{t('once')}</p>
      </Alert>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" data-testid="recovery-codes" dir="ltr">
        {codes.map((code) => (
          <li key={code} className="rounded-md bg-muted px-3 py-2 text-center font-mono text-base">
            {code}
          </li>
        ))}
      </ul>
      {continueHref ? (
        <>
          <Checkbox
            id="codes-saved"
            label={t('saved')}
            checked={saved}
            onChange={(e) => setSaved(e.target.checked)}
          />
          <Button
            disabled={!saved}
            data-testid="recovery-continue"
            onClick={() => window.location.assign(continueHref)}
          >
            {t('continue')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
