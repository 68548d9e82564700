'use client';

import { useTranslations } from 'next-intl';
import { AreaField, TextField, useFieldError } from '@/components/incident-form/form-fields';
import { FoldMarker } from '@/components/ui/fold-marker';

/**
 * "Earlier than now?" and a note: folded away on a phone, open when filled or refused. The time is
 * wall-clock time in the instance's time zone; empty means now.
 */
export function MoreFields({
  occurredAt,
  onOccurredAt,
  note,
  onNote,
  timeLabel,
}: {
  occurredAt: string;
  onOccurredAt: (value: string) => void;
  note: string;
  onNote: (value: string) => void;
  timeLabel?: string;
}) {
  const t = useTranslations('suppliesForms');
  const timeError = useFieldError('occurredAt');
  const noteError = useFieldError('note');
  const open = occurredAt !== '' || note !== '' || Boolean(timeError ?? noteError);
  return (
    <details open={open || undefined} className="group rounded-lg border border-line bg-surface">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 font-semibold">
        <FoldMarker />
        {t('more')}
      </summary>
      <div className="flex flex-col gap-3 px-3 pb-3">
        <TextField
          path="occurredAt"
          type="datetime-local"
          label={timeLabel ?? t('occurredAt')}
          hint={t('occurredAtHint')}
          value={occurredAt}
          onChange={onOccurredAt}
        />
        <AreaField path="note" label={t('note')} value={note} onChange={onNote} maxLength={2_000} rows={2} />
      </div>
    </details>
  );
}
