'use client';

import { useTranslations } from 'next-intl';
import { AreaField } from '@/components/incident-form/form-fields';
import { newKey, patchAt, RowCard } from '@/components/incident-form/form-section';
import { ForceUnitFields, OfficerVehicleFields } from '@/components/incident-form/shared-fields';
import { Button } from '@/components/ui/button';
import { FoldSection } from '@/components/ui/fold-section';
import type { EvictionDraft, ForceDraft } from '@/lib/evictions/form-model';
import type { TermOption } from '@/lib/incidents/terms';
import { ChoiceField } from './choice-field';
import { triOptions } from './tri-options';

type Patch = (patch: Partial<EvictionDraft>) => void;

/** Who carried out the eviction: forces with units and counts, the bailiff, other actors. */
export function ForcesSection({
  draft,
  forces,
  open,
  onChange,
}: {
  draft: EvictionDraft;
  forces: TermOption[];
  open: boolean;
  onChange: Patch;
}) {
  const t = useTranslations('evictionForm');
  const te = useTranslations('evictionEnums');
  const rows = draft.forces;
  const setRows = (next: ForceDraft[]) => onChange({ forces: next });
  return (
    <FoldSection title={t('forces')} count={rows.length} open={open} testId="section-forces">
      <div className="flex flex-col gap-4 px-4 pb-4">
        {rows.map((row, i) => {
          const set = (patch: Partial<ForceDraft>) => setRows(patchAt(rows, i, patch));
          const p = `forces.${i}`;
          return (
            <RowCard
              key={row.key}
              testId="force-row"
              legend={t('forceN', { n: i + 1 })}
              onRemove={() => setRows(rows.filter((_, j) => j !== i))}
            >
              <ForceUnitFields
                path={p}
                forceId={row.forceId}
                unit={row.unit}
                forces={forces}
                onChange={set}
              />
              <OfficerVehicleFields
                path={p}
                officerCount={row.officerCount}
                vehicleCount={row.vehicleCount}
                onChange={set}
              />
            </RowCard>
          );
        })}
        <div>
          <Button
            variant="secondary"
            data-testid="add-forces"
            onClick={() =>
              setRows([
                ...rows,
                { key: newKey('f'), forceId: '', unit: '', officerCount: '', vehicleCount: '' },
              ])
            }
          >
            {t('addForce')}
          </Button>
        </div>
        <ChoiceField
          path="bailiffPresent"
          label={t('bailiffPresent')}
          value={draft.bailiffPresent}
          options={triOptions(te)}
          onChange={(bailiffPresent) => onChange({ bailiffPresent })}
        />
        <AreaField
          path="otherActors"
          label={t('otherActors')}
          hint={t('otherActorsHint')}
          value={draft.otherActors}
          onChange={(otherActors) => onChange({ otherActors })}
        />
      </div>
    </FoldSection>
  );
}
