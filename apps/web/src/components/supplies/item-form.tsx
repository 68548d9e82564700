'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createItemAction, updateItemAction } from '@/app/(app)/supplies/items/actions';
import { ChoiceField } from '@/components/eviction-form/choice-field';
import { CheckField, SelectField, TextField } from '@/components/incident-form/form-fields';
import type { TermOption } from '@/lib/incidents/terms';
import { NEW_ITEM, asksSize, itemBody, type ItemDraft } from '@/lib/supplies/item-draft';
import {
  SUPPLY_CATEGORIES,
  SUPPLY_GENDERS,
  SUPPLY_PRIORITIES,
  SUPPLY_SEASONS,
  SUPPLY_UNITS,
} from '@vigil/contracts/enums';
import { FormFrame } from './form-frame';
import { useSubmission } from './use-submission';

/**
 * One catalogue item, added or changed by an administrator: its code (fixed once created), names in
 * English and French, category and unit, size and fit for clothing and shoes, expiry tracking, the
 * seasonal priority, the eviction property type it matches, and whether it is still stocked.
 */
export function ItemForm({
  editing,
  propertyTypes,
}: {
  editing?: { id: string; initial: ItemDraft };
  propertyTypes: TermOption[];
}) {
  const t = useTranslations('suppliesCatalogue');
  const te = useTranslations('suppliesEnums');
  const router = useRouter();
  const [draft, setDraft] = useState(editing?.initial ?? NEW_ITEM);
  const change = (update: Partial<ItemDraft>) => setDraft((current) => ({ ...current, ...update }));
  const submission = useSubmission((key, body) =>
    editing ? updateItemAction(editing.id, body) : createItemAction(key, body),
  );
  const send = async () => {
    const result = await submission.submit(itemBody(draft, editing ? 'edit' : 'create'));
    if (result?.status === 'success' && result.data) router.push(result.data.href);
  };
  const options = <V extends string>(values: readonly V[], label: (value: V) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  return (
    <FormFrame
      prefix="item"
      submission={submission}
      submitLabel={editing ? t('saveChanges') : t('save')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
    >
      {editing ? null : (
        <TextField
          path="code"
          label={t('code')}
          hint={t('codeHint')}
          value={draft.code}
          onChange={(code) => change({ code })}
          maxLength={40}
          autoComplete="off"
          dir="ltr"
          required
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path="nameEn"
          label={t('nameEn')}
          value={draft.nameEn}
          onChange={(nameEn) => change({ nameEn })}
          maxLength={120}
          required
        />
        <TextField
          path="nameFr"
          label={t('nameFr')}
          value={draft.nameFr}
          onChange={(nameFr) => change({ nameFr })}
          maxLength={120}
          required
        />
        <SelectField
          path="category"
          label={t('category')}
          value={draft.category}
          onChange={(category) => change({ category })}
          options={[{ value: '', label: '—' }, ...options(SUPPLY_CATEGORIES, (c) => te(`category.${c}`))]}
        />
        <SelectField
          path="unit"
          label={t('unit')}
          value={draft.unit}
          onChange={(unit) => change({ unit })}
          options={options(SUPPLY_UNITS, (u) => te(`unit.${u}`))}
        />
        {asksSize(draft) ? (
          <>
            <TextField
              path="size"
              label={t('size')}
              hint={t('sizeHint')}
              value={draft.size}
              onChange={(size) => change({ size })}
              maxLength={20}
            />
            <SelectField
              path="gender"
              label={t('gender')}
              value={draft.gender}
              onChange={(gender) => change({ gender })}
              options={[
                { value: '', label: t('noGender') },
                ...options(SUPPLY_GENDERS, (g) => te(`gender.${g}`)),
              ]}
            />
          </>
        ) : null}
      </div>
      <ChoiceField
        path="priority"
        label={t('priority')}
        value={draft.priority}
        options={options(SUPPLY_PRIORITIES, (p) => te(`priority.${p}`))}
        onChange={(priority) => change({ priority })}
      />
      <ChoiceField
        path="season"
        label={t('season')}
        value={draft.season}
        options={options(SUPPLY_SEASONS, (s) => te(`season.${s}`))}
        onChange={(season) => change({ season })}
      />
      <p className="-mt-3 text-sm text-ink-soft">{t('seasonHint')}</p>
      <SelectField
        path="propertyTypeId"
        label={t('propertyType')}
        hint={t('propertyTypeHint')}
        value={draft.propertyTypeId}
        onChange={(propertyTypeId) => change({ propertyTypeId })}
        options={[
          { value: '', label: t('noPropertyType') },
          ...propertyTypes.map((term) => ({ value: term.id, label: term.label })),
        ]}
      />
      <div className="flex flex-col gap-1">
        <CheckField
          path="tracksExpiry"
          label={t('tracksExpiry')}
          checked={draft.tracksExpiry}
          onChange={(tracksExpiry) => change({ tracksExpiry })}
        />
        <p className="ps-8 text-sm text-ink-soft">{t('tracksExpiryHint')}</p>
      </div>
      <CheckField
        path="active"
        label={t('active')}
        checked={draft.active}
        onChange={(active) => change({ active })}
      />
    </FormFrame>
  );
}
