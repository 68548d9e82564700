import type { noteViewSchema } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Card } from '@/components/ui/card';
import { NoteForm } from './note-form';

type Note = z.output<typeof noteViewSchema>;

/** Notes, newest first; only readers of the person's personal data get them (null otherwise). */
export function NotesPanel({
  caseId,
  notes,
  canWrite,
}: {
  caseId: string;
  notes: Note[] | null;
  canWrite: boolean;
}) {
  const t = useTranslations('caseDetail');
  const format = useFormatter();
  const sorted = [...(notes ?? [])].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    <Card title={t('notesTitle')}>
      <div className="flex flex-col gap-3">
        {canWrite ? <NoteForm caseId={caseId} /> : null}
        {notes === null ? <p className="text-ink-soft">{t('notesRestricted')}</p> : null}
        {notes?.length === 0 ? <p className="text-ink-soft">{t('noNotes')}</p> : null}
        <ol className="flex flex-col gap-2" data-testid="note-list">
          {sorted.map((note) => (
            <li key={note.id} className="flex flex-col gap-1 border-s-2 border-line ps-3" data-testid="note">
              <p className="text-sm text-ink-soft">
                {format.dateTime(note.createdAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                {note.author?.displayName ?? t('someone')}
              </p>
              <p className="whitespace-pre-line" dir="auto" data-testid="note-body">
                {note.body}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
