'use client';

import { useTranslations } from 'next-intl';
import type { ActDraft, IncidentDraft } from '@/lib/incidents/form-model';
import type { Vocabulary } from '@/lib/incidents/terms';
import { ActItems } from './act-items';
import { ActLinks } from './act-links';
import { AreaField, SelectField, TextField } from './form-fields';
import { FormSection, newKey, patchAt, RowCard } from './form-section';

/** Who did what to whom: each act has a type from the vocabulary tree and points at rows below. */
export function ActsSection({
  draft,
  vocabulary,
  forceLabel,
  onChange,
}: {
  draft: IncidentDraft;
  vocabulary: Vocabulary;
  forceLabel: (forceId: string) => string;
  onChange: (rows: ActDraft[]) => void;
}) {
  const t = useTranslations('incidentForm');
  const rows = draft.acts;
  const add = () =>
    onChange([
      ...rows,
      {
        key: newKey('a'),
        actTypeId: '',
        occurredAt: '',
        description: '',
        injuries: '',
        medicalCertificate: '',
        quotes: '',
        // A single victim or perpetrator is almost always the one concerned: preselect it.
        victimKeys: draft.victims.length === 1 ? draft.victims.map((v) => v.key) : [],
        perpetratorKeys: draft.perpetrators.length === 1 ? draft.perpetrators.map((p) => p.key) : [],
        items: [],
      },
    ]);
  const victims = draft.victims.map((v, i) => ({ key: v.key, label: v.alias || t('victimN', { n: i + 1 }) }));
  const perpetrators = draft.perpetrators.map((p, i) => ({
    key: p.key,
    label: [p.forceId ? forceLabel(p.forceId) : t('perpetratorN', { n: i + 1 }), p.unit]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <FormSection
      id="acts"
      title={t('acts')}
      count={rows.length}
      hint={t('actsHint')}
      addLabel={t('addAct')}
      onAdd={add}
    >
      {rows.map((row, i) => {
        const set = (patch: Partial<ActDraft>) => onChange(patchAt(rows, i, patch));
        const p = `acts.${i}`;
        return (
          <RowCard
            key={row.key}
            testId="act-row"
            legend={t('actN', { n: i + 1 })}
            onRemove={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <SelectField
              path={`${p}.actTypeId`}
              label={t('actType')}
              value={row.actTypeId}
              onChange={(actTypeId) => set({ actTypeId })}
            >
              <option value="">{t('choose')}</option>
              {vocabulary.actTypes.map((group) =>
                group.children.length === 0 ? (
                  <option key={group.term.id} value={group.term.id}>
                    {group.term.label}
                  </option>
                ) : (
                  <optgroup key={group.term.id} label={group.term.label}>
                    <option value={group.term.id}>{t('general', { type: group.term.label })}</option>
                    {group.children.map((child) => (
                      <option key={child.id} value={child.id}>
                        {child.label}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </SelectField>
            <TextField
              path={`${p}.occurredAt`}
              type="datetime-local"
              label={t('occurredAt')}
              value={row.occurredAt}
              onChange={(occurredAt) => set({ occurredAt })}
            />
            <div className="sm:col-span-2">
              <AreaField
                path={`${p}.description`}
                label={t('description')}
                hint={t('descriptionHint')}
                value={row.description}
                onChange={(description) => set({ description })}
                maxLength={10_000}
              />
            </div>
            <AreaField
              path={`${p}.injuries`}
              label={t('injuries')}
              value={row.injuries}
              onChange={(injuries) => set({ injuries })}
              maxLength={10_000}
            />
            <SelectField
              path={`${p}.medicalCertificate`}
              label={t('medicalCertificate')}
              value={row.medicalCertificate}
              onChange={(medicalCertificate) => set({ medicalCertificate })}
              options={[
                { value: '', label: t('unknown') },
                { value: 'yes', label: t('yes') },
                { value: 'no', label: t('no') },
              ]}
            />
            <div className="sm:col-span-2">
              <AreaField
                path={`${p}.quotes`}
                label={t('quotes')}
                hint={t('quotesHint')}
                value={row.quotes}
                onChange={(quotes) => set({ quotes })}
              />
            </div>
            <ActLinks
              path={`${p}.victimKeys`}
              legend={t('actVictims')}
              empty={t('noVictimsYet')}
              options={victims}
              selected={row.victimKeys}
              onChange={(victimKeys) => set({ victimKeys })}
            />
            <ActLinks
              path={`${p}.perpetratorKeys`}
              legend={t('actPerpetrators')}
              empty={t('noPerpetratorsYet')}
              options={perpetrators}
              selected={row.perpetratorKeys}
              onChange={(perpetratorKeys) => set({ perpetratorKeys })}
            />
            <ActItems
              path={`${p}.items`}
              rows={row.items}
              propertyTypes={vocabulary.propertyTypes}
              onChange={(items) => set({ items })}
            />
          </RowCard>
        );
      })}
    </FormSection>
  );
}
