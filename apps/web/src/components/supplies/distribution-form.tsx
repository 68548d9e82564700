'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { AreaField, TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { fromLocalInput, toLocalInput } from '@/lib/incidents/zoned-time';
import { linesToBody, type LineDraft } from '@/lib/supplies/lines';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { LocationField } from './location-field';
import { NO_ONE_SERVED, ServedFields, servedToBody, type ServedDraft } from './served-fields';
import { SiteField, type SiteChoice } from './site-field';
import { useLocationChoice } from './use-location';
import { useSubmission } from './use-submission';

/**
 * A distribution, either recorded after it happened ('record': where the stock came from, where and
 * when it was handed out, what went and how many people were served by group; the stock leaves at
 * once and the record is closed) or planned ahead ('plan': the list to pack, from a need or not).
 */
export function DistributionForm({
  mode,
  locations,
  sites,
  initialLocationId,
  needId,
  initialLines,
  initialSiteId = '',
}: {
  mode: 'record' | 'plan';
  locations: StockLocationRef[];
  sites: SiteChoice[] | null;
  initialLocationId: string;
  needId: string | null;
  initialLines: LineDraft[];
  initialSiteId?: string;
}) {
  const t = useTranslations('suppliesForms');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const [locationId, setLocationId, rememberLocation] = useLocationChoice(initialLocationId, locations);
  const [siteId, setSiteId] = useState(initialSiteId);
  const [at, setAt] = useState('');
  const [served, setServed] = useState<ServedDraft>(NO_ONE_SERVED);
  const [lines, setLines] = useState<LineDraft[]>(initialLines);
  const [note, setNote] = useState('');
  const submission = useSubmission((key, body) =>
    createSupplyRecord(mode === 'record' ? 'distributionRecord' : 'distributionPlan', key, body),
  );
  const record = mode === 'record';

  // "Now" is set in the browser after hydration, so the server and the page never disagree.
  useEffect(() => setAt(toLocalInput(new Date(), timeZone)), [timeZone]);

  const send = async () => {
    const result = await submission.submit({
      locationId,
      siteId: orNull(siteId),
      needId,
      ...(record
        ? { distributedAt: fromLocalInput(at, timeZone), served: servedToBody(served) }
        : { scheduledAt: fromLocalInput(at, timeZone) }),
      note: orNull(note),
      lines: linesToBody(lines, { expiry: false }),
    });
    if (result?.status !== 'success' || !result.data) return;
    rememberLocation(locationId);
    router.push(`${result.data.href}?saved=${mode}`);
  };

  return (
    <FormFrame
      prefix="distribution"
      submission={submission}
      submitLabel={record ? t('recordDistribution') : t('planDistribution')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
    >
      <LocationField
        path="locationId"
        label={t('stockFrom')}
        hint={t('stockFromHint')}
        value={locationId}
        onChange={(id) => {
          setLocationId(id);
          setLines([]);
        }}
        locations={locations}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SiteField sites={sites} value={siteId} onChange={setSiteId} label={t('site')} none={t('noSite')} />
        <TextField
          path={record ? 'distributedAt' : 'scheduledAt'}
          type="datetime-local"
          label={record ? t('distributedAt') : t('scheduledAt')}
          value={at}
          onChange={setAt}
          required
        />
      </div>
      {record ? <ServedFields value={served} onChange={setServed} /> : null}
      <ItemLines
        source={locationId ? { kind: 'stock', locationId } : null}
        idPrefix="distribution"
        lines={lines}
        onChange={setLines}
        expiry="none"
        waiting={t('chooseSourceFirst')}
      />
      <AreaField path="note" label={t('note')} value={note} onChange={setNote} maxLength={2_000} rows={2} />
    </FormFrame>
  );
}
