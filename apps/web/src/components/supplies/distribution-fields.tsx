'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { AreaField, TextField } from '@/components/incident-form/form-fields';
import type { DistributionDraft, DistributionMode } from '@/lib/supplies/distribution-draft';
import { ItemLines } from './item-lines';
import { LocationField } from './location-field';
import { NeedField, type NeedChoice } from './need-field';
import { ServedFields } from './served-fields';
import { SiteField, type SiteChoice } from './site-field';

/**
 * The fields of a distribution: where the stock comes from (changing it empties the list, which is
 * picked from that location's stock), the site, the time, the need it answers (when the form offers
 * needs), people served by group when recorded after the fact, the items and a note.
 */
export function DistributionFields({
  mode,
  draft,
  onChange,
  locations,
  sites,
  needs = null,
}: {
  mode: DistributionMode;
  draft: DistributionDraft;
  onChange: (change: Partial<DistributionDraft>) => void;
  locations: StockLocationRef[];
  sites: SiteChoice[] | null;
  needs?: NeedChoice[] | null;
}) {
  const t = useTranslations('suppliesForms');
  const record = mode === 'record';
  return (
    <>
      <LocationField
        path="locationId"
        label={t('stockFrom')}
        hint={t('stockFromHint')}
        value={draft.locationId}
        onChange={(locationId) => onChange({ locationId, lines: [] })}
        locations={locations}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SiteField
          sites={sites}
          value={draft.siteId}
          onChange={(siteId) => onChange({ siteId })}
          label={t('site')}
          none={t('noSite')}
        />
        <TextField
          path={record ? 'distributedAt' : 'scheduledAt'}
          type="datetime-local"
          label={record ? t('distributedAt') : t('scheduledAt')}
          value={draft.at}
          onChange={(at) => onChange({ at })}
          required
        />
      </div>
      {needs ? (
        <NeedField needs={needs} value={draft.needId} onChange={(needId) => onChange({ needId })} />
      ) : null}
      {record ? <ServedFields value={draft.served} onChange={(served) => onChange({ served })} /> : null}
      <ItemLines
        source={draft.locationId ? { kind: 'stock', locationId: draft.locationId } : null}
        idPrefix="distribution"
        lines={draft.lines}
        onChange={(lines) => onChange({ lines })}
        expiry="none"
        waiting={t('chooseSourceFirst')}
      />
      <AreaField
        path="note"
        label={t('note')}
        value={draft.note}
        onChange={(note) => onChange({ note })}
        maxLength={2_000}
        rows={2}
      />
    </>
  );
}
