'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Shown when a page fails (most often: the API is unreachable). No stack traces reach the screen. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 px-3 py-16" role="alert">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      {error.digest ? <p className="text-sm text-ink-soft">{t('reference', { id: error.digest })}</p> : null}
      <div>
        <Button onClick={reset}>{t('retry')}</Button>
      </div>
    </div>
  );
}
