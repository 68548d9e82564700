'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { updatePersonAction, type Personal } from '@/app/(app)/cases/people/[id]/actions';
import { AreaField, TextField } from '@/components/incident-form/form-fields';
import { FoldMarker } from '@/components/ui/fold-marker';
import { orNull } from '@/lib/form-values';
import { contactsBody, type ContactDraft } from '@/lib/cases/person-fields';
import { ContactsField } from './contacts-field';
import { JsonForm } from './json-form';

/** Changes the revealed personal details; once saved they are hidden again (reveal to see them). */
export function PersonalForm({
  personId,
  version,
  personal,
  onSaved,
}: {
  personId: string;
  version: number;
  personal: Personal;
  onSaved: () => void;
}) {
  const t = useTranslations('casePerson');
  const [legalName, setLegalName] = useState(personal.legalName ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(personal.dateOfBirth ?? '');
  const [contacts, setContacts] = useState<ContactDraft[]>(
    personal.contacts?.map(({ kind, value }) => ({ kind, value })) ?? [],
  );
  const [notes, setNotes] = useState(personal.notes ?? '');
  const send = () =>
    updatePersonAction(personId, {
      version,
      legalName: orNull(legalName),
      dateOfBirth: orNull(dateOfBirth),
      contacts: contactsBody(contacts),
      notes: orNull(notes),
    });
  return (
    <details className="group rounded-md bg-muted p-3 print:hidden">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
        <FoldMarker />
        {t('editPersonal')}
      </summary>
      <JsonForm
        prefix="personal"
        send={send}
        submitLabel={t('savePersonal')}
        testId="personal-form"
        onDone={onSaved}
      >
        <TextField
          path="legalName"
          label={t('legalName')}
          value={legalName}
          onChange={setLegalName}
          maxLength={200}
          autoComplete="off"
          dir="auto"
        />
        <TextField
          path="dateOfBirth"
          type="date"
          label={t('dateOfBirth')}
          value={dateOfBirth}
          onChange={setDateOfBirth}
        />
        <ContactsField path="contacts" value={contacts} onChange={setContacts} />
        <AreaField path="notes" label={t('notes')} value={notes} onChange={setNotes} maxLength={10_000} />
      </JsonForm>
    </details>
  );
}
