'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { ChoiceField } from '@/components/eviction-form/choice-field';
import { TextField } from '@/components/incident-form/form-fields';
import { SUPPLY_SOURCES } from '@vigil/contracts/enums';
import { donationBody, newDonationDraft, type DonationDraft } from '@/lib/supplies/donation-draft';
import { newLine, type PickedItem } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { KeptStatus } from './kept-status';
import { LocationField } from './location-field';
import { MoreFields } from './more-fields';
import { useLocationChoice } from './use-location';
import { useSubmission } from './use-submission';

/**
 * A donation (or purchase, surplus, salvage) received, in seconds on a phone: where, what and how
 * many; the source defaults to a donation; the time defaults to now. Without a connection it is kept
 * on the device, encrypted, and sent once the connection is back. After it is sent, the form stays
 * on the same location and source for the next bag.
 */
export function DonationForm({
  locations,
  initialLocationId,
  initialItem,
  keyMaterial,
}: {
  locations: StockLocationRef[];
  initialLocationId: string;
  initialItem: PickedItem | null;
  /** The session's key for the device copy (null: nothing is kept on the device). */
  keyMaterial: string | null;
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  const [locationId, setLocationId, rememberLocation] = useLocationChoice(initialLocationId, locations);
  const [fields, setFields] = useState(() => newDonationDraft(initialItem ? [newLine(initialItem)] : []));
  const [recorded, setRecorded] = useState<{ text: string; href: string } | null>(null);
  const draft: DonationDraft = { ...fields, locationId };
  const change = ({ locationId: to, ...rest }: Partial<DonationDraft>) => {
    if (to !== undefined) setLocationId(to);
    setFields((current) => ({ ...current, ...rest }));
  };
  const submission = useSubmission((key, body) => createSupplyRecord('receipt', key, body), {
    form: 'receipt',
    keyMaterial,
    draft,
    restore: (kept) => {
      change(kept);
      setRecorded(null);
    },
    onSent: (data, sent) => {
      const what = sent.lines.map((line) => `${line.quantity} × ${itemName(line.item, locale)}`).join(', ');
      setRecorded({ text: t('donationRecorded', { what }), href: data.href });
      rememberLocation(sent.locationId);
      change({ lines: [], note: '', occurredAt: '' });
    },
  });

  return (
    <FormFrame
      prefix="donation"
      submission={submission}
      submitLabel={t('recordDonation')}
      pendingLabel={t('saving')}
      onSubmit={() => void submission.submit(donationBody(draft, timeZone))}
      done={recorded}
      status={<KeptStatus submission={submission} />}
    >
      <LocationField
        path="locationId"
        label={t('receivedAt')}
        value={locationId}
        onChange={setLocationId}
        locations={locations}
      />
      <ChoiceField
        path="source"
        label={t('source')}
        value={fields.source}
        options={SUPPLY_SOURCES.map((value) => ({ value, label: te(`source.${value}`) }))}
        onChange={(source) => change({ source })}
      />
      <ItemLines
        source={{ kind: 'catalogue' }}
        idPrefix="donation"
        lines={fields.lines}
        onChange={(lines) => change({ lines })}
        expiry="receive"
      />
      <TextField
        path="donor"
        label={t('donor')}
        hint={t('donorHint')}
        value={fields.donor}
        onChange={(donor) => change({ donor })}
        maxLength={200}
        autoComplete="off"
      />
      <MoreFields
        occurredAt={fields.occurredAt}
        onOccurredAt={(occurredAt) => change({ occurredAt })}
        note={fields.note}
        onNote={(note) => change({ note })}
      />
    </FormFrame>
  );
}
