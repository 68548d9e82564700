'use client';

import { useTranslations } from 'next-intl';
import { addNoteAction } from '@/app/(app)/cases/[id]/task-actions';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';

/** A timestamped note, sealed at rest; notes are added, never edited. */
export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations('caseDetail');
  return (
    <ActionForm
      action={addNoteAction}
      hidden={{ caseId }}
      title={t('addNote')}
      submitLabel={t('addNoteSubmit')}
      testId="note-form"
    >
      {({ error, typed }) => (
        <Textarea
          name="body"
          id="note-body"
          label={t('noteBody')}
          defaultValue={typed('body')}
          error={error('body')}
          maxLength={20_000}
          rows={4}
          required
          dir="auto"
        />
      )}
    </ActionForm>
  );
}
