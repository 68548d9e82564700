'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { ChoiceField } from '@/components/eviction-form/choice-field';
import { TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { SUPPLY_SOURCES, type SupplySource } from '@vigil/contracts/enums';
import { linesToBody, newLine, type LineDraft, type PickedItem } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { LocationField } from './location-field';
import { MoreFields } from './more-fields';
import { useLocationChoice } from './use-location';
import { useSubmission } from './use-submission';

/**
 * A donation (or purchase, surplus, salvage) received, in seconds on a phone: where, what and how
 * many; the source defaults to a donation; the time defaults to now. After saving, the form stays
 * on the same location and source for the next bag.
 */
export function DonationForm({
  locations,
  initialLocationId,
  initialItem,
}: {
  locations: StockLocationRef[];
  initialLocationId: string;
  initialItem: PickedItem | null;
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  const [locationId, setLocationId, rememberLocation] = useLocationChoice(initialLocationId, locations);
  const [source, setSource] = useState<SupplySource>('donation');
  const [donor, setDonor] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<LineDraft[]>(initialItem ? [newLine(initialItem)] : []);
  const [recorded, setRecorded] = useState<{ text: string; href: string } | null>(null);
  const submission = useSubmission((key, body) => createSupplyRecord('receipt', key, body));

  const send = async () => {
    const result = await submission.submit({
      locationId,
      source,
      donor: orNull(donor),
      note: orNull(note),
      occurredAt: occurredAt ? fromLocalInput(occurredAt, timeZone) : undefined,
      lines: linesToBody(lines),
    });
    if (result?.status !== 'success' || !result.data) return;
    const what = lines.map((line) => `${line.quantity} × ${itemName(line.item, locale)}`).join(', ');
    setRecorded({ text: t('donationRecorded', { what }), href: result.data.href });
    rememberLocation(locationId);
    setLines([]);
    setNote('');
    setOccurredAt('');
  };

  return (
    <FormFrame
      prefix="donation"
      submission={submission}
      submitLabel={t('recordDonation')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      done={recorded}
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
        value={source}
        options={SUPPLY_SOURCES.map((value) => ({ value, label: te(`source.${value}`) }))}
        onChange={setSource}
      />
      <ItemLines
        source={{ kind: 'catalogue' }}
        idPrefix="donation"
        lines={lines}
        onChange={setLines}
        expiry="receive"
      />
      <TextField
        path="donor"
        label={t('donor')}
        hint={t('donorHint')}
        value={donor}
        onChange={setDonor}
        maxLength={200}
        autoComplete="off"
      />
      <MoreFields occurredAt={occurredAt} onOccurredAt={setOccurredAt} note={note} onNote={setNote} />
    </FormFrame>
  );
}
