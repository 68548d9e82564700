'use client';

import { useTranslations } from 'next-intl';
import { FOLLOW_UP_BODIES, FOLLOW_UP_STATUSES } from '@vigil/contracts/enums';
import type { FollowUpDraft } from '@/lib/incidents/form-model';
import { AreaField, SelectField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';

/** Complaints and actions taken on the incident (IGPN, Défenseur des Droits, prosecutor…). */
export function FollowUpsSection({
  rows,
  onChange,
}: {
  rows: FollowUpDraft[];
  onChange: (rows: FollowUpDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  const add = () =>
    onChange([
      ...rows,
      {
        key: newKey('f'),
        body: 'defenseur_des_droits',
        date: '',
        reference: '',
        status: 'drafted',
        outcome: '',
      },
    ]);
  return (
    <FormSection
      id="follow-ups"
      title={t('followUps')}
      count={rows.length}
      addLabel={t('addFollowUp')}
      onAdd={add}
    >
      {rows.map((row, i) => {
        const set = (patch: Partial<FollowUpDraft>) => onChange(patchAt(rows, i, patch));
        const p = `followUps.${i}`;
        return (
          <RowCard
            key={row.key}
            testId="follow-up-row"
            legend={t('followUpN', { n: i + 1 })}
            onRemove={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <SelectField
              path={`${p}.body`}
              label={t('followUpBody')}
              value={row.body}
              onChange={(body) => set({ body })}
              options={FOLLOW_UP_BODIES.map((value) => ({ value, label: te(`followUpBody.${value}`) }))}
            />
            <SelectField
              path={`${p}.status`}
              label={t('followUpStatus')}
              value={row.status}
              onChange={(status) => set({ status })}
              options={FOLLOW_UP_STATUSES.map((value) => ({
                value,
                label: te(`followUpStatus.${value}`),
              }))}
            />
            <TextField
              path={`${p}.date`}
              type="date"
              label={t('date')}
              value={row.date}
              onChange={(date) => set({ date })}
            />
            <TextField
              path={`${p}.reference`}
              label={t('reference')}
              value={row.reference}
              onChange={(reference) => set({ reference })}
              maxLength={200}
            />
            <div className="sm:col-span-2">
              <AreaField
                path={`${p}.outcome`}
                label={t('outcome')}
                value={row.outcome}
                onChange={(outcome) => set({ outcome })}
                maxLength={5_000}
              />
            </div>
          </RowCard>
        );
      })}
    </FormSection>
  );
}
