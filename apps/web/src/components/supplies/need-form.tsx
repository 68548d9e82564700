'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { AreaField, TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { linesToBody, type LineDraft } from '@/lib/supplies/lines';
import { SiteField, type SiteChoice } from './site-field';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { useSubmission } from './use-submission';

/** What a site or a partner asks for, and by when; coordinators then see it against stock. */
export function NeedForm({ sites }: { sites: SiteChoice[] | null }) {
  const t = useTranslations('suppliesNeeds');
  const router = useRouter();
  const [siteId, setSiteId] = useState('');
  const [partner, setPartner] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([]);
  const submission = useSubmission((key, body) => createSupplyRecord('need', key, body));

  const send = async () => {
    const result = await submission.submit({
      siteId: orNull(siteId),
      partner: orNull(partner),
      neededBy,
      note: orNull(note),
      lines: linesToBody(lines, { expiry: false }),
    });
    if (result?.status === 'success' && result.data) router.push(result.data.href);
  };

  return (
    <FormFrame
      prefix="need"
      submission={submission}
      submitLabel={t('save')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SiteField sites={sites} value={siteId} onChange={setSiteId} label={t('site')} none={t('noSite')} />
        <TextField
          path="partner"
          label={t('partner')}
          hint={t('partnerHint')}
          value={partner}
          onChange={setPartner}
          maxLength={200}
        />
      </div>
      <TextField
        path="neededBy"
        type="date"
        label={t('neededBy')}
        value={neededBy}
        onChange={setNeededBy}
        required
      />
      <ItemLines
        source={{ kind: 'catalogue' }}
        idPrefix="need"
        lines={lines}
        onChange={setLines}
        expiry="none"
      />
      <AreaField path="note" label={t('note')} value={note} onChange={setNote} maxLength={2_000} rows={2} />
    </FormFrame>
  );
}
