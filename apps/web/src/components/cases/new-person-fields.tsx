'use client';

import { useTranslations } from 'next-intl';
import { AGE_RANGES, GENDERS, SENSITIVITY_FLAGS } from '@vigil/contracts/enums';
import { AreaField, SelectField, TextField } from '@/components/incident-form/form-fields';
import { FoldSection } from '@/components/ui/fold-section';
import { FormCard } from '@/components/ui/form-card';
import type { NewCaseDraft } from '@/lib/cases/new-case-body';
import { CheckGroup } from './check-group';
import { ConsentFields } from './consent-fields';
import { ContactsField } from './contacts-field';

type Update = (patch: Partial<NewCaseDraft>) => void;

/**
 * A person registered with their case: the alias (most records never hold more), coded fields, and
 * behind a fold the personal details, which are encrypted and shown only on an audited reveal.
 */
export function NewPersonFields({
  draft,
  update,
  timeZone,
}: {
  draft: NewCaseDraft;
  update: Update;
  timeZone: string;
}) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const personalCount =
    [draft.legalName, draft.dateOfBirth, draft.notes].filter((v) => v.trim() !== '').length +
    draft.contacts.length;
  const none = { value: '', label: t('notRecorded') };
  return (
    <>
      <FormCard id="new-person-title" title={t('personTitle')}>
        <TextField
          path="person.alias"
          label={t('alias')}
          hint={t('aliasHint')}
          value={draft.alias}
          onChange={(alias) => update({ alias })}
          maxLength={80}
          required
          dir="auto"
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            path="person.ageRange"
            label={t('ageRange')}
            value={draft.ageRange}
            onChange={(ageRange) => update({ ageRange })}
            options={[none, ...AGE_RANGES.map((v) => ({ value: v, label: te(`ageRange.${v}`) }))]}
          />
          <SelectField
            path="person.gender"
            label={t('gender')}
            value={draft.gender}
            onChange={(gender) => update({ gender })}
            options={[none, ...GENDERS.map((v) => ({ value: v, label: te(`gender.${v}`) }))]}
          />
          <TextField
            path="person.nationality"
            label={t('nationality')}
            hint={t('optionalHint')}
            value={draft.nationality}
            onChange={(nationality) => update({ nationality })}
            maxLength={60}
          />
        </div>
        <TextField
          path="person.languages"
          label={t('languages')}
          hint={t('languagesHint')}
          value={draft.languages}
          onChange={(languages) => update({ languages })}
        />
        <CheckGroup
          path="person.sensitivity"
          legend={t('sensitivity')}
          hint={t('sensitivityHint')}
          options={SENSITIVITY_FLAGS.map((v) => ({ value: v, label: te(`sensitivity.${v}`) }))}
          value={draft.sensitivity}
          onChange={(sensitivity) => update({ sensitivity })}
        />
      </FormCard>
      <FoldSection
        title={t('personalFold')}
        count={personalCount || undefined}
        open={personalCount > 0}
        testId="personal-fold"
      >
        <div className="flex flex-col gap-3 px-4 pb-4">
          <p className="text-sm text-ink-soft">{t('personalFoldHint')}</p>
          <TextField
            path="person.legalName"
            label={t('legalName')}
            value={draft.legalName}
            onChange={(legalName) => update({ legalName })}
            maxLength={200}
            autoComplete="off"
            dir="auto"
          />
          <TextField
            path="person.dateOfBirth"
            type="date"
            label={t('dateOfBirth')}
            value={draft.dateOfBirth}
            onChange={(dateOfBirth) => update({ dateOfBirth })}
          />
          <ContactsField
            path="person.contacts"
            value={draft.contacts}
            onChange={(contacts) => update({ contacts })}
          />
          <AreaField
            path="person.notes"
            label={t('notes')}
            value={draft.notes}
            onChange={(notes) => update({ notes })}
            maxLength={10_000}
          />
        </div>
      </FoldSection>
      <FormCard id="consent-title" title={t('consentTitle')}>
        <ConsentFields
          path="person.consent"
          value={draft.consent}
          onChange={(consent) => update({ consent })}
          timeZone={timeZone}
        />
      </FormCard>
    </>
  );
}
