'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { toLocalInput } from '@/lib/incidents/zoned-time';
import {
  distributionBody,
  newDistributionDraft,
  type DistributionDraft,
} from '@/lib/supplies/distribution-draft';
import type { LineDraft } from '@/lib/supplies/lines';
import { DistributionFields } from './distribution-fields';
import { FormFrame } from './form-frame';
import { KeptStatus } from './kept-status';
import type { SiteChoice } from './site-field';
import { useLocationChoice } from './use-location';
import { useSubmission } from './use-submission';

/**
 * A distribution, either recorded after it happened ('record': where the stock came from, where and
 * when it was handed out, what went and how many people were served by group; the stock leaves at
 * once and the record is closed) or planned ahead ('plan': the list to pack, from a need or not).
 * A record made without a connection is kept on the device, encrypted, and sent once it is back.
 */
export function DistributionForm({
  mode,
  locations,
  sites,
  initialLocationId,
  needId,
  initialLines,
  initialSiteId = '',
  keyMaterial = null,
}: {
  mode: 'record' | 'plan';
  locations: StockLocationRef[];
  sites: SiteChoice[] | null;
  initialLocationId: string;
  needId: string | null;
  initialLines: LineDraft[];
  initialSiteId?: string;
  /** The session's key for the device copy of a record (null: nothing is kept on the device). */
  keyMaterial?: string | null;
}) {
  const t = useTranslations('suppliesForms');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const [locationId, setLocationId, rememberLocation] = useLocationChoice(initialLocationId, locations);
  const [fields, setFields] = useState(() =>
    newDistributionDraft({ siteId: initialSiteId, needId: needId ?? '', lines: initialLines }),
  );
  const draft: DistributionDraft = { ...fields, locationId };
  const change = ({ locationId: to, ...rest }: Partial<DistributionDraft>) => {
    if (to !== undefined) setLocationId(to);
    setFields((current) => ({ ...current, ...rest }));
  };
  const done = (href: string, sent: DistributionDraft) => {
    rememberLocation(sent.locationId);
    router.push(`${href}?saved=${mode}`);
  };
  const record = mode === 'record';
  const submission = useSubmission(
    (key, body) => createSupplyRecord(record ? 'distributionRecord' : 'distributionPlan', key, body),
    record
      ? {
          form: 'distributionRecord',
          keyMaterial,
          draft,
          restore: change,
          onSent: (data, sent) => done(data.href, sent),
        }
      : undefined,
  );

  // "Now" is set in the browser after hydration, so the server and the page never disagree.
  useEffect(
    () => setFields((current) => ({ ...current, at: toLocalInput(new Date(), timeZone) })),
    [timeZone],
  );

  const send = async () => {
    const result = await submission.submit(distributionBody(mode, draft, timeZone));
    if (!record && result?.status === 'success' && result.data) done(result.data.href, draft);
  };

  return (
    <FormFrame
      prefix="distribution"
      submission={submission}
      submitLabel={record ? t('recordDistribution') : t('planDistribution')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      status={record ? <KeptStatus submission={submission} /> : undefined}
    >
      <DistributionFields mode={mode} draft={draft} onChange={change} locations={locations} sites={sites} />
    </FormFrame>
  );
}
