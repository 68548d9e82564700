'use client';

import { useTranslations } from 'next-intl';
import { PROPERTY_FATES } from '@vigil/contracts/enums';
import type { TermOption } from '@/lib/incidents/terms';
import { SelectField, TextField } from './form-fields';

type Fate = (typeof PROPERTY_FATES)[number];

/** A force from the vocabulary and its unit: a perpetrator of an incident, a force at an eviction. */
export function ForceUnitFields({
  path,
  forceId,
  unit,
  forces,
  onChange,
}: {
  path: string;
  forceId: string;
  unit: string;
  forces: TermOption[];
  onChange: (patch: { forceId?: string; unit?: string }) => void;
}) {
  const t = useTranslations('incidentForm');
  return (
    <>
      <SelectField
        path={`${path}.forceId`}
        label={t('force')}
        value={forceId}
        onChange={(value) => onChange({ forceId: value })}
        options={[
          { value: '', label: t('choose') },
          ...forces.map((force) => ({ value: force.id, label: force.label })),
        ]}
      />
      <TextField
        path={`${path}.unit`}
        label={t('unit')}
        hint={t('unitHint')}
        value={unit}
        onChange={(value) => onChange({ unit: value })}
        maxLength={200}
      />
    </>
  );
}

/** How many officers and vehicles: '' is "not counted", never zero. */
export function OfficerVehicleFields({
  path,
  officerCount,
  vehicleCount,
  onChange,
}: {
  path: string;
  officerCount: string;
  vehicleCount: string;
  onChange: (patch: { officerCount?: string; vehicleCount?: string }) => void;
}) {
  const t = useTranslations('incidentForm');
  return (
    <>
      <TextField
        path={`${path}.officerCount`}
        type="number"
        inputMode="numeric"
        min={0}
        label={t('officerCount')}
        value={officerCount}
        onChange={(value) => onChange({ officerCount: value })}
      />
      <TextField
        path={`${path}.vehicleCount`}
        type="number"
        inputMode="numeric"
        min={0}
        label={t('vehicleCount')}
        value={vehicleCount}
        onChange={(value) => onChange({ vehicleCount: value })}
      />
    </>
  );
}

/** Property as a typed count ("12 tents destroyed"): what, what happened to it, how many. */
export function PropertyItemFields<F extends Fate>({
  path,
  row,
  propertyTypes,
  onChange,
}: {
  path: string;
  row: { propertyTypeId: string; fate: F; count: string };
  propertyTypes: TermOption[];
  onChange: (patch: { propertyTypeId?: string; fate?: F; count?: string }) => void;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  return (
    <>
      <div className="col-span-2 sm:col-span-1">
        <SelectField
          path={`${path}.propertyTypeId`}
          label={t('propertyType')}
          value={row.propertyTypeId}
          onChange={(propertyTypeId) => onChange({ propertyTypeId })}
          options={[
            { value: '', label: t('choose') },
            ...propertyTypes.map((term) => ({ value: term.id, label: term.label })),
          ]}
        />
      </div>
      <SelectField
        path={`${path}.fate`}
        label={t('fate')}
        value={row.fate}
        onChange={(fate) => onChange({ fate })}
        options={PROPERTY_FATES.map((value) => ({ value, label: te(`fate.${value}`) }))}
      />
      <TextField
        path={`${path}.count`}
        type="number"
        inputMode="numeric"
        min={1}
        label={t('count')}
        value={row.count}
        onChange={(count) => onChange({ count })}
      />
    </>
  );
}
