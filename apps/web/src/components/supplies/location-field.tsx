'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/incident-form/form-fields';
import type { StockLocationRef } from '@vigil/contracts';
import { STOCK_LOCATION_KINDS } from '@vigil/contracts/enums';

/** A stock location, grouped by kind (warehouses, vans, distribution points). */
export function LocationField({
  path,
  label,
  hint,
  value,
  onChange,
  locations,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (id: string) => void;
  locations: readonly StockLocationRef[];
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  return (
    <SelectField path={path} label={label} hint={hint} value={value} onChange={onChange}>
      <option value="">{t('chooseLocation')}</option>
      {STOCK_LOCATION_KINDS.map((kind) => {
        const group = locations.filter((location) => location.kind === kind);
        return group.length > 0 ? (
          <optgroup key={kind} label={te(`locationKind.${kind}`)}>
            {group.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
    </SelectField>
  );
}
