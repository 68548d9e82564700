'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createLocationAction } from '@/app/(app)/supplies/locations/actions';
import { AreaField, SelectField, TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { STOCK_LOCATION_KINDS } from '@vigil/contracts/enums';
import { FormFrame } from './form-frame';
import { SiteField, type SiteChoice } from './site-field';
import { useSubmission } from './use-submission';

type Kind = (typeof STOCK_LOCATION_KINDS)[number];

/** A new warehouse, van or distribution point (a distribution point can be a site of the registry). */
export function LocationForm({ sites }: { sites: SiteChoice[] | null }) {
  const t = useTranslations('suppliesLocations');
  const te = useTranslations('suppliesEnums');
  const router = useRouter();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('warehouse');
  const [siteId, setSiteId] = useState('');
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState<{ text: string; href: string } | null>(null);
  const submission = useSubmission(createLocationAction);

  const send = async () => {
    const result = await submission.submit({
      name,
      kind,
      siteId: kind === 'distribution_point' ? orNull(siteId) : null,
      notes: orNull(notes),
    });
    if (result?.status !== 'success' || !result.data) return;
    setDone({ text: t('added', { name }), href: `/supplies?locationId=${result.data}` });
    setName('');
    setNotes('');
    router.refresh();
  };

  return (
    <FormFrame
      prefix="location"
      submission={submission}
      done={done}
      submitLabel={t('add')}
      pendingLabel={t('adding')}
      onSubmit={() => void send()}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path="name"
          label={t('name')}
          hint={t('nameHint')}
          value={name}
          onChange={setName}
          maxLength={120}
        />
        <SelectField
          path="kind"
          label={t('kind')}
          value={kind}
          onChange={setKind}
          options={STOCK_LOCATION_KINDS.map((value) => ({ value, label: te(`locationKind.${value}`) }))}
        />
      </div>
      {kind === 'distribution_point' ? (
        <SiteField sites={sites} value={siteId} onChange={setSiteId} label={t('site')} none={t('noSite')} />
      ) : null}
      <AreaField
        path="notes"
        label={t('notes')}
        hint={t('notesHint')}
        value={notes}
        onChange={setNotes}
        rows={2}
      />
    </FormFrame>
  );
}
