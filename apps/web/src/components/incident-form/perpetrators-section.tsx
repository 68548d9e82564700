'use client';

import { useTranslations } from 'next-intl';
import { INVOLVEMENT_VALUES, RIO_SHOWN_VALUES } from '@/lib/incidents/enums';
import type { PerpetratorDraft } from '@/lib/incidents/form-model';
import type { TermOption } from '@/lib/incidents/terms';
import { SelectField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';

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
            <SelectField
              path={`${p}.forceId`}
              label={t('force')}
              value={row.forceId}
              onChange={(forceId) => set({ forceId })}
              options={[
                { value: '', label: t('choose') },
                ...forces.map((force) => ({ value: force.id, label: force.label })),
              ]}
            />
            <TextField
              path={`${p}.unit`}
              label={t('unit')}
              hint={t('unitHint')}
              value={row.unit}
              onChange={(unit) => set({ unit })}
              maxLength={200}
            />
            <SelectField
              path={`${p}.rioShown`}
              label={t('rioShown')}
              value={row.rioShown}
              onChange={(rioShown) => set({ rioShown })}
              options={RIO_SHOWN_VALUES.map((value) => ({ value, label: te(`rio.${value}`) }))}
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
              options={INVOLVEMENT_VALUES.map((value) => ({ value, label: te(`involvement.${value}`) }))}
            />
            <TextField
              path={`${p}.officerCount`}
              type="number"
              min={0}
              label={t('officerCount')}
              value={row.officerCount}
              onChange={(officerCount) => set({ officerCount })}
            />
            <TextField
              path={`${p}.vehicleCount`}
              type="number"
              min={0}
              label={t('vehicleCount')}
              value={row.vehicleCount}
              onChange={(vehicleCount) => set({ vehicleCount })}
            />
          </RowCard>
        );
      })}
    </FormSection>
  );
}
