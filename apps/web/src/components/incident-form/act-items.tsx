'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ItemDraft } from '@/lib/incidents/form-model';
import type { TermOption } from '@/lib/incidents/terms';
import { newKey, patchAt } from './form-section';
import { PropertyItemFields } from './shared-fields';

/** Property seized, destroyed or damaged, as typed counts ("12 tents destroyed"). */
export function ActItems({
  path,
  rows,
  propertyTypes,
  onChange,
}: {
  path: string;
  rows: ItemDraft[];
  propertyTypes: TermOption[];
  onChange: (rows: ItemDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  return (
    <fieldset className="flex flex-col gap-2 sm:col-span-2">
      <legend className="text-sm font-semibold">{t('items')}</legend>
      {rows.map((row, i) => {
        const set = (patch: Partial<ItemDraft>) => onChange(patchAt(rows, i, patch));
        const p = `${path}.${i}`;
        return (
          <div
            key={row.key}
            className="grid grid-cols-2 items-end gap-2 rounded-md bg-muted p-2 sm:grid-cols-4"
            data-testid="item-row"
          >
            <PropertyItemFields path={p} row={row} propertyTypes={propertyTypes} onChange={set} />
            <Button
              variant="ghost"
              className="text-danger"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('removeItem')}
            </Button>
          </div>
        );
      })}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            onChange([...rows, { key: newKey('i'), propertyTypeId: '', fate: 'destroyed', count: '1' }])
          }
        >
          {t('addItem')}
        </Button>
      </div>
    </fieldset>
  );
}
