'use client';

import { useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { addConsentAction } from '@/app/(app)/cases/people/[id]/actions';
import { FoldMarker } from '@/components/ui/fold-marker';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { consentBody, EMPTY_CONSENT, type ConsentDraft } from '@/lib/cases/person-fields';
import { ConsentFields } from './consent-fields';
import { JsonForm } from './json-form';

/** Records a new consent (what, in which language, when), superseding the one in force. */
export function ConsentForm({ personId }: { personId: string }) {
  const t = useTranslations('casePerson');
  const timeZone = useTimeZone() ?? 'UTC';
  const [consent, setConsent] = useState<ConsentDraft>(EMPTY_CONSENT);
  // A fresh set of fields (today's date again) after each consent recorded.
  const [round, setRound] = useState(0);
  const send = () =>
    addConsentAction(
      personId,
      consentBody(consent, (local) => fromLocalInput(local, timeZone)),
    );
  return (
    <details className="group rounded-md bg-muted p-3 print:hidden">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold" data-testid="add-consent">
        <FoldMarker />
        {t('addConsent')}
      </summary>
      <JsonForm
        prefix="consent"
        send={send}
        submitLabel={t('saveConsent')}
        success={t('consentSaved')}
        testId="consent-form"
        onDone={() => {
          setConsent(EMPTY_CONSENT);
          setRound((n) => n + 1);
        }}
      >
        <ConsentFields key={round} path="" value={consent} onChange={setConsent} timeZone={timeZone} />
      </JsonForm>
    </details>
  );
}
