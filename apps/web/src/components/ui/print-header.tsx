'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * The top of a printed record, absent on screen: which record, when it was printed (the moment of
 * printing, not of loading the page) and where it lives, so a sheet found in a folder can be traced.
 */
export function PrintHeader({ reference }: { reference: string }) {
  const t = useTranslations('printRecord');
  const format = useFormatter();
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  const [address, setAddress] = useState('');

  useEffect(() => {
    const update = () => {
      setPrintedAt(new Date());
      setAddress(window.location.origin + window.location.pathname);
    };
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);

  return (
    <header className="hidden border-b border-black pb-2 text-sm print:block" data-testid="print-header">
      {/* The reference isolated left-to-right (U+2066…U+2069) inside an Arabic or Persian sentence. */}
      <p className="font-bold">{t('record', { reference: `\u2066${reference}\u2069` })}</p>
      {printedAt ? (
        <p>{t('printedAt', { at: format.dateTime(printedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      ) : null}
      {address ? (
        <p dir="ltr" className="break-all">
          {address}
        </p>
      ) : null}
    </header>
  );
}
