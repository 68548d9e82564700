'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { updateDistributionAction } from '@/app/(app)/supplies/distributions/actions';
import { distributionBody, type DistributionDraft } from '@/lib/supplies/distribution-draft';
import { DistributionFields } from './distribution-fields';
import { FormFrame } from './form-frame';
import type { NeedChoice } from './need-field';
import type { SiteChoice } from './site-field';
import { useSubmission } from './use-submission';

/**
 * A planned distribution changed before it is packed: place, site, need, time, note and list. Saved
 * over the version the page showed; if someone changed it meanwhile the form says so and offers to
 * reload, rather than undoing their change.
 */
export function DistributionEditForm({
  id,
  version,
  initial,
  locations,
  sites,
  needs,
}: {
  id: string;
  version: number;
  initial: DistributionDraft;
  locations: StockLocationRef[];
  sites: SiteChoice[] | null;
  needs: NeedChoice[];
}) {
  const t = useTranslations('suppliesDistributions');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const submission = useSubmission((_key, body) => updateDistributionAction(id, body));

  const send = async () => {
    const result = await submission.submit(distributionBody('edit', draft, timeZone, version));
    if (result?.status === 'success' && result.data) router.push(`${result.data.href}?saved=edit`);
  };

  return (
    <FormFrame
      prefix="distribution"
      submission={submission}
      submitLabel={t('saveChanges')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      reloadHref={`/supplies/distributions/${id}/edit`}
    >
      <DistributionFields
        mode="edit"
        draft={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        locations={locations}
        sites={sites}
        needs={needs}
      />
    </FormFrame>
  );
}
