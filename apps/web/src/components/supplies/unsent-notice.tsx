'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { listSlots } from '@/lib/drafts/local-store';

/** The forms that keep what they could not send, and where each one opens. */
const FORMS = {
  receipt: '/supplies/donations/new',
  distributionRecord: '/supplies/distributions/record',
} as const;
type KeptForm = keyof typeof FORMS;

const isKeptForm = (name: string): name is KeptForm => Object.hasOwn(FORMS, name);

/**
 * Donations and distributions this device still holds because they could not be sent (the tab was
 * closed offline). Opening the form shows the record again and sends it.
 */
export function UnsentNotice() {
  const t = useTranslations('suppliesForms');
  const [forms, setForms] = useState<KeptForm[]>([]);
  useEffect(() => {
    setForms(listSlots('supplies').flatMap((name) => name.split('.', 1).filter(isKeptForm)));
  }, []);
  if (forms.length === 0) return null;
  return (
    <Alert tone="warning" title={t('unsentTitle', { count: forms.length })} testId="unsent-supplies">
      <p>{t('unsentIntro')}</p>
      <ul className="list-disc ps-5">
        {[...new Set(forms)].map((form) => (
          <li key={form}>
            <Link
              prefetch={false}
              href={FORMS[form]}
              className="font-semibold text-brand underline underline-offset-2"
            >
              {t(`unsentOpen.${form}`)}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
