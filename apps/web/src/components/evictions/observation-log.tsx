'use client';

import type { EvictionDetail } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { LogEntryForm } from './log-entry-form';

export type LogEntry = EvictionDetail['log'][number];

/**
 * The minute-by-minute record: entries in the order things were observed, each with the time it was
 * seen and the time it was written down. Nothing is edited in place: a correction is a new entry
 * shown under the one it corrects, and the original keeps its text.
 */
export function ObservationLog({
  evictionId,
  initialEntries,
  canAppend,
}: {
  evictionId: string;
  initialEntries: LogEntry[];
  canAppend: boolean;
}) {
  const t = useTranslations('evictionLog');
  const format = useFormatter();
  const [entries, setEntries] = useState(initialEntries);
  const [correcting, setCorrecting] = useState<LogEntry | null>(null);
  const originals = [...entries]
    .filter((entry) => entry.correctsId === null || !entries.some((e) => e.id === entry.correctsId))
    .sort((a, b) => +new Date(a.observedAt) - +new Date(b.observedAt));
  const correctionsOf = (id: string) => entries.filter((entry) => entry.correctsId === id);
  const time = (at: Date) => format.dateTime(new Date(at), { dateStyle: 'short', timeStyle: 'short' });

  const renderEntry = (entry: LogEntry, isCorrection: boolean) => (
    <li
      key={entry.id}
      id={`log-${entry.id}`}
      className={isCorrection ? 'ms-4 border-s-4 border-warning ps-3' : 'border-s-4 border-line ps-3'}
      data-testid={isCorrection ? 'log-correction' : 'log-entry'}
    >
      <p className="text-sm font-semibold">
        <time dateTime={new Date(entry.observedAt).toISOString()}>{time(entry.observedAt)}</time>
        {isCorrection ? <span className="ms-2 text-warning">{t('correction')}</span> : null}
      </p>
      <p className="whitespace-pre-line" dir="auto">
        {entry.text}
      </p>
      <p className="text-xs text-ink-soft">
        {t('enteredBy', { author: entry.author, at: time(entry.enteredAt) })}
      </p>
      {canAppend && !isCorrection ? (
        <Button variant="ghost" className="-ms-4 text-sm" onClick={() => setCorrecting(entry)}>
          {t('correct')}
        </Button>
      ) : null}
      {correctionsOf(entry.id).length > 0 ? (
        <ol className="mt-2 flex flex-col gap-2">
          {correctionsOf(entry.id).map((c) => renderEntry(c, true))}
        </ol>
      ) : null}
    </li>
  );

  return (
    <section className="flex flex-col gap-4" aria-labelledby="log-title" data-testid="observation-log">
      <div>
        <h2 id="log-title" className="text-lg font-bold">
          {t('title')}
        </h2>
        <p className="text-sm text-ink-soft">{t('intro')}</p>
      </div>
      {originals.length === 0 ? <p className="text-ink-soft">{t('empty')}</p> : null}
      <ol className="flex flex-col gap-3">{originals.map((entry) => renderEntry(entry, false))}</ol>
      {canAppend ? (
        <LogEntryForm
          evictionId={evictionId}
          correcting={correcting}
          onCancelCorrection={() => setCorrecting(null)}
          onAppended={(log) => {
            setEntries(log);
            setCorrecting(null);
          }}
        />
      ) : null}
    </section>
  );
}
