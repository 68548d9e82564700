'use client';

import { useTranslations } from 'next-intl';
import { CheckField } from '@/components/incident-form/form-fields';
import { newKey, patchAt, RowCard } from '@/components/incident-form/form-section';
import { PropertyItemFields } from '@/components/incident-form/shared-fields';
import { Button } from '@/components/ui/button';
import { FoldSection } from '@/components/ui/fold-section';
import type { PropertyDraft } from '@/lib/evictions/form-model';
import type { TermOption } from '@/lib/incidents/terms';

/**
 * Property seized or destroyed, as typed counts ("14 tents destroyed"). Ticking "the collective's
 * own" marks stock the collective had handed out: the supplies module can write it off from this.
 */
export function PropertySection({
  rows,
  propertyTypes,
  onChange,
}: {
  rows: PropertyDraft[];
  propertyTypes: TermOption[];
  onChange: (rows: PropertyDraft[]) => void;
}) {
  const t = useTranslations('evictionForm');
  return (
    <FoldSection title={t('property')} count={rows.length} open={rows.length > 0} testId="section-property">
      <div className="flex flex-col gap-4 px-4 pb-4">
        {rows.map((row, i) => {
          const set = (patch: Partial<PropertyDraft>) => onChange(patchAt(rows, i, patch));
          const p = `property.${i}`;
          return (
            <RowCard
              key={row.key}
              testId="property-row"
              legend={t('propertyN', { n: i + 1 })}
              onRemove={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <PropertyItemFields path={p} row={row} propertyTypes={propertyTypes} onChange={set} />
              <CheckField
                path={`${p}.collectiveOwned`}
                label={t('collectiveOwned')}
                checked={row.collectiveOwned}
                onChange={(collectiveOwned) => set({ collectiveOwned })}
              />
            </RowCard>
          );
        })}
        <div>
          <Button
            variant="secondary"
            data-testid="add-property"
            onClick={() =>
              onChange([
                ...rows,
                {
                  key: newKey('p'),
                  propertyTypeId: '',
                  fate: 'destroyed',
                  count: '1',
                  collectiveOwned: false,
                },
              ])
            }
          >
            {t('addProperty')}
          </Button>
        </div>
      </div>
    </FoldSection>
  );
}
