'use client';

import { useTranslations } from 'next-intl';
import type { WitnessDraft } from '@/lib/incidents/form-model';
import { CheckField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';

/**
 * Witnesses by pseudonym. Contact details are shown and editable only for roles allowed to see
 * them; for others a stored contact stays as it is (the row is sent without it).
 */
export function WitnessesSection({
  rows,
  canSeeContacts,
  onChange,
}: {
  rows: WitnessDraft[];
  canSeeContacts: boolean;
  onChange: (rows: WitnessDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  const add = () =>
    onChange([
      ...rows,
      { key: newKey('w'), alias: '', willingToTestify: false, contact: canSeeContacts ? '' : null },
    ]);
  return (
    <FormSection
      id="witnesses"
      title={t('witnesses')}
      count={rows.length}
      addLabel={t('addWitness')}
      onAdd={add}
    >
      {rows.map((row, i) => {
        const set = (patch: Partial<WitnessDraft>) => onChange(patchAt(rows, i, patch));
        const p = `witnesses.${i}`;
        return (
          <RowCard
            key={row.key}
            testId="witness-row"
            legend={t('witnessN', { n: i + 1 })}
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
            <CheckField
              path={`${p}.willingToTestify`}
              label={t('willingToTestify')}
              checked={row.willingToTestify}
              onChange={(willingToTestify) => set({ willingToTestify })}
            />
            {row.contact === null ? (
              <p className="text-sm text-ink-soft sm:col-span-2" data-testid="contact-restricted">
                {t('contactRestricted')}
              </p>
            ) : (
              <div className="sm:col-span-2">
                <TextField
                  path={`${p}.contact`}
                  label={t('contact')}
                  hint={t('contactHint')}
                  autoComplete="off"
                  value={row.contact}
                  onChange={(contact) => set({ contact })}
                  maxLength={500}
                />
              </div>
            )}
          </RowCard>
        );
      })}
    </FormSection>
  );
}
