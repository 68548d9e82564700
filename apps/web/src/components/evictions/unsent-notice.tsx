'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { listLocalSlots } from '@/lib/evictions/local-draft';

/**
 * Eviction forms this device still holds because they could not be sent (the tab was closed
 * offline). Each link reopens the form, which sends what waits as soon as it can.
 */
export function UnsentNotice({ except }: { except?: string }) {
  const t = useTranslations('evictionForm');
  const [slots, setSlots] = useState<{ kind: 'new' | 'id'; ref: string }[]>([]);
  useEffect(() => {
    setSlots(listLocalSlots().filter((slot) => slot.ref !== except));
  }, [except]);
  if (slots.length === 0) return null;
  return (
    <Alert tone="warning" title={t('unsentTitle', { count: slots.length })} testId="unsent-notice">
      <ul className="list-disc ps-5">
        {slots.map((slot, i) => (
          <li key={slot.ref}>
            <Link
              prefetch={false}
              href={slot.kind === 'new' ? `/evictions/new?local=${slot.ref}` : `/evictions/${slot.ref}/edit`}
              className="font-semibold text-brand underline underline-offset-2"
            >
              {t('unsentOpen', { n: i + 1 })}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
