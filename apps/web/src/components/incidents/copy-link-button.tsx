'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies the page's URL, which carries the whole filter: the way to save or share it. */
export function CopyLinkButton() {
  const t = useTranslations('incidentFilters');
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="ghost"
      data-testid="copy-filter-link"
      onClick={() => {
        void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true));
      }}
    >
      {copied ? t('copied') : t('copyLink')}
    </Button>
  );
}
