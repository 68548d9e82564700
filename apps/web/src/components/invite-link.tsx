'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Shown once, right after it is created: the dashboard does not keep invitation tokens. */
export function InviteLink({ link, email, expiresAt }: { link: string; email: string; expiresAt: string }) {
  const t = useTranslations('invites');
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={t('createdTitle', { email })}>
      <p>{t('shareOnce')}</p>
      <input
        readOnly
        value={link}
        aria-label={t('linkLabel')}
        data-testid="invite-link"
        dir="ltr"
        className="w-full rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="text-ink-soft">
        {t('expires', {
          date: format.dateTime(new Date(expiresAt), { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true));
          }}
        >
          {copied ? t('copied') : t('copy')}
        </Button>
      </div>
    </Alert>
  );
}
