'use client';

import { useTranslations } from 'next-intl';
import { useContext } from 'react';
import { FieldErrors, FieldIdPrefix, fieldId } from '@/components/incident-form/form-fields';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { CONTACT_KINDS, type ContactDraft } from '@/lib/cases/person-fields';

/** Contact channels (phone, messaging handles), one line each; stored sealed. */
export function ContactsField({
  path,
  value,
  onChange,
}: {
  path: string;
  value: ContactDraft[];
  onChange: (value: ContactDraft[]) => void;
}) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const errorOf = useContext(FieldErrors);
  const error = errorOf(path);
  const id = fieldId(path, useContext(FieldIdPrefix));
  const set = (index: number, patch: Partial<ContactDraft>) =>
    onChange(value.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-semibold text-ink">{t('contacts')}</legend>
      {value.map((contact, index) => (
        <div key={index} className="grid grid-cols-[8rem_1fr_auto] items-end gap-2">
          <Select
            name={`${path}.${index}.kind`}
            id={`${id}-${index}-kind`}
            label={t('contactKind')}
            value={contact.kind}
            onChange={(event) => set(index, { kind: event.target.value as ContactDraft['kind'] })}
            options={CONTACT_KINDS.map((kind) => ({ value: kind, label: te(`contactKind.${kind}`) }))}
          />
          <Input
            name={`${path}.${index}.value`}
            id={`${id}-${index}-value`}
            label={t('contactValue')}
            value={contact.value}
            onChange={(event) => set(index, { value: event.target.value })}
            error={errorOf(`${path}.${index}.value`) ?? errorOf(`${path}.${index}`)}
            maxLength={200}
            dir="auto"
          />
          <Button variant="ghost" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('removeContact')}
          </Button>
        </div>
      ))}
      {error ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <Button variant="secondary" onClick={() => onChange([...value, { kind: 'phone', value: '' }])}>
          {t('addContact')}
        </Button>
      </div>
    </fieldset>
  );
}
