'use client';

import { useTranslations } from 'next-intl';
import { INVOLVEMENTS, RIO_SHOWN } from '@vigil/contracts/enums';
import type { PerpetratorDraft } from '@/lib/incidents/form-model';
import type { TermOption } from '@/lib/incidents/terms';
import { SelectField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';
import { ForceUnitFields, OfficerVehicleFields } from './shared-fields';

/** Force, unit, RIO shown or not, plates, counts, involvement. */
export function PerpetratorsSection({
  rows,
  forces,
  onChange,
}: {
  rows: PerpetratorDraft[];
  forces: TermOption[];
  onChange: (rows: PerpetratorDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  const add = () =>
    onChange([
      ...rows,
      {
        key: newKey('p'),
        forceId: '',
        unit: '',
        rioShown: 'not_seen',
        rioNumber: '',
        plates: '',
        officerCount: '',
        vehicleCount: '',
        involvement: 'carried_out',
      },
    ]);
  return (
    <FormSection
      id="perpetrators"
      title={t('perpetrators')}
      count={rows.length}
      addLabel={t('addPerpetrator')}
      onAdd={add}
    >
      {rows.map((row, i) => {
        const set = (patch: Partial<PerpetratorDraft>) => onChange(patchAt(rows, i, patch));
        const p = `perpetrators.${i}`;
        return (
          <RowCard
            key={row.key}
            testId="perpetrator-row"
            legend={t('perpetratorN', { n: i + 1 })}
            onRemove={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <ForceUnitFields path={p} forceId={row.forceId} unit={row.unit} forces={forces} onChange={set} />
            <SelectField
              path={`${p}.rioShown`}
              label={t('rioShown')}
              value={row.rioShown}
              onChange={(rioShown) => set({ rioShown })}
              options={RIO_SHOWN.map((value) => ({ value, label: te(`rio.${value}`) }))}
            />
            <TextField
              path={`${p}.rioNumber`}
              dir="ltr"
              label={t('rioNumber')}
              value={row.rioNumber}
              onChange={(rioNumber) => set({ rioNumber })}
              maxLength={40}
            />
            <TextField
              path={`${p}.vehiclePlates`}
              dir="ltr"
              label={t('plates')}
              hint={t('platesHint')}
              value={row.plates}
              onChange={(plates) => set({ plates })}
            />
            <SelectField
              path={`${p}.involvement`}
              label={t('involvement')}
              value={row.involvement}
              onChange={(involvement) => set({ involvement })}
              options={INVOLVEMENTS.map((value) => ({ value, label: te(`involvement.${value}`) }))}
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
    </FormSection>
  );
}
