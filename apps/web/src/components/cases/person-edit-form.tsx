'use client';

import type { PersonDetail } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AGE_RANGES, GENDERS, SENSITIVITY_FLAGS } from '@vigil/contracts/enums';
import { updatePersonAction } from '@/app/(app)/cases/people/[id]/actions';
import { SelectField, TextField } from '@/components/incident-form/form-fields';
import { orNull } from '@/lib/form-values';
import { splitList } from '@/lib/cases/person-fields';
import { CheckGroup } from './check-group';
import { JsonForm } from './json-form';

type Coded = Pick<
  PersonDetail,
  'id' | 'version' | 'alias' | 'ageRange' | 'gender' | 'nationality' | 'languages' | 'sensitivity'
>;

/** The alias and coded fields (no personal data): age range, gender, nationality, languages, sensitivity. */
export function PersonEditForm({ person }: { person: Coded }) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const [alias, setAlias] = useState(person.alias);
  const [ageRange, setAgeRange] = useState<string>(person.ageRange ?? '');
  const [gender, setGender] = useState<string>(person.gender ?? '');
  const [nationality, setNationality] = useState(person.nationality ?? '');
  const [languages, setLanguages] = useState(person.languages.join(', '));
  const [sensitivity, setSensitivity] = useState<string[]>(person.sensitivity);
  const none = { value: '', label: t('notRecorded') };
  const send = () =>
    updatePersonAction(person.id, {
      version: person.version,
      alias,
      ageRange: orNull(ageRange),
      gender: orNull(gender),
      nationality: orNull(nationality),
      languages: splitList(languages),
      sensitivity,
    });
  return (
    <JsonForm
      prefix="person"
      send={send}
      submitLabel={t('saveFacts')}
      success={t('saved')}
      testId="person-edit-form"
    >
      <TextField
        path="alias"
        label={t('alias')}
        value={alias}
        onChange={setAlias}
        maxLength={80}
        required
        dir="auto"
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          path="ageRange"
          label={t('ageRange')}
          value={ageRange}
          onChange={setAgeRange}
          options={[none, ...AGE_RANGES.map((v) => ({ value: v, label: te(`ageRange.${v}`) }))]}
        />
        <SelectField
          path="gender"
          label={t('gender')}
          value={gender}
          onChange={setGender}
          options={[none, ...GENDERS.map((v) => ({ value: v, label: te(`gender.${v}`) }))]}
        />
        <TextField
          path="nationality"
          label={t('nationality')}
          value={nationality}
          onChange={setNationality}
          maxLength={60}
        />
      </div>
      <TextField
        path="languages"
        label={t('languages')}
        hint={t('languagesHint')}
        value={languages}
        onChange={setLanguages}
      />
      <CheckGroup
        path="sensitivity"
        legend={t('sensitivity')}
        hint={t('sensitivityHint')}
        options={SENSITIVITY_FLAGS.map((v) => ({ value: v, label: te(`sensitivity.${v}`) }))}
        value={sensitivity}
        onChange={setSensitivity}
      />
    </JsonForm>
  );
}
