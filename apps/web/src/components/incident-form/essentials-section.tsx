'use client';

import { useTranslations } from 'next-intl';
import { FoldSection } from '@/components/ui/fold-section';
import { FormCard } from '@/components/ui/form-card';
import { DATE_PRECISIONS, SOURCE_RELIABILITIES, SOURCE_TYPES } from '@vigil/contracts/enums';
import type { IncidentDraft } from '@/lib/incidents/form-model';
import type { SiteOption } from '@/lib/incidents/sites';
import { useContext } from 'react';
import { AreaField, FieldErrors, SelectField, TextField } from './form-fields';

const DETAIL_PATHS = [
  'endAt',
  'datePrecision',
  'sourceReliability',
  'narrative',
  'latitude',
  'longitude',
  'coordinatePrecisionM',
];

type Patch = (patch: Partial<IncidentDraft>) => void;

/** What a minimal draft needs, first and always open: title, time, source, place. */
export function EssentialsSection({
  draft,
  sites,
  onChange,
}: {
  draft: IncidentDraft;
  /** The site registry; null when it cannot be read (the record's site is then shown as text). */
  sites: SiteOption[] | null;
  onChange: Patch;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  return (
    <FormCard id="essentials-title" title={t('essentials')}>
      <TextField
        path="title"
        label={t('title')}
        hint={t('titleHint')}
        value={draft.title}
        onChange={(title) => onChange({ title })}
        required
        maxLength={300}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path="startAt"
          type="datetime-local"
          label={t('startAt')}
          value={draft.startAt}
          onChange={(startAt) => onChange({ startAt })}
          required
        />
        <SelectField
          path="sourceType"
          label={t('sourceType')}
          hint={t('sourceTypeHint')}
          value={draft.sourceType}
          onChange={(sourceType) => onChange({ sourceType })}
          options={SOURCE_TYPES.map((value) => ({ value, label: te(`source.${value}`) }))}
        />
        <TextField
          path="placeText"
          label={t('placeText')}
          hint={t('placeTextHint')}
          value={draft.placeText}
          onChange={(placeText) => onChange({ placeText })}
          maxLength={200}
        />
        <TextField
          path="commune"
          label={t('commune')}
          value={draft.commune}
          onChange={(commune) => onChange({ commune })}
          maxLength={120}
        />
      </div>
      {sites ? (
        <SelectField
          path="siteId"
          label={t('siteLabel')}
          hint={t('siteHint')}
          value={draft.siteId ?? ''}
          onChange={(id) => {
            const site = sites.find((option) => option.id === id);
            // The site's commune fills an empty commune field; a typed one is never overwritten.
            onChange({
              siteId: id === '' ? null : id,
              ...(site && !draft.commune.trim() ? { commune: site.commune } : {}),
            });
          }}
          options={[
            { value: '', label: t('noSite') },
            ...(draft.siteId && !sites.some((site) => site.id === draft.siteId)
              ? [{ value: draft.siteId, label: draft.siteName ?? draft.siteId }]
              : []),
            ...sites.map((site) => ({ value: site.id, label: site.label })),
          ]}
        />
      ) : draft.siteName ? (
        <p className="text-sm text-ink-soft">{t('site', { site: draft.siteName })}</p>
      ) : null}
    </FormCard>
  );
}

/** The rest of the record's own fields, folded until needed. */
export function DetailsSection({ draft, onChange }: { draft: IncidentDraft; onChange: Patch }) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  const coordinates = draft.coordinates;
  const errorFor = useContext(FieldErrors);
  // Opened when the API refused one of its fields, so the error is not hidden in a folded part.
  const hasError = DETAIL_PATHS.some((path) => errorFor(path));
  return (
    <FoldSection title={t('details')} open={hasError} testId="section-details">
      <div className="grid gap-4 px-4 pb-4 sm:grid-cols-2">
        <TextField
          path="endAt"
          type="datetime-local"
          label={t('endAt')}
          value={draft.endAt}
          onChange={(endAt) => onChange({ endAt })}
        />
        <SelectField
          path="datePrecision"
          label={t('datePrecision')}
          value={draft.datePrecision}
          onChange={(datePrecision) => onChange({ datePrecision })}
          options={DATE_PRECISIONS.map((value) => ({ value, label: te(`precision.${value}`) }))}
        />
        <SelectField
          path="sourceReliability"
          label={t('sourceReliability')}
          value={draft.sourceReliability}
          onChange={(sourceReliability) => onChange({ sourceReliability })}
          options={SOURCE_RELIABILITIES.map((value) => ({ value, label: te(`reliability.${value}`) }))}
        />
        <div className="sm:col-span-2">
          <AreaField
            path="narrative"
            label={t('narrative')}
            hint={t('narrativeHint')}
            rows={6}
            value={draft.narrative}
            onChange={(narrative) => onChange({ narrative })}
            maxLength={100_000}
          />
        </div>
        {coordinates ? (
          <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-3">
            <legend className="mb-1 text-sm font-semibold">{t('coordinates')}</legend>
            <TextField
              path="latitude"
              inputMode="decimal"
              dir="ltr"
              label={t('latitude')}
              value={coordinates.latitude}
              onChange={(latitude) => onChange({ coordinates: { ...coordinates, latitude } })}
            />
            <TextField
              path="longitude"
              inputMode="decimal"
              dir="ltr"
              label={t('longitude')}
              value={coordinates.longitude}
              onChange={(longitude) => onChange({ coordinates: { ...coordinates, longitude } })}
            />
            <TextField
              path="coordinatePrecisionM"
              type="number"
              min={1}
              label={t('precisionM')}
              value={coordinates.precisionM}
              onChange={(precisionM) => onChange({ coordinates: { ...coordinates, precisionM } })}
            />
          </fieldset>
        ) : (
          <p className="text-sm text-ink-soft sm:col-span-2" data-testid="coordinates-restricted">
            {t('coordinatesRestricted')}
          </p>
        )}
      </div>
    </FoldSection>
  );
}
