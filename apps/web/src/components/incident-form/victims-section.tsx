'use client';

import { useTranslations } from 'next-intl';
import { VICTIM_CATEGORIES } from '@vigil/contracts/enums';
import type { VictimDraft } from '@/lib/incidents/form-model';
import { CheckField, SelectField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';

function emptyVictim(): VictimDraft {
  return {
    key: newKey('v'),
    alias: '',
    category: 'person_on_the_move',
    isGroup: false,
    count: '1',
    ageMin: '',
    ageMax: '',
    minor: false,
    woman: false,
    family: false,
    nationality: '',
    language: '',
  };
}

/** Pseudonyms or groups ("about 40 people"): never legal names. */
export function VictimsSection({
  rows,
  onChange,
}: {
  rows: VictimDraft[];
  onChange: (rows: VictimDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  return (
    <FormSection
      id="victims"
      title={t('victims')}
      count={rows.length}
      hint={t('victimsHint')}
      addLabel={t('addVictim')}
      onAdd={() => onChange([...rows, emptyVictim()])}
    >
      {rows.map((row, i) => {
        const set = (patch: Partial<VictimDraft>) => onChange(patchAt(rows, i, patch));
        const p = `victims.${i}`;
        return (
          <RowCard
            key={row.key}
            testId="victim-row"
            legend={t('victimN', { n: i + 1 })}
            onRemove={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <TextField
              path={`${p}.alias`}
              label={t('alias')}
              hint={t('aliasHint')}
              value={row.alias}
              onChange={(alias) => set({ alias })}
              maxLength={120}
            />
            <SelectField
              path={`${p}.category`}
              label={t('category')}
              value={row.category}
              onChange={(category) => set({ category })}
              options={VICTIM_CATEGORIES.map((value) => ({ value, label: te(`category.${value}`) }))}
            />
            <CheckField
              path={`${p}.isGroup`}
              label={t('isGroup')}
              checked={row.isGroup}
              onChange={(isGroup) => set({ isGroup })}
            />
            <TextField
              path={`${p}.count`}
              type="number"
              min={1}
              label={t('count')}
              value={row.count}
              onChange={(count) => set({ count })}
            />
            <TextField
              path={`${p}.ageMin`}
              type="number"
              min={0}
              max={120}
              label={t('ageMin')}
              value={row.ageMin}
              onChange={(ageMin) => set({ ageMin })}
            />
            <TextField
              path={`${p}.ageMax`}
              type="number"
              min={0}
              max={120}
              label={t('ageMax')}
              value={row.ageMax}
              onChange={(ageMax) => set({ ageMax })}
            />
            <fieldset className="flex flex-wrap gap-x-6 sm:col-span-2">
              <legend className="text-sm font-semibold">{t('flags')}</legend>
              <CheckField
                path={`${p}.minor`}
                label={te('victimFlag.minor')}
                checked={row.minor}
                onChange={(minor) => set({ minor })}
              />
              <CheckField
                path={`${p}.woman`}
                label={te('victimFlag.woman')}
                checked={row.woman}
                onChange={(woman) => set({ woman })}
              />
              <CheckField
                path={`${p}.family`}
                label={te('victimFlag.family')}
                checked={row.family}
                onChange={(family) => set({ family })}
              />
            </fieldset>
            <TextField
              path={`${p}.nationality`}
              label={t('nationality')}
              hint={t('optionalSensitive')}
              value={row.nationality}
              onChange={(nationality) => set({ nationality })}
              maxLength={200}
            />
            <TextField
              path={`${p}.language`}
              label={t('language')}
              value={row.language}
              onChange={(language) => set({ language })}
              maxLength={200}
            />
          </RowCard>
        );
      })}
    </FormSection>
  );
}
