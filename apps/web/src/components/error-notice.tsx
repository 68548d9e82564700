'use client';

import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';

/** Shown when a page fails (most often: the API is unreachable). No stack trace reaches the screen. */
export function ErrorNotice({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="flex max-w-xl flex-col gap-4" role="alert">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      {digest ? <p className="text-sm text-ink-soft">{t('reference', { id: digest })}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={reset}>{t('retry')}</Button>
        <ButtonLink href="/">{t('backHome')}</ButtonLink>
      </div>
    </div>
  );
}
