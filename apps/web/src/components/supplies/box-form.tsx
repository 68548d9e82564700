'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createBoxesAction } from '@/app/(app)/supplies/labels/actions';
import { TextField } from '@/components/incident-form/form-fields';
import { Button } from '@/components/ui/button';
import { numberOrText, orNull } from '@/lib/form-values';
import type { PickedItem } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';
import { FormFrame } from './form-frame';
import { ItemPicker } from './item-picker';
import { LocationField } from './location-field';
import { useSubmission } from './use-submission';

/**
 * Labels for boxes or bags packed at a location: what one holds, and how many identical ones. The
 * labels' QR codes open each box's page, to move or hand it out from a phone.
 */
export function BoxForm({
  locations,
  initialItem,
}: {
  locations: StockLocationRef[];
  initialItem: PickedItem | null;
}) {
  const t = useTranslations('suppliesLabels');
  const locale = useLocale();
  const router = useRouter();
  const [locationId, setLocationId] = useState('');
  const [item, setItem] = useState<PickedItem | null>(initialItem);
  const [quantity, setQuantity] = useState('');
  const [copies, setCopies] = useState('1');
  const [expiresOn, setExpiresOn] = useState('');
  const [note, setNote] = useState('');
  const submission = useSubmission(createBoxesAction);

  const send = async () => {
    const result = await submission.submit({
      locationId,
      itemId: item?.id ?? '',
      quantity: numberOrText(quantity),
      copies: numberOrText(copies),
      expiresOn: orNull(expiresOn),
      note: orNull(note),
    });
    if (result?.status === 'success' && result.data)
      router.push(`/supplies/labels?created=${result.data.join(',')}`);
  };

  return (
    <FormFrame
      prefix="box"
      submission={submission}
      submitLabel={t('create')}
      pendingLabel={t('creating')}
      onSubmit={() => void send()}
    >
      <LocationField
        path="locationId"
        label={t('location')}
        value={locationId}
        onChange={setLocationId}
        locations={locations}
      />
      {item ? (
        <div
          className="flex items-center justify-between gap-2 rounded-md border border-line p-3"
          data-testid="box-item"
        >
          <span className="font-semibold">{itemName(item, locale)}</span>
          <Button variant="ghost" onClick={() => setItem(null)}>
            {t('changeItem')}
          </Button>
        </div>
      ) : (
        <ItemPicker source={{ kind: 'catalogue' }} idPrefix="box" exclude={[]} onPick={setItem} />
      )}
      <div className="grid grid-cols-2 gap-3">
        <TextField
          path="quantity"
          label={t('perBox')}
          value={quantity}
          onChange={setQuantity}
          inputMode="numeric"
        />
        <TextField
          path="copies"
          label={t('copies')}
          value={copies}
          onChange={setCopies}
          inputMode="numeric"
        />
        <TextField
          path="expiresOn"
          type="date"
          label={t('expiresOn')}
          value={expiresOn}
          onChange={setExpiresOn}
        />
        <TextField path="note" label={t('note')} value={note} onChange={setNote} maxLength={200} />
      </div>
    </FormFrame>
  );
}
