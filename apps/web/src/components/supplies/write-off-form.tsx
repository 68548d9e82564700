'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { SelectField, TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { POLICE_WRITE_OFF_REASONS, WRITE_OFF_REASONS, type WriteOffReason } from '@vigil/contracts/enums';
import { linesToBody, type LineDraft } from '@/lib/supplies/lines';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { LocationField } from './location-field';
import { MoreFields } from './more-fields';
import { useSubmission } from './use-submission';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A pasted link to the record (…/evictions/<id>) or its id: the id; anything else as typed, for the API. */
function recordId(value: string): string | null {
  return orNull(UUID.exec(value)?.[0] ?? value);
}

export interface EvictionChoice {
  id: string;
  label: string;
}

/**
 * Stock lost: expired, damaged, or seized or destroyed by police. A police loss is itself evidence
 * and names its eviction (picked from the recent ones when the role reads evictions, else pasted
 * as a link) or its incident; it feeds the "losses to police" figures of dossiers.
 */
export function WriteOffForm({
  locations,
  initialLocationId,
  evictions,
}: {
  locations: StockLocationRef[];
  initialLocationId: string;
  /** Null when the role cannot read evictions. */
  evictions: EvictionChoice[] | null;
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  const timeZone = useTimeZone() ?? 'UTC';
  const [locationId, setLocationId] = useState(initialLocationId);
  const [reason, setReason] = useState<WriteOffReason>('damaged');
  const [evictionId, setEvictionId] = useState('');
  const [incidentId, setIncidentId] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([]);
  const [occurredAt, setOccurredAt] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission((key, body) => createSupplyRecord('writeOff', key, body));
  const police = (POLICE_WRITE_OFF_REASONS as readonly WriteOffReason[]).includes(reason);

  const send = async () => {
    const result = await submission.submit({
      locationId,
      reason,
      evictionId: police ? recordId(evictionId) : null,
      incidentId: police ? recordId(incidentId) : null,
      note: orNull(note),
      occurredAt: occurredAt ? fromLocalInput(occurredAt, timeZone) : undefined,
      lines: linesToBody(lines),
    });
    if (result?.status !== 'success' || !result.data) return;
    setDone(result.data.href);
    setLines([]);
  };

  return (
    <FormFrame
      prefix="writeoff"
      submission={submission}
      submitLabel={t('recordWriteOff')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      done={done ? { text: t('writeOffRecorded'), href: done } : null}
    >
      <LocationField
        path="locationId"
        label={t('lostAt')}
        value={locationId}
        onChange={(id) => {
          setLocationId(id);
          setLines([]);
        }}
        locations={locations}
      />
      <SelectField
        path="reason"
        label={t('reason')}
        value={reason}
        onChange={setReason}
        options={WRITE_OFF_REASONS.map((value) => ({ value, label: te(`writeOffReason.${value}`) }))}
      />
      {police ? (
        <div className="flex flex-col gap-3 rounded-md border-s-4 border-warning bg-warning-soft p-3">
          <p className="text-sm">{t('policeHint')}</p>
          {evictions ? (
            <SelectField
              path="evictionId"
              label={t('eviction')}
              value={evictionId}
              onChange={setEvictionId}
              options={[
                { value: '', label: t('noEviction') },
                ...evictions.map((e) => ({ value: e.id, label: e.label })),
              ]}
            />
          ) : (
            <TextField
              path="evictionId"
              label={t('evictionLink')}
              hint={t('linkHint')}
              value={evictionId}
              onChange={setEvictionId}
            />
          )}
          <TextField
            path="incidentId"
            label={t('incidentLink')}
            hint={t('linkHint')}
            value={incidentId}
            onChange={setIncidentId}
          />
        </div>
      ) : null}
      <ItemLines
        source={locationId ? { kind: 'stock', locationId } : null}
        idPrefix="writeoff"
        lines={lines}
        onChange={setLines}
        expiry="take"
        waiting={t('chooseSourceFirst')}
      />
      <MoreFields occurredAt={occurredAt} onOccurredAt={setOccurredAt} note={note} onNote={setNote} />
    </FormFrame>
  );
}
