'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { orNull } from '@/lib/form-values';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { linesToBody, type LineDraft } from '@/lib/supplies/lines';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { LocationField } from './location-field';
import { MoreFields } from './more-fields';
import { useSubmission } from './use-submission';

/**
 * Loading a van (or any move between locations): both sides are written at once by the API; a line
 * asking more than the source holds is refused with what is there. A scanned box comes prefilled.
 */
export function TransferForm({
  locations,
  initial,
}: {
  locations: StockLocationRef[];
  initial: { fromLocationId: string; toLocationId: string; lines: LineDraft[] };
}) {
  const t = useTranslations('suppliesForms');
  const timeZone = useTimeZone() ?? 'UTC';
  const [fromLocationId, setFrom] = useState(initial.fromLocationId);
  const [toLocationId, setTo] = useState(initial.toLocationId);
  const [lines, setLines] = useState<LineDraft[]>(initial.lines);
  const [occurredAt, setOccurredAt] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission((key, body) => createSupplyRecord('transfer', key, body));

  const send = async () => {
    const result = await submission.submit({
      fromLocationId,
      toLocationId,
      note: orNull(note),
      occurredAt: occurredAt ? fromLocalInput(occurredAt, timeZone) : undefined,
      lines: linesToBody(lines).map((line, index) => {
        const boxId = lines[index]?.boxId;
        return boxId ? { ...line, boxId } : line;
      }),
    });
    if (result?.status !== 'success' || !result.data) return;
    setDone(result.data.href);
    setLines([]);
    setNote('');
  };

  const changeFrom = (id: string) => {
    setFrom(id);
    // What was picked came from the other location's shelf.
    setLines([]);
  };

  return (
    <FormFrame
      prefix="transfer"
      submission={submission}
      submitLabel={t('recordTransfer')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      done={done ? { text: t('transferRecorded'), href: done } : null}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <LocationField
          path="fromLocationId"
          label={t('from')}
          value={fromLocationId}
          onChange={changeFrom}
          locations={locations}
        />
        <LocationField
          path="toLocationId"
          label={t('to')}
          value={toLocationId}
          onChange={setTo}
          locations={locations}
        />
      </div>
      <ItemLines
        source={fromLocationId ? { kind: 'stock', locationId: fromLocationId } : null}
        idPrefix="transfer"
        lines={lines}
        onChange={setLines}
        expiry="take"
        waiting={t('chooseSourceFirst')}
      />
      <MoreFields occurredAt={occurredAt} onOccurredAt={setOccurredAt} note={note} onNote={setNote} />
    </FormFrame>
  );
}
